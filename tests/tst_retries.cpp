#include "core/chimecall.h"
#include "core/chimeclient.h"
#include "core/retrypolicy.h"
#include "core/retryquota.h"
#include "core/staticcredentialsprovider.h"
#include "core/translations.h"
#include "emulator/chimeemulator.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Answers each connection with the next scripted response and remembers every request head.
class ScriptedServer final : public QTcpServer
{
public:
    explicit ScriptedServer(QList<QByteArray> responses)
        : m_responses(std::move(responses))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    heads.append(m_buffer.take(socket));
                    const QByteArray response = m_next < m_responses.size() ? m_responses.at(m_next)
                                                                            : m_responses.last();
                    ++m_next;
                    socket->write(response);
                    socket->disconnectFromHost();
                });
            }
        });
    }

    QUrl endpoint() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }
    QList<QByteArray> heads;

private:
    QList<QByteArray> m_responses;
    qsizetype m_next = 0;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

QByteArray response(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
        + "x-amzn-RequestId: req-" + QByteArray::number(status) + "\r\n" + extraHeaders
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
        + body;
}

const QByteArray accountBody
    = R"({"Account":{"AccountId":"acc","AwsAccountId":"1","Name":"A"}})";
const QByteArray throttled = response(429, R"({"Code":"Throttled","Message":"slow down"})",
                                      "x-amzn-ErrorType: ThrottledClientException\r\n");

QByteArray headerOf(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

} // namespace

class TstRetries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void retryable_data();
    void retryable();
    void backoffIsJitteredAndCapped();
    void retryAfterIsHonouredUpToTheCap();
    void quotaStopsRetriesAndRefills();
    void failedAttemptsAreRetriedSignedAfresh();
    void nonRetryableErrorIsNotRetried();
    void retryAfterHeaderDelaysTheRetry();
    void absurdRetryAfterIsClamped_data();
    void absurdRetryAfterIsClamped();
    void exhaustedAttemptsReportTheCount();
    void oversizedAnswerIsRefused();
    void clockSkewIsExplainedInMinutes_data();
    void clockSkewIsExplainedInMinutes();

private:
    std::unique_ptr<ChimeClient> client(const QUrl &endpoint, ChimeClientConfig config = {});
    std::optional<Outcome<Account>> getAccount(ChimeClient &client);

    QNetworkAccessManager m_network;
    StaticCredentialsProvider m_credentials { EmulatorConfig::demoCredentials(), u"test"_s };
};

void TstRetries::initTestCase()
{
    // Messages are checked in English, with its plural forms.
    Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
}

std::unique_ptr<ChimeClient> TstRetries::client(const QUrl &endpoint, ChimeClientConfig config)
{
    config.endpointOverride = endpoint.toString();
    if (config.retry.baseDelay == RetryPolicy().baseDelay)
        config.retry.baseDelay = 2ms;
    config.timeout = 5s;
    return std::make_unique<ChimeClient>(&m_network, &m_credentials, config);
}

std::optional<Outcome<Account>> TstRetries::getAccount(ChimeClient &chime)
{
    std::optional<Outcome<Account>> result;
    chime.getAccount({ u"acc"_s }, this, [&result](const Outcome<Account> &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return std::nullopt;
    return result;
}

void TstRetries::retryable_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("errorType");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("400") << 400 << QByteArray("BadRequestException") << false;
    QTest::newRow("400 throttling code") << 400 << QByteArray("ThrottlingException") << true;
    QTest::newRow("401") << 401 << QByteArray("UnauthorizedClientException") << false;
    QTest::newRow("403") << 403 << QByteArray("ForbiddenException") << false;
    QTest::newRow("404") << 404 << QByteArray("NotFoundException") << false;
    QTest::newRow("429 Chime throttled") << 429 << QByteArray("ThrottledClientException") << true;
    QTest::newRow("500") << 500 << QByteArray("ServiceFailureException") << true;
    QTest::newRow("502") << 502 << QByteArray() << true;
    QTest::newRow("503") << 503 << QByteArray("ServiceUnavailableException") << true;
    QTest::newRow("504") << 504 << QByteArray() << true;
    QTest::newRow("501") << 501 << QByteArray() << false;
    QTest::newRow("409") << 409 << QByteArray("ConflictException") << false;
    QTest::newRow("422") << 422 << QByteArray("UnprocessableEntityException") << false;
}

void TstRetries::retryable()
{
    QFETCH(int, status);
    QFETCH(QByteArray, errorType);
    QFETCH(bool, retryable);
    const ChimeError error = ChimeError::fromHttpResponse(u"Op"_s, status, errorType, "id", "{}");
    QCOMPARE(RetryPolicy::isRetryable(error), retryable);
    QVERIFY(RetryPolicy::isRetryable(ChimeError(ChimeError::Kind::NetworkFailure, u"Op"_s, {})));
    QVERIFY(RetryPolicy::isRetryable(ChimeError(ChimeError::Kind::Timeout, u"Op"_s, {})));
    QVERIFY(!RetryPolicy::isRetryable(ChimeError(ChimeError::Kind::UnreadableResponse, u"Op"_s, {})));
    QVERIFY(!RetryPolicy::isRetryable(ChimeError(ChimeError::Kind::InvalidConfiguration, u"Op"_s, {})));
}

void TstRetries::backoffIsJitteredAndCapped()
{
    RetryPolicy policy;
    policy.baseDelay = 100ms;
    policy.maxDelay = 1000ms;
    for (int attempt = 2; attempt <= 12; ++attempt) {
        const auto ceiling = std::min<qint64>(1000, 100LL << (attempt - 2));
        std::chrono::milliseconds smallest = 1h;
        std::chrono::milliseconds largest = 0ms;
        for (int i = 0; i < 400; ++i) {
            const auto delay = policy.delayBefore(attempt, std::nullopt);
            QVERIFY(delay.count() >= 0 && delay.count() <= ceiling);
            smallest = std::min(smallest, delay);
            largest = std::max(largest, delay);
        }
        // Full jitter: the waits spread over the whole range, not a fixed step.
        QVERIFY(smallest.count() < ceiling / 4);
        QVERIFY(largest.count() > ceiling * 3 / 4);
    }
}

void TstRetries::retryAfterIsHonouredUpToTheCap()
{
    RetryPolicy policy;
    policy.baseDelay = 10ms;
    QVERIFY(policy.delayBefore(2, 1500ms) >= 1500ms);
    QCOMPARE(policy.delayBefore(2, 10min), policy.maxDelay);
}

void TstRetries::quotaStopsRetriesAndRefills()
{
    RetryQuota quota;
    int retries = 0;
    while (quota.tryAcquire(RetryQuota::retryCost))
        ++retries;
    QCOMPARE(retries, RetryQuota::capacity / RetryQuota::retryCost);
    QVERIFY(!quota.tryAcquire(1));
    quota.refund(7);
    QVERIFY(quota.tryAcquire(RetryQuota::retryCost));
    quota.refund(10000);
    QCOMPARE(quota.available(), RetryQuota::capacity);
}

void TstRetries::failedAttemptsAreRetriedSignedAfresh()
{
    ScriptedServer server({ response(503, R"({"Code":"ServiceUnavailable","Message":"busy"})"),
                            throttled, response(200, accountBody) });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    // A clock that moves a second per reading: each attempt must carry its own X-Amz-Date.
    ChimeClientConfig config;
    auto time = std::make_shared<QDateTime>(QDateTime::currentDateTimeUtc());
    config.clock = [time] { return *time = time->addSecs(1); };
    auto chime = client(server.endpoint(), config);
    const auto answer = getAccount(*chime);
    QVERIFY(answer && answer->isOk());
    QCOMPARE(answer->value().accountId, u"acc"_s);
    QCOMPARE(server.heads.size(), 3);
    QSet<QByteArray> dates;
    QSet<QByteArray> signatures;
    for (const QByteArray &head : std::as_const(server.heads)) {
        dates.insert(headerOf(head, "X-Amz-Date"));
        signatures.insert(headerOf(head, "Authorization"));
    }
    QCOMPARE(dates.size(), 3);
    QCOMPARE(signatures.size(), 3);
}

void TstRetries::nonRetryableErrorIsNotRetried()
{
    ScriptedServer server({ response(400, R"({"Code":"BadRequest","Message":"no"})",
                                     "x-amzn-ErrorType: BadRequestException\r\n"),
                            response(200, accountBody) });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto chime = client(server.endpoint());
    const auto answer = getAccount(*chime);
    QVERIFY(answer && !answer->isOk());
    QCOMPARE(answer->error().kind(), ChimeError::Kind::BadRequest);
    QCOMPARE(answer->error().attempts(), 1);
    QCOMPARE(server.heads.size(), 1);
}

void TstRetries::retryAfterHeaderDelaysTheRetry()
{
    ScriptedServer server({ response(429, R"({"Code":"Throttled","Message":"wait"})",
                                     "x-amzn-ErrorType: ThrottledClientException\r\nRetry-After: 1\r\n"),
                            response(200, accountBody) });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto chime = client(server.endpoint());
    QElapsedTimer timer;
    timer.start();
    const auto answer = getAccount(*chime);
    QVERIFY(answer && answer->isOk());
    QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(server.heads.size(), 2);
}

void TstRetries::absurdRetryAfterIsClamped_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("largest qint64") << QByteArray("9223372036854775807");
    QTest::newRow("past qint64") << QByteArray("99999999999999999999");
    QTest::newRow("negative") << QByteArray("-5");
    QTest::newRow("a date long past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT");
    QTest::newRow("garbage") << QByteArray("soon");
}

// Whatever the service asks for, the wait is a number the policy caps (UBSan aborts on the
// overflow the largest value once caused).
void TstRetries::absurdRetryAfterIsClamped()
{
    QFETCH(QByteArray, retryAfter);
    ScriptedServer server({ response(429, R"({"Code":"Throttled","Message":"wait"})",
                                     "x-amzn-ErrorType: ThrottledClientException\r\nRetry-After: "
                                         + retryAfter + "\r\n"),
                            response(200, accountBody) });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ChimeClientConfig config;
    config.retry.maxDelay = 300ms;
    auto chime = client(server.endpoint(), config);
    QElapsedTimer timer;
    timer.start();
    const auto answer = getAccount(*chime);
    QVERIFY(answer && answer->isOk());
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(server.heads.size(), 2);
}

void TstRetries::exhaustedAttemptsReportTheCount()
{
    ScriptedServer server({ throttled });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ChimeClientConfig config;
    config.retry.maxAttempts = 4;
    auto chime = client(server.endpoint(), config);
    const auto answer = getAccount(*chime);
    QVERIFY(answer && !answer->isOk());
    QCOMPARE(answer->error().kind(), ChimeError::Kind::Throttled);
    QCOMPARE(answer->error().attempts(), 4);
    QCOMPARE(server.heads.size(), 4);
    QVERIFY2(answer->error().userMessage().contains(u"after 4 attempts"_s),
             qPrintable(answer->error().userMessage()));
}

void TstRetries::oversizedAnswerIsRefused()
{
    // A body beyond any sane answer is cut off and reported, never parsed or retried.
    const QByteArray huge(ChimeCall::maxResponseBytes + 1024 * 1024, ' ');
    ScriptedServer server({ response(200, huge), response(200, accountBody) });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto chime = client(server.endpoint());
    const auto answer = getAccount(*chime);
    QVERIFY(answer && !answer->isOk());
    QCOMPARE(answer->error().kind(), ChimeError::Kind::UnreadableResponse);
    QCOMPARE(answer->error().operation(), u"GetAccount"_s);
    QVERIFY2(answer->error().message().contains(u"32 MiB"_s), qPrintable(answer->error().message()));
    QCOMPARE(server.heads.size(), 1);
}

void TstRetries::clockSkewIsExplainedInMinutes_data()
{
    QTest::addColumn<int>("offsetMinutes");
    QTest::addColumn<QString>("direction");
    QTest::newRow("ten minutes fast") << 10 << u"10 minutes ahead"_s;
    QTest::newRow("an hour slow") << -60 << u"60 minutes behind"_s;
}

void TstRetries::clockSkewIsExplainedInMinutes()
{
    QFETCH(int, offsetMinutes);
    QFETCH(QString, direction);
    EmulatorConfig config;
    config.accounts = 1;
    config.usersPerAccount = { 1 };
    const AwsCredentials demo = EmulatorConfig::demoCredentials();
    config.credentials.insert(demo.accessKeyId, demo);
    ChimeEmulator emulator(config);
    QString error;
    QVERIFY(emulator.start(&error));
    ChimeClientConfig clientConfig;
    clientConfig.clock = [offsetMinutes] {
        return QDateTime::currentDateTimeUtc().addSecs(offsetMinutes * 60);
    };
    auto chime = client(emulator.endpoint(), clientConfig);
    const auto answer = getAccount(*chime);
    QVERIFY(answer && !answer->isOk());
    QCOMPARE(answer->error().kind(), ChimeError::Kind::Forbidden);
    QCOMPARE(answer->error().attempts(), 1);
    const QString message = answer->error().userMessage();
    QVERIFY2(message.contains(u"clock is "_s + direction), qPrintable(message));
    QVERIFY2(message.contains(answer->error().requestId()), qPrintable(message));
}

QTEST_GUILESS_MAIN(TstRetries)
#include "tst_retries.moc"
