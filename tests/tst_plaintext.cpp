#include "enginefixture.h"
#include "loopbackclient.h"
#include "scriptedserver.h"

#include "models/accountsmodel.h"
#include "models/licensemix.h"
#include "models/plaintooltip.h"
#include "models/usersmodel.h"
#include "ui/accountdetailspanel.h"
#include "ui/detailsvalue.h"
#include "ui/errorbanner.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// Names and messages come from the service (or from whoever sits in front of it): they are shown
// as the characters they are, never as markup, and a long one never widens the window.
class TstPlainText : public QObject
{
    Q_OBJECT

private slots:
    void plainToolTip_data();
    void plainToolTip();
    void accountNameIsNotMarkup();
    void longMessageNeverWidensTheWindow_data();
    void longMessageNeverWidensTheWindow();
};

void TstPlainText::plainToolTip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("escaped");
    QTest::newRow("plain") << u"Contoso Ltd"_s << false;
    QTest::newRow("markup") << u"<b>Bold</b> & Co"_s << true;
    QTest::newRow("an image tag") << u"<img src=x> hi"_s << true;
    QTest::newRow("an ampersand alone") << u"A & B"_s << false;
}

void TstPlainText::plainToolTip()
{
    QFETCH(QString, text);
    QFETCH(bool, escaped);
    const QString tip = ::plainToolTip(text);
    if (!escaped) {
        QCOMPARE(tip, text);
        return;
    }
    QVERIFY(!tip.contains(text));
    QVERIFY(tip.contains(text.toHtmlEscaped()));
}

void TstPlainText::accountNameIsNotMarkup()
{
    const QString name = u"<b>Bold</b> & Co"_s;
    ScriptedServer service([&](const QByteArray &, const QByteArray &, const QByteArray &) {
        return std::optional<ScriptedServer::Answer>(
            { 200, R"({"Accounts":[{"AccountId":"acc","AwsAccountId":"1","Name":"<b>Bold</b> & Co"}]})", false });
    });
    LoopbackClient client(service.endpoint());
    AccountsModel model(client.client());
    QSignalSpy loaded(&model, &AccountsModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.index(0).data().toString(), name);
    QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(u"&lt;b&gt;Bold&lt;/b&gt;"_s));

    EngineFixture engine(client.client());
    UsersModel users(client.client(), engine.engine());
    LicenseMix mix(&users);
    AccountDetailsPanel panel(&mix);
    panel.setAccount(*model.account(0));
    auto *label = panel.findChild<DetailsValue *>(u"accountName"_s);
    QCOMPARE(label->value(), name);
    QCOMPARE(label->textFormat(), Qt::PlainText);
}

void TstPlainText::longMessageNeverWidensTheWindow_data()
{
    QTest::addColumn<QString>("message");
    QTest::newRow("500 characters without a space") << QString(500, u'x');
    QTest::newRow("5,000 characters of words") << u"word "_s.repeated(1000);
    QTest::newRow("markup") << u"<h1>Huge</h1><table width=4000><tr><td>x</td></tr></table>"_s;
}

void TstPlainText::longMessageNeverWidensTheWindow()
{
    QFETCH(QString, message);
    QWidget window;
    auto *banner = new ErrorBanner(&window);
    window.resize(800, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    banner->showError(message);
    QTest::qWait(50);
    QCOMPARE(window.width(), 800);
    QVERIFY(window.minimumSizeHint().width() <= 800);
    QVERIFY(banner->height() < 200);
    // The buttons stay on screen, inside the window.
    for (QWidget *button : banner->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            QVERIFY(window.rect().contains(button->mapTo(&window, button->rect().bottomRight())));
    }
    QCOMPARE(banner->text(), message);
    banner->findChild<QPushButton *>(u"copyButton"_s)->click();
    QCOMPARE(QApplication::clipboard()->text(), message);
    QCOMPARE(banner->findChild<QLabel *>(u"errorText"_s)->textFormat(), Qt::PlainText);
}

QTEST_MAIN(TstPlainText)
#include "tst_plaintext.moc"
