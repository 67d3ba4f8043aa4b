#pragma once
// CoverageStore: the code coverage published by runs (PublishCodeCoverageResults@1): one
// report per summary file, with its totals and its per-package and per-class counts
// (tables coverage_reports and coverage_entries, schema step 6).
//
// addReport() is one transaction (the report and all its entries, or nothing).
// Failure: NotFound for an unknown run, InvalidInput for a report without a tool or
// summary file or with negative counts, Internal for database errors.
// Thread safety: any thread; the Workspace is shared and must outlive the store.

#include "core/common/result.h"
#include "runtypes.h"

#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace mlops::store {
class Workspace;
}

namespace mlops::runs {

class CoverageStore {
public:
    explicit CoverageStore(std::shared_ptr<store::Workspace> workspace);

    // Stores `report` (its id, run id and creation time are ignored) for run `runId`;
    // returns the new report's id.
    Result<qint64> addReport(qint64 runId, const CoverageReport &report);
    // The reports of a run in the order they were added; `withEntries` false leaves
    // their entries empty (the list and summary views need only the totals).
    Result<QList<CoverageReport>> reports(qint64 runId, bool withEntries = true) const;
    // The totals of a run over all its reports; nullopt when it published none.
    Result<std::optional<CoverageSummary>> summary(qint64 runId, bool withEntries = false) const;

    // The JSON of `mlops run show -o json` ("coverage"): lineRate, branchRate (0..1),
    // linesCovered, linesValid, branchesCovered, branchesValid and reports[] with tool,
    // summaryFile, the same figures and (when read) packages[] with their classes[]
    // (name, fileName, counts; their rates are null when they have nothing to cover).
    static QJsonObject toJson(const CoverageSummary &summary);

private:
    std::shared_ptr<store::Workspace> m_workspace;
};

}  // namespace mlops::runs
