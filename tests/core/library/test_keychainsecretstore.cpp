// Against a REAL Secret Service: run inside tests/with-keyring.sh. Without a reachable
// keychain the test is skipped, or fails when CI=true.
#include "core/library/keychainsecretstore.h"
#include "core/library/serviceconnectionservice.h"
#include "core/library/variablegroupservice.h"
#include "core/store/workspace.h"
#include "secretscan.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>
#include <QUuid>

using namespace mlops;
using namespace mlops::library;
using mlops::library::test::countFiles;
using mlops::library::test::filesContaining;

namespace {

const QString kService = QStringLiteral("mlops-workbench-test");

QString uniqueSecret(const QString &label)
{
    return QStringLiteral("mlops-%1-%2").arg(label, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

// Passes every call on to the real keychain and remembers the keys written.
class RecordingStore final : public SecretStore {
public:
    explicit RecordingStore(std::shared_ptr<SecretStore> inner) : m_inner(std::move(inner)) {}
    Result<void> write(const QString &key, const QString &value) override
    {
        keys.append(key);
        return m_inner->write(key, value);
    }
    Result<QString> read(const QString &key) override { return m_inner->read(key); }
    Result<void> remove(const QString &key) override { return m_inner->remove(key); }
    QStringList keys;

private:
    std::shared_ptr<SecretStore> m_inner;
};

}  // namespace

class TestKeychainSecretStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storeReadRemove_data();
    void storeReadRemove();
    void secretsNeverReachTheWorkspace();
    void fromWorkerThreads();

private:
    std::shared_ptr<KeychainSecretStore> m_store;
};

void TestKeychainSecretStore::initTestCase()
{
    m_store = std::make_shared<KeychainSecretStore>(kService);
    const QString key = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> probe = m_store->write(key, QStringLiteral("probe"));
    if (!probe.ok()) {
        const QByteArray why = QStringLiteral("No Secret Service is reachable (run the tests inside tests/with-keyring.sh): %1")
                                   .arg(probe.error().message)
                                   .toUtf8();
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(why.constData());
        QSKIP(why.constData());
    }
    QVERIFY(m_store->remove(key).ok());
}

void TestKeychainSecretStore::storeReadRemove_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("ascii") << uniqueSecret(QStringLiteral("ascii"));
    QTest::newRow("japanese") << QStringLiteral("秘密のトークン-") + QUuid::createUuid().toString();
    QTest::newRow("symbols") << QStringLiteral("p@ss w0rd \"quoted\" \\ $(x) ;");
    QTest::newRow("64 KiB") << QString(64 * 1024, QLatin1Char('k'));
}

void TestKeychainSecretStore::storeReadRemove()
{
    QFETCH(QString, value);
    const QString key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(m_store->read(key).error().code, ErrorCode::NotFound);
    QVERIFY(m_store->write(key, value).ok());
    Result<QString> read = m_store->read(key);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QCOMPARE(*read, value);
    QVERIFY(m_store->write(key, value + QStringLiteral("2")).ok());  // overwrite
    QCOMPARE(*m_store->read(key), value + QStringLiteral("2"));
    QVERIFY(m_store->remove(key).ok());
    QCOMPARE(m_store->read(key).error().code, ErrorCode::NotFound);
    QVERIFY(m_store->remove(key).ok());  // removing a missing entry succeeds
}

void TestKeychainSecretStore::secretsNeverReachTheWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<std::shared_ptr<store::Workspace>> ws = store::Workspace::open(dir.path());
    QVERIFY(ws.ok());
    auto recording = std::make_shared<RecordingStore>(m_store);
    VariableGroupService groups(*ws, recording);
    ServiceConnectionService connections(*ws, recording);

    const QString first = uniqueSecret(QStringLiteral("var"));
    const QString second = uniqueSecret(QStringLiteral("var2"));
    const QString pat = uniqueSecret(QStringLiteral("pat"));
    const QString japanese = QStringLiteral("日本語の秘密-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    VariableGroup g;
    g.name = QStringLiteral("keychain-group");
    Variable plain{0, QStringLiteral("LOCATION"), QStringLiteral("japaneast"), false, false, false};
    Variable secret{0, QStringLiteral("TOKEN"), first, true, false, true};
    Variable secretJa{0, QStringLiteral("秘密"), japanese, true, false, true};
    g.variables = {plain, secret, secretJa};
    Result<VariableGroup> created = groups.create(g);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    QCOMPARE(*groups.secretValue(created->id, QStringLiteral("TOKEN")), first);
    QCOMPARE(*groups.secretValue(created->id, QStringLiteral("秘密")), japanese);

    Result<VariableGroup> replaced = groups.setVariable(g.name, Variable{0, QStringLiteral("TOKEN"), second, true, false, true});
    QVERIFY(replaced.ok());
    QCOMPARE(*groups.secretValue(created->id, QStringLiteral("TOKEN")), second);
    Result<VariableGroup> copy = groups.clone(created->id, QStringLiteral("keychain-group-copy"));
    QVERIFY2(copy.ok(), copy.ok() ? "" : qPrintable(copy.error().message));
    QCOMPARE(*groups.secretValue(copy->id, QStringLiteral("TOKEN")), second);

    ServiceConnection c;
    c.name = QStringLiteral("devops");
    c.type = ConnectionType::AzureDevOps;
    c.organizationUrl = QStringLiteral("https://dev.azure.com/fabrikam");
    c.secret = pat;
    c.replaceSecret = true;
    Result<ServiceConnection> conn = connections.create(c);
    QVERIFY2(conn.ok(), conn.ok() ? "" : qPrintable(conn.error().message));
    QCOMPARE(*connections.secretValue(conn->id), pat);

    // Every file of the workspace, the database with its -wal and -shm included, while
    // the database is still open.
    QVERIFY(QFileInfo::exists(dir.path() + QStringLiteral("/workspace.db-wal")));
    QVERIFY(countFiles(dir.path()) >= 2);
    for (const QString &value : {first, second, pat, japanese}) {
        const QStringList hits = filesContaining(dir.path(), value);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral(", "))));
    }

    // Deleting removes the keychain entries.
    QVERIFY(groups.remove(created->id).ok());
    QVERIFY(groups.remove(copy->id).ok());
    QVERIFY(connections.remove(conn->id).ok());
    QCOMPARE(recording->keys.size(), 6);  // 2 + 1 replaced + 2 cloned + 1 PAT
    for (const QString &key : std::as_const(recording->keys)) {
        QVERIFY(key.startsWith((*ws)->id() + QLatin1Char('/')));
        QCOMPARE(m_store->read(key).error().code, ErrorCode::NotFound);
    }
    for (const QString &value : {first, second, pat, japanese}) {
        const QStringList hits = filesContaining(dir.path(), value);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral(", "))));
    }
}

void TestKeychainSecretStore::fromWorkerThreads()
{
    // The GUI calls the store from worker threads; several at once must all succeed.
    QList<QThread *> threads;
    QAtomicInt failures = 0;
    for (int t = 0; t < 3; ++t) {
        threads.append(QThread::create([this, t, &failures] {
            for (int i = 0; i < 5; ++i) {
                const QString key = QStringLiteral("thread/%1/%2/").arg(t).arg(i) + QUuid::createUuid().toString();
                const QString value = uniqueSecret(QStringLiteral("t%1").arg(t));
                if (!m_store->write(key, value).ok())
                    failures.fetchAndAddRelaxed(1);
                const Result<QString> read = m_store->read(key);
                if (!read.ok() || *read != value)
                    failures.fetchAndAddRelaxed(1);
                if (!m_store->remove(key).ok())
                    failures.fetchAndAddRelaxed(1);
            }
        }));
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(QDeadlineTimer(120000)));
        delete thread;
    }
    QCOMPARE(failures.loadRelaxed(), 0);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "test_keychainsecretstore.moc"
