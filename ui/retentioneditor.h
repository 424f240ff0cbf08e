#pragma once

#include "ui/accountvalueeditor.h"

#include <optional>

class QCheckBox;
class QSpinBox;

// How long the account keeps chat messages of rooms and of conversations: for good, or a number
// of days (1-5475).
class RetentionEditor final : public AccountValueEditor
{
    Q_OBJECT

public:
    explicit RetentionEditor(QWidget *parent = nullptr);

    QString value() const override;
    void startFrom(const QString &value) override;

private:
    struct Period
    {
        QCheckBox *limited;
        QSpinBox *days;
    };

    Period addPeriod(class QFormLayout *form, const QString &label, const QString &name);
    static std::optional<int> daysOf(const Period &period);
    static void show(const Period &period, const std::optional<int> &days);

    Period m_rooms;
    Period m_conversations;
};
