#include "ui/retentioneditor.h"

#include "core/chimerequestbuilder.h"
#include "models/retentionact.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSpinBox>

RetentionEditor::RetentionEditor(QWidget *parent)
    : AccountValueEditor(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins({});
    m_rooms = addPeriod(form, tr("Delete &room messages after"), QStringLiteral("roomRetention"));
    m_conversations = addPeriod(form, tr("Delete &conversation messages after"),
                                QStringLiteral("conversationRetention"));
}

RetentionEditor::Period RetentionEditor::addPeriod(QFormLayout *form, const QString &label, const QString &name)
{
    Period period { new QCheckBox(label, this), new QSpinBox(this) };
    period.limited->setObjectName(name);
    period.days->setObjectName(name + QStringLiteral("Days"));
    period.days->setRange(1, ChimeRequestBuilder::longestRetentionDays);
    period.days->setValue(365);
    period.days->setSuffix(tr(" days"));
    period.days->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(period.limited);
    row->addWidget(period.days);
    row->addStretch();
    form->addRow(row);
    connect(period.limited, &QCheckBox::toggled, period.days, &QWidget::setEnabled);
    connect(period.limited, &QCheckBox::toggled, this, &AccountValueEditor::edited);
    connect(period.days, &QSpinBox::valueChanged, this, &AccountValueEditor::edited);
    return period;
}

std::optional<int> RetentionEditor::daysOf(const Period &period)
{
    return period.limited->isChecked() ? std::optional(period.days->value()) : std::nullopt;
}

void RetentionEditor::show(const Period &period, const std::optional<int> &days)
{
    period.limited->setChecked(days.has_value());
    if (days)
        period.days->setValue(*days);
}

QString RetentionEditor::value() const
{
    RetentionSettings settings;
    settings.roomRetentionDays = daysOf(m_rooms);
    settings.conversationRetentionDays = daysOf(m_conversations);
    return RetentionAct::valueOf(settings);
}

void RetentionEditor::startFrom(const QString &value)
{
    const RetentionSettings settings = RetentionAct::settingsOf(value).value_or(RetentionSettings {});
    show(m_rooms, settings.roomRetentionDays);
    show(m_conversations, settings.conversationRetentionDays);
    m_rooms.limited->setFocus();
}
