#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

// What chime-admin was asked to do on its command line.
struct AppOptions
{
    bool demo = false;
    QString endpointUrl;
    QString region;
    QString profile;
    // Snapshots only: no connection is made.
    bool offline = false;
    // Print the milliseconds from process start to the main window's first expose, then quit.
    bool reportStartup = false;
};

class AppCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(AppCommandLine)

public:
    AppCommandLine();

    // Handles --help and --version itself (printing and exiting, as QCommandLineParser does).
    std::optional<AppOptions> parse(const QStringList &arguments, QString *error);

    // The --locale value, read before anything else so that even --help is translated; the
    // system locale when there is none.
    static QLocale localeFromArguments(const QStringList &arguments);

private:
    QCommandLineParser m_parser;
};
