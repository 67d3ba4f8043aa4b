#include "core/pipeline/plan/stepdesugarer.h"

#include "core/pipeline/plan/planbuilder.h"

#include <QStringList>

namespace mlops::pipeline {

namespace {

using Severity = Diagnostic::Severity;

// Keys every step may have; they never become task inputs.
const QStringList &commonKeys()
{
    static const QStringList keys{
        QStringLiteral("name"),      QStringLiteral("displayName"),      QStringLiteral("condition"),
        QStringLiteral("continueOnError"), QStringLiteral("enabled"),    QStringLiteral("env"),
        QStringLiteral("timeoutInMinutes"), QStringLiteral("retryCountOnTaskFailure"),
        QStringLiteral("target"),
    };
    return keys;
}

struct Shortcut {
    QString key;       // the step kind's key
    QString task;      // the task it stands for
    QStringList fixed; // "input=value" pairs added before the other inputs
    QString mainInput; // the input that receives the key's value; empty: none
};

const QList<Shortcut> &shortcuts()
{
    static const QList<Shortcut> list{
        {QStringLiteral("script"), QStringLiteral("CmdLine@2"), {}, QStringLiteral("script")},
        {QStringLiteral("bash"), QStringLiteral("Bash@3"), {QStringLiteral("targetType=inline")}, QStringLiteral("script")},
        {QStringLiteral("pwsh"), QStringLiteral("PowerShell@2"), {QStringLiteral("targetType=inline")}, QStringLiteral("script")},
        {QStringLiteral("powershell"), QStringLiteral("PowerShell@2"), {QStringLiteral("targetType=inline")}, QStringLiteral("script")},
        {QStringLiteral("checkout"), QStringLiteral("Checkout@1"), {}, QStringLiteral("repository")},
        {QStringLiteral("download"), QStringLiteral("DownloadPipelineArtifact@2"), {}, {}},
        {QStringLiteral("publish"), QStringLiteral("PublishPipelineArtifact@1"), {}, QStringLiteral("path")},
        {QStringLiteral("downloadBuild"), QStringLiteral("DownloadBuildArtifacts@0"), {}, QStringLiteral("definition")},
        {QStringLiteral("getPackage"), QStringLiteral("DownloadPackage@1"), {}, QStringLiteral("definition")},
        {QStringLiteral("reviewApp"), QStringLiteral("ReviewApp@0"), {}, QStringLiteral("resourceName")},
    };
    return list;
}

// Shortcut keys whose name differs from the task input (publish: artifact → artifactName).
QString inputName(const QString &kind, const QString &key)
{
    if (kind == QLatin1String("publish") && key == QLatin1String("artifact"))
        return QStringLiteral("artifactName");
    return key;
}

void readCommon(const YamlNode &item, PlanStep &step, Diagnostics &diagnostics)
{
    if (std::optional<YamlNode> v = item.value(u"name")) {
        step.name = PlanBuilder::valueText(*v);
        if (!step.name.isEmpty() && !PlanBuilder::isIdentifier(step.name)) {
            diagnostics.append(PlanBuilder::diagnostic(
                Severity::Error, v->pos(),
                QStringLiteral("step name '%1' is not a valid identifier: use letters, digits and '_', "
                               "not starting with a digit")
                    .arg(step.name)));
        }
    }
    if (std::optional<YamlNode> v = item.value(u"displayName"))
        step.displayName = PlanBuilder::valueText(*v);
    if (std::optional<YamlNode> v = item.value(u"condition"))
        step.condition = PlanBuilder::valueText(*v).trimmed();
    if (std::optional<YamlNode> v = item.value(u"continueOnError"))
        step.continueOnError = PlanBuilder::boolValue(*v, QStringLiteral("continueOnError"), false, diagnostics);
    if (std::optional<YamlNode> v = item.value(u"enabled"))
        step.enabled = PlanBuilder::boolValue(*v, QStringLiteral("enabled"), true, diagnostics);
    if (std::optional<YamlNode> v = item.value(u"timeoutInMinutes"))
        step.timeoutInMinutes = PlanBuilder::intValue(*v, QStringLiteral("timeoutInMinutes"), diagnostics);
    if (std::optional<YamlNode> v = item.value(u"retryCountOnTaskFailure"))
        step.retryCountOnTaskFailure = PlanBuilder::intValue(*v, QStringLiteral("retryCountOnTaskFailure"), diagnostics);
    if (std::optional<YamlNode> v = item.value(u"target")) {
        if (v->isMapping())
            step.target = PlanBuilder::valueText(v->value(u"container").value_or(YamlNode()));
        else
            step.target = PlanBuilder::valueText(*v);
    }
    if (std::optional<YamlNode> env = item.value(u"env")) {
        for (const YamlPair &pair : env->entries())
            step.env.append({PlanBuilder::valueText(pair.first), PlanBuilder::valueText(pair.second)});
    }
}

}  // namespace

std::optional<PlanStep> StepDesugarer::desugar(const YamlNode &item, Diagnostics &diagnostics)
{
    if (!item.isMapping()) {
        diagnostics.append(PlanBuilder::diagnostic(Severity::Error, item.pos(),
                                                   QStringLiteral("a step must be a mapping, not %1")
                                                       .arg(YamlNode::kindName(item.kind()))));
        return std::nullopt;
    }
    if (item.contains(u"template")) {
        diagnostics.append(PlanBuilder::diagnostic(Severity::Error, item.pos(),
                                                   QStringLiteral("the steps template '%1' was not expanded")
                                                       .arg(PlanBuilder::valueText(*item.value(u"template")))));
        return std::nullopt;
    }

    PlanStep step;
    step.pos = item.pos();
    readCommon(item, step, diagnostics);

    if (std::optional<YamlNode> task = item.value(u"task")) {
        step.task = PlanBuilder::valueText(*task).trimmed();
        if (step.task.isEmpty()) {
            diagnostics.append(PlanBuilder::diagnostic(Severity::Error, task->pos(),
                                                       QStringLiteral("the task step names no task")));
        }
        if (std::optional<YamlNode> inputs = item.value(u"inputs")) {
            for (const YamlPair &pair : inputs->entries())
                step.inputs.append({PlanBuilder::valueText(pair.first), PlanBuilder::valueText(pair.second)});
        }
        return step;
    }

    for (const Shortcut &shortcut : shortcuts()) {
        std::optional<YamlNode> value = item.value(shortcut.key);
        if (!value)
            continue;
        step.task = shortcut.task;
        const QString text = PlanBuilder::valueText(*value);
        for (const QString &fixed : shortcut.fixed)
            step.inputs.append({fixed.section(QLatin1Char('='), 0, 0), fixed.section(QLatin1Char('='), 1)});
        if (shortcut.key == QLatin1String("download")) {
            const QString source = text.trimmed();
            if (source.isEmpty() || source.compare(QLatin1String("current"), Qt::CaseInsensitive) == 0) {
                step.inputs.append({QStringLiteral("source"), QStringLiteral("current")});
            } else if (source.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
                step.inputs.append({QStringLiteral("source"), QStringLiteral("none")});
            } else {
                step.inputs.append({QStringLiteral("source"), QStringLiteral("specific")});
                step.inputs.append({QStringLiteral("pipeline"), source});
            }
        } else if (!shortcut.mainInput.isEmpty()) {
            step.inputs.append({shortcut.mainInput, text});
        }
        if (shortcut.key == QLatin1String("pwsh"))
            step.inputs.append({QStringLiteral("pwsh"), QStringLiteral("true")});
        // Every other key of the item that is not common to all steps is an input.
        for (const YamlPair &pair : item.entries()) {
            const QString key = PlanBuilder::valueText(pair.first);
            if (key == shortcut.key || commonKeys().contains(key))
                continue;
            step.inputs.append({inputName(shortcut.key, key), PlanBuilder::valueText(pair.second)});
        }
        return step;
    }

    diagnostics.append(PlanBuilder::diagnostic(
        Severity::Error, item.pos(),
        QStringLiteral("unknown step kind: expected one of task, script, bash, pwsh, powershell, checkout, "
                       "download, downloadBuild, publish, getPackage, reviewApp or template")));
    return std::nullopt;
}

}  // namespace mlops::pipeline
