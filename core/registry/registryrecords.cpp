#include "registryrecords.h"

#include "statementcache.h"

#include "core/store/database.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace mlops::registry {

using store::Database;

namespace {

// Detail reads bind at most this many ids per statement; the count is rounded up to a
// power of two (the last id repeated), so a handful of statement texts serve every page.
constexpr int kMaxIdsPerStatement = 512;

int bucketSize(qsizetype count)
{
    int size = 1;
    while (size < count)
        size *= 2;
    return size;
}

// `pattern` with %1 replaced by `count` placeholders.
QString withPlaceholders(const QString &pattern, int count)
{
    QString marks;
    marks.reserve(count * 2);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            marks += QLatin1Char(',');
        marks += QLatin1Char('?');
    }
    return pattern.arg(marks);
}

// Runs `pattern` (a query with "%1" where its owner filter goes, and the owner id in
// column 0) for every id of `ids`, calling `row(position of the owner in ids, query)`
// for each row. `what` names the read in an error.
// Dense ids (a page of one model's versions, mostly consecutive) are read with a range
// ("BETWEEN ? AND ?", rows of other owners skipped), which binds two values instead of
// one per id; sparse ids with "IN (?, …)", a chunk at a time.
template <typename RowFn>
Result<void> forEachDetail(QSqlDatabase &db, const QString &pattern, const QString &column, const QList<qint64> &ids,
                           const QString &what, RowFn row)
{
    if (ids.isEmpty())
        return {};
    QHash<qint64, qsizetype> position;
    position.reserve(ids.size());
    qint64 low = ids.constFirst();
    qint64 high = low;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        position.insert(ids.at(i), i);
        low = std::min(low, ids.at(i));
        high = std::max(high, ids.at(i));
    }
    const auto readRows = [&](QSqlQuery &q) {
        while (q.next()) {
            const auto it = position.constFind(q.value(0).toLongLong());
            if (it != position.cend())
                row(*it, q);
        }
    };
    if (high - low < 2 * qint64(ids.size())) {
        Result<CachedStatement> st = StatementCache::statement(db, pattern.arg(column + QStringLiteral(" BETWEEN ? AND ?")));
        if (!st.ok())
            return st.error();
        if (Result<void> r = st->exec({low, high}, what); !r.ok())
            return r;
        readRows(st.value().query());
        return {};
    }
    for (qsizetype from = 0; from < ids.size(); from += kMaxIdsPerStatement) {
        const qsizetype count = std::min<qsizetype>(kMaxIdsPerStatement, ids.size() - from);
        const int bucket = bucketSize(count);
        Result<CachedStatement> st =
            StatementCache::statement(db, pattern.arg(withPlaceholders(column + QStringLiteral(" IN (%1)"), bucket)));
        if (!st.ok())
            return st.error();
        QVariantList bindings;
        bindings.reserve(bucket);
        for (int i = 0; i < bucket; ++i)
            bindings.append(ids.at(from + std::min<qsizetype>(i, count - 1)));
        if (Result<void> r = st->exec(bindings, what); !r.ok())
            return r;
        readRows(st.value().query());
    }
    return {};
}

QJsonObject mapJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

const QString kModelSelect = QStringLiteral(
    "SELECT m.id, m.name, m.description, m.created_at, m.created_by, m.modified_at, m.modified_by,"
    // (model_id, version) from its end: MAX() would read every version of the model.
    " (SELECT x.version FROM model_versions x WHERE x.model_id = m.id ORDER BY x.version DESC LIMIT 1),"
    " (SELECT p.version FROM model_versions p WHERE p.model_id = m.id AND p.stage = 'Production')"
    " FROM registered_models m ");

Result<QList<RegisteredModel>> readModels(QSqlDatabase &db, const QString &tail, const QVariantList &bindings)
{
    Result<CachedStatement> st = StatementCache::statement(db, kModelSelect + tail);
    if (!st.ok())
        return st.error();
    if (Result<void> r = st->exec(bindings, QStringLiteral("reading registered models")); !r.ok())
        return r.error();
    QSqlQuery &q = st.value().query();
    QList<RegisteredModel> out;
    QList<qint64> ids;
    while (q.next()) {
        RegisteredModel m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.description = q.value(2).toString();
        m.createdAt = RegistryRecords::parseUtc(q.value(3).toString());
        m.createdBy = q.value(4).toString();
        m.modifiedAt = RegistryRecords::parseUtc(q.value(5).toString());
        m.modifiedBy = q.value(6).toString();
        m.latestVersion = q.value(7).toInt();  // NULL (no version) reads as 0
        m.productionVersion = q.value(8).toInt();
        out.append(m);
        ids.append(m.id);
    }
    q.finish();
    if (Result<void> r = forEachDetail(db, QStringLiteral("SELECT model_id, key, value FROM model_tags WHERE %1"), QStringLiteral("model_id"), ids,
                                       QStringLiteral("reading the tags of registered models"),
                                       [&](qsizetype at, const QSqlQuery &row) {
                                           out[at].tags.insert(row.value(1).toString(), row.value(2).toString());
                                       });
        !r.ok())
        return r.error();
    return out;
}

// The columns of a version. The stage comes as its Stage number and optional texts
// that are empty come as NULL: no text conversion for them.
QString versionSelect(bool joinModel)
{
    return QStringLiteral("SELECT v.id, v.model_id, ") + (joinModel ? QStringLiteral("m.name") : QStringLiteral("NULL"))
           + QStringLiteral(", v.version,"
                            " CASE v.stage WHEN 'None' THEN 0 WHEN 'Staging' THEN 1 WHEN 'Production' THEN 2 WHEN 'Archived' THEN 3 END,"
                            " NULLIF(v.description, ''), v.created_at, v.created_by, NULLIF(v.run_id, ''), NULLIF(v.build_id, ''),"
                            " NULLIF(v.pipeline_name, ''), NULLIF(v.commit_id, ''), NULLIF(v.dataset_name, ''),"
                            " NULLIF(v.dataset_version, ''), NULLIF(v.dataset_sha256, ''), NULLIF(v.parameters_json, '')"
                            " FROM model_versions v ")
           + (joinModel ? QStringLiteral("JOIN registered_models m ON m.id = v.model_id ") : QString());
}

Stage stageOf(const QString &text)
{
    // The stored names are exactly stageName()'s.
    if (text == QLatin1String("None"))
        return Stage::None;
    if (text == QLatin1String("Production"))
        return Stage::Production;
    if (text == QLatin1String("Archived"))
        return Stage::Archived;
    if (text == QLatin1String("Staging"))
        return Stage::Staging;
    return parseStage(text).value_or(Stage::None);
}

}  // namespace

Result<void> RegistryRecords::attachDetails(QSqlDatabase &db, QList<ModelVersion> &versions)
{
    QList<qint64> ids;
    ids.reserve(versions.size());
    for (const ModelVersion &v : std::as_const(versions))
        ids.append(v.id);
    const QString column = QStringLiteral("version_id");
    Result<void> r = forEachDetail(db, QStringLiteral("SELECT version_id, key, value FROM model_version_tags WHERE %1"), column, ids,
                                   QStringLiteral("reading the tags of model versions"), [&](qsizetype at, const QSqlQuery &q) {
                                       versions[at].tags.insert(q.value(1).toString(), q.value(2).toString());
                                   });
    if (r.ok())
        r = forEachDetail(db, QStringLiteral("SELECT version_id, key, value FROM model_version_properties WHERE %1"), column, ids,
                          QStringLiteral("reading the properties of model versions"), [&](qsizetype at, const QSqlQuery &q) {
                              versions[at].properties.insert(q.value(1).toString(), q.value(2).toString());
                          });
    if (r.ok())
        r = forEachDetail(db, QStringLiteral("SELECT version_id, name, value FROM model_version_metrics WHERE %1"), column, ids,
                          QStringLiteral("reading the metrics of model versions"), [&](qsizetype at, const QSqlQuery &q) {
                              versions[at].metrics.insert(q.value(1).toString(), q.value(2).toDouble());
                          });
    if (r.ok())
        r = forEachDetail(db,
                          QStringLiteral("SELECT version_id, path, size, sha256 FROM model_version_files WHERE %1"
                                         " ORDER BY version_id, path"),
                          column, ids, QStringLiteral("reading the files of model versions"), [&](qsizetype at, const QSqlQuery &q) {
                              versions[at].files.append(
                                  ModelVersionFile{q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
                          });
    return r;
}

namespace {

// The number written by the `count` ASCII digits at `at` of `s`, or -1.
int digits(const QChar *s, int at, int count)
{
    int value = 0;
    for (int i = at; i < at + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Days from 1970-01-01 to the civil date y-m-d (proleptic Gregorian).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

}  // namespace

QDateTime RegistryRecords::parseUtc(const QString &text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    const QChar *s = text.constData();
    if (text.size() == 24 && s[4] == u'-' && s[7] == u'-' && s[10] == u'T' && s[13] == u':' && s[16] == u':' && s[19] == u'.'
        && s[23] == u'Z') {
        const int year = digits(s, 0, 4);
        const int month = digits(s, 5, 2);
        const int day = digits(s, 8, 2);
        const int hour = digits(s, 11, 2);
        const int minute = digits(s, 14, 2);
        const int second = digits(s, 17, 2);
        const int ms = digits(s, 20, 3);
        if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= QDate(year, month, 1).daysInMonth() && hour >= 0
            && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && ms >= 0) {
            const qint64 msecs = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60000 + second * 1000 + ms;
            return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        }
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

Result<RegisteredModel> RegistryRecords::model(QSqlDatabase &db, const QString &name)
{
    Result<QList<RegisteredModel>> found = readModels(db, QStringLiteral("WHERE m.name = ? COLLATE NOCASE"), {name});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no registered model named '%1'").arg(name));
    return found->constFirst();
}

Result<RegisteredModel> RegistryRecords::modelById(QSqlDatabase &db, qint64 id)
{
    Result<QList<RegisteredModel>> found = readModels(db, QStringLiteral("WHERE m.id = ?"), {id});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no registered model with id %1").arg(id));
    return found->constFirst();
}

Result<QList<RegisteredModel>> RegistryRecords::models(QSqlDatabase &db)
{
    return readModels(db, QStringLiteral("ORDER BY m.name COLLATE NOCASE"), {});
}

Result<QList<RegisteredModel>> RegistryRecords::modelsAfter(QSqlDatabase &db, const QString &afterName, int limit)
{
    if (afterName.isEmpty())
        return readModels(db, QStringLiteral("ORDER BY m.name COLLATE NOCASE LIMIT ?"), {limit});
    return readModels(db, QStringLiteral("WHERE m.name > ? COLLATE NOCASE ORDER BY m.name COLLATE NOCASE LIMIT ?"),
                      {afterName, limit});
}

Result<RegistryRecords::ModelKey> RegistryRecords::modelKey(QSqlDatabase &db, const QString &name)
{
    Result<CachedStatement> st = StatementCache::statement(db, QStringLiteral("SELECT id, name FROM registered_models WHERE name = ? COLLATE NOCASE"));
    if (!st.ok())
        return st.error();
    if (Result<void> r = st->exec({name}, QStringLiteral("looking up model '%1'").arg(name)); !r.ok())
        return r.error();
    QSqlQuery &q = st.value().query();
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no registered model named '%1'").arg(name));
    return ModelKey{q.value(0).toLongLong(), q.value(1).toString()};
}

Result<QList<ModelVersion>> RegistryRecords::versions(QSqlDatabase &db, const QString &tail, const QVariantList &bindings,
                                                      const QString &modelName)
{
    Result<QList<ModelVersion>> rows = versionRows(db, tail, bindings, modelName);
    if (!rows.ok())
        return rows;
    if (Result<void> r = attachDetails(db, rows.value()); !r.ok())
        return r.error();
    return rows;
}

Result<QList<ModelVersion>> RegistryRecords::versionRows(QSqlDatabase &db, const QString &tail, const QVariantList &bindings,
                                                         const QString &modelName)
{
    Result<CachedStatement> st = StatementCache::statement(db, versionSelect(modelName.isEmpty()) + tail);
    if (!st.ok())
        return st.error();
    if (Result<void> r = st->exec(bindings, QStringLiteral("reading model versions")); !r.ok())
        return r.error();
    QSqlQuery &q = st.value().query();
    QList<ModelVersion> out;
    while (q.next()) {
        ModelVersion v;
        v.id = q.value(0).toLongLong();
        v.modelId = q.value(1).toLongLong();
        v.modelName = modelName.isEmpty() ? q.value(2).toString() : modelName;
        v.version = q.value(3).toInt();
        const int stage = q.value(4).toInt();
        v.stage = stage >= 0 && stage <= int(Stage::Archived) ? Stage(stage) : Stage::None;
        v.description = q.value(5).toString();
        v.createdAt = parseUtc(q.value(6).toString());
        v.createdBy = q.value(7).toString();
        v.lineage.runId = q.value(8).toString();
        v.lineage.buildId = q.value(9).toString();
        v.lineage.pipelineName = q.value(10).toString();
        v.lineage.commit = q.value(11).toString();
        v.lineage.datasetName = q.value(12).toString();
        v.lineage.datasetVersion = q.value(13).toString();
        v.lineage.datasetSha256 = q.value(14).toString();
        v.lineage.parametersJson = q.value(15).toString();
        out.append(std::move(v));
    }
    return out;
}

Result<ModelVersion> RegistryRecords::versionById(QSqlDatabase &db, qint64 id)
{
    Result<QList<ModelVersion>> found = versions(db, QStringLiteral("WHERE v.id = ?"), {id});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no model version with id %1").arg(id));
    return found->constFirst();
}

Result<ModelVersion> RegistryRecords::version(QSqlDatabase &db, const ModelKey &model, int version)
{
    Result<QList<ModelVersion>> found = versions(db, QStringLiteral("WHERE v.model_id = ? AND v.version = ?"), {model.id, version}, model.name);
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("model '%1' has no version %2").arg(model.name).arg(version));
    return found->constFirst();
}

Result<qint64> RegistryRecords::productionVersionId(QSqlDatabase &db, qint64 modelId)
{
    Result<CachedStatement> st =
        StatementCache::statement(db, QStringLiteral("SELECT id FROM model_versions WHERE model_id = ? AND stage = 'Production'"));
    if (!st.ok())
        return st.error();
    if (Result<void> r = st->exec({modelId}, QStringLiteral("looking up the Production version")); !r.ok())
        return r.error();
    QSqlQuery &q = st.value().query();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<Promotion>> RegistryRecords::promotions(QSqlDatabase &db, const ModelKey &model)
{
    Result<CachedStatement> st = StatementCache::statement(
        db, QStringLiteral("SELECT p.id, v.version, p.action, p.from_stage, p.to_stage, p.comment, p.by, p.at"
                           " FROM model_promotions p JOIN model_versions v ON v.id = p.version_id"
                           " WHERE p.model_id = ? ORDER BY p.id"));
    if (!st.ok())
        return st.error();
    if (Result<void> r = st->exec({model.id}, QStringLiteral("reading the promotions of '%1'").arg(model.name)); !r.ok())
        return r.error();
    QSqlQuery &q = st.value().query();
    QList<Promotion> out;
    while (q.next()) {
        Promotion p;
        p.id = q.value(0).toLongLong();
        p.modelName = model.name;
        p.version = q.value(1).toInt();
        p.action = q.value(2).toString();
        p.fromStage = stageOf(q.value(3).toString());
        p.toStage = stageOf(q.value(4).toString());
        p.comment = q.value(5).toString();
        p.by = q.value(6).toString();
        p.at = parseUtc(q.value(7).toString());
        out.append(p);
    }
    return out;
}

QJsonObject RegistryRecords::snapshot(const RegisteredModel &model)
{
    return QJsonObject{{QStringLiteral("name"), model.name},
                       {QStringLiteral("description"), model.description},
                       {QStringLiteral("tags"), mapJson(model.tags)}};
}

QJsonObject RegistryRecords::snapshot(const ModelVersion &v)
{
    QJsonObject metrics;
    for (auto it = v.metrics.cbegin(); it != v.metrics.cend(); ++it)
        metrics.insert(it.key(), it.value());
    QJsonArray files;
    for (const ModelVersionFile &f : v.files)
        files.append(QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("size"), f.size}, {QStringLiteral("sha256"), f.sha256}});
    return QJsonObject{{QStringLiteral("model"), v.modelName},
                       {QStringLiteral("version"), v.version},
                       {QStringLiteral("stage"), stageName(v.stage)},
                       {QStringLiteral("tags"), mapJson(v.tags)},
                       {QStringLiteral("properties"), mapJson(v.properties)},
                       {QStringLiteral("metrics"), metrics},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("runId"), v.lineage.runId},
                       {QStringLiteral("commit"), v.lineage.commit}};
}

}  // namespace mlops::registry
