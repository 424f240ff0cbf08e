#pragma once

// Shared by the benchmark programs: a ChimeClient for a running emulator (the demo key), waiting
// on the event loop, the process's CPU time and resident memory, and the one JSON line each
// program prints. Nothing here asserts a time: the programs report figures, scripts/bench
// compares them.

#include "core/chimecall.h"
#include "core/chimeclient.h"
#include "core/staticcredentialsprovider.h"
#include "emulator/emulatorconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace Bench {

[[noreturn]] inline void fail(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                 qPrintable(message));
    std::exit(1);
}

// User + system CPU time of this process so far, in milliseconds.
inline double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return t.tv_sec * 1000.0 + t.tv_usec / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// CPU time a task has spent running, in milliseconds, from its /proc schedstat (nanoseconds);
// -1 if the kernel does not give it. `task` is "self", a process id, or "self/task/<tid>".
inline double scheduledCpuMs(const QString &task)
{
    QFile schedstat(u"/proc/%1/schedstat"_s.arg(task));
    if (!schedstat.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double ns = schedstat.readAll().split(' ').value(0).toDouble(&ok);
    return ok ? ns / 1e6 : -1;
}

// CPU time of this process's threads, summed by role: "main" (the GUI/event-loop thread),
// "http" (the thread QNetworkAccessManager does its HTTP work on, which Qt names
// "QNetworkAccessManager thread"; the kernel keeps its first 15 characters) and "other".
// Finished threads are not listed, so take it while the threads of interest still run.
inline QHash<QString, double> threadCpuMs()
{
    QHash<QString, double> byRole;
    const QString self = QString::number(QCoreApplication::applicationPid());
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + u"/comm"_s));
        const QByteArray name = comm.open(QIODevice::ReadOnly) ? comm.readAll().trimmed() : QByteArray();
        const double ms = scheduledCpuMs(u"self/task/"_s + tid);
        if (ms < 0)
            continue;
        const QString role = tid == self ? u"main"_s
            : name.startsWith("QNetworkAccessM") ? u"http"_s : u"other"_s;
        byRole[role] += ms;
    }
    return byRole;
}

// A field of /proc/self/status in KiB (VmRSS, VmHWM, ...); -1 if it cannot be read.
inline qint64 procStatusKiB(QByteArrayView field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field.toByteArray() + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline void printFigures(const QJsonObject &figures)
{
    const QByteArray line = QJsonDocument(figures).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
}

// Runs the event loop until `done` holds; fails the program after `timeoutMs`. Sleeps while
// nothing happens (a timer wakes it to check the time), so the CPU time measured is the work.
inline void waitUntil(const std::function<bool()> &done, int timeoutMs, const QString &what)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake;
    wake.start(100);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            fail(u"timed out waiting for %1"_s.arg(what));
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
}

// The q-quantile (0..1) of `values` by the nearest-rank method; 0 for none.
inline double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(q * static_cast<double>(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// The options every program takes, and a parser to add its own to.
class Options
{
public:
    explicit Options(const QString &description)
    {
        m_parser.setApplicationDescription(description);
        m_parser.addHelpOption();
        m_parser.addOption({ u"endpoint"_s, u"Emulator endpoint (http://127.0.0.1:PORT)."_s, u"url"_s });
        m_parser.addOption({ u"account"_s, u"Account id."_s, u"id"_s });
    }

    void add(const QString &name, const QString &description, const QString &defaultValue)
    {
        m_parser.addOption({ name, description, u"value"_s, defaultValue });
    }

    void process(const QCoreApplication &app)
    {
        m_parser.process(app);
        if (m_parser.value(u"endpoint"_s).isEmpty())
            fail(u"--endpoint is required"_s);
    }

    QString value(const QString &name) const { return m_parser.value(name); }
    int number(const QString &name) const
    {
        bool ok = false;
        const int value = m_parser.value(name).toInt(&ok);
        if (!ok)
            fail(u"--%1 needs a number"_s.arg(name));
        return value;
    }
    QString endpoint() const { return m_parser.value(u"endpoint"_s); }
    QString account() const
    {
        const QString id = m_parser.value(u"account"_s);
        if (id.isEmpty())
            fail(u"--account is required"_s);
        return id;
    }

private:
    QCommandLineParser m_parser;
};

// A ChimeClient signed with the demo key for the emulator at `endpoint`, as the app builds it.
class Connection
{
public:
    explicit Connection(const QString &endpoint)
        : m_credentials(EmulatorConfig::demoCredentials(), u"benchmark"_s)
    {
        ChimeClientConfig config;
        config.region = u"us-east-1"_s;
        config.endpointOverride = endpoint;
        m_client = std::make_unique<ChimeClient>(&m_network, &m_credentials, config);
        if (const std::optional<ChimeError> error = m_client->configurationError())
            fail(error->userMessage());
    }

    ChimeClient *client() { return m_client.get(); }
    QNetworkAccessManager *network() { return &m_network; }

    // The account as GetAccount answers it (its supported licenses are what the window uses).
    Account account(const QString &accountId)
    {
        std::optional<Outcome<Account>> answer;
        m_client->getAccount({ accountId }, &m_context,
                             [&answer](const Outcome<Account> &outcome) { answer = outcome; });
        waitUntil([&answer] { return answer.has_value(); }, 30000, u"GetAccount"_s);
        if (!answer->isOk())
            fail(answer->error().userMessage());
        return answer->value();
    }

    // The first `count` users of the account, in the service's order (untimed set-up).
    QList<User> firstUsers(const QString &accountId, int count)
    {
        QList<User> users;
        QString token;
        while (users.size() < count) {
            ListUsersRequest request;
            request.accountId = accountId;
            request.maxResults = 200;
            if (!token.isEmpty())
                request.nextToken = token;
            std::optional<Outcome<UsersPage>> page;
            m_client->listUsers(request, &m_context,
                                [&page](const Outcome<UsersPage> &outcome) { page = outcome; });
            waitUntil([&page] { return page.has_value(); }, 30000, u"ListUsers"_s);
            if (!page->isOk())
                fail(page->error().userMessage());
            users.append(page->value().users);
            token = page->value().nextToken;
            if (token.isEmpty())
                break;
        }
        if (users.size() < count)
            fail(u"the account has only %1 users, %2 wanted"_s.arg(users.size()).arg(count));
        return users.first(count);
    }

private:
    QNetworkAccessManager m_network;
    StaticCredentialsProvider m_credentials;
    std::unique_ptr<ChimeClient> m_client;
    QObject m_context;
};

} // namespace Bench
