#pragma once

#include <QStyledItemDelegate>

// Draws where the user's latest change stands on the cell it changes (UsersModel::ChangeStateRole):
// on its way, being checked or unconfirmed in italics with an ellipsis or a note, refused in red
// with a marker.
class ChangeStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChangeStateDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
