#include "emulator/chimeemulator.h"

#include "core/chimeendpoint.h"
#include "core/logging.h"
#include "core/uriencoding.h"
#include "emulator/demodatagenerator.h"
#include "emulator/wireforms.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QTcpSocket>
#include <QUuid>

#include <array>
#include <mutex>
#include <utility>

namespace {

using namespace Qt::StringLiterals;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

struct ServiceError
{
    int status;
    const char *exception;
    const char16_t *code;
    const char16_t *message;
};

// Each documented status with the exception and code the Chime API model gives it.
constexpr std::array<ServiceError, 7> serviceErrors { {
    { 400, "BadRequestException", u"BadRequest", u"The request was refused" },
    { 401, "UnauthorizedClientException", u"Unauthorized", u"The client is not authorized" },
    { 403, "ForbiddenException", u"Forbidden", u"Access is denied" },
    { 404, "NotFoundException", u"NotFound", u"The resource was not found" },
    { 429, "ThrottledClientException", u"Throttled", u"Rate exceeded" },
    { 500, "ServiceFailureException", u"ServiceFailure", u"The service encountered an error" },
    { 503, "ServiceUnavailableException", u"ServiceUnavailable", u"The service is unavailable" },
} };

EmulatorReply injectedFailure(int status)
{
    for (const ServiceError &known : serviceErrors) {
        if (known.status == status) {
            return EmulatorReply::error(status, known.exception, QString::fromUtf16(known.code),
                                        QString::fromUtf16(known.message) + u" (injected fault)."_s);
        }
    }
    return EmulatorReply::error(status, "InjectedFault", u"ServiceFailure"_s,
                                u"Injected fault with status %1."_s.arg(status));
}

QLoggingCategory::CategoryFilter previousLoggingFilter = nullptr;

// Qt's HTTP server dumps every request with all its headers (Authorization, the session token)
// when its debug output is on: that category stays quiet whatever the logging rules say.
void withoutRequestDumps(QLoggingCategory *category)
{
    if (previousLoggingFilter)
        previousLoggingFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

EmulatorStore::Query parseQuery(const QByteArray &query)
{
    EmulatorStore::Query items;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        items.insert(QString::fromUtf8(UriEncoding::decode(key)),
                     QString::fromUtf8(UriEncoding::decode(value)));
    }
    return items;
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace

ChimeEmulator::ChimeEmulator(EmulatorConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_verifier(m_config.credentials, QString(ChimeEndpoint::defaultRegion),
                 QString(ChimeEndpoint::signingService))
    , m_faults(m_config.seed, m_config.failRate, m_config.failCodes, m_config.dropRate)
    , m_rateLimiter(m_config.rateLimit)
{
    m_uptime.start();
    static std::once_flag filterInstalled;
    std::call_once(filterInstalled,
                   [] { previousLoggingFilter = QLoggingCategory::installFilter(withoutRequestDumps); });
    // Many changes in a row (a bulk re-license) are saved once they settle.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(200);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (!saveState(&error))
            qCWarning(lcEmulator).noquote() << error;
    });
}

ChimeEmulator::~ChimeEmulator()
{
    if (m_saveTimer.isActive()) {
        QString error;
        if (!saveState(&error))
            qCWarning(lcEmulator).noquote() << error;
    }
}

bool ChimeEmulator::start(QString *error)
{
    if (!m_config.stateFile.isEmpty() && QFile::exists(m_config.stateFile)) {
        QFile file(m_config.stateFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the state file %1: %2").arg(m_config.stateFile, file.errorString());
            return false;
        }
        QString parseError;
        std::optional<EmulatorStore> loaded = EmulatorStore::fromJson(file.readAll(), &parseError);
        if (!loaded) {
            *error = tr("The state file %1 is not usable: %2").arg(m_config.stateFile, parseError);
            return false;
        }
        m_store = std::move(*loaded);
    } else {
        m_store = EmulatorStore(DemoDataGenerator(m_config.seed)
                                    .generate(m_config.accounts, m_config.usersPerAccount));
    }
    m_port = listen(m_config.address, m_config.port);
    if (m_port == 0) {
        *error = tr("Cannot listen on %1 port %2.")
                     .arg(m_config.address.toString())
                     .arg(m_config.port);
        return false;
    }
    return true;
}

void ChimeEmulator::setFaults(double failRate, const QList<int> &failCodes, double dropRate)
{
    m_config.failRate = failRate;
    m_config.failCodes = failCodes;
    m_config.dropRate = dropRate;
    m_faults = FaultInjector(m_config.seed, failRate, failCodes, dropRate);
}

QUrl ChimeEmulator::endpoint() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_config.address.toString());
    url.setPort(m_port);
    return url;
}

bool ChimeEmulator::saveState(QString *error) const
{
    if (m_config.stateFile.isEmpty())
        return true;
    QSaveFile file(m_config.stateFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_store.toJson()) < 0 || !file.commit()) {
        *error = tr("Cannot save the state file %1: %2").arg(m_config.stateFile, file.errorString());
        return false;
    }
    return true;
}

bool ChimeEmulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requestCount;
    const QByteArray method = methodName(request.method());
    const QByteArray path = request.url().path(QUrl::FullyEncoded).toLatin1();
    const QByteArray query = request.url().query(QUrl::FullyEncoded).toLatin1();

    const SignatureVerifier::Request signedRequest { method, path, query, request.headers(),
                                                     request.body() };
    EmulatorReply reply;
    FaultInjector::Fault fault = FaultInjector::Fault::None;
    if (auto refusal = m_verifier.verify(signedRequest, m_config.clock())) {
        reply = *refusal;
    } else {
        const FaultInjector::Decision decision = m_faults.next();
        fault = decision.fault;
        reply = fault == FaultInjector::Fault::ErrorStatus
            ? injectedFailure(decision.status)
            : dispatch(method, path, parseQuery(query), request.body());
    }
    qCDebug(lcEmulator) << method << path << query << "->" << reply.status;
    if (reply.changedState) {
        if (!m_config.stateFile.isEmpty())
            m_saveTimer.start();
        emit stateChanged();
    }
    if (m_config.latencyMs > 0) {
        // Precise: a coarse timer may answer up to 5 % late, and the benchmarks' floors are
        // round trips times this latency.
        QTimer::singleShot(m_config.latencyMs, Qt::PreciseTimer, socket,
                           [this, socket, reply, fault] { respond(socket, reply, fault); });
    } else {
        respond(socket, reply, fault);
    }
    return true;
}

void ChimeEmulator::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    respond(socket, EmulatorReply::notFound(u"No such resource."_s), FaultInjector::Fault::None);
}

namespace {

// Which operation a request is, from its method, path segments and static query; empty for
// none. A leading '/' gives an empty first segment: ["", "accounts", id, "users", id].
QString operationOf(const QByteArray &method, const QStringList &segments,
                    const EmulatorStore::Query &query)
{
    const bool isAccounts = segments.size() >= 2 && segments[0].isEmpty() && segments[1] == u"accounts"_s;
    if (!isAccounts)
        return {};
    const bool isUsers = segments.size() >= 4 && segments[3] == u"users"_s;
    const bool isGet = method == "GET";
    const bool plainPost = method == "POST" && !query.contains(u"operation"_s);
    // The static query of a requestUri ("/accounts/{accountId}/users?operation=suspend").
    const QString staticOperation = method == "POST" ? query.value(u"operation"_s) : QString();
    if (segments.size() == 2)
        return isGet ? u"ListAccounts"_s : plainPost ? u"CreateAccount"_s : QString();
    if (segments.size() == 3) {
        if (staticOperation == u"associate-signin-delegate-groups"_s)
            return u"AssociateSigninDelegateGroupsWithAccount"_s;
        if (staticOperation == u"disassociate-signin-delegate-groups"_s)
            return u"DisassociateSigninDelegateGroupsFromAccount"_s;
        return isGet ? u"GetAccount"_s : plainPost ? u"UpdateAccount"_s
             : method == "DELETE" ? u"DeleteAccount"_s : QString();
    }
    if (segments.size() == 4 && segments[3] == u"settings"_s)
        return isGet ? u"GetAccountSettings"_s : method == "PUT" ? u"UpdateAccountSettings"_s : QString();
    if (segments.size() == 4 && segments[3] == u"retention-settings"_s)
        return isGet ? u"GetRetentionSettings"_s : method == "PUT" ? u"PutRetentionSettings"_s : QString();
    if (isUsers && segments.size() == 4) {
        if (staticOperation == u"suspend"_s)
            return u"BatchSuspendUser"_s;
        if (staticOperation == u"unsuspend"_s)
            return u"BatchUnsuspendUser"_s;
        if (staticOperation == u"add"_s)
            return u"InviteUsers"_s;
        if (staticOperation == u"create"_s)
            return u"CreateUser"_s;
        return isGet ? u"ListUsers"_s : plainPost ? u"BatchUpdateUser"_s : QString();
    }
    if (isUsers && segments.size() == 5) {
        if (staticOperation == u"logout"_s)
            return u"LogoutUser"_s;
        if (staticOperation == u"reset-personal-pin"_s)
            return u"ResetPersonalPIN"_s;
        if (staticOperation == u"associate-phone-number"_s)
            return u"AssociatePhoneNumberWithUser"_s;
        if (staticOperation == u"disassociate-phone-number"_s)
            return u"DisassociatePhoneNumberFromUser"_s;
        return isGet ? u"GetUser"_s : plainPost ? u"UpdateUser"_s : QString();
    }
    if (isUsers && segments.size() == 6 && segments[5] == u"settings"_s && query.isEmpty())
        return isGet ? u"GetUserSettings"_s : method == "PUT" ? u"UpdateUserSettings"_s : QString();
    return {};
}

EmulatorReply withEpochTimestamps(EmulatorReply reply)
{
    WireForms::epochTimestamps(&reply.body);
    return reply;
}

} // namespace

EmulatorReply ChimeEmulator::dispatch(const QByteArray &method, const QByteArray &path,
                                      const EmulatorStore::Query &query, const QByteArray &body)
{
    QStringList segments;
    for (const QByteArray &segment : path.split('/'))
        segments.append(QString::fromUtf8(UriEncoding::decode(segment)));
    const QString operation = operationOf(method, segments, query);
    if (operation.isEmpty()) {
        return EmulatorReply::error(404, "UnknownOperationException", u"NotFound"_s,
                                    u"The emulator does not serve %1 %2."_s.arg(
                                        QString::fromLatin1(method), QString::fromLatin1(path)));
    }
    ++m_operationCounts[operation];
    if (const auto wait = m_rateLimiter.take(operation, m_uptime.elapsed())) {
        EmulatorReply throttled = EmulatorReply::error(
            429, "ThrottledClientException", u"Throttled"_s,
            u"Rate exceeded for %1: at most %2 requests a second."_s.arg(operation).arg(m_config.rateLimit));
        throttled.retryAfter = QByteArray::number((wait->count() + 999) / 1000);
        return throttled;
    }
    return answer(operation, segments, query, body);
}

EmulatorReply ChimeEmulator::answer(const QString &operation, const QStringList &segments,
                                    const EmulatorStore::Query &query, const QByteArray &body)
{
    if (operation == u"ListAccounts"_s)
        return m_store.listAccounts(query);
    if (operation == u"GetAccount"_s)
        return withEpochTimestamps(m_store.getAccount(segments[2]));
    if (operation == u"UpdateAccount"_s)
        return m_store.updateAccount(segments[2], body);
    if (operation == u"DeleteAccount"_s)
        return m_store.deleteAccount(segments[2]);
    if (operation == u"CreateAccount"_s)
        return m_store.createAccount(body);
    if (operation == u"GetAccountSettings"_s)
        return m_store.getAccountSettings(segments[2]);
    if (operation == u"UpdateAccountSettings"_s)
        return m_store.updateAccountSettings(segments[2], body);
    if (operation == u"GetRetentionSettings"_s)
        return m_store.getRetentionSettings(segments[2]);
    if (operation == u"PutRetentionSettings"_s)
        return m_store.putRetentionSettings(segments[2], body);
    if (operation == u"AssociateSigninDelegateGroupsWithAccount"_s)
        return m_store.associateSigninDelegateGroups(segments[2], body);
    if (operation == u"DisassociateSigninDelegateGroupsFromAccount"_s)
        return m_store.disassociateSigninDelegateGroups(segments[2], body);
    if (operation == u"ListUsers"_s)
        return m_store.listUsers(segments[2], query);
    if (operation == u"BatchUpdateUser"_s)
        return m_store.batchUpdateUser(segments[2], body);
    if (operation == u"BatchSuspendUser"_s)
        return m_store.batchSuspendUser(segments[2], body);
    if (operation == u"BatchUnsuspendUser"_s)
        return m_store.batchUnsuspendUser(segments[2], body);
    if (operation == u"LogoutUser"_s)
        return m_store.logoutUser(segments[2], segments[4]);
    if (operation == u"ResetPersonalPIN"_s)
        return m_store.resetPersonalPin(segments[2], segments[4]);
    if (operation == u"AssociatePhoneNumberWithUser"_s)
        return m_store.associatePhoneNumberWithUser(segments[2], segments[4], body);
    if (operation == u"DisassociatePhoneNumberFromUser"_s)
        return m_store.disassociatePhoneNumberFromUser(segments[2], segments[4]);
    if (operation == u"GetUser"_s)
        return withEpochTimestamps(m_store.getUser(segments[2], segments[4]));
    if (operation == u"GetUserSettings"_s)
        return m_store.getUserSettings(segments[2], segments[4]);
    if (operation == u"UpdateUserSettings"_s)
        return m_store.updateUserSettings(segments[2], segments[4], body);
    if (operation == u"InviteUsers"_s)
        return m_store.inviteUsers(segments[2], body);
    if (operation == u"CreateUser"_s)
        return withEpochTimestamps(m_store.createUser(segments[2], body));
    return m_store.updateUser(segments[2], segments[4], body);
}

void ChimeEmulator::respond(QTcpSocket *socket, const EmulatorReply &answered,
                            FaultInjector::Fault fault)
{
    const EmulatorReply reply = answered.status >= 400
        ? WireForms::shapeError(answered, m_errorsAnswered++)
        : answered;
    // 204 No Content has no body at all.
    const QByteArray body
        = reply.status == 204 ? QByteArray() : QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
        + reasonPhrase(reply.status) + "\r\n";
    response += "Content-Type: application/json\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "x-amzn-RequestId: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\r\n";
    // As the service sends it: the exception name with the coral namespace after a colon.
    if (!reply.errorType.isEmpty())
        response += "x-amzn-ErrorType: " + reply.errorType + ":http://internal.amazon.com/coral/com.amazonaws.chime/\r\n";
    if (!reply.retryAfter.isEmpty())
        response += "Retry-After: " + reply.retryAfter + "\r\n";
    response += "Date: " + httpDate(m_config.clock()) + "\r\n";
    response += "Connection: keep-alive\r\n\r\n";
    if (fault == FaultInjector::Fault::DropConnection) {
        // The operation took effect; only its answer is lost, as on a real flaky network.
        socket->write(response + body.left(body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    socket->write(response + body);
}
