// End-to-end tests of `mlops infra validate` and of the sample's Infrastructure pipeline:
// - the sample ARM template with the Library's values: valid, the five resources in
//   deployment order (workspace last), in table and JSON form;
// - invalid templates and inputs: exit 1 with file:line:column on stderr (malformed JSON,
//   unknown function, missing parameter, unknown dependsOn, cycle), usage errors;
// - --parameters and --param together, and --connection taking the subscription of the
//   sample's Azure Resource Manager connection;
// - `mlops init --sample` then `mlops pipeline run Infrastructure --follow`: the run
//   succeeds and its log lists the resources; a BASE_NAME longer than the template allows
//   makes the run fail with the template's complaint in the log.

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSubscription = QStringLiteral("c4a1e7f2-6b3d-4e8a-95f0-2d7b9c1e3a46");  // the sample connection's

QString sampleTemplate()
{
    return QStringLiteral(MLOPS_SOURCE_DIR) + QStringLiteral("/resources/sample/environment_setup/arm-templates/cloud-environment.json");
}

QString infraData(const QString &relative)
{
    return QStringLiteral(MLOPS_SOURCE_DIR) + QStringLiteral("/tests/core/infra/data/") + relative;
}

QStringList validate(const QStringList &extra)
{
    return QStringList{QStringLiteral("infra"), QStringLiteral("validate")} + extra;
}

QStringList libraryValues()
{
    return {QStringLiteral("--resource-group"), QStringLiteral("mlops-RG"), QStringLiteral("--location"), QStringLiteral("japaneast"),
            QStringLiteral("--param"), QStringLiteral("baseName=mlops"), QStringLiteral("--param"),
            QStringLiteral("workspaceName=mlops-AML-WS")};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The resource rows of the table output ("  1  Microsoft.Insights/components  mlops-ai  …"): type and name.
QList<QStringList> tableRows(const QString &text)
{
    static const QRegularExpression row(QStringLiteral("^\\s+(\\d+)\\s+(Microsoft\\.\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)"),
                                        QRegularExpression::MultilineOption);
    QList<QStringList> rows;
    auto it = row.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        rows.append({m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5)});
    }
    return rows;
}

}  // namespace

class TestCliInfra : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sampleTemplateTable()
    {
        CliRunner cli;
        const CliResult result = cli.run(validate(QStringList{QStringLiteral("--template"), sampleTemplate()} + libraryValues()));
        CLI_EXPECT_OK(result);
        const QString out = result.outText();
        QVERIFY2(out.contains(QStringLiteral(": valid\n")), result.describe().constData());
        QVERIFY(out.contains(QStringLiteral("resource group mlops-RG (japaneast)")));
        const QList<QStringList> rows = tableRows(out);
        QCOMPARE(rows.size(), 5);
        const QStringList types{QStringLiteral("Microsoft.Insights/components"), QStringLiteral("Microsoft.ContainerRegistry/registries"),
                                QStringLiteral("Microsoft.Storage/storageAccounts"), QStringLiteral("Microsoft.KeyVault/vaults"),
                                QStringLiteral("Microsoft.MachineLearningServices/workspaces")};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(rows.at(i).at(0), QString::number(i + 1));
            QCOMPARE(rows.at(i).at(1), types.at(i));
            QCOMPARE(rows.at(i).at(3), QStringLiteral("japaneast"));
        }
        QCOMPARE(rows.at(0).at(2), QStringLiteral("mlops-ai"));
        QCOMPARE(rows.at(4).at(2), QStringLiteral("mlops-AML-WS"));
        QCOMPARE(rows.at(4).at(4), QStringLiteral("2024-04-01"));
        // The workspace row lists its four dependencies by name.
        const QString workspaceLine = out.section(QStringLiteral("mlops-AML-WS     japaneast"), 1).section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(workspaceLine.count(QStringLiteral(", ")), 3);
        QVERIFY(out.contains(QStringLiteral("workspaceDiscoveryUrl")));
        QVERIFY(out.contains(QStringLiteral("[reference('/subscriptions/")));
    }

    void sampleTemplateJson()
    {
        CliRunner cli;
        const CliResult result = cli.run(validate(QStringList{QStringLiteral("--template"), sampleTemplate(), QStringLiteral("-o"),
                                                              QStringLiteral("json"), QStringLiteral("--subscription"), kSubscription}
                                                  + libraryValues()));
        CLI_EXPECT_OK(result);
        const QJsonObject json = result.object();
        QCOMPARE(json.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("deployment")).toObject().value(QStringLiteral("resourceGroup")).toString(), QStringLiteral("mlops-RG"));
        const QJsonArray resources = json.value(QStringLiteral("resources")).toArray();
        QCOMPARE(resources.size(), 5);
        const QJsonObject storage = resources.at(2).toObject();
        QCOMPARE(storage.value(QStringLiteral("type")).toString(), QStringLiteral("Microsoft.Storage/storageAccounts"));
        QCOMPARE(storage.value(QStringLiteral("name")).toString(), QStringLiteral("mlopssabd4xrq"));  // uniqueString of the RG id
        QCOMPARE(storage.value(QStringLiteral("order")).toInt(), 3);
        const QJsonObject workspace = resources.at(4).toObject();
        QCOMPARE(workspace.value(QStringLiteral("wave")).toInt(), 2);
        QCOMPARE(workspace.value(QStringLiteral("dependsOn")).toArray().size(), 4);
        QCOMPARE(workspace.value(QStringLiteral("id")).toString(),
                 QStringLiteral("/subscriptions/%1/resourceGroups/mlops-RG/providers/Microsoft.MachineLearningServices/workspaces/mlops-AML-WS")
                     .arg(kSubscription));
    }

    void invalidTemplates_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("expected");  // on stderr
        QTest::newRow("malformed JSON") << QStringLiteral("malformed-json") << QStringLiteral("template.json:8:7: error: expected ',' or '}'");
        QTest::newRow("unknown function") << QStringLiteral("unknown-function")
                                          << QStringLiteral("template.json:8:29: error: variables.storageName: unknown function 'toLowr'");
        QTest::newRow("missing parameter") << QStringLiteral("missing-parameter")
                                           << QStringLiteral("template.json:5:5: error: parameters.baseName: the parameter 'baseName' has no value");
        QTest::newRow("unknown dependsOn") << QStringLiteral("unknown-dependson")
                                           << QStringLiteral("template.json:30:9: error: resources[2].dependsOn[3]: 'notDeclared' is not a resource of this template");
        QTest::newRow("cycle") << QStringLiteral("cycle") << QStringLiteral("template.json:13:5: error: resources[1]: circular dependency: cyclesa");
    }

    void invalidTemplates()
    {
        QFETCH(QString, folder);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(QFile::copy(infraData(folder + QStringLiteral("/template.json")), dir.filePath(QStringLiteral("template.json"))));
        CliRunner cli;
        CliResult result = cli.run(validate({QStringLiteral("--template"), dir.filePath(QStringLiteral("template.json"))}));
        CLI_EXPECT_EXIT(result, 1);
        QVERIFY2(result.errText().contains(dir.filePath(expected)), result.describe().constData());
        QVERIFY2(result.errText().contains(QStringLiteral("mlops: error: ")), result.describe().constData());
        QVERIFY(result.out.isEmpty());

        // -o json: the same problem as data, still exit 1.
        result = cli.run(validate({QStringLiteral("--template"), dir.filePath(QStringLiteral("template.json")), QStringLiteral("-o"), QStringLiteral("json")}));
        CLI_EXPECT_EXIT(result, 1);
        const QJsonObject json = result.object();
        QCOMPARE(json.value(QStringLiteral("valid")).toBool(), false);
        const QJsonObject first = json.value(QStringLiteral("diagnostics")).toArray().at(0).toObject();
        QVERIFY(first.value(QStringLiteral("line")).toInt() > 0);
        QVERIFY(first.value(QStringLiteral("column")).toInt() > 0);
    }

    void parametersFileAndOverrides()
    {
        QTemporaryDir dir;
        const QString parameters = dir.filePath(QStringLiteral("env.parameters.json"));
        const QByteArray content = "{\n"
                                   "  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\",\n"
                                   "  \"contentVersion\": \"1.0.0.0\",\n"
                                   "  \"parameters\": { \"baseName\": { \"value\": \"fromfile\" }, \"storageSku\": { \"value\": \"Standard_ZRS\" } }\n"
                                   "}\n";
        QVERIFY(writeFile(parameters, content));
        CliRunner cli;
        CliResult result = cli.run(validate({QStringLiteral("--template"), sampleTemplate(), QStringLiteral("--parameters"), parameters,
                                             QStringLiteral("--param"), QStringLiteral("baseName=cli"), QStringLiteral("-o"), QStringLiteral("json")}));
        CLI_EXPECT_OK(result);
        const QJsonArray bound = result.object().value(QStringLiteral("parameters")).toArray();
        QCOMPARE(bound.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("cli"));
        QCOMPARE(bound.at(0).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("command line"));
        QCOMPARE(bound.at(3).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("Standard_ZRS"));
        QCOMPARE(bound.at(3).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("parameters file"));

        // A value the template's constraints refuse, with where it came from.
        result = cli.run(validate({QStringLiteral("--template"), sampleTemplate(), QStringLiteral("--param"), QStringLiteral("baseName=x"),
                                   QStringLiteral("--param"), QStringLiteral("location=mars")}));
        CLI_EXPECT_EXIT(result, 1);
        QVERIFY2(result.errText().contains(QStringLiteral("--param baseName=x: the parameter 'baseName': 'x' has 1 characters, fewer than the minLength 3")),
                 result.describe().constData());
        QVERIFY2(result.errText().contains(QStringLiteral("--param location=mars: the parameter 'location': the value 'mars' is not one of the allowed values")),
                 result.describe().constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no template") << QStringList{} << QStringLiteral("missing --template");
        QTest::newRow("param without =") << QStringList{QStringLiteral("--template"), sampleTemplate(), QStringLiteral("--param"), QStringLiteral("baseName")}
                                         << QStringLiteral("--param 'baseName': expected NAME=VALUE");
        QTest::newRow("unknown parameter") << QStringList{QStringLiteral("--template"), sampleTemplate(), QStringLiteral("--param"), QStringLiteral("colour=blue")}
                                           << QStringLiteral("--param colour: the template has no parameter 'colour'");
        QTest::newRow("missing file") << QStringList{QStringLiteral("--template"), QStringLiteral("/nonexistent/t.json")}
                                      << QStringLiteral("/nonexistent/t.json: error: cannot read the file");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        CliRunner cli;
        const CliResult result = cli.run(validate(arguments));
        CLI_EXPECT_EXIT(result, 1);
        QVERIFY2(result.errText().contains(expected), result.describe().constData());
    }

    void help()
    {
        CliRunner cli;
        const CliResult group = cli.run({QStringLiteral("--help")});
        CLI_EXPECT_OK(group);
        QVERIFY(group.outText().contains(QStringLiteral("infrastructure: validate an ARM template offline")));
        const CliResult command = cli.run(validate({QStringLiteral("--help")}));
        CLI_EXPECT_OK(command);
        for (const char *option : {"--template FILE", "--parameters FILE", "--param NAME=VALUE", "--connection NAME"})
            QVERIFY2(command.outText().contains(QLatin1String(option)), command.describe().constData());
    }

    void connectionGivesTheSubscription()
    {
        QTemporaryDir dir;
        CliRunner cli(dir.filePath(QStringLiteral("ws")));
        CLI_EXPECT_EXIT(cli.run({QStringLiteral("init"), QStringLiteral("--sample")}), 0);
        CliResult result = cli.run(validate(QStringList{QStringLiteral("--template"), sampleTemplate(), QStringLiteral("--connection"),
                                                        QStringLiteral("azure-rm-svc-connection")}
                                            + libraryValues()));
        CLI_EXPECT_OK(result);
        QVERIFY2(result.outText().contains(QStringLiteral("subscription ") + kSubscription), result.describe().constData());
        result = cli.run(validate({QStringLiteral("--template"), sampleTemplate(), QStringLiteral("--connection"), QStringLiteral("nope")}));
        CLI_EXPECT_EXIT(result, 1);
    }

    void infrastructurePipeline()
    {
        QTemporaryDir dir;
        CliRunner cli(dir.filePath(QStringLiteral("ws")));
        CLI_EXPECT_EXIT(cli.run({QStringLiteral("init"), QStringLiteral("--sample")}), 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("ws/repos/mlops-sample/environment_setup/arm-templates/cloud-environment.json"))));

        const QStringList run{QStringLiteral("pipeline"), QStringLiteral("run"), QStringLiteral("Infrastructure"), QStringLiteral("--follow")};
        const CliResult first = cli.run(run);
        CLI_EXPECT_EXIT(first, 0);
        const QString log = first.outText();
        QVERIFY2(log.contains(QStringLiteral("cloud-environment.json: valid")), first.describe().constData());
        QVERIFY(log.contains(QStringLiteral("Deployment 'cloud-environment' to resource group mlops-RG (japaneast), subscription ") + kSubscription));
        const QList<QStringList> rows = tableRows(log);
        QCOMPARE(rows.size(), 5);
        QStringList names;
        for (const QStringList &row : rows)
            names.append(row.at(1) + QLatin1Char(' ') + row.at(2));
        QCOMPARE(names, (QStringList{QStringLiteral("Microsoft.Insights/components mlops-ai"),
                                     QStringLiteral("Microsoft.ContainerRegistry/registries mlopsacrbd4xrq"),
                                     QStringLiteral("Microsoft.Storage/storageAccounts mlopssabd4xrq"),
                                     QStringLiteral("Microsoft.KeyVault/vaults mlops-kv-bd4xrq"),
                                     QStringLiteral("Microsoft.MachineLearningServices/workspaces mlops-AML-WS")}));

        // The Library's BASE_NAME is longer than the template's maxLength: the step fails.
        CLI_EXPECT_OK(cli.run({QStringLiteral("vargroup"), QStringLiteral("set"), QStringLiteral("devopsforai-aml-vg"),
                               QStringLiteral("BASE_NAME"), QStringLiteral("averyverylongname")}));
        const CliResult second = cli.run(run);
        CLI_EXPECT_EXIT(second, 3);
        QVERIFY2(second.outText().contains(QStringLiteral("--param baseName=averyverylongname: the parameter 'baseName': "
                                                          "'averyverylongname' has 17 characters, more than the maxLength 10")),
                 second.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliInfra)
#include "test_cli_infra.moc"
