#include "app/appcommandline.h"

namespace {

using namespace Qt::StringLiterals;

} // namespace

AppCommandLine::AppCommandLine()
{
    m_parser.setApplicationDescription(
        tr("Look up, inspect and administer the accounts and users of Amazon Chime."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        { u"demo"_s, tr("Start a local Chime emulator with sample accounts and use it; no AWS "
                        "account is needed.") },
        { u"endpoint-url"_s, tr("Send requests to this endpoint instead of the AWS one (plain "
                                "http only to this computer)."),
          tr("url") },
        { u"region"_s, tr("AWS region to resolve the endpoint from (default us-east-1)."),
          tr("region") },
        { u"profile"_s, tr("Use this profile: one of the program's own, or of the AWS CLI "
                           "(~/.aws). An unknown name is an error."),
          tr("name") },
        { u"offline"_s, tr("Open the snapshots kept on this computer, read-only, without asking "
                           "the service anything.") },
        { u"locale"_s, tr("Language and formats to use, e.g. de or en_GB (default: the system's)."),
          tr("locale") },
        { u"report-startup"_s, tr("Print how many milliseconds passed from the start of the "
                                  "process to the main window's first appearance on screen, then "
                                  "quit (for benchmarks).") },
    });
}

QLocale AppCommandLine::localeFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--locale"_s && i + 1 < arguments.size())
            return QLocale(arguments.at(i + 1));
        if (argument.startsWith(u"--locale="_s))
            return QLocale(argument.mid(9));
    }
    return QLocale::system();
}

std::optional<AppOptions> AppCommandLine::parse(const QStringList &arguments, QString *error)
{
    m_parser.process(arguments);
    AppOptions options;
    options.demo = m_parser.isSet(u"demo"_s);
    options.endpointUrl = m_parser.value(u"endpoint-url"_s);
    options.region = m_parser.value(u"region"_s);
    options.profile = m_parser.value(u"profile"_s);
    options.reportStartup = m_parser.isSet(u"report-startup"_s);
    options.offline = m_parser.isSet(u"offline"_s);
    if (options.demo && !options.profile.isEmpty()) {
        *error = tr("--demo uses its own demo credentials; leave out --profile.");
        return std::nullopt;
    }
    if (options.demo && !options.endpointUrl.isEmpty()) {
        *error = tr("--demo uses its own local endpoint; leave out --endpoint-url.");
        return std::nullopt;
    }
    return options;
}
