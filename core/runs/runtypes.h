#pragma once
// Plain data of core/runs: runs, timeline records, issues, test results, artifacts,
// and the Azure Pipelines vocabulary for states and results (the strings are the ones
// of the Azure DevOps REST API: "inProgress", "succeededWithIssues", …).
//
// Every value handed to the stores (parameters, variables, display names, issue
// messages, test messages, log lines) must already be secret-masked by the agent:
// the stores write what they are given.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlops::runs {

enum class RunState { Pending, InProgress, Completed };
enum class RunResult { Succeeded, SucceededWithIssues, Failed, Canceled, Skipped, Abandoned };
enum class RecordType { Stage, Job, Step };
enum class TestOutcome { Passed, Failed, Skipped };
enum class IssueType { Error, Warning };

// Azure's REST spelling ("pending", "inProgress", "completed", "succeeded", …).
QString wireName(RunState state);
QString wireName(RunResult result);
QString wireName(RecordType type);
QString wireName(TestOutcome outcome);
QString wireName(IssueType type);
// Case-insensitive parse; nullopt for an unknown word.
std::optional<RunState> runStateFromString(const QString &text);
std::optional<RunResult> runResultFromString(const QString &text);
std::optional<RecordType> recordTypeFromString(const QString &text);
std::optional<TestOutcome> testOutcomeFromString(const QString &text);
std::optional<IssueType> issueTypeFromString(const QString &text);

struct Issue {
    IssueType type = IssueType::Error;
    QString message;
    QString file;   // empty when the issue has no source position
    int line = 0;   // 1-based; 0 = none
    int column = 0;
    QString code;   // `##vso[task.logissue code=…]`; empty when none

    bool operator==(const Issue &) const = default;
};

// How a run was queued beyond its parameters and variables: what queuing it again needs
// (the YAML file and the repository folders of a run of an unregistered file) and the run
// it re-runs. RunStore keeps it with the run (RunLaunchCodec); empty for older runs.
struct RunLaunch {
    QString pipelineFile;                 // absolute; empty for a registered pipeline
    QMap<QString, QString> repositories;  // alias → folder (`--repository`)
    qint64 rerunOf = 0;                   // the run this one re-runs; 0 = none
    bool failedJobsOnly = false;          // with rerunOf: only its failed jobs run again
    QStringList stagesToSkip;             // stages (and their jobs) recorded as skipped, not run

    bool isEmpty() const
    {
        return pipelineFile.isEmpty() && repositories.isEmpty() && rerunOf == 0 && stagesToSkip.isEmpty();
    }
    bool operator==(const RunLaunch &) const = default;
};

// What the agent knows when it queues a run.
struct NewRun {
    std::optional<qint64> pipelineId;  // the registered pipeline, if any
    QString pipelineName;              // required
    QString number;                    // the `name:` format result; may be updated later
    QJsonObject parameters;            // runtime parameters as given
    QJsonObject variables;             // variable overrides queued with the run
    QString reason = QStringLiteral("manual");  // "manual", "individualCI", "schedule", …
    QString requestedBy;
    QString sourceBranch;
    QString sourceVersion;
    QStringList tags;
    RunLaunch launch;
};

struct Run {
    qint64 id = 0;
    std::optional<qint64> pipelineId;
    QString pipelineName;
    QString number;
    QJsonObject parameters;
    QJsonObject variables;
    QString reason;
    QString requestedBy;
    QString sourceBranch;
    QString sourceVersion;
    QDateTime queuedAt;      // UTC
    QDateTime startedAt;     // invalid until the run starts
    QDateTime finishedAt;    // invalid until it completes
    RunState state = RunState::Pending;
    std::optional<RunResult> result;  // set when completed
    QString resultMessage;            // why the run ended that way (e.g. abandoned by its agent)
    std::optional<qint64> agentPid;
    std::optional<quint64> agentStartTicks;  // /proc/<pid>/stat start time of the agent
    QStringList tags;                        // sorted
    RunLaunch launch;
};

struct TimelineRecord {
    QString id;                 // unique across the workspace (a UUID, as Azure's)
    qint64 runId = 0;
    QString parentId;           // empty for top-level records
    RecordType type = RecordType::Step;
    QString name;               // identifier
    QString displayName;
    int order = 0;              // position among its siblings
    RunState state = RunState::Pending;
    std::optional<RunResult> result;
    QDateTime startedAt;
    QDateTime finishedAt;
    int errorCount = 0;
    int warningCount = 0;
    QList<Issue> issues;
    std::optional<qint64> logId;
    QString logPath;            // relative to the workspace folder; empty = no log
    int attempt = 1;
};

struct RunDetails {
    Run run;
    QList<TimelineRecord> timeline;  // ordered by (order, id) as stored
};

struct TestCaseResult {
    QString name;
    QString className;
    TestOutcome outcome = TestOutcome::Passed;
    qint64 durationMs = 0;
    QString message;
    QString stack;

    bool operator==(const TestCaseResult &) const = default;
};

struct TestRunSummary {
    qint64 id = 0;        // test run id (0 in an aggregate over several test runs)
    qint64 runId = 0;
    QString name;
    QDateTime createdAt;
    int total = 0;
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    qint64 durationMs = 0;
};

struct ArtifactFile {
    QString path;       // relative, '/'-separated
    qint64 size = 0;
    QString sha256;     // lower-case hex

    bool operator==(const ArtifactFile &) const = default;
};

struct Artifact {
    qint64 id = 0;
    qint64 runId = 0;
    QString name;
    qint64 totalSize = 0;
    QDateTime createdAt;
    QList<ArtifactFile> files;  // sorted by path
};

// Code coverage (PublishCodeCoverageResults@1): line and branch counts of a report, a
// package or a class.
struct CoverageCounts {
    qint64 linesCovered = 0;
    qint64 linesValid = 0;
    qint64 branchesCovered = 0;
    qint64 branchesValid = 0;

    // covered / valid; nullopt when there is nothing to cover.
    std::optional<double> lineRate() const;
    std::optional<double> branchRate() const;
    CoverageCounts &operator+=(const CoverageCounts &other);
    bool operator==(const CoverageCounts &) const = default;
};

struct CoverageEntry {
    QString package;
    QString className;  // empty: the package's own row (the sum of its classes)
    QString fileName;   // the class's source file, as the report names it
    CoverageCounts counts;

    bool operator==(const CoverageEntry &) const = default;
};

struct CoverageReport {
    qint64 id = 0;
    qint64 runId = 0;
    QString tool;          // "Cobertura"
    QString summaryFile;   // the file the agent read
    double lineRate = 0;   // 0..1 as the report states it (line-rate), else from the counts
    double branchRate = 0;
    CoverageCounts counts;
    QDateTime createdAt;
    QList<CoverageEntry> entries;  // each package row followed by its class rows
};

// What a run published: the totals over its reports (counts summed, rates from the
// sums; when a report has no counts, its stated rates) and the reports themselves.
struct CoverageSummary {
    CoverageCounts counts;
    double lineRate = 0;
    double branchRate = 0;
    QList<CoverageReport> reports;  // in the order they were published
};

}  // namespace mlops::runs
