#pragma once
// CommandSpec: the declaration of one CLI command (`mlops vargroup set …`): its words,
// positional arguments, options and help text. The application parses a command
// line against it and prints its usage on a usage error or for --help.

#include "argumentparser.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mlops::cli {

struct CommandSpec {
    QString group;  // "vargroup"; for a top-level command (init) the command itself
    QString name;   // "set"; empty for a top-level command
    QString summary;
    // Positional arguments as shown in the usage; optional ones in brackets ("[VALUE]").
    QStringList positionals;
    QList<OptionSpec> options;
    QString details;  // more help, printed after the options; may be empty

    int minPositionals() const;
    int maxPositionals() const;
    // "mlops vargroup set GROUP NAME [VALUE] [--secret]"
    QString synopsis() const;
    // The synopsis, the summary, the options (with the global ones) and the details.
    QString help(const QList<OptionSpec> &globalOptions) const;
};

// Lines "  <option>  <help>" with the help texts aligned.
QString formatOptions(const QList<OptionSpec> &options);

}  // namespace mlops::cli
