#pragma once
// CoverageTask: the built-in PublishCodeCoverageResults@1 task
// (tasks/PublishCodeCoverageResultsV1.task.json), for Cobertura summaries.
// Inputs:
//  - codeCoverageTool (required, default JaCoCo): only Cobertura is read locally; any other
//    tool fails the step naming it;
//  - summaryFileLocation (required): a path or a minimatch pattern (relative → under
//    System.DefaultWorkingDirectory); the first matching file (sorted) is read, a warning
//    names the others;
//  - reportDirectory, additionalCodeCoverageFiles (pattern): published with the summary
//    as the artifact "Code Coverage Report_<run id>": the summary file at its root, the
//    report folder under report/, the additional files under additional/;
//  - failIfCoverageEmpty (default false): no summary file, or one with nothing to cover,
//    fails the step instead of a warning;
//  - pathToSources only feeds Azure's HTML report generation, which the local agent does
//    not do; it is accepted and not used.
// The summary (CoberturaReader) is stored per run in the CoverageStore. A summary that is
// not valid XML fails the step with an error naming file:line:column.
// Names and paths pass through `mask` before they are stored.
// Failure (Result error): a missing required input, an unsupported tool, a store or
// artifact failure. Threads: any; the stores are thread-safe and not owned.

#include "core/common/result.h"
#include "core/runs/runtypes.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mlops::runs {
class ArtifactStore;
class CoverageStore;
}  // namespace mlops::runs

namespace mlops::agent {

struct CoverageTaskOutcome {
    QStringList lines;                   // to log
    QList<runs::Issue> warnings;         // already logged in `lines` as ##[warning]
    std::optional<runs::Issue> failure;  // set: the step fails with this error (not in `lines`)
};

class CoverageTask {
public:
    using Inputs = QList<QPair<QString, QString>>;

    static QString artifactName(qint64 runId);

    // `artifacts` may be nullptr: then nothing is published as an artifact.
    static Result<CoverageTaskOutcome> run(const Inputs &inputs, runs::CoverageStore &store,
                                           const runs::ArtifactStore *artifacts, qint64 runId,
                                           const QString &defaultDirectory,
                                           const std::function<QString(const QString &)> &mask);

    // The files a path or minimatch pattern names (relative → under defaultDirectory),
    // absolute and sorted. A pattern is matched below its longest folder without wildcards.
    static QStringList findFiles(const QString &pattern, const QString &defaultDirectory);
};

}  // namespace mlops::agent
