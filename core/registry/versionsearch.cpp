#include "versionsearch.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace mlops::registry {

namespace {

QString opSql(MetricFilter::Op op)
{
    switch (op) {
    case MetricFilter::Op::Less: return QStringLiteral("<");
    case MetricFilter::Op::LessOrEqual: return QStringLiteral("<=");
    case MetricFilter::Op::Greater: return QStringLiteral(">");
    case MetricFilter::Op::GreaterOrEqual: return QStringLiteral(">=");
    case MetricFilter::Op::Equal: return QStringLiteral("=");
    case MetricFilter::Op::NotEqual: return QStringLiteral("!=");
    }
    return QStringLiteral("=");
}

}  // namespace

QString VersionSearch::opText(MetricFilter::Op op) { return opSql(op); }

Result<MetricFilter> VersionSearch::parseMetricFilter(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*(<=|>=|==|!=|<|>|=)\\s*(\\S+)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const auto bad = [&](const QString &why) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("metric filter '%1': %2 (expected NAME OP NUMBER, e.g. 'mse < 3000')").arg(text, why));
    };
    if (!match.hasMatch())
        return bad(QStringLiteral("it does not parse"));
    MetricFilter filter;
    filter.name = match.captured(1);
    const QString op = match.captured(2);
    if (op == QLatin1String("<"))
        filter.op = MetricFilter::Op::Less;
    else if (op == QLatin1String("<="))
        filter.op = MetricFilter::Op::LessOrEqual;
    else if (op == QLatin1String(">"))
        filter.op = MetricFilter::Op::Greater;
    else if (op == QLatin1String(">="))
        filter.op = MetricFilter::Op::GreaterOrEqual;
    else if (op == QLatin1String("!="))
        filter.op = MetricFilter::Op::NotEqual;
    else
        filter.op = MetricFilter::Op::Equal;
    bool ok = false;
    filter.value = match.captured(3).toDouble(&ok);
    if (!ok || !std::isfinite(filter.value))
        return bad(QStringLiteral("'%1' is not a finite number").arg(match.captured(3)));
    return filter;
}

QString VersionSearch::fingerprint(const VersionQuery &query)
{
    QStringList parts{query.modelName.toLower(), query.stage ? stageName(*query.stage) : QString()};
    for (auto it = query.tags.cbegin(); it != query.tags.cend(); ++it)
        parts << QStringLiteral("t:%1=%2").arg(it.key(), it.value());
    for (const MetricFilter &m : query.metrics)
        parts << QStringLiteral("m:%1%2%3").arg(m.name, opSql(m.op), QString::number(m.value, 'g', 17));
    const QByteArray hash = QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(12));
}

QString VersionSearch::encodePageToken(qint64 lastId, const VersionQuery &query)
{
    const QByteArray raw = QStringLiteral("v1:%1:%2").arg(lastId).arg(fingerprint(query)).toUtf8();
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<qint64> VersionSearch::decodePageToken(const VersionQuery &query)
{
    if (query.pageToken.isEmpty())
        return qint64(0);
    const auto decoded = QByteArray::fromBase64Encoding(query.pageToken.toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QStringList parts = decoded ? QString::fromUtf8(*decoded).split(QLatin1Char(':')) : QStringList();
    bool ok = false;
    const qint64 lastId = parts.size() == 3 ? parts.at(1).toLongLong(&ok) : 0;
    if (!ok || parts.at(0) != QLatin1String("v1") || lastId < 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("page token '%1' is not valid").arg(query.pageToken));
    if (parts.at(2) != fingerprint(query))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("page token '%1' belongs to a different search: repeat the same filters").arg(query.pageToken));
    return lastId;
}

VersionSearch::Sql VersionSearch::where(const VersionQuery &query, qint64 afterId, qint64 modelId)
{
    Sql sql;
    QStringList conditions;
    if (!query.modelName.isEmpty()) {
        // (model_id, id) walks the model's versions in id order from the page start.
        conditions << QStringLiteral("v.model_id = ?");
        sql.bindings << modelId;
    }
    conditions << QStringLiteral("v.id > ?");
    sql.bindings << afterId;
    if (query.stage) {
        conditions << QStringLiteral("v.stage = ?");
        sql.bindings << stageName(*query.stage);
    }
    for (auto it = query.tags.cbegin(); it != query.tags.cend(); ++it) {
        // Driven by the (key, value, version_id) index rather than a check per version.
        conditions << QStringLiteral("v.id IN (SELECT t.version_id FROM model_version_tags t WHERE t.key = ? AND t.value = ?)");
        sql.bindings << it.key() << it.value();
    }
    for (const MetricFilter &m : query.metrics) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM model_version_metrics x WHERE x.version_id = v.id AND x.name = ? AND x.value %1 ?)")
                          .arg(opSql(m.op));
        sql.bindings << m.name << m.value;
    }
    sql.where = QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql;
}

}  // namespace mlops::registry
