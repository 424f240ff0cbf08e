#pragma once

#include "ui/accounteditorcontext.h"
#include "ui/accountvalueeditor.h"

class QLineEdit;

// Deleting an account: what will happen, why the service would refuse it now (users still
// active, with a way to suspend them first), and the account's name typed to confirm.
class AccountDeletionEditor final : public AccountValueEditor
{
    Q_OBJECT

public:
    explicit AccountDeletionEditor(const AccountEditorContext &context, QWidget *parent = nullptr);

    QString value() const override;
    void startFrom(const QString &value) override;
    QString problem() const override;

private:
    QString activeUsersText(const AccountEditorContext &context) const;

    QString m_name;
    QLineEdit *m_typedName;
};
