// TaskInputCheck: required task inputs (manifest `required` + `visibleRule`) named before a
// run — and the schema's own check of inputs required whatever the others say —, visible
// rules, the catalog's rules, and the sample pipelines (which have every required input).

#include "core/agent/taskinputcheck.h"
#include "core/pipeline/compiler/pipelinecompiler.h"
#include "core/pipeline/tasks/taskcatalog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;

class TestTaskInputCheck : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_counter = 0;

private Q_SLOTS:
    void missingRequiredInputIsNamedBeforeTheRun_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("compiles");     // false: the schema already rejects it (the compiler)
        QTest::addColumn<QString>("expected");  // the end of the message (empty: none)
        QTest::addColumn<int>("line");
        // Inputs required whatever the other inputs say are in the pipeline schema.
        QTest::newRow("CopyFiles without TargetFolder")
            << QStringLiteral("- task: CopyFiles@2\n  displayName: Copy the model\n  inputs:\n    Contents: '*.json'\n") << false
            << QStringLiteral("Task CopyFiles@2 is missing the required input 'TargetFolder'") << 7;
        QTest::newRow("coverage without summary file")
            << QStringLiteral("- task: PublishCodeCoverageResults@1\n  inputs:\n    codeCoverageTool: Cobertura\n") << false
            << QStringLiteral("Task PublishCodeCoverageResults@1 is missing the required input 'summaryFileLocation'") << 6;
        // Inputs required only while their visibleRule holds are checked by TaskInputCheck.
        QTest::newRow("Bash file without filePath")
            << QStringLiteral("- task: Bash@3\n  name: runFile\n  inputs:\n    targetType: filePath\n") << true
            << QStringLiteral("Step 'runFile' of job 'Build' (task Bash@3) is missing the required input 'filePath'.") << 4;
        QTest::newRow("blank value")
            << QStringLiteral("- task: CopyFiles@2\n  inputs:\n    TargetFolder: '  '\n") << true
            << QStringLiteral("Step '#1' of job 'Build' (task CopyFiles@2) is missing the required input 'TargetFolder'.") << 4;
        QTest::newRow("download of a specific run without runId")
            << QStringLiteral("- task: DownloadPipelineArtifact@2\n  inputs:\n    source: specific\n    pipeline: ci\n"
                              "    runVersion: specific\n    artifact: drop\n") << true
            << QStringLiteral("(task DownloadPipelineArtifact@2) is missing the required input 'runId'.") << 4;
        QTest::newRow("inline bash needs no file") << QStringLiteral("- bash: echo fine\n") << true << QString() << 0;
        QTest::newRow("alias counts") << QStringLiteral("- task: DownloadPipelineArtifact@2\n  inputs:\n    buildType: current\n"
                                                        "    artifactName: drop\n    targetPath: out\n")
                                      << true << QString() << 0;
        QTest::newRow("download shortcut") << QStringLiteral("- download: current\n  artifact: drop\n") << true << QString() << 0;
        QTest::newRow("publish shortcut") << QStringLiteral("- publish: out\n  artifact: drop\n") << true << QString() << 0;
        QTest::newRow("macro value") << QStringLiteral("- task: CopyFiles@2\n  inputs:\n    TargetFolder: $(Build.ArtifactStagingDirectory)\n")
                                     << true << QString() << 0;
    }
    void missingRequiredInputIsNamedBeforeTheRun()
    {
        QFETCH(QString, step);
        QFETCH(bool, compiles);
        QFETCH(QString, expected);
        QFETCH(int, line);
        const QString base = m_root.filePath(QStringLiteral("check%1").arg(++m_counter));
        QDir().mkpath(base);
        QString yaml = QStringLiteral("jobs:\n- job: Build\n  steps:\n");
        for (const QString &text : step.split(QLatin1Char('\n')))
            yaml += text.isEmpty() ? QString() : QStringLiteral("  ") + text + QLatin1Char('\n');
        QFile file(base + QStringLiteral("/azure-pipelines.yml"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(yaml.toUtf8());
        file.close();
        const pipeline::CompileResult compiled = pipeline::PipelineCompiler::compileFile(file.fileName(), {});
        QCOMPARE(bool(compiled.plan), compiles);
        const Diagnostics found = compiles ? agent::TaskInputCheck::check(*compiled.plan) : compiled.diagnostics;
        if (expected.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.first().toString()));
            return;
        }
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().message.endsWith(expected), qPrintable(found.first().message));
        QCOMPARE(found.first().line, line);
        QVERIFY(found.first().file.endsWith(QStringLiteral("azure-pipelines.yml")));
    }

    void theSamplePipelinesHaveEveryRequiredInput_data()
    {
        QTest::addColumn<QString>("file");
        QDirIterator it(QStringLiteral(MLOPS_SOURCE_DIR "/resources/sample/.pipelines"), {QStringLiteral("*.yml")}, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(QStringLiteral("template")))
                QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }
    void theSamplePipelinesHaveEveryRequiredInput()
    {
        QFETCH(QString, file);
        pipeline::CompileOptions options;
        options.repositories.insert(QStringLiteral("self"), QStringLiteral(MLOPS_SOURCE_DIR "/resources/sample"));
        const pipeline::CompileResult compiled = pipeline::PipelineCompiler::compileFile(file, options);
        QVERIFY(compiled.plan);
        const Diagnostics found = agent::TaskInputCheck::check(*compiled.plan);
        QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.first().toString()));
    }

    void theCatalogKeepsVisibleRules()
    {
        auto catalog = pipeline::TaskCatalog::builtIn();
        QVERIFY(catalog.ok());
        const pipeline::TaskFact *bash = (*catalog)->find(QStringLiteral("Bash@3"));
        QVERIFY(bash && bash->input(QStringLiteral("filePath")));
        QCOMPARE(bash->input(QStringLiteral("filePath"))->visibleRule, QStringLiteral("targetType = filePath"));
        QVERIFY(bash->input(QStringLiteral("script"))->required);
        QCOMPARE(agent::TaskInputCheck::missingInputs(QStringLiteral("bash@3"), {{QStringLiteral("targetType"), QStringLiteral("FilePath")}}),
                 QStringList{QStringLiteral("filePath")});
        QVERIFY(agent::TaskInputCheck::missingInputs(QStringLiteral("Unknown@1"), {}).isEmpty());
    }

    void visibleRules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("holds");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("equal") << QStringLiteral("targetType = filePath") << true;
        QTest::newRow("equal, other case") << QStringLiteral("targetType == FILEPATH") << true;
        QTest::newRow("not equal") << QStringLiteral("targetType != filePath") << false;
        QTest::newRow("and") << QStringLiteral("source == specific && runVersion == latest") << true;
        QTest::newRow("and, one false") << QStringLiteral("source == specific && runVersion == specific") << false;
        QTest::newRow("or") << QStringLiteral("command = build || command = push") << true;
        QTest::newRow("value with spaces") << QStringLiteral(" templateLocation = Linked artifact") << true;
        QTest::newRow("numbers") << QStringLiteral("count >= 10") << true;
        QTest::newRow("unreadable") << QStringLiteral("targetType EndsWith Path") << false;
    }
    void visibleRules()
    {
        QFETCH(QString, rule);
        QFETCH(bool, holds);
        const QMap<QString, QString> values{{QStringLiteral("targettype"), QStringLiteral("filePath")},
                                            {QStringLiteral("source"), QStringLiteral("specific")},
                                            {QStringLiteral("runversion"), QStringLiteral("latest")},
                                            {QStringLiteral("command"), QStringLiteral("push")},
                                            {QStringLiteral("templatelocation"), QStringLiteral("Linked artifact")},
                                            {QStringLiteral("count"), QStringLiteral("12")}};
        QCOMPARE(agent::TaskInputCheck::ruleHolds(rule, [&](const QString &name) { return values.value(name.toLower()); }), holds);
    }
};

QTEST_GUILESS_MAIN(TestTaskInputCheck)
#include "test_taskinputcheck.moc"
