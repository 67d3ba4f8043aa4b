#include "expressiontestcontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mlops::pipeline::test {

namespace {

QString statusKey(StatusFunction function)
{
    switch (function) {
    case StatusFunction::Always: return QStringLiteral("always");
    case StatusFunction::Canceled: return QStringLiteral("canceled");
    case StatusFunction::Failed: return QStringLiteral("failed");
    case StatusFunction::Succeeded: return QStringLiteral("succeeded");
    case StatusFunction::SucceededOrFailed: return QStringLiteral("succeededorfailed");
    }
    return {};
}

}  // namespace

bool makeSetup(const QString &mode, const QString &contextJson, TestSetup *setup, QString *error)
{
    QJsonObject root;
    if (contextJson != QStringLiteral("-") && !contextJson.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(contextJson.toUtf8(), &parseError);
        if (!doc.isObject()) {
            *error = QStringLiteral("context is not a JSON object: ") + parseError.errorString();
            return false;
        }
        root = doc.object();
    }
    QStringList names;
    auto context = std::make_shared<SimpleExpressionContext>();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1Char('$')))
            continue;
        names.append(it.key());
        context->setNamedValue(it.key(), ExpressionValue::fromJson(it.value()));
    }
    const QJsonArray strict = root.value(QStringLiteral("$strict")).toArray();
    for (const QJsonValue &name : strict)
        context->setStrict(name.toString());
    if (root.contains(QStringLiteral("$status"))) {
        const QJsonObject answers = root.value(QStringLiteral("$status")).toObject();
        context->setStatusCallback([answers](StatusFunction function, const QStringList &args) -> Result<bool> {
            QString key = statusKey(function);
            if (!args.isEmpty())
                key += QLatin1Char('(') + args.join(QLatin1Char(',')) + QLatin1Char(')');
            for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
                if (it.key().compare(key, Qt::CaseInsensitive) == 0)
                    return it.value().toBool();
            }
            return makeError(ErrorCode::NotFound, QStringLiteral("Unknown dependency in ") + key);
        });
    }
    if (root.contains(QStringLiteral("$counter"))) {
        const QJsonObject counters = root.value(QStringLiteral("$counter")).toObject();
        context->setCounterCallback([counters](const QString &prefix, double seed) -> Result<double> {
            if (counters.contains(prefix))
                return counters.value(prefix).toDouble();
            return seed;
        });
    }
    if (mode == QStringLiteral("t")) {
        setup->options = ExpressionParseOptions::forTemplate(names);
    } else if (mode == QStringLiteral("s")) {
        setup->options = ExpressionParseOptions::forTemplate(names);
        setup->options.syntaxOnly = true;
    } else if (mode == QStringLiteral("r")) {
        setup->options = ExpressionParseOptions::forRuntimeVariable();
        setup->options.namedValues += names;
    } else if (mode == QStringLiteral("c")) {
        setup->options = ExpressionParseOptions::forCondition();
        setup->options.namedValues += names;
    } else {
        *error = QStringLiteral("unknown mode '%1'").arg(mode);
        return false;
    }
    setup->context = std::move(context);
    return true;
}

bool parseExpectedValue(const QString &spec, ExpressionValue *value, QString *error)
{
    if (spec.startsWith(QStringLiteral("s:"))) {
        *value = ExpressionValue::string(spec.mid(2));
        return true;
    }
    if (spec.startsWith(QStringLiteral("v:"))) {
        const auto version = ExpressionValue::VersionValue::parse(spec.mid(2));
        if (!version) {
            *error = QStringLiteral("bad expected version ") + spec;
            return false;
        }
        *value = ExpressionValue::version(*version);
        return true;
    }
    if (spec.startsWith(QLatin1Char('='))) {
        QJsonParseError parseError;
        const QJsonDocument doc =
            QJsonDocument::fromJson(QByteArray("[") + spec.mid(1).toUtf8() + QByteArray("]"), &parseError);
        if (!doc.isArray() || doc.array().size() != 1) {
            *error = QStringLiteral("bad expected JSON ") + spec + QStringLiteral(": ") + parseError.errorString();
            return false;
        }
        *value = ExpressionValue::fromJson(doc.array().at(0));
        return true;
    }
    *error = QStringLiteral("expected value must start with '=', 's:', 'v:' or '!': ") + spec;
    return false;
}

QString describe(const ExpressionValue &value)
{
    switch (value.kind()) {
    case ExpressionValue::Kind::String: return QStringLiteral("String '%1'").arg(value.stringValue());
    case ExpressionValue::Kind::Array:
    case ExpressionValue::Kind::Object:
        return ExpressionValue::kindName(value.kind()) + QLatin1Char(' ') + value.toJsonText();
    default: return ExpressionValue::kindName(value.kind()) + QLatin1Char(' ') + value.toDisplayString();
    }
}

}  // namespace mlops::pipeline::test
