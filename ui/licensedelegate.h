#pragma once

#include <QStyledItemDelegate>

// Edits the License column with a list of the account's supported licenses only, and draws a
// license whose change is still on its way in italics with an ellipsis.
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
