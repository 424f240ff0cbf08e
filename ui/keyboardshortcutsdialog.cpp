#include "ui/keyboardshortcutsdialog.h"

#include "ui/readonlytable.h"

#include <QDialogButtonBox>
#include <QHeaderView>
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

    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setModel(proxy);
    ReadOnlyTable::setUpSortable(m_table);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(620, 560);
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
        QList<QStandardItem *> row {
            new QStandardItem(path), new QStandardItem(text),
            new QStandardItem(action->shortcut().toString(QKeySequence::NativeText)),
        };
        m_model->appendRow(row);
    }
}
