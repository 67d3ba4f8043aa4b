#include "core/library/serviceconnectionservice.h"
#include "core/library/variablegroupservice.h"
#include "core/store/auditlog.h"
#include "core/store/workspace.h"
#include "memorysecretstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using namespace mlops::library;
using mlops::library::test::MemorySecretStore;

namespace {

const char *kTenant = "11111111-2222-4333-8444-555555555555";
const char *kClient = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
const char *kSubscription = "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d";

ServiceConnection arm(ScopeLevel level = ScopeLevel::Subscription)
{
    ServiceConnection c;
    c.name = QStringLiteral("azure-rm-svc-connection");
    c.type = ConnectionType::AzureResourceManager;
    c.tenantId = QLatin1String(kTenant);
    c.clientId = QLatin1String(kClient);
    c.scopeLevel = level;
    c.subscriptionId = QLatin1String(kSubscription);
    c.subscriptionName = QStringLiteral("My subscription");
    c.resourceGroup = QStringLiteral("mlops-RG");
    c.workspaceName = QStringLiteral("mlops-AML-WS");
    return c;
}

ServiceConnection devops()
{
    ServiceConnection c;
    c.name = QStringLiteral("devops");
    c.type = ConnectionType::AzureDevOps;
    c.organizationUrl = QStringLiteral("https://dev.azure.com/fabrikam");
    return c;
}

}  // namespace

class TestServiceConnectionService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void names();
    void guid_data();
    void guid();
    void validate_data();
    void validate();
    void createReadUpdateRemove();
    void secretReplaceAndClear();
    void duplicatesAndConflicts();
    void invalidRefusedWithFieldNames();
    void keychainUnavailable();
    void usedBy();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<store::Workspace> m_workspace;
    std::shared_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ServiceConnectionService> m_service;
};

void TestServiceConnectionService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::shared_ptr<store::Workspace>> ws = store::Workspace::open(m_dir->path());
    QVERIFY(ws.ok());
    m_workspace = *ws;
    m_secrets = std::make_shared<MemorySecretStore>();
    m_service = std::make_unique<ServiceConnectionService>(m_workspace, m_secrets);
}

void TestServiceConnectionService::cleanup()
{
    m_service.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestServiceConnectionService::names()
{
    ConnectionType t{};
    QVERIFY(parseConnectionType(QStringLiteral("AzureRM"), &t));
    QCOMPARE(t, ConnectionType::AzureResourceManager);
    QVERIFY(parseConnectionType(connectionTypeName(ConnectionType::AzureDevOps), &t));
    QCOMPARE(t, ConnectionType::AzureDevOps);
    QVERIFY(!parseConnectionType(QStringLiteral("github"), &t));
    ScopeLevel l{};
    QVERIFY(parseScopeLevel(QStringLiteral("machinelearningworkspace"), &l));
    QCOMPARE(l, ScopeLevel::MachineLearningWorkspace);
    QCOMPARE(scopeLevelName(ScopeLevel::ResourceGroup), QStringLiteral("ResourceGroup"));
    QVERIFY(!parseScopeLevel(QStringLiteral("tenant"), &l));
}

void TestServiceConnectionService::guid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lower") << QStringLiteral("0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d") << true;
    QTest::newRow("upper") << QStringLiteral("0A1B2C3D-4E5F-4A6B-9C7D-8E9F0A1B2C3D") << true;
    QTest::newRow("braces") << QStringLiteral("{0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d}") << false;
    QTest::newRow("no dashes") << QStringLiteral("0a1b2c3d4e5f4a6b9c7d8e9f0a1b2c3d") << false;
    QTest::newRow("not hex") << QStringLiteral("0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3g") << false;
    QTest::newRow("short") << QStringLiteral("0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3") << false;
    QTest::newRow("dash misplaced") << QStringLiteral("0a1b2c3-d4e5f-4a6b-9c7d-8e9f0a1b2c3d") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestServiceConnectionService::guid()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(ServiceConnectionService::isGuid(text), valid);
}

void TestServiceConnectionService::validate_data()
{
    QTest::addColumn<QString>("field");  // the one field changed from a valid connection
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("scope");
    QTest::addColumn<bool>("isDevOps");
    QTest::addColumn<QStringList>("problems");  // the fields expected to be reported

    const int sub = int(ScopeLevel::Subscription);
    const int rg = int(ScopeLevel::ResourceGroup);
    const int ml = int(ScopeLevel::MachineLearningWorkspace);
    QTest::newRow("valid subscription") << QString() << QString() << sub << false << QStringList{};
    QTest::newRow("valid resource group") << QString() << QString() << rg << false << QStringList{};
    QTest::newRow("valid workspace") << QString() << QString() << ml << false << QStringList{};
    QTest::newRow("valid devops") << QString() << QString() << sub << true << QStringList{};
    QTest::newRow("empty name") << QStringLiteral("name") << QString() << sub << false << QStringList{QStringLiteral("name")};
    QTest::newRow("padded name") << QStringLiteral("name") << QStringLiteral(" x ") << sub << false << QStringList{QStringLiteral("name")};
    QTest::newRow("japanese name") << QStringLiteral("name") << QStringLiteral("本番接続") << sub << false << QStringList{};
    QTest::newRow("tenant missing") << QStringLiteral("tenantId") << QString() << sub << false << QStringList{QStringLiteral("tenantId")};
    QTest::newRow("tenant not guid") << QStringLiteral("tenantId") << QStringLiteral("contoso.onmicrosoft.com") << sub << false
                                     << QStringList{QStringLiteral("tenantId")};
    QTest::newRow("client not guid") << QStringLiteral("clientId") << QStringLiteral("1234") << ml << false
                                     << QStringList{QStringLiteral("clientId")};
    QTest::newRow("subscription missing") << QStringLiteral("subscriptionId") << QString() << rg << false
                                          << QStringList{QStringLiteral("subscriptionId")};
    QTest::newRow("subscription name missing") << QStringLiteral("subscriptionName") << QString() << sub << false
                                               << QStringList{QStringLiteral("subscriptionName")};
    QTest::newRow("subscription name optional for rg") << QStringLiteral("subscriptionName") << QString() << rg << false << QStringList{};
    QTest::newRow("rg missing") << QStringLiteral("resourceGroup") << QString() << rg << false << QStringList{QStringLiteral("resourceGroup")};
    QTest::newRow("rg not needed for subscription") << QStringLiteral("resourceGroup") << QString() << sub << false << QStringList{};
    QTest::newRow("rg bad char") << QStringLiteral("resourceGroup") << QStringLiteral("rg/1") << ml << false
                                 << QStringList{QStringLiteral("resourceGroup")};
    QTest::newRow("rg trailing dot") << QStringLiteral("resourceGroup") << QStringLiteral("rg.") << rg << false
                                     << QStringList{QStringLiteral("resourceGroup")};
    QTest::newRow("workspace missing") << QStringLiteral("workspaceName") << QString() << ml << false
                                       << QStringList{QStringLiteral("workspaceName")};
    QTest::newRow("workspace too short") << QStringLiteral("workspaceName") << QStringLiteral("ws") << ml << false
                                         << QStringList{QStringLiteral("workspaceName")};
    QTest::newRow("workspace not needed for rg") << QStringLiteral("workspaceName") << QString() << rg << false << QStringList{};
    QTest::newRow("url missing") << QStringLiteral("organizationUrl") << QString() << sub << true
                                 << QStringList{QStringLiteral("organizationUrl")};
    QTest::newRow("url http") << QStringLiteral("organizationUrl") << QStringLiteral("http://dev.azure.com/fabrikam") << sub << true
                              << QStringList{QStringLiteral("organizationUrl")};
    QTest::newRow("url no org") << QStringLiteral("organizationUrl") << QStringLiteral("https://dev.azure.com/") << sub << true
                                << QStringList{QStringLiteral("organizationUrl")};
    QTest::newRow("url not a url") << QStringLiteral("organizationUrl") << QStringLiteral("fabrikam") << sub << true
                                   << QStringList{QStringLiteral("organizationUrl")};
    QTest::newRow("visualstudio.com") << QStringLiteral("organizationUrl") << QStringLiteral("https://fabrikam.visualstudio.com")
                                      << sub << true << QStringList{};
    QTest::newRow("secret line break") << QStringLiteral("secret") << QStringLiteral("abc\ndef") << sub << false
                                       << QStringList{QStringLiteral("secret")};
    QTest::newRow("devops ignores arm fields") << QStringLiteral("tenantId") << QStringLiteral("nope") << sub << true << QStringList{};
}

void TestServiceConnectionService::validate()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, scope);
    QFETCH(bool, isDevOps);
    QFETCH(QStringList, problems);
    ServiceConnection c = isDevOps ? devops() : arm(ScopeLevel(scope));
    QString *target = nullptr;
    if (field == QLatin1String("name")) target = &c.name;
    else if (field == QLatin1String("tenantId")) target = &c.tenantId;
    else if (field == QLatin1String("clientId")) target = &c.clientId;
    else if (field == QLatin1String("subscriptionId")) target = &c.subscriptionId;
    else if (field == QLatin1String("subscriptionName")) target = &c.subscriptionName;
    else if (field == QLatin1String("resourceGroup")) target = &c.resourceGroup;
    else if (field == QLatin1String("workspaceName")) target = &c.workspaceName;
    else if (field == QLatin1String("organizationUrl")) target = &c.organizationUrl;
    else if (field == QLatin1String("secret")) {
        target = &c.secret;
        c.replaceSecret = true;
    }
    if (target)
        *target = value;
    const FieldProblems found = ServiceConnectionService::validate(c);
    QCOMPARE(found.keys(), problems);
    for (const QString &message : found)
        QVERIFY(message.size() > 10);
}

void TestServiceConnectionService::createReadUpdateRemove()
{
    ServiceConnection c = arm(ScopeLevel::MachineLearningWorkspace);
    c.description = QStringLiteral("説明");
    c.secret = QStringLiteral("client-secret-1");
    c.replaceSecret = true;
    Result<ServiceConnection> created = m_service->create(c);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    QVERIFY(created->id > 0);
    QCOMPARE(created->revision, 1);
    QVERIFY(created->secretIsSet);
    QCOMPARE(created->secret, QString());
    QCOMPARE(created->workspaceName, QStringLiteral("mlops-AML-WS"));
    QCOMPARE(created->scopeLevel, ScopeLevel::MachineLearningWorkspace);
    QCOMPARE(created->description, QStringLiteral("説明"));
    QCOMPARE(*m_service->secretValue(created->id), QStringLiteral("client-secret-1"));
    QCOMPARE(m_secrets->entries.size(), 1);
    QVERIFY(m_secrets->entries.constBegin().key().startsWith(m_workspace->id() + QLatin1Char('/')));

    Result<ServiceConnection> dev = m_service->create(devops());
    QVERIFY(dev.ok());
    QVERIFY(!dev->secretIsSet);
    QCOMPARE(dev->organizationUrl, QStringLiteral("https://dev.azure.com/fabrikam"));

    Result<QList<ServiceConnection>> list = m_service->list();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, QStringLiteral("azure-rm-svc-connection"));
    QCOMPARE(list->at(1).name, QStringLiteral("devops"));
    QCOMPARE(m_service->findByName(QStringLiteral("DEVOPS"))->id, dev->id);
    QCOMPARE(m_service->findByName(QStringLiteral("x")).error().code, ErrorCode::NotFound);

    ServiceConnection edit = *created;
    edit.scopeLevel = ScopeLevel::Subscription;
    edit.subscriptionName = QStringLiteral("Renamed");
    Result<ServiceConnection> updated = m_service->update(edit);
    QVERIFY(updated.ok());
    QCOMPARE(updated->revision, 2);
    QCOMPARE(updated->scopeLevel, ScopeLevel::Subscription);
    QCOMPARE(updated->resourceGroup, QString());  // not part of a subscription scope
    QVERIFY(updated->secretIsSet);  // kept
    QCOMPARE(*m_service->secretValue(created->id), QStringLiteral("client-secret-1"));

    QVERIFY(m_service->remove(created->id).ok());
    QVERIFY(m_secrets->entries.isEmpty());
    QCOMPARE(m_service->get(created->id).error().code, ErrorCode::NotFound);
    QCOMPARE(m_service->remove(created->id).error().code, ErrorCode::NotFound);

    QSqlDatabase db = m_workspace->database().connection();
    Result<QList<store::AuditEntry>> audit = store::AuditLog::forEntity(db, QStringLiteral("service_connection"), created->id);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 3);
    QCOMPARE(audit->at(2).action, QStringLiteral("delete"));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT COALESCE(before_json,'') || COALESCE(after_json,'') FROM audit_log")));
    while (q.next())
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("client-secret-1")));
}

void TestServiceConnectionService::secretReplaceAndClear()
{
    ServiceConnection c = devops();
    c.secret = QStringLiteral("pat-1");
    c.replaceSecret = true;
    Result<ServiceConnection> created = m_service->create(c);
    QVERIFY(created.ok());
    ServiceConnection edit = *created;
    edit.secret = QStringLiteral("pat-2");
    edit.replaceSecret = true;
    Result<ServiceConnection> updated = m_service->update(edit);
    QVERIFY(updated.ok());
    QCOMPARE(*m_service->secretValue(created->id), QStringLiteral("pat-2"));
    QCOMPARE(m_secrets->entries.size(), 1);
    edit = *updated;
    edit.secret.clear();
    edit.replaceSecret = true;
    updated = m_service->update(edit);
    QVERIFY(updated.ok());
    QVERIFY(!updated->secretIsSet);
    QVERIFY(m_secrets->entries.isEmpty());
    QCOMPARE(m_service->secretValue(created->id).error().code, ErrorCode::NotFound);
}

void TestServiceConnectionService::duplicatesAndConflicts()
{
    QVERIFY(m_service->create(arm()).ok());
    ServiceConnection again = devops();
    again.name = QStringLiteral("AZURE-RM-SVC-CONNECTION");
    again.secret = QStringLiteral("p");
    again.replaceSecret = true;
    Result<ServiceConnection> dup = m_service->create(again);
    QCOMPARE(dup.error().code, ErrorCode::AlreadyExists);
    QVERIFY(m_secrets->entries.isEmpty());

    Result<ServiceConnection> dev = m_service->create(devops());
    QVERIFY(dev.ok());
    ServiceConnection a = *dev;
    ServiceConnection b = *dev;
    a.description = QStringLiteral("first");
    QVERIFY(m_service->update(a).ok());
    b.description = QStringLiteral("second");
    Result<ServiceConnection> stale = m_service->update(b);
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QCOMPARE(m_service->get(dev->id)->description, QStringLiteral("first"));
}

void TestServiceConnectionService::invalidRefusedWithFieldNames()
{
    ServiceConnection c = arm(ScopeLevel::ResourceGroup);
    c.tenantId = QStringLiteral("bad");
    c.resourceGroup.clear();
    c.secret = QStringLiteral("s");
    c.replaceSecret = true;
    Result<ServiceConnection> r = m_service->create(c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY2(r.error().message.contains(QStringLiteral("tenantId: ")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("resourceGroup: ")), qPrintable(r.error().message));
    QVERIFY(m_secrets->entries.isEmpty());
    QCOMPARE(m_service->list()->size(), 0);
}

void TestServiceConnectionService::keychainUnavailable()
{
    m_secrets->unavailable = true;
    ServiceConnection c = devops();
    c.secret = QStringLiteral("pat");
    c.replaceSecret = true;
    Result<ServiceConnection> r = m_service->create(c);
    QCOMPARE(r.error().code, ErrorCode::Unavailable);
    QCOMPARE(m_service->list()->size(), 0);
}

void TestServiceConnectionService::usedBy()
{
    VariableGroupService groups(m_workspace, m_secrets);
    auto make = [&](const QString &name, const QString &var, const QString &value, bool secret) {
        VariableGroup g;
        g.name = name;
        Variable v;
        v.name = var;
        v.value = value;
        v.isSecret = secret;
        v.replaceSecret = secret;
        g.variables.append(v);
        return groups.create(g).ok();
    };
    QVERIFY(make(QStringLiteral("vg-a"), QStringLiteral("AZURE_RM_SVC_CONNECTION"), QStringLiteral("azure-rm-svc-connection"), false));
    QVERIFY(make(QStringLiteral("vg-b"), QStringLiteral("CONN"), QStringLiteral("AZURE-RM-SVC-CONNECTION"), false));
    QVERIFY(make(QStringLiteral("vg-c"), QStringLiteral("OTHER"), QStringLiteral("azure-rm-svc-connection-2"), false));
    QVERIFY(make(QStringLiteral("vg-d"), QStringLiteral("HIDDEN"), QStringLiteral("azure-rm-svc-connection"), true));
    QVERIFY(make(QStringLiteral("vg-e"), QStringLiteral("JP"), QStringLiteral("本番接続"), false));

    Result<QList<ConnectionUse>> uses = m_service->usedBy(QStringLiteral("azure-rm-svc-connection"));
    QVERIFY(uses.ok());
    QCOMPARE(uses->size(), 2);
    QCOMPARE(uses->at(0).kind, QStringLiteral("variable group"));
    QCOMPARE(uses->at(0).name, QStringLiteral("vg-a"));
    QCOMPARE(uses->at(0).detail, QStringLiteral("AZURE_RM_SVC_CONNECTION"));
    QCOMPARE(uses->at(1).name, QStringLiteral("vg-b"));
    QVERIFY(uses->at(0).id > 0);
    QCOMPARE(m_service->usedBy(QStringLiteral("本番接続"))->size(), 1);
    QCOMPARE(m_service->usedBy(QStringLiteral("unused"))->size(), 0);
}

QTEST_GUILESS_MAIN(TestServiceConnectionService)
#include "test_serviceconnectionservice.moc"
