#include "core/agent/environmentbuilder.h"

#include "core/agent/macroexpander.h"

#include <QHash>

namespace mlops::agent {

QString EnvironmentBuilder::environmentName(QStringView variableName, bool preserveCase)
{
    QString out = preserveCase ? variableName.toString() : variableName.toString().toUpper();
    for (QChar &c : out) {
        if (c == QLatin1Char('.') || c == QLatin1Char(' '))
            c = QLatin1Char('_');
    }
    return out;
}

EnvironmentBuilder::Output EnvironmentBuilder::build(const Input &input)
{
    Output out;
    out.environment = input.base;

    QHash<QString, QString> sourceOf;  // environment name -> variable that set it
    const QList<Variable> all = input.variables.variables();
    for (const Variable &v : all) {
        if (v.isSecret)
            continue;
        const QString envName = environmentName(v.name, v.preserveCase);
        if (envName.isEmpty())
            continue;
        const auto previous = sourceOf.constFind(envName);
        if (previous != sourceOf.constEnd()) {
            out.warnings.append(QStringLiteral("Variables '%1' and '%2' both map to the environment variable '%3'; "
                                               "'%2' is used")
                                    .arg(*previous, v.name, envName));
        }
        sourceOf.insert(envName, v.name);
        out.environment.insert(envName, v.value);
    }
    out.environment.insert(QStringLiteral("TF_BUILD"), QStringLiteral("True"));

    for (const auto &entry : input.stepEnv) {
        const QString name = entry.first;
        if (name.isEmpty() || name.contains(QLatin1Char('=')) || name.contains(QChar(u'\0'))) {
            out.warnings.append(QStringLiteral("The step env: name '%1' is not a valid environment variable name; "
                                               "it was left out")
                                    .arg(name));
            continue;
        }
        out.environment.insert(name, MacroExpander::expand(entry.second, input.variables));
    }

    if (!input.prependedPaths.isEmpty()) {
        QStringList parts;
        for (auto it = input.prependedPaths.crbegin(); it != input.prependedPaths.crend(); ++it)
            parts.append(*it);
        const QString existing = out.environment.value(QStringLiteral("PATH"));
        if (!existing.isEmpty())
            parts.append(existing);
        out.environment.insert(QStringLiteral("PATH"), parts.join(input.pathListSeparator));
    }
    return out;
}

}  // namespace mlops::agent
