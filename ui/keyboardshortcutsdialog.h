#pragma once

#include <QDialog>

class QMenuBar;
class QStandardItemModel;
class QTableView;

// Help → Keyboard shortcuts: every entry of the window's menus with its shortcut, read from the
// menus themselves when opened (so it cannot fall behind them), and the keys that are no menu
// command (Tab between the panes, Enter to a user's details); filterable by typing.
class KeyboardShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit KeyboardShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // The keys that are not menu commands, as many rows as the table begins with.
    static constexpr int keysBeyondTheMenus = 6;

private:
    void addMenu(const QMenu *menu, const QString &path);
    void addKeysBeyondTheMenus();
    void addRow(const QString &where, const QString &command, const QString &keys);

    QStandardItemModel *m_model;
    QTableView *m_table;
};
