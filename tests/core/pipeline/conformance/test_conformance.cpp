// The runner.server Azure Pipelines conformance cases (shared/reference/azure-pipelines/
// conformance/runner.server-azpipelines), one data row per entry file, run through
// TemplateExpander and then PipelineSchema validation, following the conventions of
// RUNNER-SERVER.md ("How to use the conformance cases"):
//  - entries: every pipeline*.yml, plus other .yml files carrying a metadata comment;
//  - `# ExpectedException:` the case must fail (expansion or schema validation), and
//    with `# ExpectedErrorMessage:` one error message must contain that text
//    (case-insensitive); `# ExpectedMessage:` is ignored, as runner.server's harness does;
//  - `# ValidateSyntax: true` only checks syntax;
//  - `# LocalRepository: name@ref=folder` maps a repository (folder relative to the
//    conformance root); inputs the CI workflow passes are given here too.
// MLOPS_CONFORMANCE_DUMP=<dir> writes each expanded pipeline into <dir> (debugging).
// runtime-cases.txt lists the cases whose assertions only fire at run time ("runtime":
// still expanded and validated here) and the cases this engine cannot pass ("skip").

#include "core/pipeline/expand/templateexpander.h"
#include "core/pipeline/schema/pipelineschema.h"
#include "core/pipeline/yaml/yamlwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace mlops;
using namespace mlops::pipeline;

namespace {

// Some expected messages start with a position in runner.server's own files, e.g.
// "__built-in-schema.yml (Line: 40, Col:11): 'variables' is already defined". Positions
// are the engine's own business (ours point at the user's YAML), so only the message
// after such a prefix is compared.
QString withoutForeignLocation(const QString &expected)
{
    static const QRegularExpression prefix(QStringLiteral("^\\S+ \\(Line: \\d+, Col: ?\\d+\\): "));
    QString out = expected;
    out.remove(prefix);
    return out;
}


QString conformanceRoot()
{
    return QStringLiteral(MLOPS_SHARED_DIR "/reference/azure-pipelines/conformance/runner.server-azpipelines");
}

struct CaseMetadata {
    bool hasMetadata = false;
    bool expectException = false;
    QString expectedMessage;
    bool validateSyntax = false;
    QMap<QString, QString> repositories;
};

CaseMetadata readMetadata(const QString &path)
{
    CaseMetadata meta;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return meta;
    static const QRegularExpression comment(QStringLiteral("^#\\s*([A-Za-z]+)\\s*:\\s?(.*)$"));
    static const QStringList known{QStringLiteral("expectedexception"), QStringLiteral("expectederrormessage"),
                                   QStringLiteral("expectedmessage"),   QStringLiteral("validatesyntax"),
                                   QStringLiteral("localrepository"),   QStringLiteral("name"),
                                   QStringLiteral("row"),               QStringLiteral("column"),
                                   QStringLiteral("autocompletion"),    QStringLiteral("src")};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (!line.startsWith(QLatin1Char('#')))
            break;
        const QRegularExpressionMatch match = comment.match(line);
        if (!match.hasMatch())
            continue;
        const QString key = match.captured(1).toLower();
        const QString value = match.captured(2).trimmed();
        if (!known.contains(key))
            continue;
        meta.hasMetadata = true;
        if (key == QLatin1String("expectedexception"))
            meta.expectException = true;
        else if (key == QLatin1String("expectederrormessage"))
            meta.expectedMessage = withoutForeignLocation(value);
        else if (key == QLatin1String("validatesyntax"))
            meta.validateSyntax = value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        else if (key == QLatin1String("localrepository")) {
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            if (eq > 0)
                meta.repositories.insert(value.left(eq).trimmed(), conformanceRoot() + QLatin1Char('/') + value.mid(eq + 1).trimmed());
        }
    }
    return meta;
}

// runtime-cases.txt: "<entry path> <runtime|skip> <reason>" per line, '#' comments.
QHash<QString, std::pair<QString, QString>> readCaseList()
{
    QHash<QString, std::pair<QString, QString>> list;
    QFile file(QStringLiteral(MLOPS_CONFORMANCE_LIST));
    if (!file.open(QIODevice::ReadOnly))
        return list;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() < 3)
            continue;
        list.insert(parts.at(0), {parts.at(1), parts.mid(2).join(QLatin1Char(' '))});
    }
    return list;
}

// Inputs runner.server's CI passes to some cases (RUNNER-SERVER.md).
void addCaseInputs(const QString &relative, ExpandOptions &options)
{
    if (relative.startsWith(QLatin1String("expressions-docs/")))
        options.variables.insert(QStringLiteral("Build.SourceBranch"), QStringLiteral("refs/heads/main"));
    if (relative.startsWith(QLatin1String("staticvarfromcli/"))) {
        options.variables.insert(QStringLiteral("myvar"), QStringLiteral("myval"));
        options.variables.insert(QStringLiteral("myvarwitheq"), QStringLiteral("my=val"));
    }
    if (relative.startsWith(QLatin1String("cross-repo-checkout/")))
        options.repositories.insert(QStringLiteral("az/containermatrix@main"), conformanceRoot() + QStringLiteral("/containermatrix"));
    if (relative.startsWith(QLatin1String("cross-repo-template/"))) {
        options.repositories.insert(QStringLiteral("az/typedtemplates@main"), conformanceRoot() + QStringLiteral("/typedtemplates"));
        options.repositories.insert(QStringLiteral("az/untypedtemplates@main"), conformanceRoot() + QStringLiteral("/untypedtemplates"));
    }
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            lines.append(d.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

class TestConformance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cases_data();
    void cases();
};

void TestConformance::cases_data()
{
    QTest::addColumn<QString>("relative");
    const QDir root(conformanceRoot());
    QVERIFY2(root.exists(), qPrintable(root.path()));
    QStringList entries;
    QDirIterator it(root.path(), {QStringLiteral("*.yml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const bool pipelineName = QFileInfo(path).fileName().startsWith(QLatin1String("pipeline"));
        if (pipelineName || readMetadata(path).hasMetadata)
            entries.append(root.relativeFilePath(path));
    }
    entries.sort();
    QVERIFY(entries.size() > 100);
    for (const QString &entry : std::as_const(entries))
        QTest::newRow(qPrintable(entry)) << entry;
}

void TestConformance::cases()
{
    QFETCH(QString, relative);
    static const auto list = readCaseList();
    const auto listed = list.constFind(relative);
    if (listed != list.constEnd() && listed->first == QLatin1String("skip"))
        QSKIP(qPrintable(QStringLiteral("not passed: ") + listed->second));

    const QString path = conformanceRoot() + QLatin1Char('/') + relative;
    const CaseMetadata meta = readMetadata(path);
    ExpandOptions options;
    options.repositories = meta.repositories;
    options.syntaxOnly = meta.validateSyntax;
    addCaseInputs(relative, options);

    const ExpandResult result = TemplateExpander::expandFile(path, options);
    Diagnostics diagnostics = result.diagnostics;
    // Debugging aid: MLOPS_CONFORMANCE_DUMP=<dir> writes every expanded pipeline there.
    const QString dump = qEnvironmentVariable("MLOPS_CONFORMANCE_DUMP");
    if (!dump.isEmpty() && result.pipeline) {
        QFile out(dump + QLatin1Char('/') + QString(relative).replace(QLatin1Char('/'), QLatin1Char('_')));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(YamlWriter::write(*result.pipeline).toUtf8());
    }
    if (result.pipeline && !hasErrors(diagnostics) && !meta.validateSyntax) {
        const auto schema = PipelineSchema::instance();
        QVERIFY2(schema.ok(), "bundled schema");
        diagnostics += (*schema)->validate(*result.pipeline);
    }
    const bool failed = hasErrors(diagnostics) || (!result.pipeline && !meta.validateSyntax);
    if (!meta.expectException) {
        QVERIFY2(!failed, qPrintable(describe(diagnostics)));
        return;
    }
    QVERIFY2(failed, "the case expects an error, but expansion and validation succeeded");
    qInfo("expected error: %s", qPrintable(describe(diagnostics).section(QLatin1Char('\n'), 0, 0)));
    for (const Diagnostic &d : std::as_const(diagnostics)) {
        // Every error must say where it is.
        if (d.severity == Diagnostic::Severity::Error)
            QVERIFY2(!d.file.isEmpty() && d.line > 0, qPrintable(d.toString()));
    }
    if (meta.expectedMessage.isEmpty())
        return;
    for (const Diagnostic &d : std::as_const(diagnostics)) {
        if (d.severity == Diagnostic::Severity::Error && d.message.contains(meta.expectedMessage, Qt::CaseInsensitive))
            return;
    }
    QFAIL(qPrintable(QStringLiteral("no error contains '%1':\n%2").arg(meta.expectedMessage, describe(diagnostics))));
}

QTEST_GUILESS_MAIN(TestConformance)
#include "test_conformance.moc"
