// End-to-end tests of `mlops pipeline …`: registering the sample project's pipelines
// (create, list, show, rename to Model-Train-Register-CI, delete) in table and JSON
// output; validate and expand on any YAML file with --param, --var, --repository and
// variable groups checked against the workspace; every error path with its exit code;
// and `connection show` listing the pipelines that use a connection.

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *word : list)
        out.append(QString::fromUtf8(word));
    return out;
}

QStringList json(QStringList arguments) { return arguments << QStringLiteral("-o") << QStringLiteral("json"); }

QString sampleRepo() { return QStringLiteral(MLOPS_SOURCE_DIR) + QStringLiteral("/resources/sample"); }
QString samplePipeline(const char *name) { return sampleRepo() + QStringLiteral("/.pipelines/") + QString::fromUtf8(name); }

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

}  // namespace

class TestCliPipeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->filePath(QStringLiteral("ws")));
    }

    void cleanup()
    {
        m_cli.reset();
        m_dir.reset();
    }

    void registerRenameDelete()
    {
        CliResult r = m_cli->run(QStringList{QStringLiteral("pipeline"), QStringLiteral("create"), QStringLiteral("--name"),
                                             QStringLiteral("diabetes_regression-ci"), QStringLiteral("--repo"), sampleRepo(),
                                             QStringLiteral("--yaml"), QStringLiteral(".pipelines/diabetes_regression-ci.yml")});
        CLI_EXPECT_OK(r);
        QVERIFY2(r.outText().startsWith(QStringLiteral("Created pipeline 'diabetes_regression-ci' (")), r.describe().constData());

        r = m_cli->run(json(QStringList{QStringLiteral("pipeline"), QStringLiteral("create"), QStringLiteral("--name"),
                                        QStringLiteral("Model-Deploy-CD"), QStringLiteral("--repo"), sampleRepo(),
                                        QStringLiteral("--yaml"), QStringLiteral(".pipelines/diabetes_regression-cd.yml")}));
        CLI_EXPECT_OK(r);
        QCOMPARE(r.object().value(QStringLiteral("yamlPath")).toString(), QStringLiteral(".pipelines/diabetes_regression-cd.yml"));
        QCOMPARE(r.object().value(QStringLiteral("revision")).toInt(), 1);

        r = m_cli->run(words({"pipeline", "list"}));
        CLI_EXPECT_OK(r);
        QVERIFY(r.outText().startsWith(QStringLiteral("NAME")));
        QVERIFY(r.outText().contains(QStringLiteral("diabetes_regression-ci")));

        r = m_cli->run(words({"pipeline", "rename", "DIABETES_REGRESSION-CI", "Model-Train-Register-CI"}));
        CLI_EXPECT_OK(r);
        QCOMPARE(r.outText(), QStringLiteral("Renamed pipeline 'diabetes_regression-ci' to 'Model-Train-Register-CI'.\n"));

        r = m_cli->run(json(words({"pipeline", "list"})));
        CLI_EXPECT_OK(r);
        QCOMPARE(r.array().size(), 2);
        QCOMPARE(r.array().at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Model-Train-Register-CI"));
        QCOMPARE(r.array().at(1).toObject().value(QStringLiteral("revision")).toInt(), 2);

        r = m_cli->run(words({"pipeline", "show", "model-train-register-ci"}));
        CLI_EXPECT_OK(r);
        QVERIFY(r.outText().startsWith(QStringLiteral("Pipeline:    Model-Train-Register-CI\n")));
        QVERIFY(r.outText().contains(QStringLiteral("YAML:        .pipelines/diabetes_regression-ci.yml\n")));
        // The workspace has no devopsforai-aml-vg yet: show reports the error.
        QVERIFY2(r.outText().contains(QStringLiteral("Status:      1 error (run 'mlops pipeline validate ")), r.describe().constData());

        CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "devopsforai-aml-vg"})));
        r = m_cli->run(words({"pipeline", "show", "Model-Deploy-CD"}));
        CLI_EXPECT_OK(r);
        QVERIFY2(r.outText().contains(QStringLiteral("Status:      valid\n")), r.describe().constData());
        QVERIFY2(QRegularExpression(QStringLiteral("\\n  artifactBuildId +string +latest")).match(r.outText()).hasMatch(),
                 r.describe().constData());

        r = m_cli->run(json(words({"pipeline", "show", "Model-Train-Register-CI"})));
        CLI_EXPECT_OK(r);
        QVERIFY(QFileInfo(r.object().value(QStringLiteral("entryFile")).toString()).isFile());

        r = m_cli->run(words({"pipeline", "delete", "Model-Deploy-CD", "--yes"}));
        CLI_EXPECT_OK(r);
        QCOMPARE(r.outText(), QStringLiteral("Deleted pipeline 'Model-Deploy-CD' (its YAML file was left alone).\n"));
        QVERIFY(QFileInfo::exists(samplePipeline("diabetes_regression-cd.yml")));
        r = m_cli->run(json(words({"pipeline", "list"})));
        QCOMPARE(r.array().size(), 1);
    }

    void validateChecksGroupsInTheWorkspace()
    {
        const QString ci = samplePipeline("diabetes_regression-ci.yml");
        // The workspace exists (--workspace) but has no group: one error at the group line.
        CliResult r = m_cli->run({QStringLiteral("pipeline"), QStringLiteral("validate"), ci});
        CLI_EXPECT_EXIT(r, 1);
        QCOMPARE(r.outText(), ci + QStringLiteral(":19:12: error: variable group 'devopsforai-aml-vg' does not exist in the "
                                                  "workspace (Library)\n")
                                  + ci + QStringLiteral(": invalid (1 error, 0 warnings)\n"));

        CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "devopsforai-aml-vg", "--var", "LOCATION=westeurope"})));
        r = m_cli->run({QStringLiteral("pipeline"), QStringLiteral("validate"), ci});
        CLI_EXPECT_OK(r);
        QCOMPARE(r.outText(), ci + QStringLiteral(": valid (0 errors, 0 warnings)\n"));

        r = m_cli->run(json({QStringLiteral("pipeline"), QStringLiteral("validate"), samplePipeline("diabetes_regression-cd.yml")}));
        CLI_EXPECT_OK(r);
        QCOMPARE(r.object().value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(r.object().value(QStringLiteral("diagnostics")).toArray().size(), 0);
    }

    void validateWithoutWorkspaceSkipsGroups()
    {
        // No --workspace, no $MLOPS_WORKSPACE, and no default workspace on disk.
        CliRunner cli;
        cli.setEnv(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
        cli.setEnv(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        const QString ci = samplePipeline("diabetes_regression-ci.yml");
        CliResult r = cli.run({QStringLiteral("pipeline"), QStringLiteral("validate"), ci});
        CLI_EXPECT_OK(r);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("xdg"))));  // nothing was created
    }

    void validateWarningsAndErrors()
    {
        const QString file = m_dir->filePath(QStringLiteral("custom.yml"));
        QVERIFY(writeFile(file, "steps:\n- task: ContosoDeploy@1\n  inputs:\n    target: prod\n"));
        CliResult r = m_cli->run({QStringLiteral("pipeline"), QStringLiteral("validate"), file});
        CLI_EXPECT_EXIT(r, 0);  // warnings only
        QVERIFY2(r.outText().contains(file + QStringLiteral(":2:9: warning: Task 'ContosoDeploy@1' is not known")), r.describe().constData());
        QVERIFY(r.outText().endsWith(QStringLiteral("valid (0 errors, 1 warning)\n")));

        const QString cycle = m_dir->filePath(QStringLiteral("cycle.yml"));
        QVERIFY(writeFile(cycle, "jobs:\n- job: A\n  dependsOn: B\n  steps:\n  - bash: a\n- job: B\n  dependsOn: A\n  steps:\n  - bash: b\n"));
        r = m_cli->run({QStringLiteral("pipeline"), QStringLiteral("validate"), cycle});
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.outText().startsWith(cycle + QStringLiteral(":3:14: error: dependency cycle between jobs in stage "
                                                               "'__default': A \u2192 B \u2192 A\n")),
                 r.describe().constData());
    }

    void expandPrintsYamlAndPlan()
    {
        const QString cd = samplePipeline("diabetes_regression-cd.yml");
        CliResult r = m_cli->run({QStringLiteral("pipeline"), QStringLiteral("expand"), cd, QStringLiteral("--param"),
                                  QStringLiteral("artifactBuildId=7")});
        CLI_EXPECT_EXIT(r, 1);  // the workspace has no devopsforai-aml-vg
        QVERIFY(r.outText().startsWith(QStringLiteral("trigger: none\n")));
        QVERIFY(r.errText().contains(QStringLiteral("variable group 'devopsforai-aml-vg' does not exist")));

        CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "devopsforai-aml-vg"})));
        r = m_cli->run({QStringLiteral("pipeline"), QStringLiteral("expand"), cd, QStringLiteral("--param"),
                        QStringLiteral("artifactBuildId=7")});
        CLI_EXPECT_OK(r);
        QVERIFY(!r.outText().contains(QStringLiteral("preferTriggeringPipeline")));  // ${{ if eq(…, 'latest') }} not taken
        QVERIFY(r.outText().contains(QStringLiteral("buildVersionToDownload: specific")));
        QVERIFY(!r.outText().contains(QStringLiteral("${{")));

        r = m_cli->run(json({QStringLiteral("pipeline"), QStringLiteral("expand"), cd}));
        CLI_EXPECT_OK(r);
        const QJsonArray stages = r.object().value(QStringLiteral("stages")).toArray();
        QCOMPARE(stages.size(), 2);
        QCOMPARE(stages.at(1).toObject().value(QStringLiteral("dependsOn")).toArray().at(0).toString(), QStringLiteral("Deploy_ACI"));
        const QJsonObject firstStep = stages.at(0).toObject().value(QStringLiteral("jobs")).toArray().at(0).toObject()
                                          .value(QStringLiteral("steps")).toArray().at(0).toObject();
        QCOMPARE(firstStep.value(QStringLiteral("task")).toString(), QStringLiteral("DownloadPipelineArtifact@2"));
        QCOMPARE(r.object().value(QStringLiteral("parameters")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("artifactBuildId"));
    }

    void expandWithVariablesAndRepositories()
    {
        const QString templates = m_dir->filePath(QStringLiteral("templates-repo"));
        QVERIFY(writeFile(templates + QStringLiteral("/steps/hello.yml"),
                          "parameters:\n- name: who\n  type: string\nsteps:\n- script: echo hello ${{ parameters.who }}\n"));
        const QString entry = m_dir->filePath(QStringLiteral("app/pipeline.yml"));
        QVERIFY(writeFile(entry, "resources:\n  repositories:\n  - repository: tpl\n    type: git\n    name: shared/templates\n"
                                 "steps:\n- template: steps/hello.yml@tpl\n  parameters:\n    who: ${{ variables.audience }}\n"));
        CliResult r = m_cli->run({QStringLiteral("pipeline"), QStringLiteral("expand"), entry, QStringLiteral("--var"),
                                  QStringLiteral("audience=world"), QStringLiteral("--repository"),
                                  QStringLiteral("tpl=") + templates});
        CLI_EXPECT_OK(r);
        QVERIFY2(r.outText().contains(QStringLiteral("- script: echo hello world\n")), r.describe().constData());

        // `/path` templates start at the pipeline's repository root: the enclosing git work
        // tree, or --repository self=DIR.
        const QString repo = m_dir->filePath(QStringLiteral("mono"));
        QVERIFY(writeFile(repo + QStringLiteral("/ci/shared/steps.yml"), "steps:\n- bash: echo from the root\n"));
        QVERIFY(writeFile(repo + QStringLiteral("/ci/pipelines/app.yml"), "steps:\n- template: /ci/shared/steps.yml\n"));
        r = m_cli->run({QStringLiteral("pipeline"), QStringLiteral("expand"), repo + QStringLiteral("/ci/pipelines/app.yml"),
                        QStringLiteral("--repository"), QStringLiteral("self=") + repo});
        CLI_EXPECT_OK(r);
        QVERIFY2(r.outText().contains(QStringLiteral("echo from the root")), r.describe().constData());
        QVERIFY(QDir(repo).mkpath(QStringLiteral(".git")));
        r = m_cli->run({QStringLiteral("pipeline"), QStringLiteral("expand"), repo + QStringLiteral("/ci/pipelines/app.yml")});
        CLI_EXPECT_OK(r);
        QVERIFY2(r.outText().contains(QStringLiteral("echo from the root")), r.describe().constData());

        // Without the mapping the template cannot be found: an error naming the repository.
        r = m_cli->run({QStringLiteral("pipeline"), QStringLiteral("validate"), entry});
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.outText().contains(QStringLiteral("tpl")), r.describe().constData());
    }

    void connectionShowListsPipelines()
    {
        const QString repo = m_dir->filePath(QStringLiteral("infra"));
        QVERIFY(writeFile(repo + QStringLiteral("/deploy.yml"),
                          "steps:\n- task: AzureCLI@2\n  inputs:\n    azureSubscription: ado-conn\n    scriptType: bash\n"
                          "    scriptLocation: inlineScript\n    inlineScript: az version\n"));
        CLI_EXPECT_OK(m_cli->run(words({"connection", "create", "--type", "azuredevops", "--name", "ado-conn", "--org-url",
                                        "https://dev.azure.com/contoso"})));
        CLI_EXPECT_OK(m_cli->run({QStringLiteral("pipeline"), QStringLiteral("create"), QStringLiteral("--name"),
                                  QStringLiteral("Infra-Deploy"), QStringLiteral("--repo"), repo, QStringLiteral("--yaml"),
                                  QStringLiteral("deploy.yml")}));
        CliResult r = m_cli->run(json(words({"connection", "show", "ado-conn"})));
        CLI_EXPECT_OK(r);
        const QJsonArray usedBy = r.object().value(QStringLiteral("usedBy")).toArray();
        QCOMPARE(usedBy.size(), 1);
        QCOMPARE(usedBy.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("pipeline"));
        QCOMPARE(usedBy.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Infra-Deploy"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrContains");
        const QString yaml = QStringLiteral(".pipelines/diabetes_regression-ci.yml");
        QTest::newRow("validate unknown file") << words({"pipeline", "validate", "/nonexistent/pipe.yml"}) << 1
                                               << QStringLiteral("/nonexistent/pipe.yml does not exist");
        QTest::newRow("expand unknown file") << words({"pipeline", "expand", "/nonexistent/pipe.yml"}) << 1
                                             << QStringLiteral("/nonexistent/pipe.yml does not exist");
        QTest::newRow("param without =") << QStringList{QStringLiteral("pipeline"), QStringLiteral("validate"),
                                                        samplePipeline("diabetes_regression-cd.yml"), QStringLiteral("--param"),
                                                        QStringLiteral("artifactBuildId")}
                                         << 1 << QStringLiteral("--param needs NAME=VALUE");
        QTest::newRow("create without name") << QStringList{QStringLiteral("pipeline"), QStringLiteral("create"),
                                                            QStringLiteral("--repo"), sampleRepo(), QStringLiteral("--yaml"), yaml}
                                             << 1 << QStringLiteral("missing --name");
        QTest::newRow("create with missing repo")
            << QStringList{QStringLiteral("pipeline"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("x"),
                           QStringLiteral("--repo"), QStringLiteral("/nonexistent/repo"), QStringLiteral("--yaml"), yaml}
            << 1 << QStringLiteral("repository: '/nonexistent/repo' is not a folder");
        QTest::newRow("create with missing yaml")
            << QStringList{QStringLiteral("pipeline"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("x"),
                           QStringLiteral("--repo"), sampleRepo(), QStringLiteral("--yaml"), QStringLiteral("nope.yml")}
            << 1 << QStringLiteral("nope.yml' does not exist");
        QTest::newRow("duplicate name")
            << QStringList{QStringLiteral("pipeline"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("EXISTING"),
                           QStringLiteral("--repo"), sampleRepo(), QStringLiteral("--yaml"), yaml}
            << 1 << QStringLiteral("a pipeline named 'existing' already exists");
        QTest::newRow("show unknown") << words({"pipeline", "show", "nosuch"}) << 1 << QStringLiteral("no pipeline named 'nosuch'");
        QTest::newRow("rename unknown") << words({"pipeline", "rename", "nosuch", "x"}) << 1 << QStringLiteral("nosuch");
        QTest::newRow("rename to invalid") << words({"pipeline", "rename", "existing", "a:b"}) << 1
                                           << QStringLiteral("name: the name contains ':'");
        QTest::newRow("delete unknown") << words({"pipeline", "delete", "nosuch", "--yes"}) << 1 << QStringLiteral("nosuch");
        QTest::newRow("delete without --yes") << words({"pipeline", "delete", "existing"}) << 1 << QStringLiteral("pass --yes");
        QTest::newRow("validate without file") << words({"pipeline", "validate"}) << 1 << QStringLiteral("missing FILE");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrContains);
        CLI_EXPECT_OK(m_cli->run({QStringLiteral("pipeline"), QStringLiteral("create"), QStringLiteral("--name"),
                                  QStringLiteral("existing"), QStringLiteral("--repo"), sampleRepo(), QStringLiteral("--yaml"),
                                  QStringLiteral(".pipelines/diabetes_regression-ci.yml")}));
        const CliResult r = m_cli->run(arguments);
        CLI_EXPECT_EXIT(r, exitCode);
        QVERIFY2(r.errText().contains(stderrContains), r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("mlops: error: ")), r.describe().constData());
    }

    void yamlErrorIsPositioned()
    {
        const QString file = m_dir->filePath(QStringLiteral("broken.yml"));
        QVERIFY(writeFile(file, "steps:\n- bash: echo\n  displayName: [unclosed\n"));
        CliResult r = m_cli->run({QStringLiteral("pipeline"), QStringLiteral("validate"), file});
        CLI_EXPECT_EXIT(r, 1);
        const QRegularExpression line(QStringLiteral("^") + QRegularExpression::escape(file) + QStringLiteral(":\\d+:\\d+: error: .+$"),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(r.outText()).hasMatch(), r.describe().constData());

        r = m_cli->run({QStringLiteral("pipeline"), QStringLiteral("expand"), file});
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(line.match(r.errText()).hasMatch(), r.describe().constData());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

QTEST_GUILESS_MAIN(TestCliPipeline)
#include "test_cli_pipeline.moc"
