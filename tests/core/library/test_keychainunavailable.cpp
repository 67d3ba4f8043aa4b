// In a process that cannot reach any keychain (dead D-Bus session bus, no runtime
// dir), saving a secret fails with ErrorCode::Unavailable, nothing reaches the
// database, and the value is in no file of the workspace or of $HOME/.config.
#include "core/library/keychainsecretstore.h"
#include "core/library/serviceconnectionservice.h"
#include "core/library/variablegroupservice.h"
#include "core/store/workspace.h"
#include "secretscan.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <unistd.h>

using namespace mlops;
using namespace mlops::library;
using mlops::library::test::filesContaining;

namespace {
QByteArray g_home;  // the throwaway HOME made in main()
}

class TestKeychainUnavailable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void storeReportsUnavailable();
    void servicesSaveNothing();
};

void TestKeychainUnavailable::storeReportsUnavailable()
{
    KeychainSecretStore store(QStringLiteral("mlops-workbench-test"));
    Result<void> w = store.write(QStringLiteral("ws/key"), QStringLiteral("value-never-stored"));
    QVERIFY(!w.ok());
    QCOMPARE(w.error().code, ErrorCode::Unavailable);
    QVERIFY2(w.error().message.contains(QStringLiteral("keychain")), qPrintable(w.error().message));
    QVERIFY2(w.error().message.contains(QStringLiteral("ws/key")), qPrintable(w.error().message));
    Result<QString> r = store.read(QStringLiteral("ws/key"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Unavailable);
}

void TestKeychainUnavailable::servicesSaveNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<std::shared_ptr<store::Workspace>> ws = store::Workspace::open(dir.path());
    QVERIFY(ws.ok());
    auto secrets = std::make_shared<KeychainSecretStore>(QStringLiteral("mlops-workbench-test"));
    VariableGroupService groups(*ws, secrets);
    ServiceConnectionService connections(*ws, secrets);

    const QString value = QStringLiteral("unreachable-secret-5d1f0c7e");
    VariableGroup g;
    g.name = QStringLiteral("g");
    g.variables = {Variable{0, QStringLiteral("A"), QStringLiteral("plain"), false, false, false},
                   Variable{0, QStringLiteral("TOKEN"), value, true, false, true}};
    Result<VariableGroup> created = groups.create(g);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, ErrorCode::Unavailable);
    QVERIFY2(created.error().message.contains(QStringLiteral("TOKEN")), qPrintable(created.error().message));
    QVERIFY2(created.error().message.contains(QStringLiteral("keychain")), qPrintable(created.error().message));

    ServiceConnection c;
    c.name = QStringLiteral("devops");
    c.type = ConnectionType::AzureDevOps;
    c.organizationUrl = QStringLiteral("https://dev.azure.com/fabrikam");
    c.secret = value;
    c.replaceSecret = true;
    QCOMPARE(connections.create(c).error().code, ErrorCode::Unavailable);

    // Nothing in the database: no group, no connection, no audit entry.
    QSqlDatabase db = (*ws)->database().connection();
    for (const char *table : {"variable_groups", "variables", "service_connections", "audit_log"}) {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    // Plain variables still work without a keychain.
    g.variables.removeLast();
    QVERIFY(groups.create(g).ok());

    const QStringList inWorkspace = filesContaining(dir.path(), value);
    QVERIFY2(inWorkspace.isEmpty(), qPrintable(inWorkspace.join(QStringLiteral(", "))));
    const QString config = QString::fromLocal8Bit(g_home) + QStringLiteral("/.config");
    const QStringList inConfig = filesContaining(config, value);
    QVERIFY2(inConfig.isEmpty(), qPrintable(inConfig.join(QStringLiteral(", "))));
    const QStringList inHome = filesContaining(QString::fromLocal8Bit(g_home), value);
    QVERIFY2(inHome.isEmpty(), qPrintable(inHome.join(QStringLiteral(", "))));
}

int main(int argc, char **argv)
{
    // Cut this process off from every keychain before Qt or qtkeychain look around.
    char home[] = "/tmp/mlops-nokeychain-XXXXXX";
    if (!mkdtemp(home))
        return 2;
    g_home = home;
    setenv("HOME", home, 1);
    setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mlops-dead-bus", 1);
    for (const char *name : {"XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "DISPLAY", "WAYLAND_DISPLAY",
                             "GNOME_KEYRING_CONTROL", "DBUS_STARTER_ADDRESS", "KDE_FULL_SESSION", "KDE_SESSION_VERSION"})
        unsetenv(name);
    int status = 0;
    {
        QCoreApplication app(argc, argv);
        TestKeychainUnavailable test;
        status = QTest::qExec(&test, argc, argv);
    }
    QDir(QString::fromLocal8Bit(g_home)).removeRecursively();
    return status;
}

#include "test_keychainunavailable.moc"
