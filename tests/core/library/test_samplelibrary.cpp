#include "core/library/samplelibrary.h"
#include "core/library/serviceconnectionservice.h"
#include "core/library/variablegroupservice.h"
#include "core/store/workspace.h"
#include "memorysecretstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using namespace mlops::library;
using mlops::library::test::MemorySecretStore;

class TestSampleLibrary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void populate();
    void idempotentAndKeepsUserChanges();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<store::Workspace> m_workspace;
    std::shared_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<VariableGroupService> m_groups;
    std::unique_ptr<ServiceConnectionService> m_connections;
};

void TestSampleLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::shared_ptr<store::Workspace>> ws = store::Workspace::open(m_dir->path());
    QVERIFY(ws.ok());
    m_workspace = *ws;
    m_secrets = std::make_shared<MemorySecretStore>();
    m_groups = std::make_unique<VariableGroupService>(m_workspace, m_secrets);
    m_connections = std::make_unique<ServiceConnectionService>(m_workspace, m_secrets);
}

void TestSampleLibrary::cleanup()
{
    m_groups.reset();
    m_connections.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestSampleLibrary::populate()
{
    Result<void> r = SampleLibrary::populate(*m_groups, *m_connections);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));

    Result<VariableGroup> g = m_groups->findByName(QLatin1String(SampleLibrary::kGroupName));
    QVERIFY(g.ok());
    QStringList names;
    QHash<QString, QString> values;
    for (const Variable &v : g->variables) {
        names.append(v.name);
        values.insert(v.name, v.value);
        QVERIFY(!v.isSecret);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("ACI_DEPLOYMENT_NAME"), QStringLiteral("AKS_DEPLOYMENT_NAME"),
                                 QStringLiteral("AKS_COMPUTE_NAME"), QStringLiteral("AZURE_RM_SVC_CONNECTION"),
                                 QStringLiteral("BASE_NAME"), QStringLiteral("LOCATION"), QStringLiteral("RESOURCE_GROUP"),
                                 QStringLiteral("WORKSPACE_NAME"), QStringLiteral("WORKSPACE_SVC_CONNECTION")}));
    QCOMPARE(values.value(QStringLiteral("AKS_DEPLOYMENT_NAME")), QString());  // the AKS stage is skipped
    QCOMPARE(values.value(QStringLiteral("LOCATION")), QStringLiteral("japaneast"));
    QCOMPARE(values.value(QStringLiteral("AZURE_RM_SVC_CONNECTION")), QStringLiteral("azure-rm-svc-connection"));
    QCOMPARE(values.value(QStringLiteral("WORKSPACE_SVC_CONNECTION")), QStringLiteral("ws-svc-connection"));
    QVERIFY(!values.value(QStringLiteral("ACI_DEPLOYMENT_NAME")).isEmpty());
    QVERIFY(!values.value(QStringLiteral("WORKSPACE_NAME")).isEmpty());

    Result<ServiceConnection> rm = m_connections->findByName(QStringLiteral("azure-rm-svc-connection"));
    QVERIFY(rm.ok());
    QCOMPARE(rm->type, ConnectionType::AzureResourceManager);
    QCOMPARE(rm->scopeLevel, ScopeLevel::Subscription);
    QVERIFY(!rm->secretIsSet);
    QVERIFY(ServiceConnectionService::validate(*rm).isEmpty());

    Result<ServiceConnection> ws = m_connections->findByName(QStringLiteral("ws-svc-connection"));
    QVERIFY(ws.ok());
    QCOMPARE(ws->scopeLevel, ScopeLevel::MachineLearningWorkspace);
    QCOMPARE(ws->resourceGroup, values.value(QStringLiteral("RESOURCE_GROUP")));
    QCOMPARE(ws->workspaceName, values.value(QStringLiteral("WORKSPACE_NAME")));
    QVERIFY(!ws->secretIsSet);
    QVERIFY(ServiceConnectionService::validate(*ws).isEmpty());
    QVERIFY(m_secrets->entries.isEmpty());

    // Both connections are used by the group.
    QCOMPARE(m_connections->usedBy(rm->name)->size(), 1);
    QCOMPARE(m_connections->usedBy(ws->name)->first().detail, QStringLiteral("WORKSPACE_SVC_CONNECTION"));
}

void TestSampleLibrary::idempotentAndKeepsUserChanges()
{
    QVERIFY(SampleLibrary::populate(*m_groups, *m_connections).ok());
    Result<VariableGroup> g = m_groups->findByName(QLatin1String(SampleLibrary::kGroupName));
    QVERIFY(g.ok());
    QVERIFY(m_groups->setVariable(g->name, Variable{0, QStringLiteral("LOCATION"), QStringLiteral("westeurope"), false, false, false}).ok());
    QVERIFY(SampleLibrary::populate(*m_groups, *m_connections).ok());
    QVERIFY(SampleLibrary::populate(*m_groups, *m_connections).ok());
    QCOMPARE(m_groups->list()->size(), 1);
    QCOMPARE(m_connections->list()->size(), 2);
    Result<VariableGroup> again = m_groups->get(g->id);
    QCOMPARE(again->revision, 2);
    for (const Variable &v : again->variables) {
        if (v.name == QLatin1String("LOCATION"))
            QCOMPARE(v.value, QStringLiteral("westeurope"));
    }
}

QTEST_GUILESS_MAIN(TestSampleLibrary)
#include "test_samplelibrary.moc"
