#include "core/agent/coveragetask.h"

#include "core/agent/builtintask.h"
#include "core/agent/coberturareader.h"
#include "core/agent/copyfilestask.h"
#include "core/runs/artifactstore.h"
#include "core/runs/coveragestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mlops::agent {

namespace {

bool isTrue(const QString &value) { return value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0; }

bool hasWildcard(const QString &segment)
{
    return segment.contains(QLatin1Char('*')) || segment.contains(QLatin1Char('?')) ||
           segment.contains(QLatin1Char('[')) || segment.contains(QLatin1Char('{'));
}

QString absolute(const QString &path, const QString &defaultDirectory)
{
    return QDir::cleanPath(QDir::isRelativePath(path) ? QDir(defaultDirectory).filePath(path) : path);
}

QString percent(std::optional<double> rate, double fallback)
{
    return QString::number(rate.value_or(fallback) * 100.0, 'f', 1) + QLatin1Char('%');
}

}  // namespace

QString CoverageTask::artifactName(qint64 runId) { return QStringLiteral("Code Coverage Report_%1").arg(runId); }

QStringList CoverageTask::findFiles(const QString &pattern, const QString &defaultDirectory)
{
    QString text = pattern.trimmed();
    text.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (text.isEmpty())
        return {};
    const QString path = absolute(text, defaultDirectory);
    const QStringList segments = path.split(QLatin1Char('/'));
    qsizetype literal = 0;
    while (literal < segments.size() && !hasWildcard(segments.at(literal)))
        ++literal;
    if (literal == segments.size())
        return QFileInfo(path).isFile() ? QStringList{path} : QStringList{};
    const QString root = segments.mid(0, literal).join(QLatin1Char('/'));
    const QString rest = segments.mid(literal).join(QLatin1Char('/'));
    if (!QFileInfo(root.isEmpty() ? QStringLiteral("/") : root).isDir())
        return {};
    QStringList files;
    const QDir rootDir(root.isEmpty() ? QStringLiteral("/") : root);
    for (const QString &relative : CopyFilesTask::selectFiles(rootDir.path(), {rest}))
        files.append(rootDir.filePath(relative));
    return files;
}

Result<CoverageTaskOutcome> CoverageTask::run(const Inputs &inputs, runs::CoverageStore &store,
                                              const runs::ArtifactStore *artifacts, qint64 runId,
                                              const QString &defaultDirectory,
                                              const std::function<QString(const QString &)> &mask)
{
    auto masked = [&mask](const QString &text) { return mask ? mask(text) : text; };
    const QString tool = BuiltinTask::input(inputs, {QStringLiteral("codeCoverageTool")}, QStringLiteral("JaCoCo")).trimmed();
    if (tool.compare(QLatin1String("Cobertura"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("PublishCodeCoverageResults@1: the code coverage tool '%1' is not supported "
                                        "locally (only Cobertura: set codeCoverageTool: Cobertura for a Cobertura XML "
                                        "summary)")
                             .arg(tool));
    const QString summaryInput = BuiltinTask::input(inputs, {QStringLiteral("summaryFileLocation")}).trimmed();
    if (summaryInput.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("PublishCodeCoverageResults@1: the required input summaryFileLocation is missing"));
    const bool failIfEmpty = isTrue(BuiltinTask::input(inputs, {QStringLiteral("failIfCoverageEmpty")}));

    CoverageTaskOutcome outcome;
    auto warn = [&outcome](const QString &message, const QString &file = {}) {
        outcome.lines.append(QStringLiteral("##[warning]") + message);
        outcome.warnings.append(runs::Issue{runs::IssueType::Warning, message, file, 0, 0, {}});
    };
    auto emptyCoverage = [&](const QString &message, const QString &file = {}) {
        if (failIfEmpty)
            outcome.failure = runs::Issue{runs::IssueType::Error, message + QStringLiteral(" (failIfCoverageEmpty is true)"),
                                          file, 0, 0, {}};
        else
            warn(message, file);
    };

    const QStringList files = findFiles(summaryInput, defaultDirectory);
    if (files.isEmpty()) {
        emptyCoverage(QStringLiteral("No code coverage summary file matching %1 was found.")
                          .arg(absolute(summaryInput, defaultDirectory)));
        return outcome;
    }
    const QString path = files.first();
    if (files.size() > 1)
        warn(QStringLiteral("%1 files match the summary file location %2; the first, %3, is published.")
                 .arg(files.size())
                 .arg(summaryInput, path));

    QFile file(path);
    CoberturaParseResult parsed;
    if (!file.open(QIODevice::ReadOnly)) {
        parsed.error = QStringLiteral("cannot open the file: %1").arg(file.errorString());
        parsed.line = 1;
        parsed.column = 1;
    } else {
        parsed = CoberturaReader::parse(file.readAll());
    }
    if (!parsed.error.isEmpty()) {
        outcome.failure = runs::Issue{runs::IssueType::Error,
                                      QStringLiteral("%1:%2:%3: the Cobertura summary cannot be read: %4")
                                          .arg(path)
                                          .arg(parsed.line)
                                          .arg(parsed.column)
                                          .arg(parsed.error),
                                      path, parsed.line, parsed.column, {}};
        return outcome;
    }

    runs::CoverageReport report = std::move(parsed.report);
    report.summaryFile = masked(path);
    for (runs::CoverageEntry &entry : report.entries) {
        entry.package = masked(entry.package);
        entry.className = masked(entry.className);
        entry.fileName = masked(entry.fileName);
    }
    if (report.counts.linesValid == 0 && report.counts.branchesValid == 0) {
        emptyCoverage(QStringLiteral("The code coverage summary %1 has no lines or branches to cover.").arg(path), path);
        if (outcome.failure)
            return outcome;
    }
    if (Result<qint64> added = store.addReport(runId, report); !added.ok())
        return added.error();
    qsizetype classes = 0;
    for (const runs::CoverageEntry &entry : std::as_const(report.entries))
        classes += entry.className.isEmpty() ? 0 : 1;
    outcome.lines.append(QStringLiteral("Published the code coverage of %1: lines %2 (%3/%4), branches %5 (%6/%7), "
                                        "%8 package(s), %9 class(es)")
                             .arg(path, percent(report.counts.lineRate(), report.lineRate))
                             .arg(report.counts.linesCovered)
                             .arg(report.counts.linesValid)
                             .arg(percent(report.counts.branchRate(), report.branchRate))
                             .arg(report.counts.branchesCovered)
                             .arg(report.counts.branchesValid)
                             .arg(report.entries.size() - classes)
                             .arg(classes));

    if (!artifacts)
        return outcome;
    const QString name = artifactName(runId);
    Result<runs::Artifact> published = artifacts->addFile(runId, name, path, QFileInfo(path).fileName());
    if (!published.ok())
        return published.error();
    const QString reportInput = BuiltinTask::input(inputs, {QStringLiteral("reportDirectory")}).trimmed();
    if (!reportInput.isEmpty()) {
        const QString reportDirectory = absolute(reportInput, defaultDirectory);
        if (QFileInfo(reportDirectory).isDir()) {
            published = artifacts->addFiles(runId, name, reportDirectory, QStringLiteral("report"));
            if (!published.ok())
                return published.error();
        } else {
            warn(QStringLiteral("The report directory %1 does not exist; it is not published.").arg(reportDirectory));
        }
    }
    const QString additionalInput = BuiltinTask::input(inputs, {QStringLiteral("additionalCodeCoverageFiles")}).trimmed();
    if (!additionalInput.isEmpty()) {
        const QStringList additional = findFiles(additionalInput, defaultDirectory);
        if (additional.isEmpty())
            warn(QStringLiteral("No additional code coverage file matches %1.").arg(additionalInput));
        for (const QString &extra : additional) {
            published = artifacts->addFile(runId, name, extra, QStringLiteral("additional/") + QFileInfo(extra).fileName());
            if (!published.ok())
                return published.error();
        }
    }
    outcome.lines.append(QStringLiteral("Published artifact '%1': %2 file(s), %3 bytes")
                             .arg(name)
                             .arg(published->files.size())
                             .arg(published->totalSize));
    return outcome;
}

}  // namespace mlops::agent
