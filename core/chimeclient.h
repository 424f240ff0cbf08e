#pragma once

#include "core/chimeclientconfig.h"
#include "core/connectionidentity.h"
#include "core/chimerequests.h"
#include "core/chimeresults.h"
#include "core/outcome.h"
#include "core/preparedrequest.h"
#include "core/requestpacer.h"
#include "core/retryquota.h"
#include "core/signedrequestfactory.h"

#include <QObject>

#include <functional>
#include <memory>

class ChimeCall;
class CredentialsProvider;
class QNetworkAccessManager;

// The Amazon Chime account and user API, asynchronous. Each operation takes its request, a
// context object and a callback; the callback runs once on the context's thread with the parsed
// result or the error, and never runs if the context is destroyed or the returned call is
// aborted first. Nothing here blocks or spins an event loop.
class ChimeClient final : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Outcome<T> &)>;

    // An unusable config (unknown region, plain http to a remote host) makes every call fail
    // with that error; configurationError() tells it up front.
    ChimeClient(QNetworkAccessManager *network, const CredentialsProvider *credentials,
                const ChimeClientConfig &config, QObject *parent = nullptr);
    ~ChimeClient() override;

    // New credentials and endpoint for every call from now on (a profile switch); calls in
    // flight finish with what they started with.
    void setConnection(const CredentialsProvider *credentials, const ChimeClientConfig &config);

    std::optional<ChimeError> configurationError() const;
    QString endpointDescription() const;
    // The access key id requests are signed with (never the secret), for the audit log.
    QString accessKeyId() const;
    ConnectionIdentity identity() const;
    // A client bound to the credentials and endpoint in use now: a later setConnection() on
    // this one leaves it as it is, so a change keeps the connection it was made with.
    ChimeClient *pinned(QObject *parent) const;
    // What paces the requests to this client's endpoint, shared with the clients pinned from it.
    const RequestPacer &pacer() const { return *m_pacer; }

    ChimeCall *listAccounts(const ListAccountsRequest &request, QObject *context,
                            Callback<AccountsPage> done);
    ChimeCall *getAccount(const GetAccountRequest &request, QObject *context,
                          Callback<Account> done);
    ChimeCall *listUsers(const ListUsersRequest &request, QObject *context,
                         Callback<UsersPage> done);
    ChimeCall *getUser(const GetUserRequest &request, QObject *context, Callback<User> done);
    ChimeCall *updateUser(const UpdateUserRequest &request, QObject *context,
                          Callback<User> done);
    ChimeCall *batchUpdateUser(const BatchUpdateUserRequest &request, QObject *context,
                               Callback<BatchUpdateResult> done);
    ChimeCall *batchSuspendUser(const BatchSuspendUserRequest &request, QObject *context,
                                Callback<BatchUpdateResult> done);
    ChimeCall *batchUnsuspendUser(const BatchUnsuspendUserRequest &request, QObject *context,
                                  Callback<BatchUpdateResult> done);
    ChimeCall *logoutUser(const LogoutUserRequest &request, QObject *context,
                          Callback<EmptyResult> done);
    // The answer's user carries the new PersonalPIN: a secret, shown masked and never logged.
    ChimeCall *resetPersonalPin(const ResetPersonalPinRequest &request, QObject *context,
                                Callback<User> done);
    ChimeCall *associatePhoneNumberWithUser(const AssociatePhoneNumberWithUserRequest &request,
                                            QObject *context, Callback<EmptyResult> done);
    ChimeCall *disassociatePhoneNumberFromUser(const DisassociatePhoneNumberFromUserRequest &request,
                                               QObject *context, Callback<EmptyResult> done);
    ChimeCall *getUserSettings(const GetUserSettingsRequest &request, QObject *context,
                               Callback<UserSettings> done);
    ChimeCall *updateUserSettings(const UpdateUserSettingsRequest &request, QObject *context,
                                  Callback<EmptyResult> done);
    ChimeCall *inviteUsers(const InviteUsersRequest &request, QObject *context,
                           Callback<InviteUsersResult> done);
    ChimeCall *createUser(const CreateUserRequest &request, QObject *context, Callback<User> done);
    ChimeCall *updateAccount(const UpdateAccountRequest &request, QObject *context, Callback<Account> done);
    ChimeCall *getAccountSettings(const GetAccountSettingsRequest &request, QObject *context,
                                  Callback<AccountSettings> done);
    ChimeCall *updateAccountSettings(const UpdateAccountSettingsRequest &request, QObject *context,
                                     Callback<EmptyResult> done);
    ChimeCall *getRetentionSettings(const GetRetentionSettingsRequest &request, QObject *context,
                                    Callback<RetentionSettings> done);
    ChimeCall *putRetentionSettings(const PutRetentionSettingsRequest &request, QObject *context,
                                    Callback<RetentionSettings> done);
    ChimeCall *associateSigninDelegateGroups(const SigninDelegateGroupsRequest &request,
                                             QObject *context, Callback<EmptyResult> done);
    ChimeCall *disassociateSigninDelegateGroups(const SigninDelegateGroupsRequest &request,
                                                QObject *context, Callback<EmptyResult> done);
    ChimeCall *createAccount(const CreateAccountRequest &request, QObject *context, Callback<Account> done);
    ChimeCall *deleteAccount(const DeleteAccountRequest &request, QObject *context,
                             Callback<EmptyResult> done);

signals:
    void connectionChanged();

private:
    ChimeClient(QNetworkAccessManager *network, const CredentialsProvider *credentials,
                const ChimeClientConfig &config, std::shared_ptr<RequestPacer> pacer, QObject *parent);

    template<typename T>
    ChimeCall *send(Outcome<PreparedRequest> request, QObject *context, Callback<T> done,
                    Outcome<T> (*parse)(const QByteArray &));

    QNetworkAccessManager *m_network;
    const CredentialsProvider *m_credentials;
    ChimeClientConfig m_config;
    Outcome<ChimeEndpoint> m_endpoint;
    std::shared_ptr<const SignedRequestFactory> m_factory;
    RetryQuota m_retryQuota;
    std::shared_ptr<RequestPacer> m_pacer;
};
