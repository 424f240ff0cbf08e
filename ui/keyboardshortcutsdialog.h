#pragma once

#include <QDialog>

class QMenuBar;
class QStandardItemModel;
class QTableView;

// Help → Keyboard shortcuts: every entry of the window's menus with its shortcut, read from the
// menus themselves when opened (so it cannot fall behind them), filterable by typing.
class KeyboardShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit KeyboardShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    void addMenu(const QMenu *menu, const QString &path);

    QStandardItemModel *m_model;
    QTableView *m_table;
};
