#pragma once
// CliApplication: the `mlops` command line. Parses
//   mlops [GLOBAL OPTIONS] COMMAND [SUBCOMMAND] [ARGUMENTS] [OPTIONS]
// (global options — --workspace DIR, -o/--output table|json, -h/--help — may appear
// anywhere), finds the command, checks its arguments against its CommandSpec and runs
// it. Help goes to stdout (exit 0); usage errors print the usage to stderr (exit 1).
//
// Requires a QCoreApplication (the keychain runs a local event loop). Single-threaded.

#include "argumentparser.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTextStream;

namespace mlops::cli {

class CommandGroup;

class CliApplication {
public:
    CliApplication(QTextStream &out, QTextStream &err);
    ~CliApplication();
    CliApplication(const CliApplication &) = delete;
    CliApplication &operator=(const CliApplication &) = delete;

    // Runs the command line `arguments` (without the program name); returns the exit
    // code (see CliContext).
    int run(const QStringList &arguments);

    // The options every command accepts.
    static QList<OptionSpec> globalOptions();

private:
    QString help() const;
    QString groupHelp(const CommandGroup &group) const;
    CommandGroup *findGroup(const QString &name) const;
    int usageFailure(const QString &message, const QString &usage);

    QTextStream &m_out;
    QTextStream &m_err;
    std::vector<std::unique_ptr<CommandGroup>> m_groups;
};

}  // namespace mlops::cli
