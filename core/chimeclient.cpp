#include "core/chimeclient.h"

#include "core/chimecall.h"
#include "core/chimerequestbuilder.h"
#include "core/chimeresponseparser.h"
#include "core/credentialsprovider.h"

#include <utility>

ChimeClient::ChimeClient(QNetworkAccessManager *network, const CredentialsProvider *credentials,
                         const ChimeClientConfig &config, QObject *parent)
    : ChimeClient(network, credentials, config, std::make_shared<RequestPacer>(config.pacing), parent)
{
}

ChimeClient::ChimeClient(QNetworkAccessManager *network, const CredentialsProvider *credentials,
                         const ChimeClientConfig &config, std::shared_ptr<RequestPacer> pacer,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
    , m_config(config)
    , m_endpoint(ChimeEndpoint::resolve(config.region, config.endpointOverride))
    , m_pacer(std::move(pacer))
{
    if (m_endpoint.isOk()) {
        m_factory = std::make_shared<const SignedRequestFactory>(m_endpoint.value(), credentials,
                                                                 m_config.clock);
    }
}

void ChimeClient::setConnection(const CredentialsProvider *credentials,
                                const ChimeClientConfig &config)
{
    const QString endpointBefore = endpointDescription();
    m_credentials = credentials;
    m_config = config;
    m_endpoint = ChimeEndpoint::resolve(config.region, config.endpointOverride);
    // Another endpoint's limits are its own; the clients pinned before keep the old pacer.
    if (endpointDescription() != endpointBefore)
        m_pacer = std::make_shared<RequestPacer>(m_config.pacing);
    m_factory = m_endpoint.isOk() ? std::make_shared<const SignedRequestFactory>(
                    m_endpoint.value(), credentials, m_config.clock)
                                  : nullptr;
    emit connectionChanged();
}

ChimeClient::~ChimeClient() = default;

std::optional<ChimeError> ChimeClient::configurationError() const
{
    if (m_endpoint.isOk())
        return std::nullopt;
    return m_endpoint.error();
}

QString ChimeClient::endpointDescription() const
{
    if (!m_endpoint.isOk())
        return {};
    return m_endpoint.value().baseUrl().toString();
}

QString ChimeClient::accessKeyId() const
{
    const std::optional<AwsCredentials> credentials = m_credentials ? m_credentials->credentials()
                                                                    : std::nullopt;
    return credentials ? credentials->accessKeyId : QString();
}

ConnectionIdentity ChimeClient::identity() const
{
    return { m_credentials ? m_credentials->sourceDescription() : QString(), accessKeyId(),
             endpointDescription() };
}

ChimeClient *ChimeClient::pinned(QObject *parent) const
{
    return new ChimeClient(m_network, m_credentials, m_config, m_pacer, parent);
}

template<typename T>
ChimeCall *ChimeClient::send(Outcome<PreparedRequest> request, QObject *context, Callback<T> done,
                             Outcome<T> (*parse)(const QByteArray &))
{
    if (request.isOk() && !m_endpoint.isOk()) {
        ChimeError error = m_endpoint.error();
        request = ChimeError(error.kind(), request.value().operation, error.message());
    }
    auto *call = new ChimeCall(m_network, m_factory, std::move(request), m_config.timeout,
                               m_config.retry, &m_retryQuota, m_pacer, this);
    connect(call, &ChimeCall::finished, context, [call, done = std::move(done), parse] {
        const Outcome<QByteArray> &result = *call->result();
        if (!result.isOk()) {
            done(result.error());
            return;
        }
        Outcome<T> parsed = parse(result.value());
        if (!parsed.isOk()) {
            ChimeError error = parsed.error();
            error.setRequestId(call->requestId());
            done(error);
            return;
        }
        parsed.setRequestId(call->requestId());
        done(parsed);
    });
    connect(context, &QObject::destroyed, call, &ChimeCall::abort);
    call->start();
    return call;
}

ChimeCall *ChimeClient::listAccounts(const ListAccountsRequest &request, QObject *context,
                                     Callback<AccountsPage> done)
{
    return send(ChimeRequestBuilder::listAccounts(request), context, std::move(done),
                ChimeResponseParser::listAccounts);
}

ChimeCall *ChimeClient::getAccount(const GetAccountRequest &request, QObject *context,
                                   Callback<Account> done)
{
    return send(ChimeRequestBuilder::getAccount(request), context, std::move(done),
                ChimeResponseParser::getAccount);
}

ChimeCall *ChimeClient::listUsers(const ListUsersRequest &request, QObject *context,
                                  Callback<UsersPage> done)
{
    return send(ChimeRequestBuilder::listUsers(request), context, std::move(done),
                ChimeResponseParser::listUsers);
}

ChimeCall *ChimeClient::getUser(const GetUserRequest &request, QObject *context,
                                Callback<User> done)
{
    return send(ChimeRequestBuilder::getUser(request), context, std::move(done),
                ChimeResponseParser::getUser);
}

ChimeCall *ChimeClient::updateUser(const UpdateUserRequest &request, QObject *context,
                                   Callback<User> done)
{
    return send(ChimeRequestBuilder::updateUser(request), context, std::move(done),
                ChimeResponseParser::updateUser);
}

ChimeCall *ChimeClient::batchUpdateUser(const BatchUpdateUserRequest &request, QObject *context,
                                        Callback<BatchUpdateResult> done)
{
    return send(ChimeRequestBuilder::batchUpdateUser(request), context, std::move(done),
                ChimeResponseParser::batchUpdateUser);
}

ChimeCall *ChimeClient::batchSuspendUser(const BatchSuspendUserRequest &request,
                                         QObject *context, Callback<BatchUpdateResult> done)
{
    return send(ChimeRequestBuilder::batchSuspendUser(request), context, std::move(done),
                ChimeResponseParser::batchSuspendUser);
}

ChimeCall *ChimeClient::batchUnsuspendUser(const BatchUnsuspendUserRequest &request,
                                           QObject *context, Callback<BatchUpdateResult> done)
{
    return send(ChimeRequestBuilder::batchUnsuspendUser(request), context, std::move(done),
                ChimeResponseParser::batchUnsuspendUser);
}

ChimeCall *ChimeClient::logoutUser(const LogoutUserRequest &request, QObject *context,
                                   Callback<EmptyResult> done)
{
    return send(ChimeRequestBuilder::logoutUser(request), context, std::move(done),
                ChimeResponseParser::logoutUser);
}

ChimeCall *ChimeClient::associatePhoneNumberWithUser(
    const AssociatePhoneNumberWithUserRequest &request, QObject *context, Callback<EmptyResult> done)
{
    return send(ChimeRequestBuilder::associatePhoneNumberWithUser(request), context, std::move(done),
                ChimeResponseParser::associatePhoneNumberWithUser);
}

ChimeCall *ChimeClient::disassociatePhoneNumberFromUser(
    const DisassociatePhoneNumberFromUserRequest &request, QObject *context,
    Callback<EmptyResult> done)
{
    return send(ChimeRequestBuilder::disassociatePhoneNumberFromUser(request), context,
                std::move(done), ChimeResponseParser::disassociatePhoneNumberFromUser);
}

ChimeCall *ChimeClient::resetPersonalPin(const ResetPersonalPinRequest &request,
                                         QObject *context, Callback<User> done)
{
    return send(ChimeRequestBuilder::resetPersonalPin(request), context, std::move(done),
                ChimeResponseParser::resetPersonalPin);
}

ChimeCall *ChimeClient::getUserSettings(const GetUserSettingsRequest &request, QObject *context,
                                        Callback<UserSettings> done)
{
    return send(ChimeRequestBuilder::getUserSettings(request), context, std::move(done),
                ChimeResponseParser::getUserSettings);
}

ChimeCall *ChimeClient::updateUserSettings(const UpdateUserSettingsRequest &request,
                                           QObject *context, Callback<EmptyResult> done)
{
    return send(ChimeRequestBuilder::updateUserSettings(request), context, std::move(done),
                ChimeResponseParser::updateUserSettings);
}

ChimeCall *ChimeClient::inviteUsers(const InviteUsersRequest &request, QObject *context,
                                    Callback<InviteUsersResult> done)
{
    return send(ChimeRequestBuilder::inviteUsers(request), context, std::move(done),
                ChimeResponseParser::inviteUsers);
}

ChimeCall *ChimeClient::createUser(const CreateUserRequest &request, QObject *context,
                                   Callback<User> done)
{
    return send(ChimeRequestBuilder::createUser(request), context, std::move(done),
                ChimeResponseParser::createUser);
}

ChimeCall *ChimeClient::updateAccount(const UpdateAccountRequest &request, QObject *context, Callback<Account> done)
{
    return send(ChimeRequestBuilder::updateAccount(request), context, std::move(done), ChimeResponseParser::updateAccount);
}

ChimeCall *ChimeClient::getAccountSettings(const GetAccountSettingsRequest &request, QObject *context, Callback<AccountSettings> done)
{
    return send(ChimeRequestBuilder::getAccountSettings(request), context, std::move(done), ChimeResponseParser::getAccountSettings);
}

ChimeCall *ChimeClient::updateAccountSettings(const UpdateAccountSettingsRequest &request, QObject *context, Callback<EmptyResult> done)
{
    return send(ChimeRequestBuilder::updateAccountSettings(request), context, std::move(done), ChimeResponseParser::updateAccountSettings);
}

ChimeCall *ChimeClient::getRetentionSettings(const GetRetentionSettingsRequest &request, QObject *context, Callback<RetentionSettings> done)
{
    return send(ChimeRequestBuilder::getRetentionSettings(request), context, std::move(done), ChimeResponseParser::getRetentionSettings);
}

ChimeCall *ChimeClient::putRetentionSettings(const PutRetentionSettingsRequest &request, QObject *context, Callback<RetentionSettings> done)
{
    return send(ChimeRequestBuilder::putRetentionSettings(request), context, std::move(done), ChimeResponseParser::putRetentionSettings);
}

ChimeCall *ChimeClient::associateSigninDelegateGroups(const SigninDelegateGroupsRequest &request, QObject *context, Callback<EmptyResult> done)
{
    return send(ChimeRequestBuilder::associateSigninDelegateGroups(request), context, std::move(done), ChimeResponseParser::associateSigninDelegateGroups);
}

ChimeCall *ChimeClient::disassociateSigninDelegateGroups(const SigninDelegateGroupsRequest &request, QObject *context, Callback<EmptyResult> done)
{
    return send(ChimeRequestBuilder::disassociateSigninDelegateGroups(request), context, std::move(done), ChimeResponseParser::disassociateSigninDelegateGroups);
}

ChimeCall *ChimeClient::createAccount(const CreateAccountRequest &request, QObject *context, Callback<Account> done)
{
    return send(ChimeRequestBuilder::createAccount(request), context, std::move(done), ChimeResponseParser::createAccount);
}

ChimeCall *ChimeClient::deleteAccount(const DeleteAccountRequest &request, QObject *context, Callback<EmptyResult> done)
{
    return send(ChimeRequestBuilder::deleteAccount(request), context, std::move(done), ChimeResponseParser::deleteAccount);
}
