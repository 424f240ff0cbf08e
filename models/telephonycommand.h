#pragma once

#include "models/usercommand.h"

#include <QCoreApplication>

// Sets whether the selected users may take calls, make calls and send SMS.
class TelephonyCommand final : public UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(TelephonyCommand)

public:
    QString id() const override;
    const ChangeAct &act() const override;
    QString menuText() const override;
    QKeySequence shortcut() const override;
    QString title() const override;
    // Every combination of the three permissions.
    QList<Choice> choices(const CommandContext &context) const override;
    QString choicePrompt(int users) const override;
    Plan plan(const QList<User> &users, const QSet<QString> &uncertain,
              const QString &choice) const override;
    QString summary(const Plan &plan, const QString &choiceText) const override;
    QString applyText(int users, const QString &choiceText) const override;
    QString confirmation(int users, const CommandContext &context,
                         const QString &choiceText) const override;
    int confirmAbove() const override { return 5; }
};
