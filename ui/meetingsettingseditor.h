#pragma once

#include "ui/accountvalueeditor.h"

class QCheckBox;

// The account's meeting policy: remote control of shared screens, and dialing out.
class MeetingSettingsEditor final : public AccountValueEditor
{
    Q_OBJECT

public:
    explicit MeetingSettingsEditor(QWidget *parent = nullptr);

    QString value() const override;
    void startFrom(const QString &value) override;

private:
    QCheckBox *m_disableRemoteControl;
    QCheckBox *m_enableDialOut;
};
