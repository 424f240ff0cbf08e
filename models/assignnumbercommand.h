#pragma once

#include "models/usercommand.h"

#include <QCoreApplication>

// Gives one selected user a phone number of the account's inventory, typed in E.164 form; it
// becomes the user's primary provisioned number.
class AssignNumberCommand final : public UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssignNumberCommand)

public:
    QString id() const override;
    const ChangeAct &act() const override;
    QString menuText() const override;
    QKeySequence shortcut() const override;
    QString title() const override;
    QString textPrompt() const override;
    QString textProblem(const QString &text) const override;
    Plan plan(const QList<User> &users, const QSet<QString> &uncertain,
              const QString &choice) const override;
    QString summary(const Plan &plan, const QString &choiceText) const override;
    QString applyText(int users, const QString &choiceText) const override;
    QString confirmation(int users, const CommandContext &context,
                         const QString &choiceText) const override;
};
