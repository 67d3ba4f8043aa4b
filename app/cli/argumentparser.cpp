#include "argumentparser.h"

#include <optional>

namespace mlops::cli {

namespace {

const OptionSpec *findLong(const QList<OptionSpec> &specs, const QString &name)
{
    for (const OptionSpec &spec : specs) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const OptionSpec *findShort(const QList<OptionSpec> &specs, QChar name)
{
    for (const OptionSpec &spec : specs) {
        if (!spec.shortName.isNull() && spec.shortName == name)
            return &spec;
    }
    return nullptr;
}

Error usage(const QString &message) { return makeError(ErrorCode::InvalidInput, message); }

}  // namespace

QString OptionSpec::displayName() const
{
    QString text = shortName.isNull() ? QString() : QStringLiteral("-") + shortName + QStringLiteral(", ");
    text += QStringLiteral("--") + name;
    if (takesValue())
        text += QLatin1Char(' ') + valueName;
    return text;
}

QString ParsedArguments::value(const QString &name) const
{
    const QStringList all = m_options.value(name);
    return all.isEmpty() ? QString() : all.constLast();
}

void ParsedArguments::merge(const ParsedArguments &other)
{
    for (auto it = other.m_options.cbegin(); it != other.m_options.cend(); ++it)
        m_options[it.key()].append(it.value());
}

Result<ParsedArguments> ArgumentParser::parse(const QStringList &arguments, const QList<OptionSpec> &specs, Mode mode)
{
    ParsedArguments parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const bool isOption = !optionsEnded && arg.size() > 1 && arg.startsWith(QLatin1Char('-'));
        if (!isOption) {
            if (mode == Mode::StopAtFirstPositional) {
                parsed.rest = arguments.mid(i);
                return parsed;
            }
            parsed.positionals.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            if (mode == Mode::StopAtFirstPositional) {
                parsed.rest = arguments.mid(i + 1);
                return parsed;
            }
            continue;
        }

        const OptionSpec *spec = nullptr;
        QString shown;  // how the user spelled the option, for messages
        std::optional<QString> inlineValue;
        if (arg.startsWith(QLatin1String("--"))) {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            const QString name = eq < 0 ? arg.mid(2) : arg.mid(2, eq - 2);
            if (eq >= 0)
                inlineValue = arg.mid(eq + 1);
            shown = QStringLiteral("--") + name;
            spec = findLong(specs, name);
        } else {
            shown = arg.left(2);
            spec = findShort(specs, arg.at(1));
            if (arg.size() > 2)
                inlineValue = arg.mid(2);
        }
        if (!spec)
            return usage(QStringLiteral("unknown option '%1'").arg(shown));

        QString value;
        if (spec->takesValue()) {
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                return usage(QStringLiteral("option '%1' needs a value (%2)").arg(shown, spec->valueName));
            }
        } else if (inlineValue) {
            return usage(QStringLiteral("option '%1' takes no value").arg(shown));
        }
        if (!spec->repeatable && parsed.isSet(spec->name))
            return usage(QStringLiteral("option '%1' is given more than once").arg(shown));
        parsed.add(spec->name, value);
    }
    return parsed;
}

}  // namespace mlops::cli
