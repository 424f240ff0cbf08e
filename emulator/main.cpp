#include "core/translations.h"
#include "emulator/chimeemulator.h"
#include "emulator/emulatorcommandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

namespace {

// Ctrl+C and `kill` end the event loop normally, so pending state is saved.
void quitOnSignal(int)
{
    QCoreApplication::quit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("chime-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHIMEADMIN_VERSION));

    Translations::install(app, QLocale::system());

    EmulatorCommandLine commandLine;
    QString error;
    const std::optional<EmulatorConfig> config = commandLine.parse(app.arguments(), &error);
    QTextStream err(stderr);
    if (commandLine.parser().isSet(QStringLiteral("help")))
        commandLine.parser().showHelp(0);
    if (commandLine.parser().isSet(QStringLiteral("version")))
        commandLine.parser().showVersion();
    if (!config) {
        err << "chime-emulator: " << error << Qt::endl;
        return 2;
    }

    ChimeEmulator emulator(*config);
    if (!emulator.start(&error)) {
        err << "chime-emulator: " << error << Qt::endl;
        return 1;
    }
    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);

    QTextStream out(stdout);
    const AwsCredentials key = config->credentials.cbegin().value();
    out << "Endpoint: " << emulator.endpoint().toString() << Qt::endl;
    out << "Region: us-east-1" << Qt::endl;
    out << "Access key id: " << key.accessKeyId << Qt::endl;
    if (key.accessKeyId == EmulatorConfig::demoCredentials().accessKeyId)
        out << "Secret access key: " << key.secretAccessKey << Qt::endl;
    else
        out << "Secret access key: (as given with --secret-access-key)" << Qt::endl;
    int users = 0;
    for (const EmulatorAccount &account : emulator.store().accounts())
        users += static_cast<int>(account.users.size());
    out << "Serving " << emulator.store().accounts().size() << " accounts with " << users
        << " users." << Qt::endl;
    return app.exec();
}
