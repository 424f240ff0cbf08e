#include "ui/keyboardshortcutsdialog.h"

#include "ui/accelerators.h"
#include "ui/readonlytable.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(0, 3, this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_model->setHorizontalHeaderLabels({ tr("Menu"), tr("Command"), tr("Shortcut") });
    addKeysBeyondTheMenus();
    for (const QAction *action : menus->actions()) {
        if (action->menu())
            addMenu(action->menu(), action->iconText()); // iconText(): the text without its &
    }

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    auto *filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("shortcutFilter"));
    filter->setPlaceholderText(tr("Filter commands and keys"));
    filter->setAccessibleName(tr("Filter commands and keys"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *noMatch = new QLabel(this);
    noMatch->setObjectName(QStringLiteral("noShortcutMatches"));
    noMatch->setTextFormat(Qt::PlainText);
    noMatch->hide();
    connect(filter, &QLineEdit::textChanged, this, [proxy, noMatch](const QString &text) {
        noMatch->setText(tr("No command or key matches “%1”.").arg(text));
        noMatch->setVisible(!text.isEmpty() && proxy->rowCount() == 0);
    });

    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setModel(proxy);
    ReadOnlyTable::setUpSortable(m_table);
    m_table->setTabKeyNavigation(false);
    // The menu and the keys as wide as they are; the command takes the rest and is elided.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(noMatch);
    layout->addWidget(buttons);
    resize(760, 560);
}

void KeyboardShortcutsDialog::addKeysBeyondTheMenus()
{
    const auto keys = [](std::initializer_list<QKeySequence> sequences) {
        QStringList texts;
        for (const QKeySequence &sequence : sequences)
            texts.append(sequence.toString(QKeySequence::NativeText));
        return texts.join(QStringLiteral(", "));
    };
    const QString window = tr("Window");
    const QString table = tr("Users table");
    addRow(window, tr("Next pane, previous pane"), keys({ Qt::Key_Tab, Qt::SHIFT | Qt::Key_Tab }));
    addRow(table, tr("Move between users"), keys({ Qt::Key_Up, Qt::Key_Down, Qt::Key_PageUp, Qt::Key_PageDown }));
    addRow(table, tr("Go to the user's details"), keys({ Qt::Key_Return }));
    addRow(table, tr("Select every user shown"), keys({ QKeySequence::SelectAll }));
    addRow(table, tr("Leave a license being edited as it is"), keys({ Qt::Key_Escape }));
    addRow(tr("Dialogs"), tr("Close without changing anything"), keys({ Qt::Key_Escape }));
}

void KeyboardShortcutsDialog::addRow(const QString &where, const QString &command, const QString &keys)
{
    m_model->appendRow({ new QStandardItem(where), new QStandardItem(command), new QStandardItem(keys) });
}

void KeyboardShortcutsDialog::addMenu(const QMenu *menu, const QString &path)
{
    for (const QAction *action : menu->actions()) {
        const QString text = action->iconText();
        if (action->menu()) {
            addMenu(action->menu(), path + QStringLiteral(" → ") + text);
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        // The menu's own words, not the toolbar's shorter ones.
        addRow(path, Accelerators::stripped(action->text()), action->shortcut().toString(QKeySequence::NativeText));
    }
}
