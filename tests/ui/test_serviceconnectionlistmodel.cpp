// Tests of ServiceConnectionListModel: QAbstractItemModelTester through resets and a
// sorting/filtering proxy, display and raw values per column, ids and search text.
#include "ui/library/serviceconnectionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace mlops;
using library::ConnectionType;
using library::ScopeLevel;
using library::ServiceConnection;
using ui::ServiceConnectionListModel;

namespace {

ServiceConnection armConnection(qint64 id, const QString &name, ScopeLevel level)
{
    ServiceConnection c;
    c.id = id;
    c.name = name;
    c.description = QStringLiteral("Deploys %1").arg(name);
    c.type = ConnectionType::AzureResourceManager;
    c.tenantId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    c.clientId = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
    c.scopeLevel = level;
    c.subscriptionId = QStringLiteral("99999999-8888-7777-6666-555555555555");
    c.subscriptionName = QStringLiteral("Contoso Dev");
    c.resourceGroup = level == ScopeLevel::Subscription ? QString() : QStringLiteral("mlops-rg");
    c.workspaceName = level == ScopeLevel::MachineLearningWorkspace ? QStringLiteral("mlops-ws") : QString();
    c.modifiedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC).addDays(id);
    c.modifiedBy = QStringLiteral("alice");
    return c;
}

ServiceConnection devOpsConnection(qint64 id, const QString &name)
{
    ServiceConnection c;
    c.id = id;
    c.name = name;
    c.type = ConnectionType::AzureDevOps;
    c.organizationUrl = QStringLiteral("https://dev.azure.com/contoso");
    c.modifiedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    return c;
}

QList<ServiceConnection> sample()
{
    return {armConnection(1, QStringLiteral("azure-rm-svc-connection"), ScopeLevel::Subscription),
            armConnection(2, QStringLiteral("ws-svc-connection"), ScopeLevel::MachineLearningWorkspace),
            armConnection(3, QStringLiteral("rg-connection"), ScopeLevel::ResourceGroup),
            devOpsConnection(4, QStringLiteral("other-org"))};
}

}  // namespace

class TestServiceConnectionListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelTesterThroughResetsAndProxy()
    {
        ServiceConnectionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ServiceConnectionListModel::RawValueRole);
        proxy.setFilterRole(ServiceConnectionListModel::SearchTextRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), 0);
        model.setConnections(sample());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ServiceConnectionListModel::ColumnCount));
        proxy.sort(ServiceConnectionListModel::ModifiedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("rg-connection"));
        proxy.setFilterFixedString(QStringLiteral("workspace"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("ws-svc-connection"));
        proxy.setFilterFixedString(QStringLiteral("dev.azure.com"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ServiceConnectionListModel::IdRole).toLongLong(), 4);
        proxy.setFilterFixedString(QString());
        model.setConnections({sample().at(3)});
        QCOMPARE(proxy.rowCount(), 1);
        model.setConnections({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void cells_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QVariant>("raw");

        const QVariant modified2 = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
        QTest::newRow("name") << 1 << int(ServiceConnectionListModel::NameColumn) << QStringLiteral("ws-svc-connection")
                              << QVariant(QStringLiteral("ws-svc-connection"));
        QTest::newRow("type arm") << 1 << int(ServiceConnectionListModel::TypeColumn)
                                  << QStringLiteral("Azure Resource Manager") << QVariant(QStringLiteral("azurerm"));
        QTest::newRow("type devops") << 3 << int(ServiceConnectionListModel::TypeColumn)
                                     << QStringLiteral("Azure DevOps") << QVariant(QStringLiteral("azuredevops"));
        QTest::newRow("scope workspace")
            << 1 << int(ServiceConnectionListModel::ScopeColumn) << QStringLiteral("Machine Learning workspace")
            << QVariant(QStringLiteral("MachineLearningWorkspace"));
        QTest::newRow("scope devops") << 3 << int(ServiceConnectionListModel::ScopeColumn) << QString()
                                      << QVariant(QString());
        QTest::newRow("target subscription") << 0 << int(ServiceConnectionListModel::TargetColumn)
                                             << QStringLiteral("Contoso Dev")
                                             << QVariant(QStringLiteral("Contoso Dev"));
        QTest::newRow("target resource group")
            << 2 << int(ServiceConnectionListModel::TargetColumn) << QStringLiteral("Contoso Dev / mlops-rg")
            << QVariant(QStringLiteral("Contoso Dev / mlops-rg"));
        QTest::newRow("target workspace")
            << 1 << int(ServiceConnectionListModel::TargetColumn) << QStringLiteral("Contoso Dev / mlops-rg / mlops-ws")
            << QVariant(QStringLiteral("Contoso Dev / mlops-rg / mlops-ws"));
        QTest::newRow("target devops") << 3 << int(ServiceConnectionListModel::TargetColumn)
                                       << QStringLiteral("https://dev.azure.com/contoso")
                                       << QVariant(QStringLiteral("https://dev.azure.com/contoso"));
        QTest::newRow("modified raw") << 1 << int(ServiceConnectionListModel::ModifiedColumn)
                                      << QLocale().toString(modified2.toDateTime().toLocalTime().date(), QLocale::ShortFormat)
                                      << modified2;
    }

    void cells()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, display);
        QFETCH(QVariant, raw);
        ServiceConnectionListModel model;
        model.setConnections(sample());
        const QModelIndex index = model.index(row, column);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
        QCOMPARE(index.data(ServiceConnectionListModel::RawValueRole), raw);
        QCOMPARE(index.data(ServiceConnectionListModel::IdRole).toLongLong(), qint64(row + 1));
    }

    void lookupsAndTooltips()
    {
        ServiceConnectionListModel model;
        model.setConnections(sample());
        QCOMPARE(model.rowOfId(3), 2);
        QCOMPARE(model.rowOfId(42), -1);
        QVERIFY(model.connectionAt(4) == nullptr);
        QVERIFY(model.connectionAt(-1) == nullptr);
        QCOMPARE(model.connectionAt(0)->name, QStringLiteral("azure-rm-svc-connection"));
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Deploys azure-rm-svc-connection"));
        QVERIFY(model.index(3, 0).data(Qt::ToolTipRole).isNull());  // no description
        QCOMPARE(model.headerData(ServiceConnectionListModel::TargetColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Target"));
        const QString search = model.index(2, 0).data(ServiceConnectionListModel::SearchTextRole).toString();
        QVERIFY(search.contains(QStringLiteral("Resource group")));
        QVERIFY(search.contains(QStringLiteral("Deploys rg-connection")));
        QVERIFY(model.index(2, 1).data(ServiceConnectionListModel::SearchTextRole).isNull());
    }
};

QTEST_MAIN(TestServiceConnectionListModel)
#include "test_serviceconnectionlistmodel.moc"
