// End-to-end tests of `mlops connection …` without secrets (those need a keychain and
// are in test_cli_secrets): success paths in table and JSON output, field problems
// from ServiceConnectionService::validate as "--flag: problem", and error exit codes.

#include "clirunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kTenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString kClient = QStringLiteral("0e3c4b1a-5d2f-4c8e-9a7b-1f2e3d4c5b6a");
const QString kSubscription = QStringLiteral("11111111-2222-3333-4444-555555555555");

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *word : list)
        out.append(QString::fromUtf8(word));
    return out;
}

QStringList json(QStringList arguments) { return arguments << QStringLiteral("-o") << QStringLiteral("json"); }

QStringList armCreate(const QString &name)
{
    return QStringList{QStringLiteral("connection"), QStringLiteral("create"), QStringLiteral("--type"), QStringLiteral("azurerm"),
                       QStringLiteral("--name"), name, QStringLiteral("--tenant-id"), kTenant, QStringLiteral("--client-id"),
                       kClient, QStringLiteral("--subscription-id"), kSubscription, QStringLiteral("--subscription-name"),
                       QStringLiteral("Visual Studio Enterprise")};
}

}  // namespace

class TestCliConnection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createListShowDelete();
    void scopes_data();
    void scopes();
    void azureDevOps();
    void fieldProblems_data();
    void fieldProblems();
    void errors_data();
    void errors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliConnection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliRunner>(m_dir->filePath(QStringLiteral("ws")));
}

void TestCliConnection::cleanup()
{
    m_cli.reset();
    m_dir.reset();
}

void TestCliConnection::createListShowDelete()
{
    CliResult r = m_cli->run(armCreate(QStringLiteral("arm-sub")) << QStringLiteral("--description") << QStringLiteral("the subscription"));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText(), QStringLiteral("Created service connection 'arm-sub' (azurerm, secret not set).\n"));

    r = m_cli->run(json(armCreate(QStringLiteral("arm-second"))));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("arm-second"));
    QCOMPARE(r.object().value(QStringLiteral("secretIsSet")).toBool(), false);

    r = m_cli->run(words({"connection", "list"}));
    CLI_EXPECT_OK(r);
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(QRegularExpression(QStringLiteral("^NAME\\s+TYPE\\s+SCOPE\\s+TARGET\\s+SECRET\\s+MODIFIED$")).match(lines.at(0)).hasMatch());
    QVERIFY(lines.at(1).startsWith(QStringLiteral("arm-second")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("arm-sub")));
    QVERIFY(lines.at(2).contains(QStringLiteral("Visual Studio Enterprise")));
    QVERIFY(lines.at(2).contains(QStringLiteral("(not set)")));
    QCOMPARE(lines.at(2).indexOf(QStringLiteral("azurerm")), lines.at(0).indexOf(QStringLiteral("TYPE")));

    r = m_cli->run(json(words({"connection", "list"})));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.array().size(), 2);
    const QJsonObject sub = r.array().at(1).toObject();
    QCOMPARE(sub.value(QStringLiteral("name")).toString(), QStringLiteral("arm-sub"));
    QCOMPARE(sub.value(QStringLiteral("type")).toString(), QStringLiteral("azurerm"));
    QCOMPARE(sub.value(QStringLiteral("scopeLevel")).toString(), QStringLiteral("Subscription"));
    QCOMPARE(sub.value(QStringLiteral("tenantId")).toString(), kTenant);
    QCOMPARE(sub.value(QStringLiteral("clientId")).toString(), kClient);
    QCOMPARE(sub.value(QStringLiteral("subscriptionId")).toString(), kSubscription);
    QCOMPARE(sub.value(QStringLiteral("description")).toString(), QStringLiteral("the subscription"));
    QVERIFY(sub.value(QStringLiteral("organizationUrl")).isNull());

    r = m_cli->run(words({"connection", "show", "ARM-SUB"}));
    CLI_EXPECT_OK(r);
    QVERIFY2(r.outText().contains(QRegularExpression(QStringLiteral("Tenant id:\\s+") + kTenant)), r.describe().constData());
    QVERIFY(r.outText().contains(QRegularExpression(QStringLiteral("Client secret:\\s+\\(not set\\)"))));
    QVERIFY(r.outText().contains(QRegularExpression(QStringLiteral("Used by:\\s+\\(nothing\\)"))));

    // A variable that names the connection makes it "used".
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "vg", "--var", "AZURE_RM_SVC_CONNECTION=arm-sub"})));
    r = m_cli->run(json(words({"connection", "show", "arm-sub"})));
    CLI_EXPECT_OK(r);
    const QJsonArray usedBy = r.object().value(QStringLiteral("usedBy")).toArray();
    QCOMPARE(usedBy.size(), 1);
    QVERIFY(usedBy.at(0).toObject().value(QStringLiteral("name")).toString().contains(QStringLiteral("vg")));

    // delete: refused without --yes when stdin is not a terminal.
    r = m_cli->run(words({"connection", "delete", "arm-sub"}));
    CLI_EXPECT_EXIT(r, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("--yes")), r.describe().constData());
    r = m_cli->run(words({"connection", "delete", "arm-second", "--yes"}));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText(), QStringLiteral("Deleted service connection 'arm-second'.\n"));
    r = m_cli->run(json(words({"connection", "delete", "arm-sub", "--yes"})));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("deleted")).toBool(), true);
    r = m_cli->run(words({"connection", "list"}));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText(), QStringLiteral("No service connections.\n"));
}

void TestCliConnection::scopes_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("scopeLevel");
    QTest::addColumn<QString>("target");
    QTest::newRow("subscription") << words({"--scope", "subscription"}) << QStringLiteral("Subscription")
                                  << QStringLiteral("Visual Studio Enterprise");
    QTest::newRow("resourcegroup") << words({"--scope", "resourcegroup", "--resource-group", "rg-ml"})
                                   << QStringLiteral("ResourceGroup") << QStringLiteral("Visual Studio Enterprise / rg-ml");
    QTest::newRow("mlworkspace") << words({"--scope", "MLWorkspace", "--resource-group", "rg-ml", "--workspace-name", "mlw"})
                                 << QStringLiteral("MachineLearningWorkspace") << QStringLiteral("Visual Studio Enterprise / rg-ml / mlw");
}

void TestCliConnection::scopes()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, scopeLevel);
    QFETCH(QString, target);
    CliResult r = m_cli->run(json(armCreate(QStringLiteral("scoped")) << extra));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("scopeLevel")).toString(), scopeLevel);
    r = m_cli->run(words({"connection", "list"}));
    CLI_EXPECT_OK(r);
    QVERIFY2(r.outText().contains(target), r.describe().constData());
}

void TestCliConnection::azureDevOps()
{
    CliResult r = m_cli->run(words({"connection", "create", "--type", "azuredevops", "--name", "ado", "--org-url",
                                    "https://dev.azure.com/contoso"}));
    CLI_EXPECT_OK(r);
    r = m_cli->run(json(words({"connection", "show", "ado"})));
    CLI_EXPECT_OK(r);
    const QJsonObject o = r.object();
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("azuredevops"));
    QCOMPARE(o.value(QStringLiteral("organizationUrl")).toString(), QStringLiteral("https://dev.azure.com/contoso"));
    QVERIFY(o.value(QStringLiteral("tenantId")).isNull());
    QVERIFY(o.value(QStringLiteral("scopeLevel")).isNull());
    r = m_cli->run(words({"connection", "show", "ado"}));
    CLI_EXPECT_OK(r);
    QVERIFY(r.outText().contains(QRegularExpression(QStringLiteral("Organization URL:\\s+https://dev.azure.com/contoso"))));
}

void TestCliConnection::fieldProblems_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("flags");
    const auto replaced = [](const QString &option, const QString &value) {
        QStringList args = armCreate(QStringLiteral("c"));
        args[args.indexOf(option) + 1] = value;
        return args;
    };
    QTest::newRow("invalid tenant GUID") << replaced(QStringLiteral("--tenant-id"), QStringLiteral("not-a-guid"))
                                         << QStringList{QStringLiteral("--tenant-id")};
    QTest::newRow("invalid client GUID") << replaced(QStringLiteral("--client-id"), QStringLiteral("1234"))
                                         << QStringList{QStringLiteral("--client-id")};
    QTest::newRow("invalid subscription GUID") << replaced(QStringLiteral("--subscription-id"), QStringLiteral("zzzzzzzz-2222-3333-4444-555555555555"))
                                               << QStringList{QStringLiteral("--subscription-id")};
    QTest::newRow("missing ARM fields") << words({"connection", "create", "--type", "azurerm", "--name", "c"})
                                        << QStringList{QStringLiteral("--tenant-id"), QStringLiteral("--client-id"),
                                                       QStringLiteral("--subscription-id")};
    QTest::newRow("resource group scope without group")
        << (armCreate(QStringLiteral("c")) << QStringLiteral("--scope") << QStringLiteral("resourcegroup"))
        << QStringList{QStringLiteral("--resource-group")};
    QTest::newRow("ML workspace scope without workspace")
        << (armCreate(QStringLiteral("c")) << QStringLiteral("--scope") << QStringLiteral("mlworkspace")
                                           << QStringLiteral("--resource-group") << QStringLiteral("rg"))
        << QStringList{QStringLiteral("--workspace-name")};
    QTest::newRow("missing name") << words({"connection", "create", "--type", "azuredevops", "--org-url", "https://dev.azure.com/x"})
                                  << QStringList{QStringLiteral("--name")};
    QTest::newRow("bad organization URL") << words({"connection", "create", "--type", "azuredevops", "--name", "c", "--org-url", "ftp://x"})
                                          << QStringList{QStringLiteral("--org-url")};
}

void TestCliConnection::fieldProblems()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, flags);
    const CliResult r = m_cli->run(arguments);
    CLI_EXPECT_EXIT(r, 1);
    QVERIFY2(r.out.isEmpty(), r.describe().constData());
    const QStringList lines = r.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QStringLiteral("mlops: error: --")), r.describe().constData());
    for (const QString &flag : flags) {
        const QString prefix = QStringLiteral("mlops: error: ") + flag + QStringLiteral(": ");
        const bool found = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return line.startsWith(prefix) && line.size() > prefix.size();
        });
        QVERIFY2(found, qPrintable(flag + QStringLiteral(" missing in: ") + r.errText()));
    }
    QCOMPARE(m_cli->run(json(words({"connection", "list"}))).array().size(), 0);
}

void TestCliConnection::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("show unknown") << words({"connection", "show", "nosuch"}) << QStringLiteral("nosuch");
    QTest::newRow("delete unknown") << words({"connection", "delete", "nosuch", "--yes"}) << QStringLiteral("nosuch");
    QTest::newRow("duplicate name") << armCreate(QStringLiteral("EXISTING")) << QStringLiteral("EXISTING");
}

void TestCliConnection::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    CLI_EXPECT_OK(m_cli->run(armCreate(QStringLiteral("existing"))));
    const CliResult r = m_cli->run(arguments);
    CLI_EXPECT_EXIT(r, 1);
    QVERIFY2(r.errText().startsWith(QStringLiteral("mlops: error: ")), r.describe().constData());
    QVERIFY2(r.errText().contains(message), r.describe().constData());
    QCOMPARE(m_cli->run(json(words({"connection", "list"}))).array().size(), 1);
}

QTEST_GUILESS_MAIN(TestCliConnection)
#include "test_cli_connection.moc"
