#include "core/pipeline/plan/planbuilder.h"

#include "core/pipeline/plan/deploymentjobreader.h"
#include "core/pipeline/plan/plangraphcheck.h"
#include "core/pipeline/plan/stepdesugarer.h"
#include "core/pipeline/yaml/yamlwriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace mlops::pipeline {

namespace {

using Severity = Diagnostic::Severity;

const QString kDefaultStage = QStringLiteral("__default");
const QString kDefaultJob = QStringLiteral("Job");

// Job keys that may also appear at the root of a `steps:` pipeline (LANGUAGE.md §3.1).
const QStringList kRootJobKeys{QStringLiteral("strategy"), QStringLiteral("container"),
                               QStringLiteral("workspace"), QStringLiteral("timeoutInMinutes"),
                               QStringLiteral("cancelTimeoutInMinutes"), QStringLiteral("continueOnError")};

bool isVariableName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.\\-]+$"));
    return re.match(name).hasMatch();
}

// `$[ expr ]` as a whole value → the expression text; nullopt otherwise.
std::optional<QString> runtimeExpression(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.startsWith(QLatin1String("$[")) && trimmed.endsWith(QLatin1Char(']')))
        return trimmed.mid(2, trimmed.size() - 3).trimmed();
    return std::nullopt;
}

class Builder {
public:
    explicit Builder(const PlanBuildOptions &options) : m_options(options) {}

    PlanBuildResult run(const YamlNode &root);

private:
    void error(const SourcePos &pos, const QString &message)
    {
        m_diagnostics.append(PlanBuilder::diagnostic(Severity::Error, pos, message));
    }

    PlanVariables readVariables(const YamlNode &node);
    PlanVariable readVariable(const QString &name, const YamlNode &value, const SourcePos &pos, bool readOnly);
    void readParameters(const YamlNode &node);
    QJsonValue typedValue(const QString &type, const YamlNode &node) const;
    void readResources(const YamlNode &node);
    std::optional<PlanStage> readStage(const YamlNode &item, int index, PlanGraphCheck &graph);
    void readJobs(const YamlNode &jobs, PlanStage &stage);
    std::optional<PlanJob> readJob(const YamlNode &item, PlanGraphCheck &graph);
    void readJobKeys(const YamlNode &node, PlanJob &job, bool rootForm);
    void readStrategy(const YamlNode &node, PlanJob &job);
    QList<PlanStep> readSteps(const YamlNode &node);
    QString uniqueName(const QString &base, const QSet<QString> &taken) const;

    const PlanBuildOptions &m_options;
    Plan m_plan;
    Diagnostics m_diagnostics;
};

PlanBuildResult Builder::run(const YamlNode &root)
{
    m_plan.entryFile = m_options.entryFile;
    if (!root.isMapping()) {
        error(root.pos(), QStringLiteral("a pipeline must be a mapping with stages, jobs, steps or extends, not %1")
                              .arg(YamlNode::kindName(root.kind())));
        return {m_plan, m_diagnostics};
    }
    if (std::optional<YamlNode> v = root.value(u"name"))
        m_plan.nameFormat = PlanBuilder::valueText(*v);
    if (std::optional<YamlNode> v = root.value(u"parameters"))
        readParameters(*v);
    if (std::optional<YamlNode> v = root.value(u"resources"))
        readResources(*v);
    if (std::optional<YamlNode> v = root.value(u"variables"))
        m_plan.variables = readVariables(*v);
    if (std::optional<YamlNode> v = root.value(u"pool"))
        m_plan.pool = PlanBuilder::toJson(*v);

    PlanGraphCheck stageGraph(QStringLiteral("stage"));
    if (std::optional<YamlNode> stages = root.value(u"stages")) {
        const QList<YamlNode> &items = stages->items();
        for (int i = 0; i < items.size(); ++i) {
            if (std::optional<PlanStage> stage = readStage(items.at(i), i, stageGraph))
                m_plan.stages.append(*stage);
        }
        if (items.isEmpty())
            error(stages->pos(), QStringLiteral("the pipeline has no stages"));
    } else if (std::optional<YamlNode> jobs = root.value(u"jobs")) {
        PlanStage stage;
        stage.name = kDefaultStage;
        stage.pos = jobs->pos();
        readJobs(*jobs, stage);
        stageGraph.add(stage.name, stage.pos, {}, false, {});
        m_plan.stages.append(stage);
    } else if (std::optional<YamlNode> steps = root.value(u"steps")) {
        PlanJob job;
        job.name = kDefaultJob;
        job.pos = steps->pos();
        readJobKeys(root, job, true);
        job.steps = readSteps(*steps);
        PlanStage stage;
        stage.name = kDefaultStage;
        stage.pos = steps->pos();
        stage.jobs.append(job);
        stageGraph.add(stage.name, stage.pos, {}, false, {});
        m_plan.stages.append(stage);
    } else if (std::optional<YamlNode> extends = root.value(u"extends")) {
        error(extends->pos(), QStringLiteral("'extends' was not expanded: the pipeline has no stages, jobs or steps"));
    } else {
        error(root.pos(), QStringLiteral("the pipeline has none of stages, jobs, steps or extends"));
    }

    // Stages: implicit sequential dependencies, then targets and cycles.
    const QList<QStringList> stageDeps = stageGraph.check(m_diagnostics);
    for (int i = 0; i < m_plan.stages.size() && i < stageDeps.size(); ++i)
        m_plan.stages[i].dependsOn = stageDeps.at(i);
    return {m_plan, m_diagnostics};
}

QString Builder::uniqueName(const QString &base, const QSet<QString> &taken) const
{
    if (!taken.contains(base.toLower()))
        return base;
    for (int n = 1;; ++n) {
        const QString candidate = base + QString::number(n);
        if (!taken.contains(candidate.toLower()))
            return candidate;
    }
}

PlanVariable Builder::readVariable(const QString &name, const YamlNode &value, const SourcePos &pos, bool readOnly)
{
    PlanVariable variable;
    variable.name = name;
    variable.value = PlanBuilder::valueText(value);
    variable.readOnly = readOnly;
    variable.pos = pos;
    if (std::optional<QString> expression = runtimeExpression(variable.value)) {
        variable.isRuntimeExpression = true;
        variable.value = *expression;
    }
    if (!isVariableName(name)) {
        error(pos, QStringLiteral("variable name '%1' is not valid: use letters, digits, '.', '_' and '-'").arg(name));
    }
    return variable;
}

PlanVariables Builder::readVariables(const YamlNode &node)
{
    PlanVariables out;
    if (node.isMapping()) {
        for (const YamlPair &pair : node.entries())
            out.variables.append(readVariable(PlanBuilder::valueText(pair.first), pair.second, pair.first.pos(), false));
        return out;
    }
    for (const YamlNode &item : node.items()) {
        if (std::optional<YamlNode> group = item.value(u"group")) {
            const QString name = PlanBuilder::valueText(*group).trimmed();
            out.groups.append(PlanVariableGroupRef{name, group->pos()});
            if (name.isEmpty()) {
                error(group->pos(), QStringLiteral("'group' needs the name of a variable group"));
            } else if (m_options.variableGroupExists && !m_options.variableGroupExists(name)) {
                error(group->pos(), QStringLiteral("variable group '%1' does not exist in the workspace (Library)").arg(name));
            }
        } else if (std::optional<YamlNode> nameNode = item.value(u"name")) {
            const bool readOnly = PlanBuilder::boolValue(item.value(u"readonly").value_or(YamlNode()), QStringLiteral("readonly"), false, m_diagnostics);
            out.variables.append(readVariable(PlanBuilder::valueText(*nameNode),
                                              item.value(u"value").value_or(YamlNode()), nameNode->pos(), readOnly));
        } else if (std::optional<YamlNode> tpl = item.value(u"template")) {
            error(tpl->pos(), QStringLiteral("the variables template '%1' was not expanded").arg(PlanBuilder::valueText(*tpl)));
        } else if (!item.isNull()) {
            error(item.pos(), QStringLiteral("a variable needs 'name' (and 'value'), 'group' or 'template'"));
        }
    }
    return out;
}

QJsonValue Builder::typedValue(const QString &type, const YamlNode &node) const
{
    if (type == QLatin1String("boolean")) {
        if (std::optional<bool> b = node.toBool())
            return *b;
    } else if (type == QLatin1String("number")) {
        bool ok = false;
        const double d = node.text().toDouble(&ok);
        if (node.isScalar() && ok)
            return d;
    } else if (type == QLatin1String("string") && node.isScalar()) {
        return node.text();
    }
    return PlanBuilder::toJson(node);
}

void Builder::readParameters(const YamlNode &node)
{
    QSet<QString> seen;
    auto addParameter = [&](RuntimeParameter parameter) {
        if (seen.contains(parameter.name.toLower()))
            error(parameter.pos, QStringLiteral("parameter '%1' is declared twice").arg(parameter.name));
        seen.insert(parameter.name.toLower());
        m_plan.parameters.append(parameter);
    };
    if (node.isMapping()) {  // legacy form: name → default
        for (const YamlPair &pair : node.entries()) {
            RuntimeParameter parameter;
            parameter.name = PlanBuilder::valueText(pair.first);
            parameter.type = QStringLiteral("string");
            parameter.defaultValue = PlanBuilder::toJson(pair.second);
            parameter.pos = pair.first.pos();
            addParameter(parameter);
        }
        return;
    }
    for (const YamlNode &item : node.items()) {
        RuntimeParameter parameter;
        parameter.pos = item.pos();
        const std::optional<YamlNode> name = item.value(u"name");
        if (!name || PlanBuilder::valueText(*name).trimmed().isEmpty()) {
            error(item.pos(), QStringLiteral("a runtime parameter needs a 'name'"));
            continue;
        }
        parameter.name = PlanBuilder::valueText(*name).trimmed();
        parameter.displayName = PlanBuilder::valueText(item.value(u"displayName").value_or(YamlNode()));
        parameter.type = PlanBuilder::valueText(item.value(u"type").value_or(YamlNode())).trimmed();
        if (parameter.type.isEmpty())
            parameter.type = QStringLiteral("string");
        if (std::optional<YamlNode> values = item.value(u"values")) {
            for (const YamlNode &value : values->items())
                parameter.allowedValues.append(typedValue(parameter.type, value));
        }
        if (std::optional<YamlNode> def = item.value(u"default")) {
            parameter.defaultValue = typedValue(parameter.type, *def);
            if (!parameter.allowedValues.isEmpty() && parameter.type != QLatin1String("stringList")
                && !parameter.allowedValues.contains(parameter.defaultValue)) {
                error(def->pos(), QStringLiteral("the default '%1' of parameter '%2' is not one of its allowed values")
                                      .arg(PlanBuilder::valueText(*def), parameter.name));
            }
        } else {
            parameter.defaultValue = QJsonValue(QJsonValue::Undefined);
        }
        addParameter(parameter);
    }
}

void Builder::readResources(const YamlNode &node)
{
    if (std::optional<YamlNode> repositories = node.value(u"repositories")) {
        for (const YamlNode &item : repositories->items()) {
            PlanRepository repository;
            repository.alias = PlanBuilder::valueText(item.value(u"repository").value_or(YamlNode()));
            repository.type = PlanBuilder::valueText(item.value(u"type").value_or(YamlNode()));
            repository.name = PlanBuilder::valueText(item.value(u"name").value_or(YamlNode()));
            repository.ref = PlanBuilder::valueText(item.value(u"ref").value_or(YamlNode()));
            repository.pos = item.pos();
            m_plan.repositories.append(repository);
        }
    }
    if (std::optional<YamlNode> pipelines = node.value(u"pipelines")) {
        for (const YamlNode &item : pipelines->items()) {
            PlanPipelineResource resource;
            resource.alias = PlanBuilder::valueText(item.value(u"pipeline").value_or(YamlNode()));
            resource.source = PlanBuilder::valueText(item.value(u"source").value_or(YamlNode()));
            if (std::optional<YamlNode> trigger = item.value(u"trigger"))
                resource.triggers = trigger->isMapping() || trigger->toBool().value_or(false)
                                    || trigger->text().compare(QLatin1String("none"), Qt::CaseInsensitive) != 0;
            resource.pos = item.pos();
            m_plan.pipelineResources.append(resource);
        }
    }
}

std::optional<PlanStage> Builder::readStage(const YamlNode &item, int index, PlanGraphCheck &graph)
{
    if (!item.isMapping() || !item.contains(u"stage")) {
        if (std::optional<YamlNode> tpl = item.value(u"template"))
            error(tpl->pos(), QStringLiteral("the stages template '%1' was not expanded").arg(PlanBuilder::valueText(*tpl)));
        else
            error(item.pos(), QStringLiteral("a stage needs 'stage: <name>'"));
        return std::nullopt;
    }
    PlanStage stage;
    stage.pos = item.pos();
    const YamlNode nameNode = *item.value(u"stage");
    stage.name = PlanBuilder::valueText(nameNode).trimmed();
    if (stage.name.isEmpty())
        stage.name = uniqueName(QStringLiteral("Stage"), graph.names());
    if (std::optional<YamlNode> v = item.value(u"displayName"))
        stage.displayName = PlanBuilder::valueText(*v);
    if (std::optional<YamlNode> v = item.value(u"condition"))
        stage.condition = PlanBuilder::valueText(*v).trimmed();
    if (std::optional<YamlNode> v = item.value(u"variables"))
        stage.variables = readVariables(*v);
    if (std::optional<YamlNode> v = item.value(u"pool"))
        stage.pool = PlanBuilder::toJson(*v);
    const std::optional<YamlNode> dependsOn = item.value(u"dependsOn");
    graph.add(stage.name, nameNode.pos().isKnown() ? nameNode.pos() : item.pos(), dependsOn.value_or(YamlNode()),
              dependsOn.has_value(), index > 0 ? graph.nameAt(index - 1) : QString());
    if (std::optional<YamlNode> jobs = item.value(u"jobs"))
        readJobs(*jobs, stage);
    if (stage.jobs.isEmpty())
        error(item.pos(), QStringLiteral("stage '%1' has no jobs").arg(stage.name));
    return stage;
}

void Builder::readJobs(const YamlNode &jobs, PlanStage &stage)
{
    PlanGraphCheck graph(QStringLiteral("job"), stage.name);
    const QList<YamlNode> &items = jobs.items();
    for (int i = 0; i < items.size(); ++i) {
        if (std::optional<PlanJob> job = readJob(items.at(i), graph))
            stage.jobs.append(*job);
    }
    const QList<QStringList> deps = graph.check(m_diagnostics);
    for (int i = 0; i < stage.jobs.size() && i < deps.size(); ++i)
        stage.jobs[i].dependsOn = deps.at(i);
}

std::optional<PlanJob> Builder::readJob(const YamlNode &item, PlanGraphCheck &graph)
{
    const std::optional<YamlNode> jobName = item.value(u"job");
    const std::optional<YamlNode> deploymentName = item.value(u"deployment");
    if (!item.isMapping() || (!jobName && !deploymentName)) {
        if (std::optional<YamlNode> tpl = item.value(u"template"))
            error(tpl->pos(), QStringLiteral("the jobs template '%1' was not expanded").arg(PlanBuilder::valueText(*tpl)));
        else
            error(item.pos(), QStringLiteral("a job needs 'job: <name>' or 'deployment: <name>'"));
        return std::nullopt;
    }
    PlanJob job;
    job.pos = item.pos();
    job.isDeployment = deploymentName.has_value() && !jobName.has_value();
    const YamlNode nameNode = jobName ? *jobName : *deploymentName;
    job.name = PlanBuilder::valueText(nameNode).trimmed();
    if (job.name.isEmpty())
        job.name = uniqueName(kDefaultJob, graph.names());
    readJobKeys(item, job, false);
    if (std::optional<YamlNode> v = item.value(u"displayName"))
        job.displayName = PlanBuilder::valueText(*v);
    if (std::optional<YamlNode> v = item.value(u"condition"))
        job.condition = PlanBuilder::valueText(*v).trimmed();
    if (std::optional<YamlNode> v = item.value(u"variables"))
        job.variables = readVariables(*v);
    if (std::optional<YamlNode> v = item.value(u"pool")) {
        job.pool = PlanBuilder::toJson(*v);
        job.isServerJob = v->isScalar() && v->text().trimmed().compare(QLatin1String("server"), Qt::CaseInsensitive) == 0;
    }
    if (job.isDeployment) {
        DeploymentJobReader::read(item, job, [this](const YamlNode &steps) { return readSteps(steps); }, m_diagnostics);
    } else if (std::optional<YamlNode> steps = item.value(u"steps")) {
        job.steps = readSteps(*steps);
    }
    const std::optional<YamlNode> dependsOn = item.value(u"dependsOn");
    graph.add(job.name, nameNode.pos().isKnown() ? nameNode.pos() : item.pos(), dependsOn.value_or(YamlNode()),
              dependsOn.has_value(), QString());
    return job;
}

void Builder::readJobKeys(const YamlNode &node, PlanJob &job, bool rootForm)
{
    for (const YamlPair &pair : node.entries()) {
        const QString key = PlanBuilder::valueText(pair.first);
        if (rootForm && !kRootJobKeys.contains(key))
            continue;
        const YamlNode &value = pair.second;
        if (key == QLatin1String("continueOnError"))
            job.continueOnError = PlanBuilder::boolValue(value, key, false, m_diagnostics);
        else if (key == QLatin1String("timeoutInMinutes"))
            job.timeoutInMinutes = PlanBuilder::intValue(value, key, m_diagnostics);
        else if (key == QLatin1String("cancelTimeoutInMinutes"))
            job.cancelTimeoutInMinutes = PlanBuilder::intValue(value, key, m_diagnostics);
        else if (key == QLatin1String("container"))
            job.container = PlanBuilder::toJson(value);
        else if (key == QLatin1String("workspace"))
            job.workspaceClean = PlanBuilder::valueText(value.value(u"clean").value_or(YamlNode()));
        else if (key == QLatin1String("strategy") && !job.isDeployment)
            readStrategy(value, job);
    }
}

void Builder::readStrategy(const YamlNode &node, PlanJob &job)
{
    if (std::optional<YamlNode> matrix = node.value(u"matrix")) {
        if (matrix->isScalar()) {
            job.strategy.matrixExpression = runtimeExpression(matrix->text()).value_or(matrix->text().trimmed());
        } else {
            QSet<QString> legs;
            for (const YamlPair &leg : matrix->entries()) {
                const QString legName = PlanBuilder::valueText(leg.first);
                // The service accepts '-' in leg names (numpy's "Python38-64bit-full").
                static const QRegularExpression legRe(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_\\-]*$"));
                if (!legRe.match(legName).hasMatch()) {
                    error(leg.first.pos(), QStringLiteral("matrix leg name '%1' is not valid: use letters, digits, '_' "
                                                          "and '-'")
                                               .arg(legName));
                }
                if (legs.contains(legName.toLower()))
                    error(leg.first.pos(), QStringLiteral("matrix leg '%1' is defined twice").arg(legName));
                legs.insert(legName.toLower());
                QList<PlanVariable> variables;
                for (const YamlPair &pair : leg.second.entries())
                    variables.append(readVariable(PlanBuilder::valueText(pair.first), pair.second, pair.first.pos(), false));
                job.strategy.matrix.append({legName, variables});
            }
        }
    }
    if (std::optional<YamlNode> parallel = node.value(u"parallel"))
        job.strategy.parallel = PlanBuilder::intValue(*parallel, QStringLiteral("parallel"), m_diagnostics);
    if (std::optional<YamlNode> maxParallel = node.value(u"maxParallel"))
        job.strategy.maxParallel = PlanBuilder::intValue(*maxParallel, QStringLiteral("maxParallel"), m_diagnostics);
}

QList<PlanStep> Builder::readSteps(const YamlNode &node)
{
    QList<PlanStep> steps;
    QHash<QString, SourcePos> names;
    for (const YamlNode &item : node.items()) {
        std::optional<PlanStep> step = StepDesugarer::desugar(item, m_diagnostics);
        if (!step)
            continue;
        if (!step->name.isEmpty()) {
            const QString key = step->name.toLower();
            if (names.contains(key)) {
                error(step->pos, QStringLiteral("step name '%1' is used twice in this job (first at line %2)")
                                     .arg(step->name)
                                     .arg(names.value(key).line));
            } else {
                names.insert(key, step->pos);
            }
        }
        steps.append(*step);
    }
    return steps;
}

}  // namespace

PlanBuildResult PlanBuilder::build(const YamlNode &root, const PlanBuildOptions &options)
{
    Builder builder(options);
    return builder.run(root);
}

bool PlanBuilder::isIdentifier(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(name).hasMatch();
}

QString PlanBuilder::valueText(const YamlNode &node)
{
    if (node.isScalar())
        return node.text();
    if (node.isNull())
        return QString();
    QString text = YamlWriter::write(node);
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

QJsonValue PlanBuilder::toJson(const YamlNode &node)
{
    switch (node.kind()) {
    case YamlNode::Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case YamlNode::Kind::Scalar:
        if (node.isPlain()) {
            const QString lower = node.text().toLower();
            if (lower == QLatin1String("true") || lower == QLatin1String("false"))
                return lower == QLatin1String("true");
            if (std::optional<qint64> i = node.toInt(); i && (node.text() == QLatin1String("0") || !node.text().startsWith(QLatin1Char('0'))))
                return static_cast<double>(*i);
        }
        return node.text();
    case YamlNode::Kind::Sequence: {
        QJsonArray array;
        for (const YamlNode &item : node.items())
            array.append(toJson(item));
        return array;
    }
    case YamlNode::Kind::Mapping: {
        QJsonObject object;
        for (const YamlPair &pair : node.entries())
            object.insert(valueText(pair.first), toJson(pair.second));
        return object;
    }
    }
    return QJsonValue(QJsonValue::Null);
}

namespace {
bool isRuntimeText(const YamlNode &value)
{
    return value.text().contains(QLatin1String("$(")) || value.text().contains(QLatin1String("$["));
}
}  // namespace

int PlanBuilder::intValue(const YamlNode &value, const QString &key, Diagnostics &diagnostics)
{
    if (value.isNull())
        return 0;
    if (std::optional<qint64> i = value.toInt(); i && *i >= 0 && *i <= std::numeric_limits<int>::max())
        return static_cast<int>(*i);
    if (!(value.isScalar() && isRuntimeText(value))) {
        diagnostics.append(diagnostic(Diagnostic::Severity::Error, value.pos(),
                                      QStringLiteral("'%1' must be a whole number of 0 or more, not '%2'")
                                          .arg(key, valueText(value))));
    }
    return 0;
}

bool PlanBuilder::boolValue(const YamlNode &value, const QString &key, bool fallback, Diagnostics &diagnostics)
{
    if (value.isNull())
        return fallback;
    if (std::optional<bool> b = value.toBool())
        return *b;
    if (!(value.isScalar() && isRuntimeText(value))) {
        diagnostics.append(diagnostic(Diagnostic::Severity::Error, value.pos(),
                                      QStringLiteral("'%1' must be true or false, not '%2'").arg(key, valueText(value))));
    }
    return fallback;
}

Diagnostic PlanBuilder::diagnostic(Diagnostic::Severity severity, const SourcePos &pos, const QString &message)
{
    Diagnostic d;
    d.severity = severity;
    d.message = message;
    d.file = pos.file;
    d.line = pos.line;
    d.column = pos.column;
    return d;
}

}  // namespace mlops::pipeline
