#pragma once

#include "models/usercommand.h"

#include <QCoreApplication>

// Signs the selected users out of every Amazon Chime client; they can sign in again at once.
class LogoutCommand final : public UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(LogoutCommand)

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
