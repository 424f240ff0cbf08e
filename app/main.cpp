#include "app/appcommandline.h"
#include "app/compositionroot.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("chime-admin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Chime Admin"));
    QApplication::setOrganizationName(QStringLiteral("chime-admin"));
    QApplication::setApplicationVersion(QStringLiteral(CHIMEADMIN_VERSION));

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
