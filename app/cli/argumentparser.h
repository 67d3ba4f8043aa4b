#pragma once
// ArgumentParser: splits a command line into options and positional arguments
// against a list of OptionSpec. Long options are `--name`, `--name value` or
// `--name=value`; short ones `-x`, `-x value` or `-xvalue`; `--` ends the options
// and `-` alone is a positional argument (standard input).
//
// parse() never prints and never exits: a malformed command line is an
// ErrorCode::InvalidInput whose message names the offending argument.

#include "core/common/result.h"

#include <QChar>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mlops::cli {

struct OptionSpec {
    QString name;        // long name without dashes, e.g. "workspace"
    QChar shortName;     // null when the option has no short form
    QString valueName;   // e.g. "DIR"; empty for a flag that takes no value
    QString help;
    bool repeatable = false;  // may be given more than once (values are collected)

    bool takesValue() const { return !valueName.isEmpty(); }
    // "--workspace DIR" or "-o, --output FORMAT".
    QString displayName() const;
};

class ParsedArguments {
public:
    QStringList positionals;
    // Arguments left unparsed after the first positional (StopAtFirstPositional only).
    QStringList rest;

    bool isSet(const QString &name) const { return m_options.contains(name); }
    // The last value given for `name`; empty when not set.
    QString value(const QString &name) const;
    // Every value given for `name`, in command-line order.
    QStringList values(const QString &name) const { return m_options.value(name); }
    void add(const QString &name, const QString &value) { m_options[name].append(value); }
    // Adds every option of `other` (used to merge global options parsed in steps).
    void merge(const ParsedArguments &other);

private:
    QMap<QString, QStringList> m_options;
};

class ArgumentParser {
public:
    enum class Mode {
        All,                    // parse every argument
        StopAtFirstPositional,  // stop at the first positional; it and what follows go to `rest`
    };

    static Result<ParsedArguments> parse(const QStringList &arguments, const QList<OptionSpec> &specs,
                                         Mode mode = Mode::All);
};

}  // namespace mlops::cli
