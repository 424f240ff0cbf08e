#pragma once

#include "models/newuseract.h"

// Invites people by email into a Team account (InviteUsers), up to 50 addresses a request. An
// address the service answers as invited is applied, with whether its email went; one it answers
// as failed is refused; one its answer leaves out is not known until looked up.
class InviteAct final : public NewUserAct
{
public:
    QString id() const override;
    int batchSize() const override;
    // Team accounts only, as the API model says.
    QString unavailableIn(const CommandContext &context) const override;
    QString operation(const QList<ChangeTarget> &targets) const override;
    ChimeCall *send(ChimeClient *client, const QString &operation, const QString &accountId,
                    const QList<ChangeTarget> &batch, QObject *context, Done done) const override;
};
