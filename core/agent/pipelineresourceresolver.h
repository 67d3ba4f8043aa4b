#pragma once
// PipelineResourceResolver: fixes the version of each `resources.pipelines` entry of a
// run when its agent starts (Azure fixes it when the run is queued), so that every step
// of the run sees the same run of the resource:
//  - the run named by the run's variable `resources.pipeline.<alias>.runID` — set by
//    PipelineTrigger on a run it queued, or by the user (`--var`), as LANGUAGE.md §16
//    allows locally; that run must exist, be a run of the resource's `source` and be
//    completed, else resolve() fails naming the variable;
//  - otherwise the newest succeeded run of `source`; none yet = the resource stays
//    unresolved (its variables are not set; a download of it fails when it runs).
// For each resolved resource it gives the predefined variables of LANGUAGE.md §16
// (`resources.pipeline.<alias>.runID`, `.runName`, `.pipelineID`, `.pipelineName`,
// `.projectID`, `.projectName`, `.sourceBranch`, `.sourceCommit`, `.requestedFor`; not
// runURI, sourceProvider, requestedForID: the local store has no such values), and a
// copy of the Plan whose DownloadPipelineArtifact@2 steps of that resource take its run:
//  - `download: <alias>` (source specific, pipeline <alias>, no runVersion) → that run;
//  - runVersion latest with preferTriggeringPipeline true → the triggering run, when the
//    run was triggered through that alias (Resources.TriggeringAlias); else unchanged;
//  - runVersion specific (a runId given) → unchanged.
// A pinned step gets the inputs runVersion specific and runId N (BuiltinTask reads them).
//
// Failure: resolve() returns NotFound/InvalidInput for a bad pinned run (message names
// the variable and the run), or the store's errors. Threads: any; the Workspace must
// outlive the resolver.

#include "core/common/result.h"
#include "core/pipeline/plan/plan.h"
#include "core/runs/runtypes.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace mlops::store {
class Workspace;
}

namespace mlops::agent {

struct ResolvedPipelineResource {
    QString alias;
    QString source;
    std::optional<runs::Run> run;  // nullopt: the source has no succeeded run yet
    bool pinned = false;           // the run came from resources.pipeline.<alias>.runID
};

struct ResolvedResources {
    QList<ResolvedPipelineResource> resources;  // in the Plan's order
    QMap<QString, QString> variables;           // the predefined variables of the resolved ones
    pipeline::Plan plan;                        // the Plan with the downloads pinned
    QStringList notes;                          // one line per resource, for the agent's log
};

class PipelineResourceResolver {
public:
    // Variables that mark a run queued by a pipeline completion trigger (Azure's names).
    static constexpr const char *kTriggeringAlias = "Resources.TriggeringAlias";
    static constexpr const char *kTriggeringCategory = "Resources.TriggeringCategory";

    explicit PipelineResourceResolver(std::shared_ptr<store::Workspace> workspace);

    Result<ResolvedResources> resolve(const runs::Run &run, const pipeline::Plan &plan) const;

    // "resources.pipeline.<alias>.<property>".
    static QString variableName(const QString &alias, const QString &property);
    // The predefined variables of resource `alias` resolved to `resourceRun`.
    QMap<QString, QString> resourceVariables(const QString &alias, const runs::Run &resourceRun) const;
    // The branch ("refs/heads/…") and commit a run built: those recorded with it, else what
    // git says of its sources folder (<workspace>/runs/<id>/s), else of its pipeline's
    // repository folder now; empty strings when none of them is a git work tree.
    QPair<QString, QString> sourceOf(const runs::Run &run) const;
    // The value of variable `name` among `variables` (names compare case-insensitively).
    static std::optional<QString> variableValue(const QJsonObject &variables, const QString &name);

    // `plan` with the download steps of the resolved resources pinned (rules above).
    static pipeline::Plan pinDownloads(const pipeline::Plan &plan, const QList<ResolvedPipelineResource> &resources,
                                       const QString &triggeringAlias);

private:
    std::shared_ptr<store::Workspace> m_workspace;
};

}  // namespace mlops::agent
