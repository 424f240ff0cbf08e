#include "app/appcommandline.h"
#include "app/compositionroot.h"
#include "core/translations.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QMessageBox>

#include <cstring>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("chime-admin"));
    QCoreApplication::setOrganizationName(QStringLiteral("chime-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHIMEADMIN_VERSION));
}

// --help and --version print and exit: they must work on a terminal without a display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : { "-h", "--help", "--help-all", "-?", "-v", "--version" }) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

void installTranslations(QCoreApplication &app)
{
    const QLocale locale = AppCommandLine::localeFromArguments(app.arguments());
    QLocale::setDefault(locale);
    Translations::install(app, locale);
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslations(app);
        QString error;
        AppCommandLine().parse(app.arguments(), &error); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Chime Admin"));
    QGuiApplication::setDesktopFileName(Icons::applicationId());
    QApplication::setWindowIcon(Icons::application());
    installTranslations(app);

    AppCommandLine commandLine;
    QString error;
    const std::optional<AppOptions> options = commandLine.parse(app.arguments(), &error);
    CompositionRoot root;
    if (!options || !root.build(*options, &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Chime Admin"), error);
        return 1;
    }
    root.mainWindow()->show();
    root.mainWindow()->start();
    return app.exec();
}
