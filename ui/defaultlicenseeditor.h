#pragma once

#include "core/account.h"
#include "ui/accountvalueeditor.h"

class QComboBox;

// The license the account gives users who join it, one of those it supports.
class DefaultLicenseEditor final : public AccountValueEditor
{
    Q_OBJECT

public:
    explicit DefaultLicenseEditor(const Account &account, QWidget *parent = nullptr);

    QString value() const override;
    void startFrom(const QString &value) override;
    QString problem() const override;

private:
    QComboBox *m_license;
};
