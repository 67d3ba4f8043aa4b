#include "core/agent/pipelinetriggerfilter.h"

#include <QRegularExpression>

namespace mlops::agent {

namespace {

// The scalar items of a list node (a lone scalar counts as a list of one); false when
// the node is of another shape.
bool readList(const pipeline::YamlNode &node, QStringList &into)
{
    if (node.isNull())
        return true;
    if (node.isScalar()) {
        into.append(node.text().trimmed());
        return true;
    }
    if (!node.isSequence())
        return false;
    for (const pipeline::YamlNode &item : node.items()) {
        if (!item.isScalar())
            return false;
        into.append(item.text().trimmed());
    }
    return true;
}

QString fullRef(const QString &name)
{
    const QString trimmed = name.trimmed();
    return trimmed.startsWith(QLatin1String("refs/")) ? trimmed : QStringLiteral("refs/heads/") + trimmed;
}

bool isSuccess(runs::RunResult result)
{
    return result == runs::RunResult::Succeeded || result == runs::RunResult::SucceededWithIssues;
}

PipelineTriggerFilter disabled(const QString &problem = {})
{
    PipelineTriggerFilter filter;
    filter.problem = problem;
    return filter;
}

}  // namespace

PipelineTriggerFilter PipelineTriggerFilter::parse(const std::optional<pipeline::YamlNode> &trigger)
{
    if (!trigger || trigger->isNull())
        return disabled();
    if (trigger->isScalar()) {
        const QString text = trigger->text().trimmed();
        if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            return disabled();
        const std::optional<bool> flag = trigger->toBool();
        if (!flag)
            return disabled(QStringLiteral("trigger: '%1' is neither none, true nor a mapping").arg(text));
        PipelineTriggerFilter filter;
        filter.enabled = *flag;
        return filter;
    }
    if (!trigger->isMapping())
        return disabled(QStringLiteral("trigger: a list is neither none, true nor a mapping"));

    PipelineTriggerFilter filter;
    filter.enabled = true;
    for (const pipeline::YamlPair &entry : trigger->entries()) {
        const QString key = entry.first.text();
        const pipeline::YamlNode &value = entry.second;
        bool ok = true;
        if (key == QLatin1String("enabled")) {
            const std::optional<bool> flag = value.toBool();
            ok = flag.has_value();
            filter.enabled = flag.value_or(false);
        } else if (key == QLatin1String("branches")) {
            if (value.isMapping()) {
                for (const pipeline::YamlPair &branchEntry : value.entries()) {
                    const QString branchKey = branchEntry.first.text();
                    if (branchKey == QLatin1String("include"))
                        ok = ok && readList(branchEntry.second, filter.includeBranches);
                    else if (branchKey == QLatin1String("exclude"))
                        ok = ok && readList(branchEntry.second, filter.excludeBranches);
                    else
                        ok = false;
                }
            } else {
                ok = readList(value, filter.includeBranches);
            }
        } else if (key == QLatin1String("stages")) {
            ok = readList(value, filter.stages);
        } else if (key == QLatin1String("tags")) {
            ok = readList(value, filter.tags);
        } else {
            return disabled(QStringLiteral("trigger: unknown key '%1' (enabled, branches, stages, tags)").arg(key));
        }
        if (!ok)
            return disabled(QStringLiteral("trigger.%1: %2 is not a list of names").arg(key, pipeline::YamlNode::kindName(value.kind())));
    }
    return filter;
}

QString PipelineTriggerFilter::mismatch(const TriggeringRun &run) const
{
    if (!problem.isEmpty())
        return problem;
    if (!enabled)
        return QStringLiteral("its trigger is disabled");
    if (stages.isEmpty()) {
        if (!run.result || !isSuccess(*run.result))
            return QStringLiteral("the run did not succeed");
    } else {
        for (const QString &stage : stages) {
            const auto it = run.stageResults.constFind(stage);
            if (it == run.stageResults.cend())
                return QStringLiteral("the run has no completed stage '%1'").arg(stage);
            if (!isSuccess(it.value()))
                return QStringLiteral("stage '%1' of the run did not succeed").arg(stage);
        }
    }
    if (!run.sourceBranch.isEmpty()) {
        bool included = includeBranches.isEmpty();
        for (const QString &include : includeBranches)
            included = included || branchMatches(include, run.sourceBranch);
        if (!included)
            return QStringLiteral("branch %1 is not included (%2)")
                .arg(run.sourceBranch, includeBranches.join(QStringLiteral(", ")));
        for (const QString &exclude : excludeBranches) {
            if (branchMatches(exclude, run.sourceBranch))
                return QStringLiteral("branch %1 is excluded (%2)").arg(run.sourceBranch, exclude);
        }
    }
    for (const QString &tag : tags) {
        if (!run.tags.contains(tag, Qt::CaseInsensitive))
            return QStringLiteral("the run has no tag '%1'").arg(tag);
    }
    return {};
}

bool PipelineTriggerFilter::branchMatches(const QString &filter, const QString &branch)
{
    const QString pattern = fullRef(filter);
    const QString ref = fullRef(branch);
    if (!pattern.contains(QLatin1Char('*')))
        return pattern.compare(ref, Qt::CaseInsensitive) == 0;
    QString regex;
    const QStringList pieces = pattern.split(QLatin1Char('*'));
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            regex += QStringLiteral(".*");
        regex += QRegularExpression::escape(pieces.at(i));
    }
    const QRegularExpression expression(QRegularExpression::anchoredPattern(regex),
                                        QRegularExpression::CaseInsensitiveOption);
    return expression.match(ref).hasMatch();
}

}  // namespace mlops::agent
