#include "core/agent/orchestratorgraph.h"

#include "core/agent/jobrunner.h"

#include <QProcess>

namespace mlops::agent::orchestration {

using pipeline::ExpressionValue;

RunResult aggregate(const QList<RunResult> &results)
{
    bool anyFailed = false, anyCanceled = false, anyIssues = false, allSkipped = true;
    for (RunResult result : results) {
        anyFailed |= result == RunResult::Failed || result == RunResult::Abandoned;
        anyCanceled |= result == RunResult::Canceled;
        anyIssues |= result == RunResult::SucceededWithIssues;
        allSkipped &= result == RunResult::Skipped;
    }
    if (anyFailed)
        return RunResult::Failed;
    if (anyCanceled)
        return RunResult::Canceled;
    if (!results.isEmpty() && allSkipped)
        return RunResult::Skipped;
    return anyIssues ? RunResult::SucceededWithIssues : RunResult::Succeeded;
}

ExpressionValue stringObject(const QMap<QString, QString> &values)
{
    QList<ExpressionValue::Member> members;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        members.append({it.key(), ExpressionValue::string(it.value())});
    return ExpressionValue::object(members);
}

ExpressionValue variablesValue(const VariableMap &variables)
{
    QList<ExpressionValue::Member> members;
    const QList<Variable> all = variables.variables();
    for (const Variable &variable : all)
        members.append({variable.name, ExpressionValue::string(variable.value)});
    return ExpressionValue::object(members);
}

// The jobs of `slots` whose every leg is done, in order.
QList<JobView> doneJobs(const std::vector<std::unique_ptr<JobSlot>> &slots)
{
    QList<JobView> views;
    QStringList names;
    for (const auto &slot : slots) {
        if (!names.contains(slot->job->name))
            names.append(slot->job->name);
    }
    for (const QString &name : std::as_const(names)) {
        JobView view;
        view.name = name;
        QList<RunResult> results;
        bool done = true;
        for (const auto &slot : slots) {
            if (slot->job->name != name)
                continue;
            done &= slot->phase == Phase::Done;
            results.append(slot->result);
            for (auto it = slot->outputs.cbegin(); it != slot->outputs.cend(); ++it)
                view.outputs.insert(slot->leg.isEmpty() ? it.key() : slot->leg + QLatin1Char('.') + it.key(), it.value());
        }
        if (!done)
            continue;
        view.result = aggregate(results);
        views.append(view);
    }
    return views;
}

ExpressionValue jobValue(const JobView &view)
{
    return ExpressionValue::object({{QStringLiteral("result"), ExpressionValue::string(JobRunner::resultName(view.result))},
                                    {QStringLiteral("outputs"), stringObject(view.outputs)}});
}

// Status functions over named dependencies (`names`, or `defaults` when none are given).
Result<bool> statusOf(pipeline::StatusFunction function, const QStringList &names, const QStringList &defaults,
                      const QMap<QString, RunResult> &results, bool canceled)
{
    const QStringList which = names.isEmpty() ? defaults : names;
    bool allGood = true, anyFailed = false;
    for (const QString &name : which) {
        RunResult result = RunResult::Skipped;
        bool found = false;
        for (auto r = results.cbegin(); r != results.cend(); ++r) {
            if (r.key().compare(name, Qt::CaseInsensitive) == 0) {
                result = r.value();
                found = true;
            }
        }
        if (!found)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("'%1' is not a dependency that has completed").arg(name));
        allGood &= result == RunResult::Succeeded || result == RunResult::SucceededWithIssues;
        anyFailed |= result == RunResult::Failed;
    }
    switch (function) {
    case pipeline::StatusFunction::Always: return true;
    case pipeline::StatusFunction::Canceled: return canceled;
    case pipeline::StatusFunction::Failed: return !canceled && anyFailed;
    case pipeline::StatusFunction::Succeeded: return !canceled && allGood;
    case pipeline::StatusFunction::SucceededOrFailed: return !canceled;
    }
    return false;
}

// `git -C dir ARGS` output (trimmed); empty when dir is no git work tree or git fails.
QString gitOutput(const QString &directory, const QStringList &arguments)
{
    if (directory.isEmpty())
        return {};
    QProcess git;
    git.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), directory} + arguments);
    if (!git.waitForStarted(10000) || !git.waitForFinished(30000) || git.exitStatus() != QProcess::NormalExit ||
        git.exitCode() != 0)
        return {};
    return QString::fromUtf8(git.readAllStandardOutput()).trimmed();
}

QString reasonName(const QString &reason)
{
    if (reason.isEmpty())
        return QStringLiteral("Manual");
    return reason.left(1).toUpper() + reason.mid(1);
}

}  // namespace mlops::agent::orchestration
