#pragma once

#include "ui/accountvalueeditor.h"

class QLineEdit;

// The account's new name.
class AccountNameEditor final : public AccountValueEditor
{
    Q_OBJECT

public:
    explicit AccountNameEditor(QWidget *parent = nullptr);

    QString value() const override;
    void startFrom(const QString &value) override;
    QString problem() const override;

private:
    QLineEdit *m_name;
};
