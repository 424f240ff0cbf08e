#pragma once

#include <QStyledItemDelegate>

// Edits the License column with a list of the account's supported licenses only (LicenseEditor:
// arrow keys and letters only move within it; Enter, a pick in the open list or leaving the cell
// commits, Escape reverts), and draws where the user's latest change stands (UsersModel::ChangeStateRole):
// on its way in italics with an ellipsis, refused in red with a marker.
class LicenseDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LicenseDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
