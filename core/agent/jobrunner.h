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
// Every step has a timeline record (created pending at job start, then inProgress and
// completed with result, times, issue counts and its log) under the job's record.
//
// Threads: run() blocks; call it on a worker thread. The request's pointers are not owned
// and must outlive run(); the masker and the stores are thread-safe, the cancel flag is
// read from this thread and set from any.

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
}  // namespace mlops::runs

namespace mlops::agent {

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
    std::mutex *checkoutMutex = nullptr;                 // serialises checkouts into one folder
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

    JobRunRequest m_request;
    VariableMap m_variables;
    QStringList m_prependedPaths;
    runs::RunResult m_jobStatus = runs::RunResult::Succeeded;
    std::chrono::steady_clock::time_point m_deadline;  // the job's timeoutInMinutes (default 60)
    int m_timeoutMinutes = 60;
    bool m_jobTimedOut = false;
    JobRunResult m_result;
};

}  // namespace mlops::agent
