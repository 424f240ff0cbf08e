#include "ui/filechooser.h"
#include "ui/writtenfilenote.h"
#include "windowfixture.h"

#include <QAction>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::StringLiterals;

// Exports as a person meets them: the file dialog suggests what the file holds and the day,
// opens where the last file went, and the window says where it wrote, with Open folder.
class TstExports : public QObject, private WindowFixture
{
    Q_OBJECT

public slots:
    // The handler QDesktopServices calls for file: URLs in place of the desktop's file manager.
    void openedUrl(const QUrl &url) { m_opened.append(url); }

private slots:
    void initTestCase();
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"file"_s); }
    void init();
    void cleanup();

    void fileNamesAreSafe_data();
    void fileNamesAreSafe();
    void usersExportSaysWhereItWrote();
    void theNextDialogOpensInTheFolderUsedLast();

private:
    QFileDialog *openFileDialog() const;

    QList<QUrl> m_opened;
};

void TstExports::initTestCase()
{
    setUpApplication();
    QDesktopServices::setUrlHandler(u"file"_s, this, "openedUrl");
}

void TstExports::init()
{
    m_opened.clear();
    openWindow();
}

void TstExports::cleanup()
{
    closeWindow();
}

void TstExports::fileNamesAreSafe_data()
{
    QTest::addColumn<QString>("contents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Fabrikam users"_s << u"Fabrikam users 2026-12-03.csv"_s;
    QTest::newRow("slash") << u"Sales/EMEA users"_s << u"Sales-EMEA users 2026-12-03.csv"_s;
    QTest::newRow("refused characters") << u"a:b*c?\"<>|\\d"_s << u"a-b-c-d 2026-12-03.csv"_s;
    QTest::newRow("control characters") << u"line\nbreak\ttab"_s << u"line-break-tab 2026-12-03.csv"_s;
    QTest::newRow("spaces") << u"  wide   name  "_s << u"wide name 2026-12-03.csv"_s;
    QTest::newRow("dots only") << u".."_s << u"export 2026-12-03.csv"_s;
    QTest::newRow("empty") << QString() << u"export 2026-12-03.csv"_s;
    QTest::newRow("long") << QString(300, u'x') << QString(120, u'x') + u" 2026-12-03.csv"_s;
}

void TstExports::fileNamesAreSafe()
{
    QFETCH(QString, contents);
    QFETCH(QString, expected);
    QCOMPARE(FileChooser::csvName(contents, QDate(2026, 12, 3)), expected);
}

QFileDialog *TstExports::openFileDialog() const
{
    QFileDialog *found = nullptr;
    const auto visible = [&found] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QFileDialog *>(widget); dialog && dialog->isVisible())
                found = dialog;
        }
        return found != nullptr;
    };
    if (!QTest::qWaitFor(visible))
        return nullptr;
    return found;
}

void TstExports::usersExportSaysWhereItWrote()
{
    selectAccount(0);
    auto *exportUsers = m_window->findChild<QAction *>(u"exportUsersAction"_s);
    QVERIFY(exportUsers);
    exportUsers->trigger();
    QFileDialog *dialog = openFileDialog();
    QVERIFY(dialog);
    const QString suggested = FileChooser::csvName(m_fixture->account(0).account.name + u" users"_s,
                                                   QDate::currentDate());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"fileNameEdit"_s)->text(), suggested);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    dialog->selectFile(folder.filePath(u"fabrikam"_s));
    QVERIFY(QMetaObject::invokeMethod(dialog, "accept")); // protected in QFileDialog, a slot still
    QVERIFY(QFile::exists(folder.filePath(u"fabrikam.csv"_s)));

    auto *note = m_window->findChild<WrittenFileNote *>();
    QVERIFY(note);
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(note->text(), u"Exported 12 users to fabrikam.csv"_s);
    QCOMPARE(QDir(note->folder()), QDir(folder.path()));

    note->findChild<QPushButton *>(u"openWrittenFolder"_s)->click();
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(QDir(m_opened.first().toLocalFile()), QDir(folder.path()));
}

void TstExports::theNextDialogOpensInTheFolderUsedLast()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile list(folder.filePath(u"addresses.txt"_s));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.close();

    QString opened;
    FileChooser::askToOpen(m_window.get(), u"Open"_s, u"All files (*)"_s,
                           [&opened](const QString &path) { opened = path; });
    QFileDialog *dialog = openFileDialog();
    QVERIFY(dialog);
    dialog->selectFile(list.fileName());
    QVERIFY(QMetaObject::invokeMethod(dialog, "accept")); // protected in QFileDialog, a slot still
    QCOMPARE(QFileInfo(opened), QFileInfo(list.fileName()));

    // Another session: the folder comes from the settings, not from this one's memory.
    closeWindow();
    openWindow(Settings::Kept);
    QCOMPARE(QDir(FileChooser::lastFolder()), QDir(folder.path()));
    FileChooser::askToSaveCsv(m_window.get(), u"Save"_s, u"next.csv"_s, [](const QString &) {});
    dialog = openFileDialog();
    QVERIFY(dialog);
    QCOMPARE(QDir(dialog->directory()), QDir(folder.path()));
    dialog->reject();
}

QTEST_MAIN(TstExports)
#include "tst_exports.moc"
