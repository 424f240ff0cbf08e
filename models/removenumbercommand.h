#pragma once

#include "models/usercommand.h"

#include <QCoreApplication>

// Takes the primary provisioned phone number away from the selected users; the number goes back
// to the account's inventory.
class RemoveNumberCommand final : public UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveNumberCommand)

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

protected:
    QString nothingToDoText() const override;
};
