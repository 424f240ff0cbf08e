#include "models/usersmodel.h"
#include "models/userchangestate.h"
#include "models/usersmodel.h"
#include "ui/licensedelegate.h"
#include "ui/licenseeditor.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QProxyStyle>
#include <QTableView>
#include <QTest>
#include <QTestEventList>
#include <QWheelEvent>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int licenseColumn = 1;

// Three users and their licenses (wire names), the License column editable. Every setData() is
// recorded; where a user's change stands is reported only once set for the row.
class LicenseTableModel final : public QAbstractTableModel
{
public:
    struct Write
    {
        QModelIndex index;
        QVariant value;
    };

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_licenses.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const int row = index.row();
        if (index.column() != licenseColumn)
            return role == Qt::DisplayRole ? QVariant(m_names.at(row)) : QVariant();
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return m_licenses.at(row);
        case UsersModel::SupportedLicensesRole:
            return QStringList { u"Basic"_s, u"Plus"_s, u"Pro"_s };
        case UsersModel::ChangeStateRole:
            return m_states.at(row);
        default:
            return {};
        }
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
        return index.column() == licenseColumn ? flags | Qt::ItemIsEditable : flags;
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::EditRole || index.column() != licenseColumn)
            return false;
        writes.append({ index, value });
        m_licenses[index.row()] = value.toString();
        emit dataChanged(index, index);
        return true;
    }

    void setChange(int row, const QVariant &state)
    {
        m_states[row] = state;
        emit dataChanged(index(row, licenseColumn), index(row, licenseColumn));
    }

    QList<Write> writes;

private:
    QStringList m_names { u"Ann"_s, u"Bob"_s, u"Cy"_s };
    QStringList m_licenses { u"Basic"_s, u"Plus"_s, u"Pro"_s };
    QList<QVariant> m_states { {}, {}, {} };
};

// Keeps the item option the delegate hands to the style, which is what the cell is drawn from.
class OptionRecordingStyle final : public QProxyStyle
{
public:
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget) const override
    {
        if (element == CE_ItemViewItem) {
            if (const auto *item = qstyleoption_cast<const QStyleOptionViewItem *>(option))
                drawn = *item;
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }

    mutable QStyleOptionViewItem drawn;
};

QTestEventList keys(std::initializer_list<QKeyCombination> combinations)
{
    QTestEventList events;
    for (const QKeyCombination combination : combinations)
        events.addKeyClick(combination.key(), combination.keyboardModifiers());
    return events;
}

QTestEventList typed(const char *text)
{
    QTestEventList events;
    for (const char *c = text; *c; ++c)
        events.addKeyClick(*c);
    return events;
}

} // namespace

class TstLicenseDelegate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keysOnTheEditor_data();
    void keysOnTheEditor();
    void wheelLeavesTheChoice();
    void clickInTheOpenListCommits();
    void changeStateIsDrawn_data();
    void changeStateIsDrawn();

private:
    QModelIndex cell() const { return m_model->index(0, licenseColumn); }
    LicenseEditor *openEditor();
    QStringList written() const;

    std::unique_ptr<LicenseTableModel> m_model;
    std::unique_ptr<QTableView> m_view;
    LicenseDelegate *m_delegate = nullptr;
};

void TstLicenseDelegate::init()
{
    m_model = std::make_unique<LicenseTableModel>();
    m_view = std::make_unique<QTableView>();
    m_delegate = new LicenseDelegate(m_view.get());
    m_view->setModel(m_model.get());
    m_view->setItemDelegateForColumn(licenseColumn, m_delegate);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TstLicenseDelegate::cleanup()
{
    m_view.reset();
    m_model.reset();
}

// Opens the editor of the first user's License cell (Basic) as a person does: F2 on the cell.
LicenseEditor *TstLicenseDelegate::openEditor()
{
    m_view->setCurrentIndex(cell());
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    auto *editor = qobject_cast<LicenseEditor *>(m_view->indexWidget(cell()));
    if (!editor || QApplication::focusWidget() != editor)
        return nullptr;
    return editor;
}

QStringList TstLicenseDelegate::written() const
{
    QStringList values;
    for (const LicenseTableModel::Write &write : m_model->writes) {
        if (write.index != cell())
            values.append(u"wrong cell"_s);
        values.append(write.value.toString());
    }
    return values;
}

void TstLicenseDelegate::keysOnTheEditor_data()
{
    QTest::addColumn<QTestEventList>("events");
    QTest::addColumn<QStringList>("writes");
    QTest::addColumn<QString>("editorShows"); // empty: the editor is closed
    QTest::addColumn<int>("currentRow");

    const QStringList none;
    const QString closed;
    // The editor starts on Basic; the list is Basic, Plus, Pro.
    QTest::newRow("Down") << keys({ Qt::Key_Down }) << none << u"Plus"_s << 0;
    QTest::newRow("Down, Down") << keys({ Qt::Key_Down, Qt::Key_Down }) << none << u"Pro"_s << 0;
    QTest::newRow("End, Down stays on the last")
        << keys({ Qt::Key_End, Qt::Key_Down }) << none << u"Pro"_s << 0;
    QTest::newRow("Up stays on the first") << keys({ Qt::Key_Up }) << none << u"Basic"_s << 0;
    QTest::newRow("PageDown") << keys({ Qt::Key_PageDown }) << none << u"Plus"_s << 0;
    QTest::newRow("End, PageUp") << keys({ Qt::Key_End, Qt::Key_PageUp }) << none << u"Plus"_s << 0;
    QTest::newRow("End, Home") << keys({ Qt::Key_End, Qt::Key_Home }) << none << u"Basic"_s << 0;
    QTest::newRow("Ctrl+Down") << keys({ Qt::ControlModifier | Qt::Key_Down }) << none << u"Plus"_s
                               << 0;
    QTest::newRow("Left, Right stay in the cell")
        << keys({ Qt::Key_Down, Qt::Key_Left, Qt::Key_Right }) << none << u"Plus"_s << 0;
    QTest::newRow("p") << typed("p") << none << u"Plus"_s << 0;
    QTest::newRow("Backspace, Delete")
        << keys({ Qt::Key_Backspace, Qt::Key_Delete }) << none << u"Basic"_s << 0;
    QTest::newRow("Down, Escape") << keys({ Qt::Key_Down, Qt::Key_Escape }) << none << closed << 0;
    QTest::newRow("Down, Return") << keys({ Qt::Key_Down, Qt::Key_Return })
                                  << QStringList { u"Plus"_s } << closed << 0;
    QTest::newRow("Down, Enter") << keys({ Qt::Key_Down, Qt::KeypadModifier | Qt::Key_Enter })
                                 << QStringList { u"Plus"_s } << closed << 0;
    QTest::newRow("End, Return") << keys({ Qt::Key_End, Qt::Key_Return })
                                 << QStringList { u"Pro"_s } << closed << 0;
    QTest::newRow("Return") << keys({ Qt::Key_Return }) << none << closed << 0;
    QTest::newRow("Down, Up, Return")
        << keys({ Qt::Key_Down, Qt::Key_Up, Qt::Key_Return }) << none << closed << 0;
    QTestEventList typedThenReturn = typed("p");
    typedThenReturn.addKeyClick(Qt::Key_Return);
    QTest::newRow("p, Return") << typedThenReturn << QStringList { u"Plus"_s } << closed << 0;
    QTestEventList typedTwiceThenReturn = typed("pp");
    typedTwiceThenReturn.addKeyClick(Qt::Key_Return);
    QTest::newRow("p, p, Return goes on to the next P")
        << typedTwiceThenReturn << QStringList { u"Pro"_s } << closed << 0;
    QTest::newRow("Tab") << keys({ Qt::Key_Tab }) << none << closed << 1;
    QTest::newRow("Down, Tab leaves with a changed choice")
        << keys({ Qt::Key_Down, Qt::Key_Tab }) << QStringList { u"Plus"_s } << closed << 1;
    // In the open list arrow keys move too, and Enter is the pick.
    QTest::newRow("F4, Down, Return") << keys({ Qt::Key_F4, Qt::Key_Down, Qt::Key_Return })
                                      << QStringList { u"Plus"_s } << closed << 0;
    QTest::newRow("Alt+Down, End, Return")
        << keys({ Qt::AltModifier | Qt::Key_Down, Qt::Key_End, Qt::Key_Return })
        << QStringList { u"Pro"_s } << closed << 0;
    QTest::newRow("Space, Down, Return") << keys({ Qt::Key_Space, Qt::Key_Down, Qt::Key_Return })
                                         << QStringList { u"Plus"_s } << closed << 0;
    QTest::newRow("F4, Down, Escape closes only the list")
        << keys({ Qt::Key_F4, Qt::Key_Down, Qt::Key_Escape }) << none << u"Basic"_s << 0;
    QTest::newRow("F4, Escape, Escape")
        << keys({ Qt::Key_F4, Qt::Key_Escape, Qt::Key_Escape }) << none << closed << 0;
}

void TstLicenseDelegate::keysOnTheEditor()
{
    QFETCH(QTestEventList, events);
    QFETCH(QStringList, writes);
    QFETCH(QString, editorShows);
    QFETCH(int, currentRow);

    LicenseEditor *editor = openEditor();
    QVERIFY(editor);
    QCOMPARE(editor->currentData().toString(), u"Basic"_s);
    // No widget named: each key goes where the application would send it, the open list
    // included.
    events.simulate(nullptr);
    // The delegate commits on Return only once the editor has seen the key.
    QCoreApplication::processEvents();

    QCOMPARE(written(), writes);
    QCOMPARE(m_view->currentIndex().row(), currentRow);
    QCOMPARE(QApplication::activePopupWidget(), nullptr);
    if (editorShows.isEmpty()) {
        QCOMPARE(m_view->indexWidget(cell()), nullptr);
        QCOMPARE(m_view->indexWidget(m_view->currentIndex()), nullptr);
        QCOMPARE(QApplication::focusWidget(), m_view.get());
    } else {
        QCOMPARE(m_view->indexWidget(cell()), editor);
        QCOMPARE(editor->currentData().toString(), editorShows);
    }
    QCOMPARE(cell().data().toString(), writes.isEmpty() ? u"Basic"_s : writes.constLast());
}

void TstLicenseDelegate::wheelLeavesTheChoice()
{
    LicenseEditor *editor = openEditor();
    QVERIFY(editor);
    const QPointF centre = QRectF(editor->rect()).center();
    for (const int delta : { -120, 120, -120 }) {
        QWheelEvent wheel(centre, editor->mapToGlobal(centre), {}, { 0, delta }, Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(editor, &wheel);
    }
    QCoreApplication::processEvents();
    QCOMPARE(written(), QStringList());
    QCOMPARE(m_view->indexWidget(cell()), editor);
    QCOMPARE(editor->currentData().toString(), u"Basic"_s);
}

void TstLicenseDelegate::clickInTheOpenListCommits()
{
    LicenseEditor *editor = openEditor();
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_F4);
    QAbstractItemView *list = editor->view();
    QTRY_VERIFY(list->isVisible());
    const QRect pro = list->visualRect(editor->model()->index(2, editor->modelColumn()));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, pro.center());
    QCOMPARE(written(), QStringList { u"Pro"_s });
    QTRY_COMPARE(m_view->indexWidget(cell()), nullptr);
    QVERIFY(!list->isVisible());
}

void TstLicenseDelegate::changeStateIsDrawn_data()
{
    QTest::addColumn<QVariant>("state"); // invalid: the model does not report it
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("italic");
    QTest::addColumn<bool>("failedColour");

    const auto state = [](UserChangeState value) { return QVariant::fromValue(value); };
    QTest::newRow("none") << state(UserChangeState::None) << u"Basic"_s << false << false;
    QTest::newRow("queued") << state(UserChangeState::Queued) << u"Basic…"_s << true
                            << false;
    QTest::newRow("sending") << state(UserChangeState::Sending) << u"Basic…"_s << true
                             << false;
    QTest::newRow("checking") << state(UserChangeState::Checking) << u"Basic — checking…"_s
                              << true << false;
    QTest::newRow("failed") << state(UserChangeState::Failed) << u"! Basic"_s << false
                            << true;
    QTest::newRow("unconfirmed") << state(UserChangeState::Unconfirmed)
                                 << u"Basic — could not be confirmed"_s << true << false;
    QTest::newRow("no state") << QVariant() << u"Basic"_s << false << false;
}

void TstLicenseDelegate::changeStateIsDrawn()
{
    QFETCH(QVariant, state);
    QFETCH(QString, text);
    QFETCH(bool, italic);
    QFETCH(bool, failedColour);

    m_model->setChange(0, state);
    OptionRecordingStyle style;
    QWidget host;
    host.setStyle(&style);
    QStyleOptionViewItem option;
    option.initFrom(&host);
    option.widget = &host;
    option.rect = QRect(0, 0, 240, 24);
    QImage canvas(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&canvas);
    m_delegate->paint(&painter, option, cell());
    painter.end();

    QCOMPARE(style.drawn.text, text);
    QCOMPARE(style.drawn.font.italic(), italic);
    QCOMPARE(style.drawn.palette.color(QPalette::Text) == QColor(0xb0, 0x1e, 0x1e), failedColour);
}

QTEST_MAIN(TstLicenseDelegate)
#include "tst_licensedelegate.moc"
