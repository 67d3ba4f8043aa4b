// The runtime conformance cases (tests/core/pipeline/conformance/runtime-cases.txt, rows
// marked "runtime"; rows marked "skip" are skipped with their reason): runner.server's
// cases whose assertions — `exit 1` steps behind conditions, checks inside scripts — fire
// only when the pipeline runs. Each case is run as the product runs a queued run: its
// folder is copied into a temporary folder (a plain folder, not a git work tree, as a
// user's project may be), a run is queued in a temporary workspace (RunStore::createRun
// with the queue-time variables the case needs), its variable groups are created in the
// workspace's Library, and AgentProcess::run — the body of `mlops agent run` — compiles
// the pipeline (PipelineCompiler with the run's variables and the Library's groups) and
// runs it with the Orchestrator. The run must succeed, and no asserting step (a step whose
// script is `exit 1`) may have run.
//
// Inputs per case (runner.server's CI passes them on its command line; RUNNER-SERVER.md,
// "How to use the conformance cases"):
//  - staticvarfromcli: `--var myvar=myval --var myvarwitheq=my=val`, and `myenvar`, which
//    runner.server takes from an environment variable of that name (value `myval`, as the
//    case's conditions require);
//  - staticvargroupfromcli: the groups `b` (myvar=myval, myvarwitheq=my=val) and `c`
//    (myenvar=myval): the values the case's runtime conditions require, none of which may
//    be visible to `${{ variables.x }}`.

#include "core/agent/agentprocess.h"
#include "core/agent/runsession.h"
#include "core/library/secretstore.h"
#include "core/library/variablegroupservice.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;

namespace {

QString conformanceRoot()
{
    return QStringLiteral(MLOPS_SHARED_DIR "/reference/azure-pipelines/conformance/runner.server-azpipelines");
}

// The cases never use secret variables; a secret write is a test error.
class NoSecretStore final : public library::SecretStore {
public:
    Result<void> write(const QString &key, const QString &) override
    {
        return makeError(ErrorCode::Unsupported, QStringLiteral("no secrets in conformance cases (%1)").arg(key));
    }
    Result<QString> read(const QString &key) override
    {
        return makeError(ErrorCode::NotFound, QStringLiteral("no secret %1").arg(key));
    }
    Result<void> remove(const QString &) override { return {}; }
};

struct CaseInputs {
    QMap<QString, QString> variables;                  // queue-time variables (`--var`)
    QMap<QString, QMap<QString, QString>> groups;      // variable groups in the Library
};

CaseInputs inputsOf(const QString &relative)
{
    CaseInputs inputs;
    const QString caseName = relative.section(QLatin1Char('/'), 0, 0);
    if (caseName == QLatin1String("staticvarfromcli")) {
        inputs.variables = {{QStringLiteral("myvar"), QStringLiteral("myval")},
                            {QStringLiteral("myvarwitheq"), QStringLiteral("my=val")},
                            {QStringLiteral("myenvar"), QStringLiteral("myval")}};
    } else if (caseName == QLatin1String("staticvargroupfromcli")) {
        inputs.groups.insert(QStringLiteral("b"), {{QStringLiteral("myvar"), QStringLiteral("myval")},
                                                   {QStringLiteral("myvarwitheq"), QStringLiteral("my=val")}});
        inputs.groups.insert(QStringLiteral("c"), {{QStringLiteral("myenvar"), QStringLiteral("myval")}});
    }
    return inputs;
}

// Jobs (job records: matrix legs and deployment jobs count once each) that must have run
// and succeeded: the case's checks only mean something when their jobs ran.
int jobsThatMustSucceed(const QString &relative)
{
    static const QMap<QString, int> jobs{{QStringLiteral("matrixjoboutputs"), 3},  // A debugJob, A releaseJob, B
                                         {QStringLiteral("matrixgenerator"), 3},   // generator, runner a, runner b
                                         {QStringLiteral("runoncedeployoutput"), 2},
                                         {QStringLiteral("runoncedeployonlyoutput"), 2},
                                         {QStringLiteral("stagetostagedeps"), 1}};  // B1 (stage A is skipped)
    return jobs.value(relative.section(QLatin1Char('/'), 0, 0), 1);
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

// A step that only exists to fail the run when the case's check does not hold.
bool isAssertion(const runs::TimelineRecord &record)
{
    static const QRegularExpression exitOne(QStringLiteral(":\\s*exit 1\\s*$"));
    return record.type == runs::RecordType::Step && exitOne.match(record.displayName).hasMatch();
}

}  // namespace

class TestConformanceRuntime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runtimeCase_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("skipReason");
        QFile list(QStringLiteral(MLOPS_CONFORMANCE_LIST));
        QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(list.fileName()));
        const QStringList lines = QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'));
        int rows = 0;
        for (const QString &raw : lines) {
            const QString line = raw.trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() < 3)
                continue;
            const QString reason = parts.mid(2).join(QLatin1Char(' '));
            const QByteArray name = parts.at(0).toUtf8();
            QTest::newRow(name.constData()) << parts.at(0)
                                            << (parts.at(1) == QLatin1String("skip") ? reason : QString());
            ++rows;
        }
        QVERIFY(rows > 0);
    }

    void runtimeCase()
    {
        QFETCH(QString, relative);
        QFETCH(QString, skipReason);
        if (!skipReason.isEmpty())
            QSKIP(qPrintable(skipReason));

        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString caseFolder = QFileInfo(QDir(conformanceRoot()).filePath(relative)).absolutePath();
        const QString repository = root.filePath(QStringLiteral("repo"));
        QVERIFY2(copyFolder(caseFolder, repository), qPrintable(caseFolder));
        const QString entry = QDir(repository).filePath(QFileInfo(relative).fileName());

        auto workspace = store::Workspace::open(root.filePath(QStringLiteral("ws")));
        QVERIFY2(workspace.ok(), qPrintable(workspace.ok() ? QString() : workspace.error().message));
        const CaseInputs inputs = inputsOf(relative);
        library::VariableGroupService groups(*workspace, std::make_shared<NoSecretStore>());
        for (auto group = inputs.groups.cbegin(); group != inputs.groups.cend(); ++group) {
            library::VariableGroup created;
            created.name = group.key();
            for (auto it = group->cbegin(); it != group->cend(); ++it) {
                library::Variable variable;
                variable.name = it.key();
                variable.value = it.value();
                created.variables.append(variable);
            }
            auto saved = groups.create(created);
            QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        }

        runs::RunStore store(*workspace);
        runs::NewRun newRun;
        newRun.pipelineName = relative.section(QLatin1Char('/'), 0, 0);
        newRun.requestedBy = QStringLiteral("conformance");
        for (auto it = inputs.variables.cbegin(); it != inputs.variables.cend(); ++it)
            newRun.variables.insert(it.key(), it.value());
        auto created = store.createRun(newRun);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));

        agent::AgentRunOptions options;
        options.workspaceDirectory = (*workspace)->directory();
        options.runId = created->id;
        options.pipelineFile = entry;
        options.repositoryDirectory = repository;
        const Result<runs::RunResult> result = agent::AgentProcess::run(options);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));

        const runs::RunDetails details = *store.runDetails(created->id);
        QString report = QStringLiteral("run %1: %2\n").arg(runs::wireName(*result), details.run.resultMessage);
        for (const runs::TimelineRecord &record : agent::RunSession::orderedTimeline(details.timeline)) {
            report += QStringLiteral("  %1 %2 [%3]\n")
                          .arg(record.name, record.displayName,
                               record.result ? runs::wireName(*record.result) : QStringLiteral("-"));
            for (const runs::Issue &issue : record.issues)
                report += QStringLiteral("    %1\n").arg(issue.message);
        }
        QDirIterator logs(QDir((*workspace)->directory()).filePath(QStringLiteral("logs")), {QStringLiteral("*.log")},
                          QDir::Files, QDirIterator::Subdirectories);
        while (logs.hasNext()) {
            QFile log(logs.next());
            if (log.open(QIODevice::ReadOnly))
                report += QString::fromUtf8(log.readAll());
        }

        QVERIFY2(*result == runs::RunResult::Succeeded, qPrintable(report));
        int steps = 0;
        int jobsSucceeded = 0;
        for (const runs::TimelineRecord &record : details.timeline) {
            QCOMPARE(record.state, runs::RunState::Completed);
            jobsSucceeded += record.type == runs::RecordType::Job && record.result == runs::RunResult::Succeeded;
            if (record.type != runs::RecordType::Step)
                continue;
            ++steps;
            if (isAssertion(record))
                QVERIFY2(record.result == runs::RunResult::Skipped, qPrintable(record.displayName + QLatin1Char('\n') + report));
        }
        QVERIFY2(steps > 0, qPrintable(report));
        QVERIFY2(jobsSucceeded == jobsThatMustSucceed(relative), qPrintable(report));
        if (qEnvironmentVariableIsSet("MLOPS_CONFORMANCE_VERBOSE"))
            qInfo().noquote() << report;
    }
};

QTEST_GUILESS_MAIN(TestConformanceRuntime)
#include "test_conformance_runtime.moc"
