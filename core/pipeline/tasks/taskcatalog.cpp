#include "taskcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <mutex>
#include <optional>

namespace mlops::pipeline {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        out.append(item.toString());
    return out;
}

Result<TaskInputFact> parseInput(const QJsonValue &value, const QString &taskName)
{
    const QJsonObject object = value.toObject();
    TaskInputFact input;
    input.name = object.value(QStringLiteral("name")).toString();
    if (input.name.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("task %1: an input has no name").arg(taskName));
    input.type = object.value(QStringLiteral("type")).toString(QStringLiteral("string"));
    input.required = object.value(QStringLiteral("required")).toBool(false);
    const QJsonValue defaultValue = object.value(QStringLiteral("defaultValue"));
    input.hasDefault = !defaultValue.isUndefined();
    input.defaultValue = defaultValue.toString();
    input.aliases = stringList(object.value(QStringLiteral("aliases")));
    input.options = stringList(object.value(QStringLiteral("options")));
    input.visibleRule = object.value(QStringLiteral("visibleRule")).toString();
    return input;
}

Result<TaskFact> parseTask(const QJsonValue &value, int index)
{
    const QJsonObject object = value.toObject();
    TaskFact task;
    task.name = object.value(QStringLiteral("name")).toString();
    if (task.name.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("task #%1 has no name").arg(index + 1));
    const QJsonObject version = object.value(QStringLiteral("version")).toObject();
    if (!version.value(QStringLiteral("major")).isDouble())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("task %1 has no version.major").arg(task.name));
    task.major = version.value(QStringLiteral("major")).toInt();
    task.minor = version.value(QStringLiteral("minor")).toInt();
    task.patch = version.value(QStringLiteral("patch")).toInt();
    const QJsonArray inputs = object.value(QStringLiteral("inputs")).toArray();
    for (const QJsonValue &item : inputs) {
        Result<TaskInputFact> input = parseInput(item, task.name);
        if (!input)
            return input.error();
        task.inputs.append(std::move(input).value());
    }
    return task;
}

}  // namespace

QString TaskFact::reference() const
{
    return name + QLatin1Char('@') + QString::number(major);
}

QString TaskFact::versionString() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

const TaskInputFact *TaskFact::input(const QString &nameOrAlias) const
{
    for (const TaskInputFact &in : inputs) {
        if (in.name.compare(nameOrAlias, Qt::CaseInsensitive) == 0)
            return &in;
        for (const QString &alias : in.aliases) {
            if (alias.compare(nameOrAlias, Qt::CaseInsensitive) == 0)
                return &in;
        }
    }
    return nullptr;
}

Result<const TaskCatalog *> TaskCatalog::builtIn()
{
    static std::once_flag once;
    static std::optional<Result<TaskCatalog>> loaded;
    std::call_once(once, [] {
        QFile file(QStringLiteral(":/mlops/pipeline/tasks.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            loaded.emplace(makeError(ErrorCode::Internal,
                                     QStringLiteral("the bundled task catalog %1 cannot be read: %2")
                                         .arg(file.fileName(), file.errorString())));
            return;
        }
        loaded.emplace(fromJson(file.readAll()));
    });
    if (!loaded->ok())
        return loaded->error();
    return &loaded->value();
}

Result<TaskCatalog> TaskCatalog::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("task catalog: %1 at offset %2")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    if (!document.isObject() || !document.object().value(QStringLiteral("tasks")).isArray())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("task catalog: no \"tasks\" array"));
    TaskCatalog catalog;
    const QJsonArray tasks = document.object().value(QStringLiteral("tasks")).toArray();
    for (int i = 0; i < tasks.size(); ++i) {
        Result<TaskFact> task = parseTask(tasks.at(i), i);
        if (!task)
            return task.error();
        catalog.m_tasks.append(std::move(task).value());
    }
    std::stable_sort(catalog.m_tasks.begin(), catalog.m_tasks.end(), [](const TaskFact &a, const TaskFact &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.major < b.major;
    });
    return catalog;
}

const TaskFact *TaskCatalog::find(const QString &reference) const
{
    const qsizetype at = reference.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return nullptr;
    bool ok = false;
    const int major = reference.mid(at + 1).trimmed().toInt(&ok);
    if (!ok)
        return nullptr;
    return find(reference.left(at).trimmed(), major);
}

const TaskFact *TaskCatalog::find(const QString &name, int major) const
{
    for (const TaskFact &task : m_tasks) {
        if (task.major == major && task.name.compare(name, Qt::CaseInsensitive) == 0)
            return &task;
    }
    return nullptr;
}

QStringList TaskCatalog::references() const
{
    QStringList out;
    out.reserve(m_tasks.size());
    for (const TaskFact &task : m_tasks)
        out.append(task.reference());
    return out;
}

}  // namespace mlops::pipeline
