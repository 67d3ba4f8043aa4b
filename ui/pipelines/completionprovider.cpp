#include "completionprovider.h"

#include "core/pipeline/tasks/taskcatalog.h"

#include <QRegularExpression>

namespace mlops::ui {

namespace {

// A line reduced to its mapping key: where the key starts (after indentation and `- `),
// the key, and whether the line starts a sequence item.
struct LineKey {
    int column = -1;  // -1: blank or comment line
    QString key;
    QString value;
    bool dash = false;
};

LineKey lineKey(const QString &line)
{
    LineKey k;
    int pos = 0;
    while (pos < line.size() && line.at(pos) == QLatin1Char(' '))
        ++pos;
    if (pos >= line.size() || line.at(pos) == QLatin1Char('#'))
        return k;
    while (pos + 1 < line.size() && line.at(pos) == QLatin1Char('-') && line.at(pos + 1) == QLatin1Char(' ')) {
        k.dash = true;
        pos += 2;
        while (pos < line.size() && line.at(pos) == QLatin1Char(' '))
            ++pos;
    }
    k.column = pos;
    const QString rest = line.mid(pos);
    static const QRegularExpression keyPattern(QStringLiteral(R"(^([^\s:#'"][^:#]*?)\s*:(?:\s+(.*))?$)"));
    const QRegularExpressionMatch m = keyPattern.match(rest);
    if (m.hasMatch()) {
        k.key = m.captured(1);
        k.value = m.captured(2).trimmed();
    }
    return k;
}

void addUnique(QStringList &list, const QString &name)
{
    if (!name.isEmpty() && !list.contains(name))
        list.append(name);
}

QStringList filtered(QStringList items, const QString &prefix)
{
    items.removeDuplicates();
    if (!prefix.isEmpty()) {
        items.erase(std::remove_if(items.begin(), items.end(),
                                   [&](const QString &s) { return !s.startsWith(prefix, Qt::CaseInsensitive); }),
                    items.end());
    }
    std::sort(items.begin(), items.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return items;
}

// The names under a top-level block `name:` – either `- name: x` items or mapping keys.
QStringList topLevelBlockNames(const QStringList &lines, const QString &block)
{
    QStringList names;
    bool inside = false;
    int childColumn = -1;
    for (const QString &line : lines) {
        const LineKey k = lineKey(line);
        if (k.column < 0)
            continue;
        if (k.column == 0 && !k.dash) {
            inside = k.key == block;
            childColumn = -1;
            continue;
        }
        if (!inside)
            continue;
        if (childColumn < 0)
            childColumn = k.column;
        if (k.column != childColumn)
            continue;
        if (k.dash && k.key == QLatin1String("name"))
            addUnique(names, k.value);
        else if (!k.dash && !k.key.isEmpty() && !k.key.startsWith(QLatin1Char('$')))
            addUnique(names, k.key);
    }
    return names;
}

}  // namespace

CompletionProvider::CompletionProvider(const pipeline::TaskCatalog *catalog)
    : m_catalog(catalog)
{
}

QStringList CompletionProvider::keywords(Level level)
{
    // From service-schema.json (definitions pipeline, stage, job, step), without the
    // deprecated `phases`, `queue` and `server` of the root.
    switch (level) {
    case Level::Root:
        return {QStringLiteral("appendCommitMessageToRunName"), QStringLiteral("container"), QStringLiteral("continueOnError"),
                QStringLiteral("extends"), QStringLiteral("jobs"), QStringLiteral("lockBehavior"), QStringLiteral("name"),
                QStringLiteral("parameters"), QStringLiteral("pool"), QStringLiteral("pr"), QStringLiteral("resources"),
                QStringLiteral("schedules"), QStringLiteral("services"), QStringLiteral("stages"), QStringLiteral("steps"),
                QStringLiteral("strategy"), QStringLiteral("trigger"), QStringLiteral("variables"), QStringLiteral("workspace")};
    case Level::Stage:
        return {QStringLiteral("checks"), QStringLiteral("condition"), QStringLiteral("dependsOn"), QStringLiteral("displayName"),
                QStringLiteral("group"), QStringLiteral("isSkippable"), QStringLiteral("jobs"), QStringLiteral("lockBehavior"),
                QStringLiteral("parameters"), QStringLiteral("pool"), QStringLiteral("stage"), QStringLiteral("template"),
                QStringLiteral("templateContext"), QStringLiteral("trigger"), QStringLiteral("variables")};
    case Level::Job:
        return {QStringLiteral("cancelTimeoutInMinutes"), QStringLiteral("condition"), QStringLiteral("container"),
                QStringLiteral("continueOnError"), QStringLiteral("dependsOn"), QStringLiteral("deployment"),
                QStringLiteral("displayName"), QStringLiteral("environment"), QStringLiteral("job"), QStringLiteral("parameters"),
                QStringLiteral("pool"), QStringLiteral("services"), QStringLiteral("steps"), QStringLiteral("strategy"),
                QStringLiteral("template"), QStringLiteral("templateContext"), QStringLiteral("timeoutInMinutes"),
                QStringLiteral("uses"), QStringLiteral("variables"), QStringLiteral("workspace")};
    case Level::Step:
        break;
    }
    return {QStringLiteral("bash"), QStringLiteral("checkout"), QStringLiteral("clean"), QStringLiteral("condition"),
            QStringLiteral("continueOnError"), QStringLiteral("displayName"), QStringLiteral("download"),
            QStringLiteral("downloadBuild"), QStringLiteral("enabled"), QStringLiteral("env"),
            QStringLiteral("errorActionPreference"), QStringLiteral("failOnStderr"), QStringLiteral("fetchDepth"),
            QStringLiteral("fetchFilter"), QStringLiteral("fetchTags"), QStringLiteral("getPackage"),
            QStringLiteral("ignoreLASTEXITCODE"), QStringLiteral("inputs"), QStringLiteral("lfs"), QStringLiteral("name"),
            QStringLiteral("parameters"), QStringLiteral("path"), QStringLiteral("persistCredentials"),
            QStringLiteral("powershell"), QStringLiteral("publish"), QStringLiteral("pwsh"),
            QStringLiteral("retryCountOnTaskFailure"), QStringLiteral("reviewApp"), QStringLiteral("script"),
            QStringLiteral("submodules"), QStringLiteral("target"), QStringLiteral("task"), QStringLiteral("template"),
            QStringLiteral("timeoutInMinutes"), QStringLiteral("upload"), QStringLiteral("workingDirectory"),
            QStringLiteral("workspaceRepo")};
}

Completion CompletionProvider::complete(const QString &text, int position) const
{
    Completion out;
    position = qBound(0, position, int(text.size()));
    const int lineStart = int(text.lastIndexOf(QLatin1Char('\n'), position - 1)) + 1;
    const QString before = text.mid(lineStart, position - lineStart);
    const QStringList lines = text.split(QLatin1Char('\n'));
    const int lineIndex = int(text.left(lineStart).count(QLatin1Char('\n')));

    // Inside an expression: `parameters.` / `variables.` names.
    const int openTemplate = int(before.lastIndexOf(QLatin1String("${{")));
    const int openRuntime = int(before.lastIndexOf(QLatin1String("$[")));
    const int open = qMax(openTemplate, openRuntime);
    if (open >= 0 && before.indexOf(openTemplate >= openRuntime ? QLatin1String("}}") : QLatin1String("]"), open) < 0) {
        static const QRegularExpression member(QStringLiteral(R"((parameters|variables)\.([A-Za-z0-9_.]*)$)"));
        const QRegularExpressionMatch m = member.match(before);
        if (!m.hasMatch())
            return out;
        out.prefix = m.captured(2);
        if (m.captured(1) == QLatin1String("parameters")) {
            out.kind = Completion::Kind::Parameter;
            out.items = filtered(parameterNames(lines), out.prefix);
        } else {
            out.kind = Completion::Kind::Variable;
            out.items = filtered(variableNames(lines), out.prefix);
        }
        return out;
    }

    // `task: Na` → task references.
    static const QRegularExpression taskValue(QStringLiteral(R"(^\s*(?:-\s+)?task:\s*([A-Za-z0-9_.@-]*)$)"));
    const QRegularExpressionMatch tm = taskValue.match(before);
    if (tm.hasMatch()) {
        out.kind = Completion::Kind::TaskReference;
        out.prefix = tm.captured(1);
        if (m_catalog)
            out.items = filtered(m_catalog->references(), out.prefix);
        return out;
    }

    // A key being typed: `  na`, `- na`.
    static const QRegularExpression keyPosition(QStringLiteral(R"(^(\s*(?:-\s+)*)([A-Za-z_][A-Za-z0-9_]*)?$)"));
    const QRegularExpressionMatch km = keyPosition.match(before);
    if (!km.hasMatch())
        return out;
    out.prefix = km.captured(2);
    const int column = int(km.capturedLength(1));

    // The parent: the nearest line above whose key starts left of ours.
    int parent = -1;
    for (int i = lineIndex - 1; i >= 0; --i) {
        const LineKey k = lineKey(lines.at(i));
        if (k.column >= 0 && k.column < column) {
            parent = i;
            break;
        }
    }
    if (parent < 0) {
        out.kind = Completion::Kind::Key;
        out.items = filtered(keywords(Level::Root), out.prefix);
        return out;
    }
    const LineKey parentKey = lineKey(lines.at(parent));
    if (parentKey.key == QLatin1String("inputs")) {
        // The step of this `inputs:` is the item holding keys at the parent's column.
        QString task;
        for (int i = parent - 1; i >= 0 && task.isEmpty(); --i) {
            const LineKey k = lineKey(lines.at(i));
            if (k.column < 0)
                continue;
            if (k.column < parentKey.column)
                break;
            if (k.column == parentKey.column && k.key == QLatin1String("task"))
                task = k.value;
            if (k.column == parentKey.column && k.dash)
                break;
        }
        for (int i = parent + 1; i < lines.size() && task.isEmpty(); ++i) {
            const LineKey k = lineKey(lines.at(i));
            if (k.column < 0 || k.column > parentKey.column)
                continue;
            if (k.column < parentKey.column || k.dash)
                break;
            if (k.key == QLatin1String("task"))
                task = k.value;
        }
        out.kind = Completion::Kind::TaskInput;
        const pipeline::TaskFact *fact = m_catalog ? m_catalog->find(task) : nullptr;
        if (fact) {
            QStringList names;
            for (const pipeline::TaskInputFact &in : fact->inputs)
                names.append(in.name);
            out.items = filtered(names, out.prefix);
        }
        return out;
    }
    std::optional<Level> level;
    if (parentKey.key == QLatin1String("stages"))
        level = Level::Stage;
    else if (parentKey.key == QLatin1String("jobs"))
        level = Level::Job;
    else if (parentKey.key == QLatin1String("steps"))
        level = Level::Step;
    if (level) {
        out.kind = Completion::Kind::Key;
        out.items = filtered(keywords(*level), out.prefix);
    }
    return out;
}

QStringList CompletionProvider::parameterNames(const QStringList &lines) const
{
    QStringList names = topLevelBlockNames(lines, QStringLiteral("parameters"));
    if (m_plan) {
        for (const pipeline::RuntimeParameter &p : m_plan->parameters)
            addUnique(names, p.name);
    }
    return names;
}

QStringList CompletionProvider::variableNames(const QStringList &lines) const
{
    QStringList names = topLevelBlockNames(lines, QStringLiteral("variables"));
    if (m_plan) {
        auto addAll = [&names](const pipeline::PlanVariables &vars) {
            for (const pipeline::PlanVariable &v : vars.variables)
                addUnique(names, v.name);
        };
        addAll(m_plan->variables);
        for (const pipeline::PlanStage &stage : m_plan->stages) {
            addAll(stage.variables);
            for (const pipeline::PlanJob &job : stage.jobs)
                addAll(job.variables);
        }
    }
    return names;
}

}  // namespace mlops::ui
