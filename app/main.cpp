#include "app/appcommandline.h"
#include "app/compositionroot.h"
#include "core/translations.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QTextStream>
#include <QWindow>

#include <cstring>
#include <ctime>

#include <unistd.h>

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

// Milliseconds from the start of this process (its start time in /proc/self/stat, in clock
// ticks since boot, so to 10 ms at best) until now; -1 where that cannot be read.
double msSinceProcessStart()
{
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // The command name (field 2) may hold spaces and parentheses: count from its last ')'. The
    // field after it is field 3; the start time is field 22.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    bool ok = false;
    const qint64 ticks = fields.value(22 - 3).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now {};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6
        - static_cast<double>(ticks) * 1000.0 / static_cast<double>(ticksPerSecond);
}

double monotonicMs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

// --report-startup: once the main window's first expose has been handled (it has painted),
// prints the time since the process started and quits. The lines are for scripts (scripts/bench
// reads them), so they are not translated.
class StartupReporter final : public QObject
{
public:
    StartupReporter(QWindow *window, const QElapsedTimer &sinceMain, double beforeMainMs)
        : QObject(window)
        , m_sinceMain(sinceMain)
        , m_beforeMainMs(beforeMainMs)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (!m_reported && event->type() == QEvent::Expose && window && window->isExposed()) {
            m_reported = true;
            // Queued: runs once this expose, and the paint it causes, are done.
            QMetaObject::invokeMethod(this, &StartupReporter::report, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void report()
    {
        const double fromMain = static_cast<double>(m_sinceMain.nsecsElapsed()) / 1e6;
        QTextStream out(stdout);
        out << "Startup-ms: "
            << (m_beforeMainMs >= 0 ? QString::number(m_beforeMainMs + fromMain, 'f', 1)
                                    : QStringLiteral("unknown"))
            << Qt::endl;
        out << "Startup-ms-from-main: " << QString::number(fromMain, 'f', 1) << Qt::endl;
        out << "Exposed-at-monotonic-ms: " << QString::number(monotonicMs(), 'f', 3) << Qt::endl;
        QCoreApplication::quit();
    }

    QElapsedTimer m_sinceMain;
    double m_beforeMainMs;
    bool m_reported = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    const double beforeMainMs = msSinceProcessStart();

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
    if (options->reportStartup)
        new StartupReporter(root.mainWindow()->windowHandle(), sinceMain, beforeMainMs);
    root.mainWindow()->start();
    return app.exec();
}
