#pragma once
// TestResultStore: the test results published by runs (PublishTestResults): one test
// run per published result file, with its cases, and counts per test run and per run.
//
// Each addTestRun() is one transaction (all cases or none). Messages and stacks must
// already be secret-masked by the agent. Failure: NotFound for an unknown run or test
// run, InvalidInput for a test run without a name, Internal for database errors.
// Thread safety: any thread; the Workspace must outlive the store.

#include "core/common/result.h"
#include "runtypes.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace mlops::store {
class Workspace;
}

namespace mlops::runs {

class TestResultStore {
public:
    explicit TestResultStore(std::shared_ptr<store::Workspace> workspace);

    // Stores one test run (e.g. one JUnit file) with its cases; returns its id.
    Result<qint64> addTestRun(qint64 runId, const QString &name, const QList<TestCaseResult> &cases);
    // The test runs of a run with their counts, in the order they were added.
    Result<QList<TestRunSummary>> testRuns(qint64 runId) const;
    // Totals over all test runs of a run (id 0, name empty).
    Result<TestRunSummary> testSummary(qint64 runId) const;
    // The cases of one test run, optionally only those with `outcome`, in stored order.
    Result<QList<TestCaseResult>> testResults(qint64 testRunId, std::optional<TestOutcome> outcome = {}) const;

private:
    std::shared_ptr<store::Workspace> m_workspace;
};

}  // namespace mlops::runs
