#pragma once

#include "ui/changestatedelegate.h"

// Edits the License column with a list of the account's supported licenses only (LicenseEditor:
// arrow keys and letters only move within it; Enter, a pick in the open list or leaving the cell
// commits, Escape reverts), and draws where the user's latest change stands as every changed
// cell does (ChangeStateDelegate).
class LicenseDelegate final : public ChangeStateDelegate
{
    Q_OBJECT

public:
    explicit LicenseDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};
