#include "core/agent/publishtestresultstask.h"

#include "core/agent/builtintask.h"
#include "core/agent/copyfilestask.h"
#include "core/runs/testresultstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <cmath>

namespace mlops::agent {

namespace {

bool isTrue(const QString &value)
{
    return value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

qint64 secondsToMs(QStringView text)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    return ok && seconds > 0 ? qint64(std::llround(seconds * 1000.0)) : 0;
}

// Reads one <testcase>; the reader is on its start element.
runs::TestCaseResult readTestCase(QXmlStreamReader &reader, const QString &suiteName)
{
    runs::TestCaseResult result;
    const QXmlStreamAttributes attributes = reader.attributes();
    result.name = attributes.value(QLatin1String("name")).toString();
    result.className = attributes.value(QLatin1String("classname")).toString();
    if (result.className.isEmpty())
        result.className = suiteName;
    result.durationMs = secondsToMs(attributes.value(QLatin1String("time")));
    while (reader.readNextStartElement()) {
        const QStringView element = reader.name();
        const bool failure = element == QLatin1String("failure") || element == QLatin1String("error");
        const bool skipped = element == QLatin1String("skipped");
        if (!failure && !skipped) {
            reader.skipCurrentElement();
            continue;
        }
        // A failure wins over a skip when a case has both.
        if (failure || result.outcome != runs::TestOutcome::Failed) {
            result.outcome = failure ? runs::TestOutcome::Failed : runs::TestOutcome::Skipped;
            const QXmlStreamAttributes childAttributes = reader.attributes();
            result.message = childAttributes.value(QLatin1String("message")).toString();
            if (result.message.isEmpty())
                result.message = childAttributes.value(QLatin1String("type")).toString();
            result.stack = reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        } else {
            reader.skipCurrentElement();
        }
    }
    return result;
}

// Reads a <testsuite> or <testsuites>; the reader is on its start element.
void readSuite(QXmlStreamReader &reader, QList<runs::TestCaseResult> &cases)
{
    const QString suiteName = reader.attributes().value(QLatin1String("name")).toString();
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("testcase"))
            cases.append(readTestCase(reader, suiteName));
        else if (reader.name() == QLatin1String("testsuite") || reader.name() == QLatin1String("testsuites"))
            readSuite(reader, cases);
        else
            reader.skipCurrentElement();
    }
}

}  // namespace

JUnitParseResult PublishTestResultsTask::parseJUnit(const QByteArray &xml)
{
    JUnitParseResult parsed;
    QXmlStreamReader reader(xml);
    if (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("testsuites") || reader.name() == QLatin1String("testsuite")) {
            readSuite(reader, parsed.cases);
            // Read to the end so trailing garbage is reported too.
            while (!reader.atEnd() && !reader.hasError())
                reader.readNext();
        } else {
            reader.raiseError(QStringLiteral("the root element <%1> is not <testsuites> or <testsuite>")
                                  .arg(reader.name().toString()));
        }
    }
    if (!reader.hasError() && parsed.cases.isEmpty() && reader.tokenType() == QXmlStreamReader::Invalid)
        reader.raiseError(QStringLiteral("the file is empty"));
    if (reader.hasError()) {
        parsed.cases.clear();
        parsed.error = reader.errorString();
        parsed.line = int(reader.lineNumber());
        parsed.column = int(reader.columnNumber()) + 1;  // QXmlStreamReader counts columns from 0
    }
    return parsed;
}

Result<PublishTestResultsOutcome> PublishTestResultsTask::run(const Inputs &inputs, runs::TestResultStore &store,
                                                              qint64 runId, const QString &defaultDirectory,
                                                              const std::function<QString(const QString &)> &mask)
{
    auto masked = [&mask](const QString &text) { return mask ? mask(text) : text; };
    const QString format = BuiltinTask::input(inputs, {QStringLiteral("testResultsFormat"), QStringLiteral("testRunner")},
                                              QStringLiteral("JUnit"))
                               .trimmed();
    if (format.compare(QLatin1String("JUnit"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("PublishTestResults@2: the test results format '%1' is not supported locally "
                                        "(only JUnit)")
                             .arg(format));
    const QString patternText = BuiltinTask::input(inputs, {QStringLiteral("testResultsFiles")},
                                                   QStringLiteral("**/TEST-*.xml"));
    QString searchFolder = BuiltinTask::input(inputs, {QStringLiteral("searchFolder")}, defaultDirectory);
    if (QDir::isRelativePath(searchFolder))
        searchFolder = QDir(defaultDirectory).filePath(searchFolder);
    searchFolder = QDir::cleanPath(searchFolder);
    const QString title = BuiltinTask::input(inputs, {QStringLiteral("testRunTitle")}).trimmed();
    const bool merge = isTrue(BuiltinTask::input(inputs, {QStringLiteral("mergeTestResults")}));
    const bool failOnFailed = isTrue(BuiltinTask::input(inputs, {QStringLiteral("failTaskOnFailedTests")}));

    PublishTestResultsOutcome outcome;
    QStringList patterns = patternText.split(QLatin1Char('\n'));
    const QStringList files = QFileInfo(searchFolder).isDir() ? CopyFilesTask::selectFiles(searchFolder, patterns)
                                                              : QStringList();
    if (files.isEmpty()) {
        QStringList shown;
        for (const QString &pattern : std::as_const(patterns)) {
            if (!pattern.trimmed().isEmpty())
                shown.append(pattern.trimmed());
        }
        const QString message = QStringLiteral("No test result files matching %1 were found.")
                                    .arg(shown.join(QStringLiteral(", ")));
        outcome.lines.append(QStringLiteral("##[warning]") + message);
        outcome.warnings.append(runs::Issue{runs::IssueType::Warning, message, {}, 0, 0, {}});
        return outcome;
    }

    QList<QPair<QString, QList<runs::TestCaseResult>>> testRuns;  // (name, cases)
    for (const QString &relative : files) {
        const QString path = QDir(searchFolder).filePath(relative);
        QFile file(path);
        JUnitParseResult parsed;
        if (!file.open(QIODevice::ReadOnly))
            parsed.error = QStringLiteral("cannot open the file: %1").arg(file.errorString());
        else
            parsed = parseJUnit(file.readAll());
        if (!parsed.error.isEmpty()) {
            const QString message = QStringLiteral("%1:%2:%3: cannot read the JUnit results (%4); the file is skipped.")
                                        .arg(path)
                                        .arg(parsed.line)
                                        .arg(parsed.column)
                                        .arg(parsed.error);
            outcome.lines.append(QStringLiteral("##[warning]") + message);
            outcome.warnings.append(
                runs::Issue{runs::IssueType::Warning, message, path, parsed.line, parsed.column, {}});
            continue;
        }
        for (runs::TestCaseResult &testCase : parsed.cases) {
            testCase.message = masked(testCase.message);
            testCase.stack = masked(testCase.stack);
        }
        outcome.lines.append(QStringLiteral("Read %1 test case(s) from %2").arg(parsed.cases.size()).arg(path));
        if (merge && !testRuns.isEmpty())
            testRuns.first().second.append(parsed.cases);
        else
            testRuns.append({QFileInfo(path).fileName(), parsed.cases});
    }

    int failed = 0;
    for (qsizetype i = 0; i < testRuns.size(); ++i) {
        QString name = title.isEmpty() ? testRuns.at(i).first : title;
        if (merge && title.isEmpty())
            name = QStringLiteral("JUnit test results");
        else if (!title.isEmpty() && testRuns.size() > 1)
            name = QStringLiteral("%1_%2").arg(title).arg(i + 1);
        const QList<runs::TestCaseResult> &cases = testRuns.at(i).second;
        Result<qint64> added = store.addTestRun(runId, name, cases);
        if (!added.ok())
            return added.error();
        int passed = 0, runFailed = 0, skipped = 0;
        for (const runs::TestCaseResult &testCase : cases) {
            if (testCase.outcome == runs::TestOutcome::Passed)
                ++passed;
            else if (testCase.outcome == runs::TestOutcome::Failed)
                ++runFailed;
            else
                ++skipped;
        }
        failed += runFailed;
        outcome.lines.append(QStringLiteral("Published test run '%1': %2 passed, %3 failed, %4 skipped")
                                 .arg(name)
                                 .arg(passed)
                                 .arg(runFailed)
                                 .arg(skipped));
    }
    if (failOnFailed && failed > 0)
        outcome.failure = QStringLiteral("PublishTestResults@2: %1 test(s) failed and failTaskOnFailedTests is true.")
                              .arg(failed);
    return outcome;
}

}  // namespace mlops::agent
