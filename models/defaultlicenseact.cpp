#include "models/defaultlicenseact.h"

#include "core/chimeclient.h"
#include "models/displaynames.h"

using namespace Qt::StringLiterals;

QString DefaultLicenseAct::id() const
{
    return u"default-license"_s;
}

QString DefaultLicenseAct::operationName() const
{
    return u"UpdateAccount"_s;
}

ChimeCall *DefaultLicenseAct::send(ChimeClient *client, const QString &, const QString &accountId,
                                   const QList<ChangeTarget> &batch, QObject *context, Done done) const
{
    UpdateAccountRequest request;
    request.accountId = accountId;
    request.defaultLicense = LicenseValue::fromWire(batch.first().after);
    return sendUpdate(client, request, context, std::move(done));
}

void DefaultLicenseAct::read(ChimeClient *client, const QString &accountId, const QString &,
                             QObject *context, ReadDone done) const
{
    readAccount(client, accountId, context,
                [](const Account &account) { return account.defaultLicense.wireName(); }, std::move(done));
}

QString DefaultLicenseAct::displayValue(const QString &value) const
{
    return DisplayNames::license(LicenseValue::fromWire(value));
}

void DefaultLicenseAct::applyToAccount(Account &account, const QString &value) const
{
    account.defaultLicense = LicenseValue::fromWire(value);
}
