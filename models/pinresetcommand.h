#pragma once

#include "models/usercommand.h"

#include <QCoreApplication>

// Gives the selected users a new personal meeting PIN.
class PinResetCommand final : public UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(PinResetCommand)

public:
    QString id() const override;
    const ChangeAct &act() const override;
    QString menuText() const override;
    QKeySequence shortcut() const override;
    QString title() const override;
    Plan plan(const QList<User> &users, const QSet<QString> &uncertain,
              const QString &choice) const override;
    QString summary(const Plan &plan, const QString &choiceText) const override;
    QString applyText(int users, const QString &choiceText) const override;
    QString confirmation(int users, const CommandContext &context,
                         const QString &choiceText) const override;
    QString caution(const CommandContext &context) const override;
};
