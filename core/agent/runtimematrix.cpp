#include "core/agent/runtimematrix.h"

#include "core/pipeline/expression/expression.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace mlops::agent {

namespace {

// JSON with single-quoted strings → strict JSON (double-quoted strings kept as they are).
QString strictJson(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {  // copy a double-quoted string verbatim
            out += c;
            for (++i; i < text.size(); ++i) {
                out += text.at(i);
                if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size())
                    out += text.at(++i);
                else if (text.at(i) == QLatin1Char('"'))
                    break;
            }
        } else if (c == QLatin1Char('\'')) {
            out += QLatin1Char('"');
            for (++i; i < text.size() && text.at(i) != QLatin1Char('\''); ++i) {
                if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
                    const QChar escaped = text.at(++i);
                    if (escaped == QLatin1Char('\''))
                        out += escaped;
                    else
                        out += QLatin1Char('\\') + QString(escaped);
                } else if (text.at(i) == QLatin1Char('"')) {
                    out += QStringLiteral("\\\"");
                } else {
                    out += text.at(i);
                }
            }
            out += QLatin1Char('"');
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

Result<QList<RuntimeMatrix::Leg>> RuntimeMatrix::evaluate(const QString &expression,
                                                         const pipeline::ExpressionContext &context)
{
    auto value = pipeline::Expression::evaluate(expression, pipeline::ExpressionParseOptions::forRuntimeVariable(), context);
    if (!value.ok())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("matrix $[ %1 ]: %2").arg(expression, value.error().message));
    Result<QList<Leg>> legs = RuntimeMatrix::legs(*value);
    if (!legs.ok())
        return makeError(legs.error().code, QStringLiteral("matrix $[ %1 ]: %2").arg(expression, legs.error().message));
    return legs;
}

QList<runs::TimelineRecord> RuntimeMatrix::expand(std::vector<std::unique_ptr<orchestration::JobSlot>> &slots,
                                                  orchestration::JobSlot &slot, const QList<Leg> &legs)
{
    QList<runs::TimelineRecord> records;
    const QString baseName = slot.record.displayName;
    // Insert after `slot` (at the end should it not be among `slots`).
    std::size_t at = std::size_t(std::find_if(slots.begin(), slots.end(), [&slot](const auto &candidate) {
                                     return candidate.get() == &slot;
                                 }) - slots.begin());
    for (qsizetype i = 0; i < legs.size(); ++i) {
        orchestration::JobSlot *leg = &slot;
        std::unique_ptr<orchestration::JobSlot> created;
        if (i > 0) {
            created = std::make_unique<orchestration::JobSlot>();
            leg = created.get();
            leg->job = slot.job;
            leg->record = slot.record;
            leg->record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        leg->leg = legs.at(i).first;
        leg->legVariables = legs.at(i).second;
        leg->position = int(i) + 1;
        leg->total = int(legs.size());
        leg->record.displayName = baseName + QLatin1Char(' ') + leg->leg;
        records.append(leg->record);
        if (created) {
            at = std::min(at + 1, slots.size());
            slots.insert(slots.begin() + std::ptrdiff_t(at), std::move(created));
        }
    }
    return records;
}

Result<QList<RuntimeMatrix::Leg>> RuntimeMatrix::legs(const pipeline::ExpressionValue &value)
{
    if (value.isObject())
        return parse(value.toJsonText());
    return parse(value.toDisplayString());
}

Result<QList<RuntimeMatrix::Leg>> RuntimeMatrix::parse(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(strictJson(text).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the matrix must be a JSON object of legs, e.g. {'leg1': {'var': 'value'}}, not '%1'%2")
                             .arg(text.left(200),
                                  error.error != QJsonParseError::NoError
                                      ? QStringLiteral(" (%1 at offset %2)").arg(error.errorString()).arg(error.offset)
                                      : QString()));
    static const QRegularExpression legName(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_\\-]*$"));
    QList<Leg> legs;
    const QJsonObject object = document.object();
    for (auto leg = object.constBegin(); leg != object.constEnd(); ++leg) {
        if (!legName.match(leg.key()).hasMatch())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("matrix leg name '%1' is not valid: use letters, digits, '_' and '-'").arg(leg.key()));
        if (!leg.value().isObject())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("matrix leg '%1' must be an object of variables").arg(leg.key()));
        QList<pipeline::PlanVariable> variables;
        const QJsonObject values = leg.value().toObject();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            pipeline::PlanVariable variable;
            variable.name = it.key();
            if (it.value().isString())
                variable.value = it.value().toString();
            else if (it.value().isBool())
                variable.value = it.value().toBool() ? QStringLiteral("True") : QStringLiteral("False");
            else if (it.value().isDouble())
                variable.value = pipeline::ExpressionValue::formatNumber(it.value().toDouble());
            else if (!it.value().isNull())
                return makeError(ErrorCode::InvalidInput, QStringLiteral("matrix leg '%1': variable '%2' must be a "
                                                                         "string, number or boolean")
                                                              .arg(leg.key(), it.key()));
            variables.append(variable);
        }
        legs.append({leg.key(), variables});
    }
    return legs;
}

}  // namespace mlops::agent
