#include "core/pipeline/catalog/pipelineservice.h"

#include "core/pipeline/catalog/pipelineusagescanner.h"
#include "core/pipeline/expand/templateexpander.h"
#include "core/pipeline/yaml/yamlparser.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <utility>

namespace mlops::pipeline {

using store::AuditLog;
using store::Database;

namespace {

const QString kEntity = QStringLiteral("pipeline");
const char *kSelect = "SELECT id, name, repository_dir, yaml_path, created_at, created_by, modified_at, modified_by,"
                      " revision FROM pipelines";

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QString quoted(const QString &text) { return QLatin1Char('\'') + text + QLatin1Char('\''); }

PipelineDefinition fromRow(const QSqlQuery &q)
{
    PipelineDefinition p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.repositoryDir = q.value(2).toString();
    p.yamlPath = q.value(3).toString();
    p.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    p.createdBy = q.value(5).toString();
    p.modifiedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    p.modifiedBy = q.value(7).toString();
    p.revision = q.value(8).toInt();
    return p;
}

QJsonObject snapshot(const PipelineDefinition &p)
{
    return QJsonObject{{QStringLiteral("name"), p.name},
                       {QStringLiteral("repositoryDir"), p.repositoryDir},
                       {QStringLiteral("yamlPath"), p.yamlPath},
                       {QStringLiteral("revision"), p.revision}};
}

Result<std::optional<PipelineDefinition>> selectOne(QSqlDatabase &db, const QString &where, const QVariant &value)
{
    QSqlQuery q(db);
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE ") + where);
    q.addBindValue(value);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading a pipeline"));
    if (!q.next())
        return std::optional<PipelineDefinition>();
    return std::optional<PipelineDefinition>(fromRow(q));
}

// Case-insensitive lookup; SQLite's NOCASE folds ASCII only, so other names are compared here.
Result<std::optional<PipelineDefinition>> selectByName(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QLatin1String(kSelect));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading the pipelines"));
    const QString folded = name.toCaseFolded();
    while (q.next()) {
        if (q.value(1).toString().toCaseFolded() == folded)
            return std::optional<PipelineDefinition>(fromRow(q));
    }
    return std::optional<PipelineDefinition>();
}

Error notFound(const QString &name) { return makeError(ErrorCode::NotFound, QStringLiteral("no pipeline named %1").arg(quoted(name))); }

// The tree to scan for references: the expanded pipeline, else the entry file as written.
std::optional<YamlNode> treeOf(const PipelineDefinition &p)
{
    ExpandOptions options;
    options.repositories.insert(QStringLiteral("self"), p.repositoryDir);  // `/path` templates start here
    ExpandResult expanded = TemplateExpander::expandFile(p.entryFile(), options);
    if (expanded.pipeline)
        return expanded.pipeline;
    YamlParseResult parsed = YamlParser::parseFile(p.entryFile());
    if (parsed.root.isNull())
        return std::nullopt;
    return parsed.root;
}

QString relativeLocation(const PipelineDefinition &p, const SourcePos &pos)
{
    QString file = pos.file;
    const QString prefix = p.repositoryDir + QLatin1Char('/');
    if (file.startsWith(prefix))
        file = file.mid(prefix.size());
    return QStringLiteral("%1:%2").arg(file).arg(pos.line);
}

}  // namespace

PipelineService::PipelineService(std::shared_ptr<store::Workspace> workspace) : m_workspace(std::move(workspace)) {}

QString PipelineService::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("the name is empty");
    if (name.size() > kMaxNameLength)
        return QStringLiteral("the name is longer than %1 characters").arg(kMaxNameLength);
    if (name != name.trimmed())
        return QStringLiteral("the name starts or ends with a space");
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (const QChar c : name) {
        if (forbidden.contains(c))
            return QStringLiteral("the name contains '%1' (not allowed: %2)").arg(c).arg(forbidden);
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("the name contains a control character");
    }
    return {};
}

Result<QList<PipelineDefinition>> PipelineService::list() const
{
    QSqlDatabase db = m_workspace->database().connection();
    QSqlQuery q(db);
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" ORDER BY name COLLATE NOCASE, id"));
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("listing the pipelines"));
    QList<PipelineDefinition> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<PipelineDefinition> PipelineService::get(qint64 id) const
{
    QSqlDatabase db = m_workspace->database().connection();
    Result<std::optional<PipelineDefinition>> found = selectOne(db, QStringLiteral("id = ?"), id);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no pipeline with id %1").arg(id));
    return **found;
}

Result<PipelineDefinition> PipelineService::findByName(const QString &name) const
{
    QSqlDatabase db = m_workspace->database().connection();
    Result<std::optional<PipelineDefinition>> found = selectByName(db, name);
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return notFound(name);
    return **found;
}

Result<PipelineDefinition> PipelineService::create(const QString &name, const QString &repositoryDir, const QString &yamlPath)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("name: %1").arg(problem));
    const QFileInfo repo(repositoryDir);
    if (repositoryDir.isEmpty() || !repo.isDir())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("repository: %1 is not a folder").arg(quoted(repositoryDir)));
    const QString repoPath = QDir::cleanPath(repo.absoluteFilePath());
    QString relative = QDir::fromNativeSeparators(yamlPath.trimmed());
    if (relative.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("yaml: the path is empty"));
    if (QDir::isAbsolutePath(relative))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("yaml: %1 must be relative to the repository").arg(quoted(yamlPath)));
    relative = QDir::cleanPath(relative);
    if (relative == QLatin1String("..") || relative.startsWith(QLatin1String("../")))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("yaml: %1 is outside the repository").arg(quoted(yamlPath)));
    const QFileInfo yaml(repoPath + QLatin1Char('/') + relative);
    if (!yaml.isFile())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("yaml: %1 does not exist").arg(quoted(yaml.filePath())));

    return m_workspace->database().write<PipelineDefinition>([&](QSqlDatabase &db) -> Result<PipelineDefinition> {
        Result<std::optional<PipelineDefinition>> existing = selectByName(db, name);
        if (!existing.ok())
            return existing.error();
        if (existing->has_value())
            return makeError(ErrorCode::AlreadyExists, QStringLiteral("a pipeline named %1 already exists").arg(quoted((*existing)->name)));
        PipelineDefinition p;
        p.name = name;
        p.repositoryDir = repoPath;
        p.yamlPath = relative;
        p.revision = 1;
        const QString at = now();
        const QString user = AuditLog::osUser();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO pipelines (name, repository_dir, yaml_path, created_at, created_by,"
                                 " modified_at, modified_by, revision) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"));
        for (const QVariant &v : QVariantList{p.name, p.repositoryDir, p.yamlPath, at, user, at, user})
            q.addBindValue(v);
        if (!q.exec())
            return Database::queryError(q, QStringLiteral("creating pipeline %1").arg(quoted(name)));
        p.id = q.lastInsertId().toLongLong();
        p.createdAt = p.modifiedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
        p.createdBy = p.modifiedBy = user;
        if (Result<void> r = AuditLog::record(db, kEntity, p.id, p.name, QStringLiteral("create"), {}, snapshot(p)); !r.ok())
            return r.error();
        return p;
    });
}

Result<PipelineDefinition> PipelineService::rename(qint64 id, const QString &newName, int expectedRevision)
{
    if (const QString problem = nameProblem(newName); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("name: %1").arg(problem));
    return m_workspace->database().write<PipelineDefinition>([&](QSqlDatabase &db) -> Result<PipelineDefinition> {
        Result<std::optional<PipelineDefinition>> current = selectOne(db, QStringLiteral("id = ?"), id);
        if (!current.ok())
            return current.error();
        if (!current->has_value())
            return makeError(ErrorCode::NotFound, QStringLiteral("no pipeline with id %1").arg(id));
        const PipelineDefinition before = **current;
        if (expectedRevision != 0 && before.revision != expectedRevision) {
            return makeError(ErrorCode::Conflict, QStringLiteral("pipeline %1 was changed by %2 at %3; reload it and try again")
                                                      .arg(quoted(before.name), before.modifiedBy,
                                                           before.modifiedAt.toString(Qt::ISODate)));
        }
        Result<std::optional<PipelineDefinition>> clash = selectByName(db, newName);
        if (!clash.ok())
            return clash.error();
        if (clash->has_value() && (*clash)->id != id)
            return makeError(ErrorCode::AlreadyExists, QStringLiteral("a pipeline named %1 already exists").arg(quoted((*clash)->name)));
        PipelineDefinition after = before;
        after.name = newName;
        after.revision = before.revision + 1;
        const QString at = now();
        after.modifiedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
        after.modifiedBy = AuditLog::osUser();
        if (Result<void> r = Database::exec(db, QStringLiteral("UPDATE pipelines SET name = ?, modified_at = ?, modified_by = ?,"
                                                               " revision = ? WHERE id = ?"),
                                            {after.name, at, after.modifiedBy, after.revision, id});
            !r.ok())
            return r.error();
        if (Result<void> r = AuditLog::record(db, kEntity, id, after.name, QStringLiteral("rename"), snapshot(before), snapshot(after));
            !r.ok())
            return r.error();
        return after;
    });
}

Result<void> PipelineService::remove(qint64 id)
{
    return m_workspace->database().runWrite([&](QSqlDatabase &db) -> Result<void> {
        Result<std::optional<PipelineDefinition>> current = selectOne(db, QStringLiteral("id = ?"), id);
        if (!current.ok())
            return current.error();
        if (!current->has_value())
            return makeError(ErrorCode::NotFound, QStringLiteral("no pipeline with id %1").arg(id));
        if (Result<void> r = Database::exec(db, QStringLiteral("DELETE FROM pipelines WHERE id = ?"), {id}); !r.ok())
            return r;
        return AuditLog::record(db, kEntity, id, (*current)->name, QStringLiteral("delete"), snapshot(**current), {});
    });
}

CompileResult PipelineService::compile(const PipelineDefinition &pipeline, CompileOptions options)
{
    if (!options.repositories.contains(QStringLiteral("self")))
        options.repositories.insert(QStringLiteral("self"), pipeline.repositoryDir);
    return PipelineCompiler::compileFile(pipeline.entryFile(), options);
}

Result<QList<library::ConnectionUse>> PipelineService::usesOfGroup(const QString &groupName) const
{
    Result<QList<PipelineDefinition>> pipelines = list();
    if (!pipelines.ok())
        return pipelines.error();
    QList<library::ConnectionUse> out;
    for (const PipelineDefinition &p : std::as_const(*pipelines)) {
        const std::optional<YamlNode> tree = treeOf(p);
        if (!tree)
            continue;
        const QList<PipelineReference> refs = PipelineUsageScanner::groupReferences(*tree, groupName);
        if (refs.isEmpty())
            continue;
        out.append(library::ConnectionUse{QStringLiteral("pipeline"), p.id, p.name, relativeLocation(p, refs.constFirst().pos)});
    }
    return out;
}

Result<QList<library::ConnectionUse>> PipelineService::usesOfConnection(const QString &connectionName) const
{
    Result<QList<PipelineDefinition>> pipelines = list();
    if (!pipelines.ok())
        return pipelines.error();
    QList<library::ConnectionUse> out;
    for (const PipelineDefinition &p : std::as_const(*pipelines)) {
        const std::optional<YamlNode> tree = treeOf(p);
        if (!tree)
            continue;
        for (const PipelineReference &ref : PipelineUsageScanner::valueReferences(*tree, connectionName)) {
            out.append(library::ConnectionUse{QStringLiteral("pipeline"), p.id, p.name,
                                              ref.what + QStringLiteral(" at ") + relativeLocation(p, ref.pos)});
        }
    }
    return out;
}

}  // namespace mlops::pipeline
