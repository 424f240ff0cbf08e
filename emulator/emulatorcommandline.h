#pragma once

#include "emulator/emulatorconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

// The chime-emulator command line: every flag, its help text, and its checks.
class EmulatorCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(EmulatorCommandLine)

public:
    EmulatorCommandLine();

    // The config, or nothing with `error` set (help and version are handled by the parser).
    std::optional<EmulatorConfig> parse(const QStringList &arguments, QString *error);
    QCommandLineParser &parser() { return m_parser; }

private:
    QCommandLineParser m_parser;
};
