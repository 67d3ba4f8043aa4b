// End-to-end tests of the `mlops` binary: global options, help and version, usage
// errors, `init`, where the workspace is found, workspaces that must be refused,
// the internal-error exit code, and two processes writing one workspace at once.

#include "clirunner.h"

#include "core/store/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Creates an SQLite file at `path` with PRAGMA user_version = `version` and no tables.
bool makeDatabase(const QString &path, int version)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE TABLE unrelated (x INTEGER)"))
                 && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

}  // namespace

class TestCliWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void initCreatesAndReopens();
    void initSampleTable();
    void initSampleJson();
    void workspaceFromEnvironment();
    void workspaceDefaultFolder();
    void workspaceIsAFile();
    void newerSchemaIsRefusedUntouched();
    void damagedWorkspaceIsAnInternalError();
    void concurrentWriters();
};

void TestCliWorkspace::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("Usage: mlops");
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("vargroup");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringLiteral("mlops 0.");
    QTest::newRow("vargroup --help") << QStringList{QStringLiteral("vargroup"), QStringLiteral("--help")}
                                     << QStringLiteral("Usage: mlops vargroup COMMAND");
    QTest::newRow("connection --help") << QStringList{QStringLiteral("connection"), QStringLiteral("--help")}
                                       << QStringLiteral("create");
    QTest::newRow("vargroup set --help") << QStringList{QStringLiteral("vargroup"), QStringLiteral("set"), QStringLiteral("--help")}
                                         << QStringLiteral("Usage: mlops vargroup set GROUP NAME [VALUE] [--secret]");
    QTest::newRow("init --help") << QStringList{QStringLiteral("init"), QStringLiteral("--help")}
                                 << QStringLiteral("--sample");
    QTest::newRow("connection create --help")
        << QStringList{QStringLiteral("connection"), QStringLiteral("create"), QStringLiteral("-h")}
        << QStringLiteral("--secret-stdin");
}

void TestCliWorkspace::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliResult r = CliRunner().run(arguments);
    CLI_EXPECT_OK(r);
    QVERIFY2(r.outText().contains(expected), r.describe().constData());
}

void TestCliWorkspace::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const auto args = [](std::initializer_list<const char *> words) {
        QStringList list;
        for (const char *word : words)
            list.append(QString::fromUtf8(word));
        return list;
    };
    QTest::newRow("no command") << QStringList{} << QStringLiteral("missing command");
    QTest::newRow("unknown command") << args({"frobnicate"}) << QStringLiteral("unknown command 'frobnicate'");
    QTest::newRow("unknown global option") << args({"--bogus", "vargroup", "list"}) << QStringLiteral("unknown option '--bogus'");
    QTest::newRow("unknown option") << args({"vargroup", "list", "--bogus"}) << QStringLiteral("unknown option '--bogus'");
    QTest::newRow("unknown short option") << args({"vargroup", "list", "-z"}) << QStringLiteral("unknown option '-z'");
    QTest::newRow("missing subcommand") << args({"vargroup"}) << QStringLiteral("missing vargroup command");
    QTest::newRow("unknown subcommand") << args({"connection", "frob"}) << QStringLiteral("unknown connection command 'frob'");
    QTest::newRow("missing NAME") << args({"vargroup", "show"}) << QStringLiteral("missing NAME");
    QTest::newRow("missing GROUP NAME") << args({"vargroup", "unset", "g"}) << QStringLiteral("missing NAME");
    QTest::newRow("extra argument") << args({"vargroup", "show", "a", "b"}) << QStringLiteral("unexpected argument 'b'");
    QTest::newRow("option without value") << args({"vargroup", "list", "--filter"}) << QStringLiteral("option '--filter' needs a value");
    QTest::newRow("flag with value") << args({"init", "--sample=yes"}) << QStringLiteral("option '--sample' takes no value");
    QTest::newRow("option twice") << args({"vargroup", "create", "g", "--description", "a", "--description", "b"})
                                  << QStringLiteral("option '--description' is given more than once");
    QTest::newRow("bad output format") << args({"-o", "xml", "vargroup", "list"}) << QStringLiteral("unknown output format 'xml'");
    QTest::newRow("set without value") << args({"vargroup", "set", "g", "V"}) << QStringLiteral("missing VALUE for V");
    QTest::newRow("var without =") << args({"vargroup", "create", "g", "--var", "NOEQUALS"})
                                   << QStringLiteral("--var NOEQUALS: expected NAME=VALUE");
    QTest::newRow("connection without type") << args({"connection", "create", "--name", "c"}) << QStringLiteral("missing --type");
    QTest::newRow("connection bad type") << args({"connection", "create", "--type", "aws", "--name", "c"})
                                         << QStringLiteral("unknown --type 'aws'");
    QTest::newRow("connection bad scope") << args({"connection", "create", "--type", "azurerm", "--name", "c", "--scope", "galaxy"})
                                          << QStringLiteral("unknown --scope 'galaxy'");
    QTest::newRow("option of the other type") << args({"connection", "create", "--type", "azuredevops", "--name", "c", "--tenant-id", "x"})
                                               << QStringLiteral("--tenant-id does not apply to --type azuredevops");
}

void TestCliWorkspace::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = dir.filePath(QStringLiteral("ws"));
    const CliResult r = CliRunner(workspace).run(arguments);
    CLI_EXPECT_EXIT(r, 1);
    QVERIFY2(r.errText().startsWith(QStringLiteral("mlops: error: ")), r.describe().constData());
    QVERIFY2(r.errText().contains(message), r.describe().constData());
    // Usage errors say how the command is used, and print nothing on stdout.
    QVERIFY2(r.errText().contains(QStringLiteral("Usage: mlops")) || r.errText().contains(QStringLiteral("mlops --help")),
             r.describe().constData());
    QVERIFY2(r.out.isEmpty(), r.describe().constData());
    // A command line that is wrong never creates a workspace.
    QVERIFY(!QFileInfo::exists(workspace));
}

void TestCliWorkspace::initCreatesAndReopens()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("new/ws"));
    const CliRunner cli(workspace);

    CliResult r = cli.run({QStringLiteral("init")});
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText(), QStringLiteral("Created workspace %1\nIt holds 0 variable group(s) and 0 service connection(s).\n").arg(workspace));
    QVERIFY(QFileInfo::exists(workspace + QStringLiteral("/workspace.db")));

    r = cli.run({QStringLiteral("init"), QStringLiteral("-o"), QStringLiteral("json")});
    CLI_EXPECT_OK(r);
    const QJsonObject o = r.object();
    QCOMPARE(o.value(QStringLiteral("workspace")).toString(), workspace);
    QCOMPARE(o.value(QStringLiteral("database")).toString(), workspace + QStringLiteral("/workspace.db"));
    QCOMPARE(o.value(QStringLiteral("created")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("variableGroupCount")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("serviceConnectionCount")).toInt(), 0);
    QVERIFY(!o.contains(QStringLiteral("variableGroups")));
}

void TestCliWorkspace::initSampleTable()
{
    QTemporaryDir dir;
    const CliRunner cli(dir.filePath(QStringLiteral("ws")));
    const CliResult r = cli.run({QStringLiteral("init"), QStringLiteral("--sample")});
    CLI_EXPECT_OK(r);
    const QString text = r.outText();
    QVERIFY2(text.contains(QStringLiteral("Sample Library added")), r.describe().constData());
    QVERIFY2(text.contains(QStringLiteral("Variable group devopsforai-aml-vg")), r.describe().constData());
    for (const char *variable : {"ACI_DEPLOYMENT_NAME", "AKS_DEPLOYMENT_NAME", "AKS_COMPUTE_NAME", "AZURE_RM_SVC_CONNECTION",
                                 "BASE_NAME", "LOCATION", "RESOURCE_GROUP", "WORKSPACE_NAME", "WORKSPACE_SVC_CONNECTION"})
        QVERIFY2(text.contains(QString::fromUtf8(variable)), variable);
    QVERIFY(text.contains(QStringLiteral("Service connections (2)")));
    QVERIFY(text.contains(QStringLiteral("azure-rm-svc-connection")));
    QVERIFY(text.contains(QStringLiteral("ws-svc-connection")));
    // The variables and the connections are tables with a header row.
    QVERIFY(QRegularExpression(QStringLiteral("\\n\\s+NAME\\s+VALUE")).match(text).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("\\n\\s+NAME\\s+TYPE\\s+SCOPE\\s+TARGET")).match(text).hasMatch());
    // The sample repository and the registered pipelines.
    QVERIFY2(text.contains(QStringLiteral("Sample repository %1/repos/mlops-sample").arg(dir.filePath(QStringLiteral("ws")))),
             r.describe().constData());
    QVERIFY(text.contains(QStringLiteral("Pipelines (3)")));
    QVERIFY(QRegularExpression(QStringLiteral("\\n\\s+Model-Train-Register-CI\\s+\\.pipelines/diabetes_regression-ci\\.yml\\n"))
                .match(text).hasMatch());
    QVERIFY(text.contains(QStringLiteral("Model-Deploy-CD")));
    QVERIFY(text.contains(QStringLiteral("Infrastructure")));
}

void TestCliWorkspace::initSampleJson()
{
    QTemporaryDir dir;
    const CliRunner cli(dir.filePath(QStringLiteral("ws")));
    for (int round = 0; round < 2; ++round) {  // idempotent: the second run changes nothing
        const CliResult r = cli.run({QStringLiteral("--output=json"), QStringLiteral("init"), QStringLiteral("--sample")});
        CLI_EXPECT_OK(r);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QStringLiteral("created")).toBool(), round == 0);
        const QJsonArray groups = o.value(QStringLiteral("variableGroups")).toArray();
        QCOMPARE(groups.size(), 1);
        const QJsonObject group = groups.at(0).toObject();
        QCOMPARE(group.value(QStringLiteral("name")).toString(), QStringLiteral("devopsforai-aml-vg"));
        QCOMPARE(group.value(QStringLiteral("revision")).toInt(), 1);
        const QJsonArray variables = group.value(QStringLiteral("variables")).toArray();
        QCOMPARE(variables.size(), 9);
        QSet<QString> names;
        for (const QJsonValue &v : variables) {
            names.insert(v.toObject().value(QStringLiteral("name")).toString());
            QVERIFY(v.toObject().contains(QStringLiteral("isSecret")));
        }
        QVERIFY(names.contains(QStringLiteral("WORKSPACE_SVC_CONNECTION")));
        const QJsonArray connections = o.value(QStringLiteral("serviceConnections")).toArray();
        QCOMPARE(connections.size(), 2);
        QSet<QString> connectionNames;
        for (const QJsonValue &c : connections) {
            connectionNames.insert(c.toObject().value(QStringLiteral("name")).toString());
            QCOMPARE(c.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("azurerm"));
        }
        QCOMPARE(connectionNames, (QSet<QString>{QStringLiteral("azure-rm-svc-connection"), QStringLiteral("ws-svc-connection")}));
        const QJsonArray pipelines = o.value(QStringLiteral("pipelines")).toArray();
        QCOMPARE(pipelines.size(), 3);
        QCOMPARE(pipelines.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Model-Train-Register-CI"));
        QCOMPARE(pipelines.at(1).toObject().value(QStringLiteral("yamlPath")).toString(),
                 QStringLiteral(".pipelines/diabetes_regression-ci.yml"));
        const QJsonObject repository = o.value(QStringLiteral("sampleRepository")).toObject();
        QCOMPARE(repository.value(QStringLiteral("path")).toString(), dir.filePath(QStringLiteral("ws/repos/mlops-sample")));
        const qsizetype written = repository.value(QStringLiteral("filesWritten")).toArray().size();
        QVERIFY(round == 0 ? written > 0 : written == 0);  // the second run keeps every file
    }
}

void TestCliWorkspace::workspaceFromEnvironment()
{
    QTemporaryDir dir;
    const QString fromEnv = dir.filePath(QStringLiteral("env-ws"));
    const QString fromOption = dir.filePath(QStringLiteral("option-ws"));
    CliRunner cli;
    cli.setEnv(QStringLiteral("MLOPS_WORKSPACE"), fromEnv);

    CliResult r = cli.run({QStringLiteral("init"), QStringLiteral("-o"), QStringLiteral("json")});
    CLI_EXPECT_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("workspace")).toString(), fromEnv);

    // --workspace wins over the environment, wherever it is on the command line.
    r = cli.run({QStringLiteral("init"), QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--workspace"), fromOption});
    CLI_EXPECT_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("workspace")).toString(), fromOption);
}

void TestCliWorkspace::workspaceDefaultFolder()
{
    QTemporaryDir dir;
    CliRunner cli;
    cli.setEnv(QStringLiteral("XDG_DATA_HOME"), dir.path());
    const CliResult r = cli.run({QStringLiteral("init"), QStringLiteral("-o"), QStringLiteral("json")});
    CLI_EXPECT_OK(r);
    const QString workspace = r.object().value(QStringLiteral("workspace")).toString();
    // The GUI's organization and application names (app/gui/main.cpp): both share it.
    QCOMPARE(workspace, dir.path() + QStringLiteral("/MLOpsWorkbench/mlops-workbench/workspace"));
    QVERIFY(QFileInfo::exists(workspace + QStringLiteral("/workspace.db")));
}

void TestCliWorkspace::workspaceIsAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a workspace\n");
    file.close();

    for (const QStringList &arguments : {QStringList{QStringLiteral("init")},
                                         QStringList{QStringLiteral("vargroup"), QStringLiteral("list")}}) {
        const CliResult r = CliRunner(path).run(arguments);
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().startsWith(QStringLiteral("mlops: error: ")), r.describe().constData());
        QVERIFY2(r.errText().contains(path), r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("is a file")), r.describe().constData());
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not a workspace\n"));
}

void TestCliWorkspace::newerSchemaIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("future"));
    QVERIFY(QDir().mkpath(workspace));
    const QString db = workspace + QStringLiteral("/workspace.db");
    QVERIFY(makeDatabase(db, 99));
    const QByteArray before = fileHash(db);
    const QDateTime modified = QFileInfo(db).lastModified();

    for (const QStringList &arguments : {QStringList{QStringLiteral("init")},
                                         QStringList{QStringLiteral("vargroup"), QStringLiteral("list")},
                                         QStringList{QStringLiteral("vargroup"), QStringLiteral("create"), QStringLiteral("g")}}) {
        const CliResult r = CliRunner(workspace).run(arguments);
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().startsWith(QStringLiteral("mlops: error: ")), r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("99")), r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
    }
    QCOMPARE(fileHash(db), before);
    QCOMPARE(QFileInfo(db).lastModified(), modified);
    QCOMPARE(QDir(workspace).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("workspace.db")});
}

void TestCliWorkspace::damagedWorkspaceIsAnInternalError()
{
    // A database that claims the current schema but has none of its tables: the
    // queries fail, which is not something the user did wrong.
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("damaged"));
    QVERIFY(QDir().mkpath(workspace));
    QVERIFY(makeDatabase(workspace + QStringLiteral("/workspace.db"), mlops::store::Migrations::kSchemaVersion));
    const CliResult r = CliRunner(workspace).run({QStringLiteral("vargroup"), QStringLiteral("list")});
    CLI_EXPECT_EXIT(r, 2);
    QVERIFY2(r.errText().startsWith(QStringLiteral("mlops: error: ")), r.describe().constData());
}

void TestCliWorkspace::concurrentWriters()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("shared"));
    const CliRunner cli(workspace);
    CLI_EXPECT_OK(cli.run({QStringLiteral("vargroup"), QStringLiteral("create"), QStringLiteral("shared-group")}));

    // Two chains of processes, each running 50 `vargroup set` one after the other,
    // so that two processes write the same workspace at any moment.
    constexpr int kPerWriter = 50;
    struct Writer {
        QString prefix;
        int next = 0;
        int failures = 0;
        QByteArray errors;
        QProcess process;
    };
    Writer writers[2];
    writers[0].prefix = QStringLiteral("A_");
    writers[1].prefix = QStringLiteral("B_");
    int running = 2;
    QEventLoop loop;
    std::function<void(Writer &)> startNext = [&](Writer &w) {
        const QString name = w.prefix + QString::number(w.next);
        w.process.setProcessEnvironment(cli.environment());
        w.process.start(CliRunner::binary(), cli.fullArguments({QStringLiteral("vargroup"), QStringLiteral("set"),
                                                                QStringLiteral("shared-group"), name,
                                                                QStringLiteral("value-") + name}));
    };
    for (Writer &w : writers) {
        QObject::connect(&w.process, &QProcess::finished, &loop, [&, wp = &w](int exitCode, QProcess::ExitStatus status) {
            const QByteArray err = wp->process.readAllStandardError();
            wp->process.readAllStandardOutput();
            if (status != QProcess::NormalExit || exitCode != 0 || !err.isEmpty()) {
                ++wp->failures;
                wp->errors += wp->prefix.toUtf8() + QByteArray::number(wp->next) + ": exit " + QByteArray::number(exitCode) + " " + err + '\n';
            }
            if (++wp->next < kPerWriter) {
                startNext(*wp);
            } else if (--running == 0) {
                loop.quit();
            }
        });
        QObject::connect(&w.process, &QProcess::errorOccurred, &loop, [&, wp = &w](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) {
                wp->errors += "failed to start\n";
                wp->failures = kPerWriter;
                if (--running == 0)
                    loop.quit();
            }
        });
    }
    // A guard against a hang, not a performance assertion.
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    startNext(writers[0]);
    startNext(writers[1]);
    loop.exec();

    QCOMPARE(running, 0);
    QVERIFY2(writers[0].failures == 0, writers[0].errors.constData());
    QVERIFY2(writers[1].failures == 0, writers[1].errors.constData());

    const CliResult r = cli.run({QStringLiteral("vargroup"), QStringLiteral("show"), QStringLiteral("shared-group"), QStringLiteral("-o"), QStringLiteral("json")});
    CLI_EXPECT_OK(r);
    const QJsonObject group = r.object();
    const QJsonArray variables = group.value(QStringLiteral("variables")).toArray();
    QCOMPARE(variables.size(), 2 * kPerWriter);
    QSet<QString> seen;
    for (const QJsonValue &v : variables) {
        const QJsonObject variable = v.toObject();
        const QString name = variable.value(QStringLiteral("name")).toString();
        QCOMPARE(variable.value(QStringLiteral("value")).toString(), QStringLiteral("value-") + name);
        seen.insert(name);
    }
    for (int i = 0; i < kPerWriter; ++i) {
        QVERIFY(seen.contains(QStringLiteral("A_") + QString::number(i)));
        QVERIFY(seen.contains(QStringLiteral("B_") + QString::number(i)));
    }
    QCOMPARE(group.value(QStringLiteral("revision")).toInt(), 1 + 2 * kPerWriter);
}

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "test_cli_workspace.moc"
