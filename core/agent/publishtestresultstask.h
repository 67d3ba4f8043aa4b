#pragma once
// PublishTestResultsTask: the built-in PublishTestResults@2 task (JUnit only).
// Inputs: testResultsFormat|testRunner (JUnit; any other format fails the step),
// testResultsFiles (minimatch patterns a line, as CopyFiles@2, default `**/TEST-*.xml`),
// searchFolder (default: the defaultDirectory argument, System.DefaultWorkingDirectory),
// testRunTitle, mergeTestResults (one test run for all files instead of one per file),
// failTaskOnFailedTests (default false).
// Each file is read with QXmlStreamReader: <testsuites>/<testsuite> (nested suites too),
// <testcase name classname time> (seconds → ms; classname falls back to the suite name),
// a <failure> or <error> child → Failed, <skipped> → Skipped; message = its `message`
// attribute (else `type`), stack = its text.
// A malformed file gives a warning (file, line, column) and is skipped; no matching file
// gives the warning "No test result files matching … were found.". Both leave the step
// succeeded. Messages and stacks pass through `mask` before they are stored.
// Failure: an error naming the unsupported format or a store failure.
// Threads: any; the store is thread-safe and not owned.

#include "core/common/result.h"
#include "core/runs/runtypes.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace mlops::runs {
class TestResultStore;
}

namespace mlops::agent {

struct PublishTestResultsOutcome {
    QStringList lines;              // to log
    QList<runs::Issue> warnings;    // malformed files, no files
    QString failure;                // non-empty: the step fails (failTaskOnFailedTests)
};

struct JUnitParseResult {
    QList<runs::TestCaseResult> cases;
    QString error;  // empty when the file was read
    int line = 0;    // 1-based position of the error
    int column = 0;  // 1-based
};

class PublishTestResultsTask {
public:
    using Inputs = QList<QPair<QString, QString>>;

    static JUnitParseResult parseJUnit(const QByteArray &xml);

    static Result<PublishTestResultsOutcome> run(const Inputs &inputs, runs::TestResultStore &store, qint64 runId,
                                                 const QString &defaultDirectory,
                                                 const std::function<QString(const QString &)> &mask);
};

}  // namespace mlops::agent
