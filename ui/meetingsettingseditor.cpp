#include "ui/meetingsettingseditor.h"

#include "models/meetingsettingsact.h"

#include <QCheckBox>
#include <QVBoxLayout>

MeetingSettingsEditor::MeetingSettingsEditor(QWidget *parent)
    : AccountValueEditor(parent)
    , m_disableRemoteControl(new QCheckBox(tr("Turn off &remote control of shared screens"), this))
    , m_enableDialOut(new QCheckBox(tr("Let meetings &dial out to telephones"), this))
{
    m_disableRemoteControl->setObjectName(QStringLiteral("disableRemoteControl"));
    m_enableDialOut->setObjectName(QStringLiteral("enableDialOut"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_disableRemoteControl);
    layout->addWidget(m_enableDialOut);
    for (QCheckBox *box : { m_disableRemoteControl, m_enableDialOut })
        connect(box, &QCheckBox::toggled, this, &AccountValueEditor::edited);
}

QString MeetingSettingsEditor::value() const
{
    return MeetingSettingsAct::valueOf({ m_disableRemoteControl->isChecked(), m_enableDialOut->isChecked() });
}

void MeetingSettingsEditor::startFrom(const QString &value)
{
    const AccountSettings settings = MeetingSettingsAct::settingsOf(value).value_or(AccountSettings { false, false });
    m_disableRemoteControl->setChecked(settings.disableRemoteControl.value_or(false));
    m_enableDialOut->setChecked(settings.enableDialOut.value_or(false));
    m_disableRemoteControl->setFocus();
}
