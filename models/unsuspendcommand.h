#pragma once

#include "models/usercommand.h"

#include <QCoreApplication>

// Lifts the suspension of the selected users (EnterpriseLWA accounts only, as the service
// allows); users that are not suspended are left as they are.
class UnsuspendCommand final : public UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(UnsuspendCommand)

public:
    QString id() const override;
    const ChangeAct &act() const override;
    QString menuText() const override;
    QKeySequence shortcut() const override;
    QString title() const override;
    QString unavailableReason(const CommandContext &context) const override;
    Plan plan(const QList<User> &users, const QSet<QString> &uncertain,
              const QString &choice) const override;
    QString summary(const Plan &plan, const QString &choiceText) const override;
    QString applyText(int users, const QString &choiceText) const override;
    QString confirmation(int users, const CommandContext &context,
                         const QString &choiceText) const override;
};
