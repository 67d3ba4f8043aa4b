// End-to-end tests of secret values through `mlops`: `vargroup set --secret` from
// standard input, masking in show/export/history, secrets of clone and connections,
// and the failure when no keychain (Secret Service) is reachable.
//
// All but unreachableKeychain need a Secret Service: run ctest inside
// tests/with-keyring.sh. Without one they are skipped, or fail when CI=true.

#include "clirunner.h"

#include "core/library/keychainsecretstore.h"
#include "core/library/serviceconnectionservice.h"
#include "core/library/variablegroupservice.h"
#include "core/store/workspace.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace mlops;

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *word : list)
        out.append(QString::fromUtf8(word));
    return out;
}

QStringList json(QStringList arguments) { return arguments << QStringLiteral("-o") << QStringLiteral("json"); }

QJsonObject variableNamed(const QJsonObject &group, const QString &name)
{
    for (const QJsonValue &v : group.value(QStringLiteral("variables")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

}  // namespace

// Skips (or, on CI, fails) a test that needs a keychain when none is reachable.
#define REQUIRE_KEYCHAIN()                                                                                   \
    do {                                                                                                     \
        if (!m_keychainError.isEmpty()) {                                                                    \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL(qPrintable(QStringLiteral("no Secret Service (run inside tests/with-keyring.sh): ") + m_keychainError)); \
            QSKIP(qPrintable(QStringLiteral("no Secret Service (run inside tests/with-keyring.sh): ") + m_keychainError)); \
        }                                                                                                    \
    } while (false)

class TestCliSecrets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void secretFromStdin_data();
    void secretFromStdin();
    void secretMaskedEverywhere();
    void secretGivenAsArgument();
    void secretTypedOnTerminal();
    void emptySecretIsSetWithoutValue();
    void cloneKeepsSecrets();
    void connectionSecretFromStdin();
    void unreachableKeychain();

private:
    // The secret value stored for `variable` of `group`, read in this process.
    QString storedSecret(const QString &group, const QString &variable);

    QString m_keychainError;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliSecrets::initTestCase()
{
    library::KeychainSecretStore store;
    const QString key = QStringLiteral("mlops-e2e-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Result<void> w = store.write(key, QStringLiteral("probe")); !w.ok()) {
        m_keychainError = w.error().message;
        return;
    }
    Result<QString> r = store.read(key);
    if (!r.ok() || *r != QLatin1String("probe"))
        m_keychainError = r.ok() ? QStringLiteral("read back a different value") : r.error().message;
    (void)store.remove(key);
}

void TestCliSecrets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = m_dir->filePath(QStringLiteral("ws"));
    m_cli = std::make_unique<CliRunner>(m_workspace);
}

void TestCliSecrets::cleanup()
{
    // Deleting the groups and connections removes their keychain entries.
    if (m_keychainError.isEmpty() && m_cli) {
        const CliResult groups = m_cli->run(json(words({"vargroup", "list"})));
        for (const QJsonValue &g : groups.array())
            m_cli->run(words({"vargroup", "delete", "--yes"}) << g.toObject().value(QStringLiteral("name")).toString());
        const CliResult connections = m_cli->run(json(words({"connection", "list"})));
        for (const QJsonValue &c : connections.array())
            m_cli->run(words({"connection", "delete", "--yes"}) << c.toObject().value(QStringLiteral("name")).toString());
    }
    m_cli.reset();
    m_dir.reset();
}

QString TestCliSecrets::storedSecret(const QString &group, const QString &variable)
{
    Result<std::shared_ptr<store::Workspace>> workspace = store::Workspace::open(m_workspace);
    if (!workspace.ok())
        return QStringLiteral("<workspace: %1>").arg(workspace.error().message);
    library::VariableGroupService service(*workspace, std::make_shared<library::KeychainSecretStore>());
    Result<library::VariableGroup> found = service.findByName(group);
    if (!found.ok())
        return QStringLiteral("<group: %1>").arg(found.error().message);
    Result<QString> value = service.secretValue(found->id, variable);
    return value.ok() ? *value : QStringLiteral("<secret: %1>").arg(value.error().message);
}

void TestCliSecrets::secretFromStdin_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("stored");
    QTest::newRow("one line") << QByteArray("s3cr3t-value\n") << QStringLiteral("s3cr3t-value");
    QTest::newRow("no line break") << QByteArray("s3cr3t-value") << QStringLiteral("s3cr3t-value");
    QTest::newRow("CRLF") << QByteArray("s3cr3t-value\r\n") << QStringLiteral("s3cr3t-value");
    QTest::newRow("several lines") << QByteArray("-----BEGIN KEY-----\nabc\n-----END KEY-----\n")
                                   << QStringLiteral("-----BEGIN KEY-----\nabc\n-----END KEY-----");
    QTest::newRow("unicode") << QByteArray("p\xc3\xa4ss w\xc3\xb6rd\n") << QStringLiteral("p\u00e4ss w\u00f6rd");
}

void TestCliSecrets::secretFromStdin()
{
    REQUIRE_KEYCHAIN();
    QFETCH(QByteArray, input);
    QFETCH(QString, stored);
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "g", "--var", "PLAIN=1"})));
    const CliResult r = m_cli->run(words({"vargroup", "set", "g", "TOKEN", "--secret"}), input);
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText(), QStringLiteral("Set secret TOKEN in variable group 'g' (revision 2).\n"));
    QCOMPARE(storedSecret(QStringLiteral("g"), QStringLiteral("TOKEN")), stored);
}

void TestCliSecrets::secretMaskedEverywhere()
{
    REQUIRE_KEYCHAIN();
    const QString secret = QStringLiteral("do-not-print-me-4711");
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "g", "--var", "PLAIN=visible"})));
    CLI_EXPECT_OK(m_cli->run(json(words({"vargroup", "set", "g", "TOKEN", "--secret"})), secret.toUtf8() + '\n'));

    CliResult r = m_cli->run(words({"vargroup", "show", "g"}));
    CLI_EXPECT_OK(r);
    QVERIFY(!r.outText().contains(secret));
    QVERIFY2(QRegularExpression(QStringLiteral("TOKEN\\s+\\*{8}\\s+yes")).match(r.outText()).hasMatch(), r.describe().constData());

    r = m_cli->run(json(words({"vargroup", "show", "g"})));
    CLI_EXPECT_OK(r);
    QVERIFY(!r.outText().contains(secret));
    const QJsonObject token = variableNamed(r.object(), QStringLiteral("TOKEN"));
    QVERIFY(token.value(QStringLiteral("value")).isNull());
    QCOMPARE(token.value(QStringLiteral("isSecret")).toBool(), true);
    QCOMPARE(token.value(QStringLiteral("secretIsSet")).toBool(), true);
    QCOMPARE(variableNamed(r.object(), QStringLiteral("PLAIN")).value(QStringLiteral("value")).toString(), QStringLiteral("visible"));

    r = m_cli->run(json(words({"vargroup", "list"})));
    QCOMPARE(r.array().at(0).toObject().value(QStringLiteral("secretCount")).toInt(), 1);

    r = m_cli->run(words({"vargroup", "export", "g"}));
    CLI_EXPECT_OK(r);
    QVERIFY(!r.outText().contains(secret));
    const QJsonObject exported = r.object().value(QStringLiteral("variables")).toObject().value(QStringLiteral("TOKEN")).toObject();
    QVERIFY(exported.contains(QStringLiteral("value")));
    QVERIFY(exported.value(QStringLiteral("value")).isNull());
    QCOMPARE(exported.value(QStringLiteral("isSecret")).toBool(), true);

    for (const QStringList &history : {words({"vargroup", "history", "g"}), json(words({"vargroup", "history", "g"}))}) {
        r = m_cli->run(history);
        CLI_EXPECT_OK(r);
        QVERIFY(!r.outText().contains(secret));
    }

    // Replacing the secret with another value keeps it masked and stores the new one.
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "set", "g", "TOKEN", "--secret"}), "second\n"));
    QCOMPARE(storedSecret(QStringLiteral("g"), QStringLiteral("TOKEN")), QStringLiteral("second"));
}

void TestCliSecrets::secretGivenAsArgument()
{
    REQUIRE_KEYCHAIN();
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "g"})));
    const CliResult r = m_cli->run(json(words({"vargroup", "set", "g", "PASSWORD", "from-argument", "--secret"})));
    CLI_EXPECT_OK(r);
    QVERIFY(!r.outText().contains(QStringLiteral("from-argument")));
    QCOMPARE(storedSecret(QStringLiteral("g"), QStringLiteral("PASSWORD")), QStringLiteral("from-argument"));
}

void TestCliSecrets::secretTypedOnTerminal()
{
    REQUIRE_KEYCHAIN();
    if (CliRunner::scriptPath().isEmpty())
        QSKIP("util-linux 'script' is needed to give mlops a terminal");
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "g"})));
    // Only the first line counts on a terminal.
    const CliResult r = m_cli->runOnTerminal(words({"vargroup", "set", "g", "TYPED", "--secret"}), "typed-secret\nignored\n");
    CLI_EXPECT_EXIT(r, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("Value of secret TYPED: ")), r.describe().constData());
    QVERIFY2(r.outText().contains(QStringLiteral("Set secret TYPED in variable group 'g' (revision 2).")), r.describe().constData());
    QCOMPARE(storedSecret(QStringLiteral("g"), QStringLiteral("TYPED")), QStringLiteral("typed-secret"));
}

void TestCliSecrets::emptySecretIsSetWithoutValue()
{
    REQUIRE_KEYCHAIN();
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "g"})));
    CliResult r = m_cli->run(words({"vargroup", "set", "g", "EMPTY", "--secret"}), "");
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText(), QStringLiteral("Set secret EMPTY (without a value) in variable group 'g' (revision 2).\n"));
    r = m_cli->run(json(words({"vargroup", "show", "g"})));
    const QJsonObject variable = variableNamed(r.object(), QStringLiteral("EMPTY"));
    QCOMPARE(variable.value(QStringLiteral("isSecret")).toBool(), true);
    QCOMPARE(variable.value(QStringLiteral("secretIsSet")).toBool(), false);
    r = m_cli->run(words({"vargroup", "show", "g"}));
    QVERIFY2(QRegularExpression(QStringLiteral("EMPTY\\s+\\(not set\\)\\s+yes")).match(r.outText()).hasMatch(), r.describe().constData());
}

void TestCliSecrets::cloneKeepsSecrets()
{
    REQUIRE_KEYCHAIN();
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "dev", "--var", "A=1"})));
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "set", "dev", "TOKEN", "--secret"}), "cloned-secret"));
    const CliResult r = m_cli->run(json(words({"vargroup", "clone", "dev", "prod"})));
    CLI_EXPECT_OK(r);
    QCOMPARE(variableNamed(r.object(), QStringLiteral("TOKEN")).value(QStringLiteral("secretIsSet")).toBool(), true);
    QCOMPARE(storedSecret(QStringLiteral("prod"), QStringLiteral("TOKEN")), QStringLiteral("cloned-secret"));

    const CliResult compared = m_cli->run(words({"vargroup", "compare", "dev", "prod"}));
    CLI_EXPECT_OK(compared);
    QVERIFY(!compared.outText().contains(QStringLiteral("cloned-secret")));
}

void TestCliSecrets::connectionSecretFromStdin()
{
    REQUIRE_KEYCHAIN();
    const QString secret = QStringLiteral("client-secret-value-42");
    CliResult r = m_cli->run(json(words({"connection", "create", "--type", "azurerm", "--name", "arm", "--tenant-id",
                                         "72f988bf-86f1-41af-91ab-2d7cd011db47", "--client-id",
                                         "0e3c4b1a-5d2f-4c8e-9a7b-1f2e3d4c5b6a", "--subscription-id",
                                         "11111111-2222-3333-4444-555555555555", "--subscription-name", "sub",
                                         "--secret-stdin"})),
                             secret.toUtf8() + '\n');
    CLI_EXPECT_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("secretIsSet")).toBool(), true);
    QVERIFY(!r.outText().contains(secret));

    r = m_cli->run(words({"connection", "show", "arm"}));
    CLI_EXPECT_OK(r);
    QVERIFY(!r.outText().contains(secret));
    QVERIFY(r.outText().contains(QRegularExpression(QStringLiteral("Client secret:\\s+\\*{8}"))));

    r = m_cli->run(words({"connection", "create", "--type", "azuredevops", "--name", "ado", "--org-url",
                          "https://dev.azure.com/contoso", "--secret-stdin"}),
                   "pat-value\n");
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText(), QStringLiteral("Created service connection 'ado' (azuredevops, secret stored in the keychain).\n"));
    r = m_cli->run(words({"connection", "list"}));
    CLI_EXPECT_OK(r);
    QVERIFY(!r.outText().contains(secret));
    QVERIFY(!r.outText().contains(QStringLiteral("pat-value")));
}

void TestCliSecrets::unreachableKeychain()
{
    // Works without a Secret Service: the child gets a session bus that does not exist.
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "G", "--var", "A=1"})));
    CliRunner cli(m_workspace);
    cli.setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    const CliResult r = cli.run(words({"vargroup", "set", "G", "S", "--secret"}), "value\n");
    CLI_EXPECT_EXIT(r, 1);
    QVERIFY2(r.errText().startsWith(QStringLiteral("mlops: error: ")), r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("keychain"), Qt::CaseInsensitive)
                 || r.errText().contains(QStringLiteral("Secret Service"), Qt::CaseInsensitive),
             r.describe().constData());
    QVERIFY2(r.out.isEmpty(), r.describe().constData());

    // Nothing was saved: the group still has its one plain variable.
    const CliResult after = m_cli->run(json(words({"vargroup", "show", "G"})));
    CLI_EXPECT_OK(after);
    QCOMPARE(after.object().value(QStringLiteral("variables")).toArray().size(), 1);
    QCOMPARE(after.object().value(QStringLiteral("revision")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "test_cli_secrets.moc"
