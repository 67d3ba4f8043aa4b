#pragma once
// JobRunner: runs the steps of one job in order (LANGUAGE.md §11, §13, §15, §17):
//  - each step's condition is evaluated just before it (default succeeded(), against the
//    job status so far and the run's cancel flag); a false condition makes it Skipped;
//  - `$( )` macros in its inputs are expanded against the job's variables (MacroExpander),
//    its environment built by EnvironmentBuilder (non-secret variables, `env:` entries);
//  - CmdLine@2/Bash@3 run through StepRunner in the job's working directory; output lines
//    go through StepCommandProcessor (setvariable, logissue, complete, …) and the
//    SecretMasker into the step's log (LogStore); other known tasks run as BuiltinTask;
//    an unknown task fails its step with a message listing the supported ones;
//  - the step result comes from the exit code, task.complete, timeoutInMinutes and
//    continueOnError (Failed → SucceededWithIssues);
//  - the job's timeoutInMinutes (0 = the default 60) kills the running step; the job
//    fails and later steps run only when their condition holds on a canceled job (always()).
//  - PowerShell@2 (`pwsh:`/`powershell:`) runs through pwsh (PowerShellTask) when it is on
//    the step's PATH, else the step fails saying how to install it;
//    PublishCodeCoverageResults@1 is CoverageTask;
//  - retryCountOnTaskFailure: a Failed attempt runs again (RetryPolicy), each attempt
//    announced in the step's log; the step's result is the last attempt's;
//  - after a cancel (or the job's timeout) the steps whose condition still holds run
//    inside the job's cancelTimeoutInMinutes (CancelWindow, default 5): a step still
//    running when it closes is killed and the remaining steps do not start (Canceled);
//  - what the logging commands asked of the run (uploads, build number, tags) is carried
//    out after each attempt (StepCommandEffects); a new build number becomes
//    Build.BuildNumber for the later steps (a job reads the run's current number at start).
//  - a step's log goes through StepLog (masked, control characters made visible, output
//    written in batches, capped at maxStepLogBytes with a note and a warning issue; a
//    write error such as a full disk is a warning issue); a task whose required input is
//    empty after macro expansion fails its step ("Input required: X", TaskInputCheck).
// Every step has a timeline record (created pending at job start, then inProgress and
// completed with result, times, issue counts and its log) under the job's record.
//
// Threads: run() blocks; call it on a worker thread. The request's pointers are not owned
// and must outlive run(); the masker and the stores are thread-safe, the cancel flag is
// read from this thread and set from any.

#include "core/agent/cancelwindow.h"
#include "core/agent/secretmasker.h"
#include "core/agent/variablemap.h"
#include "core/pipeline/plan/plan.h"
#include "core/runs/runtypes.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>

namespace mlops::runs {
class ArtifactStore;
class LogStore;
class RunStore;
class TestResultStore;
class CoverageStore;
}  // namespace mlops::runs

namespace mlops::agent {

class StepLog;

struct JobRunRequest {
    qint64 runId = 0;
    QString jobRecordId;                 // the job's timeline record (parent of the steps)
    const pipeline::PlanJob *job = nullptr;
    VariableMap variables;               // the job's variables: predefined, pipeline, stage, job, groups
    QString repositoryDirectory;         // `checkout: self` source
    QString sourcesDirectory;            // Build.SourcesDirectory
    QString pipelineWorkspace;           // Pipeline.Workspace
    QString tempDirectory;               // Agent.TempDirectory (exists)
    QMap<QString, QString> baseEnvironment;  // the agent's environment (PATH already extended)
    double secondsPerMinute = 60.0;      // test hook: scales timeoutInMinutes
    int killGraceMs = 5000;              // SIGTERM → SIGKILL grace on timeout/cancel
    std::function<QString(const QString &alias)> resolvePipelineResource;

    SecretMasker *masker = nullptr;
    const std::atomic<bool> *cancel = nullptr;
    runs::RunStore *runStore = nullptr;
    const runs::LogStore *logStore = nullptr;
    const runs::ArtifactStore *artifactStore = nullptr;  // nullptr: artifact tasks fail
    runs::TestResultStore *testResultStore = nullptr;    // nullptr: PublishTestResults@2 fails
    runs::CoverageStore *coverageStore = nullptr;        // nullptr: PublishCodeCoverageResults@1 fails
    std::mutex *checkoutMutex = nullptr;                 // serialises checkouts into one folder
    qint64 maxStepLogBytes = 0;                          // a step log's size limit; 0 = StepLog's default
    // A deployment hook (DeploymentJobRunner): its step records are named "<prefix>.<name>",
    // displayed "[<prefix>] <display name>" and ordered from stepOrderBase + 1. Empty = none.
    QString stepRecordPrefix;
    int stepOrderBase = 0;
};

struct JobRunResult {
    runs::RunResult result = runs::RunResult::Succeeded;
    QMap<QString, QString> outputs;  // "<step>.<variable>" → value (already masked if secret? no: raw)
    int errorCount = 0;
    int warningCount = 0;
};

class JobRunner {
public:
    explicit JobRunner(JobRunRequest request);
    JobRunResult run();

    // "Succeeded", "SucceededWithIssues", … as Azure's expressions spell results.
    static QString resultName(runs::RunResult result);

private:
    struct StepState;
    runs::RunResult runStep(const pipeline::PlanStep &step, StepState &state);
    // One attempt of a started step; `log` and `error` write to its log (error also adds an issue).
    runs::RunResult runAttempt(const pipeline::PlanStep &step, runs::TimelineRecord &record,
                               const std::function<void(const QString &)> &log,
                               const std::function<void(const QString &)> &error);

    JobRunRequest m_request;
    VariableMap m_variables;
    QStringList m_prependedPaths;
    runs::RunResult m_jobStatus = runs::RunResult::Succeeded;
    std::chrono::steady_clock::time_point m_deadline;  // the job's timeoutInMinutes (default 60)
    int m_timeoutMinutes = 60;
    bool m_jobTimedOut = false;
    CancelWindow m_cancelWindow;  // the job's cancelTimeoutInMinutes, open once canceled or timed out
    JobRunResult m_result;
    StepLog *m_stepLog = nullptr;  // the log of the step being run (runStep), for its output
};

}  // namespace mlops::agent
