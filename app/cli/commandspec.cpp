#include "commandspec.h"

#include <algorithm>

namespace mlops::cli {

namespace {

bool isOptional(const QString &positional) { return positional.startsWith(QLatin1Char('[')); }

}  // namespace

int CommandSpec::minPositionals() const
{
    return static_cast<int>(std::count_if(positionals.cbegin(), positionals.cend(),
                                          [](const QString &p) { return !isOptional(p); }));
}

int CommandSpec::maxPositionals() const { return static_cast<int>(positionals.size()); }

QString CommandSpec::synopsis() const
{
    QStringList words{QStringLiteral("mlops"), group};
    if (!name.isEmpty())
        words.append(name);
    words.append(positionals);
    for (const OptionSpec &option : options) {
        QString text = QStringLiteral("--") + option.name;
        if (option.takesValue())
            text += QLatin1Char(' ') + option.valueName;
        text = QLatin1Char('[') + text + QLatin1Char(']');
        if (option.repeatable)
            text += QStringLiteral("...");
        words.append(text);
    }
    return words.join(QLatin1Char(' '));
}

QString CommandSpec::help(const QList<OptionSpec> &globalOptions) const
{
    QString text = QStringLiteral("Usage: ") + synopsis() + QStringLiteral("\n\n") + summary + QLatin1Char('\n');
    if (!options.isEmpty())
        text += QStringLiteral("\nOptions:\n") + formatOptions(options);
    text += QStringLiteral("\nGlobal options:\n") + formatOptions(globalOptions);
    if (!details.isEmpty())
        text += QLatin1Char('\n') + details + QLatin1Char('\n');
    return text;
}

QString formatOptions(const QList<OptionSpec> &options)
{
    qsizetype width = 0;
    for (const OptionSpec &option : options)
        width = std::max(width, option.displayName().size());
    QString text;
    for (const OptionSpec &option : options)
        text += QStringLiteral("  ") + option.displayName().leftJustified(width) + QStringLiteral("  ") + option.help
                + QLatin1Char('\n');
    return text;
}

}  // namespace mlops::cli
