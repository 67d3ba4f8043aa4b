#include "core/agent/jobrunner.h"

#include "core/agent/builtintask.h"
#include "core/agent/copyfilestask.h"
#include "core/agent/coveragetask.h"
#include "core/agent/powershelltask.h"
#include "core/agent/publishtestresultstask.h"
#include "core/agent/retrypolicy.h"
#include "core/agent/stepcommandeffects.h"
#include "core/agent/environmentbuilder.h"
#include "core/agent/macroexpander.h"
#include "core/agent/stepcommandprocessor.h"
#include "core/agent/steplog.h"
#include "core/agent/steprunner.h"
#include "core/agent/taskinputcheck.h"
#include "core/pipeline/expression/expression.h"
#include "core/pipeline/expression/simpleexpressioncontext.h"
#include "core/runs/artifactstore.h"
#include "core/runs/logstore.h"
#include "core/runs/runstore.h"

#include <QDateTime>
#include <QDir>
#include <QScopeGuard>
#include <QUuid>

#include <csignal>
#include <memory>

namespace mlops::agent {

using runs::RunResult;
using runs::RunState;

namespace {

int severity(RunResult result)
{
    switch (result) {
    case RunResult::Succeeded: return 0;
    case RunResult::Skipped: return 0;
    case RunResult::SucceededWithIssues: return 1;
    case RunResult::Failed: return 2;
    case RunResult::Abandoned: return 2;
    case RunResult::Canceled: return 3;
    }
    return 0;
}

QString stepDisplayName(const pipeline::PlanStep &step)
{
    if (!step.displayName.isEmpty())
        return step.displayName;
    const QString script = BuiltinTask::input(step.inputs, {QStringLiteral("script")});
    if (!script.isEmpty()) {
        const QString firstLine = script.trimmed().section(QLatin1Char('\n'), 0, 0).left(60);
        return step.task.section(QLatin1Char('@'), 0, 0) + QStringLiteral(": ") + firstLine;
    }
    return step.task.section(QLatin1Char('@'), 0, 0);
}

pipeline::ExpressionValue variablesValue(const VariableMap &variables)
{
    QList<pipeline::ExpressionValue::Member> members;
    const QList<Variable> all = variables.variables();
    members.reserve(all.size());
    for (const Variable &variable : all)
        members.append({variable.name, pipeline::ExpressionValue::string(variable.value)});
    return pipeline::ExpressionValue::object(members);
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

}  // namespace

struct JobRunner::StepState {
    runs::TimelineRecord record;
};

QString JobRunner::resultName(RunResult result)
{
    switch (result) {
    case RunResult::Succeeded: return QStringLiteral("Succeeded");
    case RunResult::SucceededWithIssues: return QStringLiteral("SucceededWithIssues");
    case RunResult::Failed: return QStringLiteral("Failed");
    case RunResult::Canceled: return QStringLiteral("Canceled");
    case RunResult::Skipped: return QStringLiteral("Skipped");
    case RunResult::Abandoned: return QStringLiteral("Abandoned");
    }
    return {};
}

JobRunner::JobRunner(JobRunRequest request) : m_request(std::move(request)), m_variables(m_request.variables)
{
}

JobRunResult JobRunner::run()
{
    const pipeline::PlanJob &job = *m_request.job;
    QList<pipeline::PlanStep> steps = job.steps;
    const bool hasCheckout = std::any_of(steps.cbegin(), steps.cend(), [](const pipeline::PlanStep &step) {
        return BuiltinTask::canonicalName(step.task) == QLatin1String("Checkout@1");
    });
    if (!hasCheckout && !job.isDeployment) {
        pipeline::PlanStep checkout;
        checkout.task = QStringLiteral("Checkout@1");
        checkout.displayName = QStringLiteral("Checkout self");
        checkout.inputs.append({QStringLiteral("repository"), QStringLiteral("self")});
        steps.prepend(checkout);
    }

    m_timeoutMinutes = job.timeoutInMinutes > 0 ? job.timeoutInMinutes : 60;
    m_deadline = std::chrono::steady_clock::now() +
                 std::chrono::milliseconds(qint64(m_timeoutMinutes * m_request.secondsPerMinute * 1000.0));
    m_cancelWindow = CancelWindow(job.cancelTimeoutInMinutes, m_request.secondsPerMinute);
    // An earlier job may have renamed the run (##vso[build.updatebuildnumber]).
    if (m_request.runStore) {
        if (Result<runs::Run> current = m_request.runStore->run(m_request.runId); current.ok() && !current->number.isEmpty())
            m_variables.set(QStringLiteral("Build.BuildNumber"), current->number, false, true);
    }

    QList<StepState> states(steps.size());
    QList<runs::TimelineRecord> records;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        runs::TimelineRecord &record = states[i].record;
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.runId = m_request.runId;
        record.parentId = m_request.jobRecordId;
        record.type = runs::RecordType::Step;
        record.displayName = m_request.masker ? m_request.masker->mask(stepDisplayName(steps.at(i)))
                                              : stepDisplayName(steps.at(i));
        record.name = steps.at(i).name.isEmpty() ? record.displayName : steps.at(i).name;
        record.order = int(i) + 1;
        if (!m_request.stepRecordPrefix.isEmpty()) {  // a deployment hook's steps (DeploymentJobRunner)
            record.name = m_request.stepRecordPrefix + QLatin1Char('.') + record.name;
            record.displayName = QStringLiteral("[%1] %2").arg(m_request.stepRecordPrefix, record.displayName);
            record.order += m_request.stepOrderBase;
        }
        records.append(record);
    }
    if (m_request.runStore)
        (void)m_request.runStore->upsertTimelineRecords(records);

    for (qsizetype i = 0; i < steps.size(); ++i) {
        const RunResult stepResult = runStep(steps.at(i), states[i]);
        if (severity(stepResult) > severity(m_jobStatus) && stepResult != RunResult::Canceled)
            m_jobStatus = stepResult;
        if (stepResult == RunResult::Canceled)
            m_result.result = RunResult::Canceled;
    }
    if (m_result.result != RunResult::Canceled)
        m_result.result = m_jobStatus;
    if (m_jobTimedOut)
        m_result.result = RunResult::Failed;
    if (m_request.cancel && m_request.cancel->load() && m_result.result != RunResult::Failed)
        m_result.result = RunResult::Canceled;
    return m_result;
}

RunResult JobRunner::runStep(const pipeline::PlanStep &step, StepState &state)
{
    runs::TimelineRecord &record = state.record;
    SecretMasker *masker = m_request.masker;
    auto mask = [masker](const QString &text) { return masker ? masker->mask(text) : text; };
    auto finish = [&](RunResult result) {
        record.state = RunState::Completed;
        record.result = result;
        if (!record.startedAt.isValid())
            record.startedAt = QDateTime::currentDateTimeUtc();
        record.finishedAt = QDateTime::currentDateTimeUtc();
        if (m_request.runStore)
            (void)m_request.runStore->upsertTimelineRecord(record);
        m_result.errorCount += record.errorCount;
        m_result.warningCount += record.warningCount;
        return result;
    };
    if (!m_jobTimedOut && std::chrono::steady_clock::now() >= m_deadline)
        m_jobTimedOut = true;
    const bool canceled = (m_request.cancel && m_request.cancel->load()) || m_jobTimedOut;
    if (canceled)
        m_cancelWindow.open(std::chrono::steady_clock::now());

    // Condition (default succeeded()), against the job status so far.
    m_variables.set(QStringLiteral("Agent.JobStatus"), resultName(m_jobStatus), false, true);
    if (!step.enabled)
        return finish(RunResult::Skipped);
    // The cancel timeout ran out: the job is being stopped; nothing more starts.
    if (m_cancelWindow.hasExpired(std::chrono::steady_clock::now()))
        return finish(RunResult::Canceled);
    const QString conditionText = step.condition.trimmed().isEmpty() ? QStringLiteral("succeeded()") : step.condition;
    pipeline::SimpleExpressionContext context;
    context.setNamedValue(QStringLiteral("variables"), variablesValue(m_variables));
    const RunResult status = m_jobStatus;
    context.setStatusCallback([status, canceled](pipeline::StatusFunction function, const QStringList &) -> Result<bool> {
        const bool good = status == RunResult::Succeeded || status == RunResult::SucceededWithIssues;
        switch (function) {
        case pipeline::StatusFunction::Always: return true;
        case pipeline::StatusFunction::Canceled: return canceled;
        case pipeline::StatusFunction::Failed: return !canceled && status == RunResult::Failed;
        case pipeline::StatusFunction::Succeeded: return !canceled && good;
        case pipeline::StatusFunction::SucceededOrFailed: return !canceled;
        }
        return false;
    });
    auto evaluated = pipeline::Expression::evaluate(conditionText, pipeline::ExpressionParseOptions::forCondition(), context);

    record.logPath = runs::LogStore::relativeLogPath(m_request.runId, record.id);
    std::unique_ptr<runs::LogWriter> writer;
    if (m_request.logStore) {
        Result<std::unique_ptr<runs::LogWriter>> opened = m_request.logStore->openWriter(m_request.runId, record.id);
        if (opened.ok())
            writer = std::move(opened.value());
    }
    StepLog stepLog(std::move(writer), masker, m_request.maxStepLogBytes);  // masks, batches, bounds
    m_stepLog = &stepLog;
    const auto forgetLog = qScopeGuard([this] { m_stepLog = nullptr; });
    auto log = [&](const QString &line) { stepLog.write(line); };
    auto error = [&](const QString &message) {
        log(QStringLiteral("##[error]") + message);
        record.issues.append(runs::Issue{runs::IssueType::Error, mask(message), {}, 0, 0, {}});
        ++record.errorCount;
    };

    if (!evaluated.ok()) {
        record.startedAt = QDateTime::currentDateTimeUtc();
        error(QStringLiteral("The condition '%1' of step '%2' is invalid: %3")
                  .arg(conditionText, record.displayName, evaluated.error().message));
        return finish(RunResult::Failed);
    }
    if (!evaluated->toBoolean()) {
        record.logPath.clear();
        stepLog.discard();
        return finish(canceled && !m_jobTimedOut ? RunResult::Canceled : RunResult::Skipped);
    }

    record.state = RunState::InProgress;
    record.startedAt = QDateTime::currentDateTimeUtc();
    if (m_request.runStore)
        (void)m_request.runStore->upsertTimelineRecord(record);
    log(QStringLiteral("##[section]Starting: ") + record.displayName);

    const RetryPolicy retry(step.retryCountOnTaskFailure, m_request.secondsPerMinute);
    if (retry.capped())
        log(QStringLiteral("##[warning]") + retry.cappedLine());
    RunResult result = RunResult::Succeeded;
    for (int attempt = 1;; ++attempt) {
        if (retry.retries() > 0)
            log(QStringLiteral("##[section]") + retry.attemptLine(attempt));
        result = runAttempt(step, record, log, error);
        const bool stopping = (m_request.cancel && m_request.cancel->load()) || m_jobTimedOut || m_cancelWindow.isOpen();
        if (!retry.shouldRetry(attempt, result, stopping))
            break;
        const QString message = retry.retryLine(attempt);
        log(QStringLiteral("##[warning]") + message);
        record.issues.append(runs::Issue{runs::IssueType::Warning, mask(message), {}, 0, 0, {}});
        ++record.warningCount;
        if (!RetryPolicy::wait(retry.delayBefore(attempt), m_request.cancel))
            break;  // canceled while waiting: the failed attempt's result stands
    }

    if (result == RunResult::Failed && step.continueOnError)
        result = RunResult::SucceededWithIssues;
    log(QStringLiteral("##[section]Finishing: ") + record.displayName);
    stepLog.close();
    if (const QString omitted = stepLog.omissionMessage(); !omitted.isEmpty()) {
        record.issues.append(runs::Issue{runs::IssueType::Warning, omitted, {}, 0, 0, {}});
        ++record.warningCount;
    }
    return finish(result);
}

RunResult JobRunner::runAttempt(const pipeline::PlanStep &step, runs::TimelineRecord &record,
                                const std::function<void(const QString &)> &log,
                                const std::function<void(const QString &)> &error)
{
    SecretMasker *masker = m_request.masker;
    auto mask = [masker](const QString &text) { return masker ? masker->mask(text) : text; };

    // Inputs with `$( )` macros expanded.
    BuiltinTask::Inputs inputs;
    for (const auto &pair : step.inputs)
        inputs.append({pair.first, MacroExpander::expand(pair.second, m_variables)});
    const QString task = BuiltinTask::canonicalName(step.task);
    const QString defaultDirectory = m_request.sourcesDirectory;
    RunResult result = RunResult::Succeeded;

    const QStringList missingInputs = TaskInputCheck::missingInputs(task, inputs);  // e.g. `$(x)` that expanded to nothing
    if (task.isEmpty()) {
        error(QStringLiteral("Unknown task '%1': the local agent runs only %2.")
                  .arg(step.task, BuiltinTask::supportedTasks().join(QStringLiteral(", "))));
        result = RunResult::Failed;
    } else if (!missingInputs.isEmpty()) {
        for (const QString &input : missingInputs)
            error(QStringLiteral("Input required: %1 (task %2)").arg(input, task));
        result = RunResult::Failed;
    } else if (!BuiltinTask::isScriptTask(task)) {
        Result<QStringList> lines = makeError(ErrorCode::Internal, QString());
        if (task == QLatin1String("Checkout@1")) {
            std::unique_lock<std::mutex> lock;
            if (m_request.checkoutMutex)
                lock = std::unique_lock<std::mutex>(*m_request.checkoutMutex);
            lines = BuiltinTask::checkout(inputs, m_request.repositoryDirectory, m_request.sourcesDirectory);
        } else if (task == QLatin1String("CopyFiles@2")) {
            lines = CopyFilesTask::run(inputs, defaultDirectory);
        } else if (task == QLatin1String("PublishTestResults@2")) {
            Result<PublishTestResultsOutcome> published =
                m_request.testResultStore
                    ? PublishTestResultsTask::run(inputs, *m_request.testResultStore, m_request.runId, defaultDirectory, mask)
                    : Result<PublishTestResultsOutcome>(makeError(ErrorCode::Unsupported,
                                                                  QStringLiteral("%1 needs the workspace's test result store").arg(task)));
            if (published.ok()) {
                for (runs::Issue issue : std::as_const(published->warnings)) {
                    issue.message = mask(issue.message);
                    record.issues.append(issue);
                }
                record.warningCount += int(published->warnings.size());
                lines = published->lines;
                if (!published->failure.isEmpty()) {  // log what was published, then fail the step
                    for (const QString &line : std::as_const(published->lines))
                        log(line);
                    lines = makeError(ErrorCode::Internal, published->failure);
                }
            } else {
                lines = published.error();
            }
        } else if (task == QLatin1String("PublishCodeCoverageResults@1")) {
            Result<CoverageTaskOutcome> published =
                m_request.coverageStore
                    ? CoverageTask::run(inputs, *m_request.coverageStore, m_request.artifactStore, m_request.runId,
                                        defaultDirectory, mask)
                    : Result<CoverageTaskOutcome>(makeError(ErrorCode::Unsupported,
                                                            QStringLiteral("%1 needs the workspace's coverage store").arg(task)));
            if (published.ok()) {
                for (runs::Issue issue : std::as_const(published->warnings)) {
                    issue.message = mask(issue.message);
                    record.issues.append(issue);
                    ++record.warningCount;
                }
                lines = published->lines;
                if (published->failure) {  // log what was done, then fail with the file:line:column issue
                    runs::Issue failure = *published->failure;
                    failure.message = mask(failure.message);
                    QStringList done = published->lines;
                    done.append(QStringLiteral("##[error]") + failure.message);
                    record.issues.append(failure);
                    ++record.errorCount;
                    lines = done;
                    result = RunResult::Failed;
                }
            } else {
                lines = published.error();
            }
        } else if (!m_request.artifactStore) {
            lines = makeError(ErrorCode::Unsupported, QStringLiteral("%1 needs the workspace's artifact store").arg(task));
        } else if (task == QLatin1String("PublishPipelineArtifact@1")) {
            lines = BuiltinTask::publishArtifact(inputs, *m_request.artifactStore, m_request.runId, defaultDirectory);
        } else {
            lines = BuiltinTask::downloadArtifact(inputs, *m_request.artifactStore, m_request.runId,
                                                  m_request.pipelineWorkspace, m_request.resolvePipelineResource);
        }
        if (lines.ok()) {
            for (const QString &line : *lines)
                log(line);
        } else {
            error(lines.error().message);
            result = RunResult::Failed;
        }
    } else {
        ScriptRequest script;
        const bool bash = task == QLatin1String("Bash@3");
        const bool powershell = task == QLatin1String("PowerShell@2");
        const QString shell = powershell ? QStringLiteral("PowerShell") : QStringLiteral("Bash");
        const QString targetType = BuiltinTask::input(inputs, {QStringLiteral("targetType")}, QStringLiteral("inline"));
        if (powershell) {
            Result<PowerShellScript> prepared = PowerShellTask::prepare(inputs, defaultDirectory);
            if (!prepared.ok()) {
                error(prepared.error().message);
                return RunResult::Failed;
            }
            script.script = prepared->contents;
            script.fileSuffix = QStringLiteral(".ps1");
            const bool separateScope = prepared->separateScope;
            script.arguments = [separateScope](const QString &path) { return PowerShellTask::arguments(path, separateScope); };
        } else if (bash && targetType.compare(QLatin1String("filePath"), Qt::CaseInsensitive) == 0) {
            const QString file = BuiltinTask::input(inputs, {QStringLiteral("filePath")});
            script.script = QStringLiteral("bash ") + shellQuote(QDir(defaultDirectory).filePath(file)) +
                            QLatin1Char(' ') + BuiltinTask::input(inputs, {QStringLiteral("arguments")});
        } else {
            script.script = BuiltinTask::input(inputs, {QStringLiteral("script")});
        }
        QString workingDirectory = BuiltinTask::input(inputs, {QStringLiteral("workingDirectory"), QStringLiteral("cwd")},
                                                      defaultDirectory);
        if (QDir::isRelativePath(workingDirectory))
            workingDirectory = QDir(defaultDirectory).filePath(workingDirectory);
        QDir().mkpath(workingDirectory);
        script.workingDirectory = workingDirectory;
        script.tempDirectory = m_request.tempDirectory;
        if (step.timeoutInMinutes > 0)
            script.timeout = std::chrono::milliseconds(qint64(step.timeoutInMinutes * m_request.secondsPerMinute * 1000.0));
        // The job's own timeout bounds every step; once the job is canceled or timed out, the
        // cancel window does instead (and the cancel flag no longer stops the step).
        const auto now = std::chrono::steady_clock::now();
        const bool winding = m_cancelWindow.isOpen();
        const auto jobLeft = std::max(std::chrono::milliseconds(1),
                                      winding ? m_cancelWindow.remaining(now)
                                              : std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline - now));
        const bool jobBound = script.timeout.count() == 0 || jobLeft < script.timeout;
        if (jobBound)
            script.timeout = jobLeft;
        script.killGrace = std::chrono::milliseconds(m_request.killGraceMs);

        EnvironmentBuilder::Input environment;
        environment.base = m_request.baseEnvironment;
        environment.variables = m_variables;
        environment.stepEnv = step.env;
        environment.prependedPaths = m_prependedPaths;
        EnvironmentBuilder::Output built = EnvironmentBuilder::build(environment);
        for (const QString &warning : std::as_const(built.warnings))
            log(QStringLiteral("##[warning]") + warning);
        script.environment = built.environment;
        if (powershell) {
            script.program = PowerShellTask::findExecutable(script.environment.value(QStringLiteral("PATH")));
            if (script.program.isEmpty()) {
                error(PowerShellTask::notInstalledMessage());
                return RunResult::Failed;
            }
        }
        const bool failOnStderr =
            BuiltinTask::input(inputs, {QStringLiteral("failOnStderr")}).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;

        StepCommandProcessor processor(step.name, m_variables, masker);
        if (powershell)
            log(QStringLiteral("##[command]%1 %2 (in %3)")
                    .arg(script.program, PowerShellTask::arguments(QStringLiteral("<script>.ps1"), false).join(QLatin1Char(' ')),
                         workingDirectory));
        else
            log(QStringLiteral("##[command]bash --noprofile --norc <script> (in %1)").arg(workingDirectory));
        // The step's output goes to its log in batches, flushed after each read.
        auto logOutput = [&](const QString &line) { m_stepLog ? m_stepLog->addOutput(line) : log(line); };
        script.masker = masker;
        script.afterRead = [this] {
            if (m_stepLog)
                m_stepLog->flush();
        };
        const ScriptResult ran = StepRunner::run(script, winding ? nullptr : m_request.cancel, [&](const QString &line, bool, bool whole) {
            if (!whole) {  // a piece of a line too long to hold: logged, never read as a logging command
                logOutput(line);
                return;
            }
            StepCommandProcessor::LineResult processed = processor.processLine(line);
            if (!processed.isCommand)
                logOutput(line);
            for (const QString &extra : std::as_const(processed.logLines))
                logOutput(extra);
        });

        const StepOutcome &outcome = processor.outcome();
        m_variables = processor.variables();
        for (const OutputVariable &output : outcome.outputs)
            m_result.outputs.insert(step.name + QLatin1Char('.') + output.name, output.value);
        m_prependedPaths.append(outcome.prependedPaths);
        for (const Issue &issue : outcome.issues) {
            record.issues.append(runs::Issue{issue.type == Issue::Type::Error ? runs::IssueType::Error : runs::IssueType::Warning,
                                             mask(issue.message), issue.sourcePath, issue.lineNumber, issue.columnNumber,
                                             issue.code});
        }
        record.errorCount += outcome.errorCount;
        record.warningCount += outcome.warningCount;

        // Uploads, build number and tags asked for by the step's logging commands.
        StepEffectsContext effectsContext;
        effectsContext.runId = m_request.runId;
        effectsContext.stepFolder = StepCommandEffects::stepFolder(
            m_variables.value(QStringLiteral("Agent.JobName")).value_or(m_request.job->name), record.order, record.name);
        effectsContext.workingDirectory = workingDirectory;
        effectsContext.tempDirectory = m_request.tempDirectory;
        effectsContext.runStore = m_request.runStore;
        effectsContext.artifactStore = m_request.artifactStore;
        if (masker)
            effectsContext.mask = mask;
        const StepEffects effects = StepCommandEffects::apply(outcome, effectsContext);
        for (const QString &line : effects.lines)
            log(line);
        record.issues.append(effects.errors);
        record.errorCount += int(effects.errors.size());
        if (effects.buildNumber)
            m_variables.set(QStringLiteral("Build.BuildNumber"), *effects.buildNumber, false, true);

        if (ran.startFailed) {
            error(ran.error);
            result = RunResult::Failed;
        } else if (ran.timedOut && jobBound && winding) {
            error(QStringLiteral("The job's cancel timeout of %1 minute(s) (cancelTimeoutInMinutes) ran out; the step was stopped.")
                      .arg(m_cancelWindow.minutes()));
            result = RunResult::Canceled;
        } else if (ran.timedOut && jobBound) {
            m_jobTimedOut = true;
            m_cancelWindow.open(std::chrono::steady_clock::now());
            error(QStringLiteral("The job has exceeded its maximum execution time of %1 minute(s).").arg(m_timeoutMinutes));
            result = RunResult::Failed;
        } else if (ran.timedOut) {
            error(QStringLiteral("The task has timed out after %1 minute(s).").arg(step.timeoutInMinutes));
            result = RunResult::Failed;
        } else if (ran.canceled) {
            m_cancelWindow.open(ran.cancelSeenAt);
            error(QStringLiteral("The operation was canceled."));
            result = RunResult::Canceled;
        } else if (ran.exitCode != 0) {
            if (ran.exitCode == 128 + SIGKILL)
                error(QStringLiteral("%1 was killed (exit code 137): out of memory or killed by a signal.").arg(shell));
            else
                error(QStringLiteral("%1 exited with code '%2'.").arg(shell).arg(ran.exitCode));
            result = RunResult::Failed;
        } else if (failOnStderr && ran.wroteStderr) {
            error(QStringLiteral("%1 wrote one or more lines to the standard error stream.").arg(shell));
            result = RunResult::Failed;
        }
        if (effects.failed && result != RunResult::Canceled)
            result = RunResult::Failed;
        if (outcome.requestedResult && result != RunResult::Canceled) {
            if (*outcome.requestedResult == TaskResult::Failed)
                result = RunResult::Failed;
            else if (*outcome.requestedResult == TaskResult::SucceededWithIssues && result == RunResult::Succeeded)
                result = RunResult::SucceededWithIssues;
        }
    }
    return result;
}

}  // namespace mlops::agent
