#pragma once

#include "models/usercommand.h"

#include <QCoreApplication>

// Suspends the selected users (Team and EnterpriseLWA accounts, as the service allows).
class SuspendCommand final : public UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(SuspendCommand)

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
    QString caution(const CommandContext &context) const override;
    bool canUndo(const CommandContext &context) const override;
};
