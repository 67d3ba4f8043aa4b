#include "core/pipeline/plan/deploymentjobreader.h"

#include "core/pipeline/plan/planbuilder.h"

#include <QRegularExpression>

namespace mlops::pipeline {

namespace {

void error(Diagnostics &diagnostics, const SourcePos &pos, const QString &message)
{
    diagnostics.append(PlanBuilder::diagnostic(Diagnostic::Severity::Error, pos, message));
}

bool isRuntimeText(const QString &text)
{
    return text.contains(QLatin1String("$(")) || text.contains(QLatin1String("$["));
}

void readEnvironment(const YamlNode &node, PlanJob &job)
{
    if (node.isMapping()) {
        job.environment = PlanBuilder::valueText(node.value(u"name").value_or(YamlNode())).trimmed();
        job.environmentResource = PlanBuilder::valueText(node.value(u"resourceName").value_or(YamlNode())).trimmed();
        return;
    }
    // `name.resource`: the environment, then one of its resources.
    const QString text = PlanBuilder::valueText(node).trimmed();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    job.environment = dot < 0 ? text : text.left(dot);
    job.environmentResource = dot < 0 ? QString() : text.mid(dot + 1);
}

void readIncrements(const YamlNode &node, PlanStrategy &strategy, Diagnostics &diagnostics)
{
    if (!node.isSequence()) {
        error(diagnostics, node.pos(), QStringLiteral("canary 'increments' must be a list of percentages, e.g. [10, 20]"));
        return;
    }
    for (const YamlNode &item : node.items()) {
        const std::optional<qint64> value = item.toInt();
        if (!value || *value < 1 || *value > 100) {
            error(diagnostics, item.pos(),
                  QStringLiteral("canary increment '%1' must be a whole percentage from 1 to 100")
                      .arg(PlanBuilder::valueText(item)));
            continue;
        }
        strategy.canaryIncrements.append(int(*value));
    }
}

void readMaxParallel(const YamlNode &node, PlanStrategy &strategy, Diagnostics &diagnostics)
{
    static const QRegularExpression form(QStringLiteral("^[0-9]+%?$"));
    const QString text = PlanBuilder::valueText(node).trimmed();
    if (!node.isScalar() || (!form.match(text).hasMatch() && !isRuntimeText(text))) {
        error(diagnostics, node.pos(), QStringLiteral("rolling 'maxParallel' must be a number or a percentage "
                                                      "(e.g. 2 or 25%), not '%1'")
                                           .arg(text));
        return;
    }
    strategy.deploymentMaxParallel = text;
}

}  // namespace

const QStringList &DeploymentJobReader::hookOrder()
{
    static const QStringList order{QStringLiteral("preDeploy"),        QStringLiteral("deploy"),
                                   QStringLiteral("routeTraffic"),     QStringLiteral("postRouteTraffic"),
                                   QStringLiteral("onFailure"),        QStringLiteral("onSuccess")};
    return order;
}

void DeploymentJobReader::read(const YamlNode &item, PlanJob &job, const StepReader &readSteps,
                               Diagnostics &diagnostics)
{
    if (std::optional<YamlNode> environment = item.value(u"environment"))
        readEnvironment(*environment, job);
    const std::optional<YamlNode> strategy = item.value(u"strategy");
    if (!strategy)
        return;
    static const QStringList kinds{QStringLiteral("runOnce"), QStringLiteral("rolling"), QStringLiteral("canary")};
    for (const QString &kind : kinds) {
        const std::optional<YamlNode> body = strategy->value(kind);
        if (!body)
            continue;
        job.strategy.deploymentStrategy = kind;
        if (kind == QLatin1String("canary")) {
            if (std::optional<YamlNode> increments = body->value(u"increments"))
                readIncrements(*increments, job.strategy, diagnostics);
        } else if (kind == QLatin1String("rolling")) {
            if (std::optional<YamlNode> maxParallel = body->value(u"maxParallel"))
                readMaxParallel(*maxParallel, job.strategy, diagnostics);
        }
        const std::optional<YamlNode> on = body->value(u"on");
        for (const QString &hook : hookOrder()) {
            std::optional<YamlNode> hookBody;
            if (hook == QLatin1String("onFailure"))
                hookBody = on ? on->value(u"failure") : std::nullopt;
            else if (hook == QLatin1String("onSuccess"))
                hookBody = on ? on->value(u"success") : std::nullopt;
            else
                hookBody = body->value(hook);
            const std::optional<YamlNode> steps = hookBody ? hookBody->value(u"steps") : std::nullopt;
            if (!steps)
                continue;
            QList<PlanStep> read = readSteps(*steps);
            for (PlanStep &step : read) {
                step.hook = hook;
                job.steps.append(step);
            }
        }
        return;
    }
}

}  // namespace mlops::pipeline
