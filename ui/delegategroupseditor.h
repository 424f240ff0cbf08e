#pragma once

#include "ui/accountvalueeditor.h"

class QPlainTextEdit;

// The Active Directory groups whose members may sign in to the account, one name a line.
class DelegateGroupsEditor final : public AccountValueEditor
{
    Q_OBJECT

public:
    explicit DelegateGroupsEditor(QWidget *parent = nullptr);

    QString value() const override;
    void startFrom(const QString &value) override;

private:
    QPlainTextEdit *m_groups;
};
