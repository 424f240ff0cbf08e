#include "emulator/emulatorcommandline.h"

namespace {

using namespace Qt::StringLiterals;

std::optional<double> rate(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    // Written so that NaN ("nan" parses as a number) is refused too.
    if (!ok || !(value >= 0.0 && value <= 1.0))
        return std::nullopt;
    return value;
}

std::optional<QList<int>> integers(const QString &text, int min, int max)
{
    QList<int> values;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value < min || value > max)
            return std::nullopt;
        values.append(value);
    }
    if (values.isEmpty())
        return std::nullopt;
    return values;
}

} // namespace

EmulatorCommandLine::EmulatorCommandLine()
{
    m_parser.setApplicationDescription(
        tr("A local Amazon Chime account and user API that verifies SigV4 signatures, for demo "
           "mode, tests, and the AWS CLI (--endpoint-url)."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        { u"host"_s, tr("Address to listen on (default 127.0.0.1). Anything but loopback needs "
                        "--allow-remote."), tr("address"), u"127.0.0.1"_s },
        { u"allow-remote"_s, tr("Allow listening on an address that is not loopback.") },
        { u"port"_s, tr("Port to listen on; 0 picks a free one (default 0)."), tr("port"), u"0"_s },
        { u"seed"_s, tr("Seed for the generated data and the injected faults (default 1)."),
          tr("number"), u"1"_s },
        { u"accounts"_s, tr("Number of accounts to generate (default 4)."), tr("count"), u"4"_s },
        { u"users"_s, tr("Users per account, one number or a comma-separated list cycled over the "
                         "accounts (default 8,150,1200,3000)."),
          tr("counts"), u"8,150,1200,3000"_s },
        { u"state"_s, tr("JSON file to load the data from (if it exists) and to save every change "
                         "to."), tr("file") },
        { u"fail-rate"_s, tr("Fraction of requests (0 to 1) answered with an error from "
                             "--fail-codes (default 0)."), tr("rate"), u"0"_s },
        { u"fail-codes"_s, tr("HTTP statuses of the injected errors (default 429,500,503)."),
          tr("codes"), u"429,500,503"_s },
        { u"rate-limit"_s, tr("Requests a second each operation answers; the rest get 429 "
                              "ThrottledClientException with Retry-After (default 0: no limit)."),
          tr("rate"), u"0"_s },
        { u"latency-ms"_s, tr("Delay before every answer, in milliseconds (default 0)."),
          tr("ms"), u"0"_s },
        { u"drop-rate"_s, tr("Fraction of requests (0 to 1) whose connection is closed "
                             "mid-answer, after the operation took effect (default 0)."),
          tr("rate"), u"0"_s },
        { u"access-key-id"_s, tr("Access key id to accept instead of the demo key."), tr("id") },
        { u"secret-access-key"_s, tr("Secret access key of --access-key-id."), tr("secret") },
        { u"session-token"_s, tr("Session token that --access-key-id must send."), tr("token") },
    });
}

std::optional<EmulatorConfig> EmulatorCommandLine::parse(const QStringList &arguments,
                                                         QString *error)
{
    if (!m_parser.parse(arguments)) {
        *error = m_parser.errorText();
        return std::nullopt;
    }
    EmulatorConfig config;
    if (!config.address.setAddress(m_parser.value(u"host"_s))) {
        *error = tr("--host needs an IP address, not \"%1\".").arg(m_parser.value(u"host"_s));
        return std::nullopt;
    }
    if (!config.address.isLoopback() && !m_parser.isSet(u"allow-remote"_s)) {
        *error = tr("--host %1 is not a loopback address; add --allow-remote to expose the "
                    "emulator to the network.").arg(config.address.toString());
        return std::nullopt;
    }
    const auto port = integers(m_parser.value(u"port"_s), 0, 65535);
    const auto seed = integers(m_parser.value(u"seed"_s), 0, std::numeric_limits<int>::max());
    const auto accounts = integers(m_parser.value(u"accounts"_s), 0, 1000);
    const auto users = integers(m_parser.value(u"users"_s), 0, 1000000);
    const auto failCodes = integers(m_parser.value(u"fail-codes"_s), 400, 599);
    const auto latency = integers(m_parser.value(u"latency-ms"_s), 0, 600000);
    const auto failRate = rate(m_parser.value(u"fail-rate"_s));
    const auto dropRate = rate(m_parser.value(u"drop-rate"_s));
    bool rateLimitOk = false;
    const double rateLimit = m_parser.value(u"rate-limit"_s).toDouble(&rateLimitOk);
    const std::pair<bool, QString> checks[] = {
        { port && port->size() == 1, tr("--port needs a number from 0 to 65535.") },
        { seed && seed->size() == 1, tr("--seed needs a non-negative number.") },
        { accounts && accounts->size() == 1, tr("--accounts needs a number from 0 to 1000.") },
        { users.has_value(), tr("--users needs numbers from 0 to 1000000, separated by commas.") },
        { failCodes.has_value(), tr("--fail-codes needs HTTP statuses from 400 to 599.") },
        { latency && latency->size() == 1, tr("--latency-ms needs a number of milliseconds.") },
        { failRate.has_value(), tr("--fail-rate needs a number from 0 to 1.") },
        { dropRate.has_value(), tr("--drop-rate needs a number from 0 to 1.") },
        { rateLimitOk && rateLimit >= 0 && rateLimit <= 100000,
          tr("--rate-limit needs a number of requests a second from 0 to 100000.") },
    };
    for (const auto &[ok, message] : checks) {
        if (!ok) {
            *error = message;
            return std::nullopt;
        }
    }
    config.port = static_cast<quint16>(port->first());
    config.seed = static_cast<quint32>(seed->first());
    config.accounts = accounts->first();
    config.usersPerAccount = *users;
    config.failCodes = *failCodes;
    config.latencyMs = latency->first();
    config.failRate = *failRate;
    config.dropRate = *dropRate;
    config.rateLimit = rateLimit;
    config.stateFile = m_parser.value(u"state"_s);

    AwsCredentials key = EmulatorConfig::demoCredentials();
    if (m_parser.isSet(u"access-key-id"_s) || m_parser.isSet(u"secret-access-key"_s)) {
        key = { m_parser.value(u"access-key-id"_s), m_parser.value(u"secret-access-key"_s),
                m_parser.value(u"session-token"_s) };
        if (!key.isComplete()) {
            *error = tr("--access-key-id and --secret-access-key go together.");
            return std::nullopt;
        }
    }
    config.credentials.insert(key.accessKeyId, key);
    return config;
}
