// The item models of Pipelines › Library, each under QAbstractItemModelTester, built
// without any window.
#include "core/library/variablegroupdiff.h"
#include "ui/library/variablegroupdiffmodel.h"
#include "ui/library/variablegroupfiltermodel.h"
#include "ui/library/variablegrouphistorymodel.h"
#include "ui/library/variablegrouplistmodel.h"
#include "ui/library/variabletablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace mlops;
using namespace mlops::ui;

namespace {

QList<library::VariableGroupSummary> summaries(int count)
{
    QList<library::VariableGroupSummary> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        library::VariableGroupSummary row;
        row.id = i + 1;
        row.name = QStringLiteral("group-%1").arg(i, 5, 10, QLatin1Char('0'));
        row.description = i % 10 == 0 ? QStringLiteral("Production settings") : QStringLiteral("Team %1").arg(i % 7);
        row.variableCount = i % 13;
        row.secretCount = i % 3 == 0 ? 1 : 0;
        row.modifiedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addSecs(i);
        row.modifiedBy = QStringLiteral("alice");
        rows.append(row);
    }
    return rows;
}

library::Variable variable(const QString &name, const QString &value, bool secret = false, bool set = false)
{
    library::Variable v;
    v.name = name;
    v.value = value;
    v.isSecret = secret;
    v.secretIsSet = set;
    return v;
}

}  // namespace

class TestVariableGroupModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listModel_data();
    void listModel();
    void filter_data();
    void filter();
    void variableTable();
    void variableTableSecretsAreWriteOnly();
    void variableTableUndo();
    void diffModel();
    void historyModel();
};

void TestVariableGroupModels::listModel_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("10000") << 10000;
}

void TestVariableGroupModels::listModel()
{
    QFETCH(int, count);
    VariableGroupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummaries(summaries(count));
    QCOMPARE(model.rowCount(), count);
    QCOMPARE(model.columnCount(), int(VariableGroupListModel::ColumnCount));
    if (count == 0)
        return;
    const QModelIndex name = model.index(0, VariableGroupListModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("group-00000"));
    QCOMPARE(name.data(VariableGroupListModel::IdRole).toLongLong(), 1);
    QCOMPARE(model.index(0, VariableGroupListModel::VariablesColumn).data(VariableGroupListModel::RawRole).toInt(), 0);
    QCOMPARE(model.index(0, VariableGroupListModel::VariablesColumn).data().toString(), QStringLiteral("0 (1 secret)"));
    QCOMPARE(model.rowOf(count), count - 1);
    QCOMPARE(model.rowOf(count + 1), -1);
}

void TestVariableGroupModels::filter_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("expected");
    QTest::newRow("all") << QString() << 2000;
    QTest::newRow("name") << QStringLiteral("group-0199") << 10;       // 01990..01999
    QTest::newRow("description, any case") << QStringLiteral("PRODUCTION") << 200;
    QTest::newRow("spaces trimmed") << QStringLiteral("  group-00001 ") << 1;
    QTest::newRow("none") << QStringLiteral("no such group") << 0;
}

void TestVariableGroupModels::filter()
{
    QFETCH(QString, search);
    QFETCH(int, expected);
    VariableGroupListModel model;
    model.setSummaries(summaries(2000));
    VariableGroupFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(VariableGroupListModel::NameColumn, Qt::DescendingOrder);
    proxy.setSearchText(search);
    QCOMPARE(proxy.rowCount(), expected);
    if (expected > 1) {
        const QString first = proxy.index(0, 0).data().toString();
        const QString second = proxy.index(1, 0).data().toString();
        QVERIFY2(first > second, qPrintable(first + QStringLiteral(" / ") + second));
    }
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 2000);
}

void TestVariableGroupModels::variableTable()
{
    VariableTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVariables({variable(QStringLiteral("LOCATION"), QStringLiteral("japaneast")),
                        variable(QStringLiteral("TOKEN"), QString(), true, true)});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.flags(model.index(0, VariableTableModel::NameColumn)) & Qt::ItemIsEditable);
    QVERIFY(model.flags(model.index(0, VariableTableModel::SecretColumn)) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(model.index(0, VariableTableModel::ValueColumn), QStringLiteral("westeurope")));
    QCOMPARE(model.variable(0).value, QStringLiteral("westeurope"));
    QVERIFY(!model.setData(model.index(0, VariableTableModel::ValueColumn), QStringLiteral("westeurope")));
    QVERIFY(model.setData(model.index(0, VariableTableModel::NameColumn), QStringLiteral("REGION")));
    QCOMPARE(model.index(0, VariableTableModel::NameColumn).data().toString(), QStringLiteral("REGION"));
    QCOMPARE(model.index(1, VariableTableModel::SecretColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(!model.index(1, VariableTableModel::SecretColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestVariableGroupModels::variableTableSecretsAreWriteOnly()
{
    VariableTableModel model;
    model.setVariables({variable(QStringLiteral("TOKEN"), QString(), true, true),
                        variable(QStringLiteral("EMPTY_SECRET"), QString(), true, false),
                        variable(QStringLiteral("PLAIN"), QStringLiteral("abc"))});
    const QModelIndex token = model.index(0, VariableTableModel::ValueColumn);
    QCOMPARE(token.data().toString(), QStringLiteral("********"));
    QCOMPARE(token.data(Qt::EditRole).toString(), QString());  // never shown, only replaced
    QCOMPARE(model.index(1, VariableTableModel::ValueColumn).data().toString(), QString());
    // An empty editor keeps the stored secret.
    QVERIFY(!model.setData(token, QString()));
    QVERIFY(!model.variable(0).replaceSecret);
    QVERIFY(model.setData(token, QStringLiteral("s3cret")));
    QVERIFY(model.variable(0).replaceSecret);
    QCOMPARE(token.data().toString(), QStringLiteral("********"));
    // Marking the plain variable secret keeps its value as the new secret.
    QVERIFY(model.setData(model.index(2, VariableTableModel::SecretColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.variable(2).isSecret);
    QVERIFY(model.variable(2).replaceSecret);
    QCOMPARE(model.variable(2).value, QStringLiteral("abc"));
    QCOMPARE(model.index(2, VariableTableModel::ValueColumn).data().toString(), QStringLiteral("********"));
    // Making a secret plain clears the value (it cannot be read back).
    QVERIFY(model.setData(model.index(0, VariableTableModel::SecretColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!model.variable(0).isSecret);
    QCOMPARE(model.variable(0).value, QString());
}

void TestVariableGroupModels::variableTableUndo()
{
    VariableTableModel model;
    QUndoStack stack;
    model.setUndoStack(&stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVariables({variable(QStringLiteral("A"), QStringLiteral("1"))});
    QVERIFY(model.setData(model.index(0, VariableTableModel::ValueColumn), QStringLiteral("2")));
    QVERIFY(model.setData(model.index(0, VariableTableModel::SecretColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(stack.count(), 2);
    stack.undo();
    QVERIFY(!model.variable(0).isSecret);
    QCOMPARE(model.variable(0).value, QStringLiteral("2"));
    stack.undo();
    QCOMPARE(model.variable(0).value, QStringLiteral("1"));
    stack.redo();
    stack.redo();
    QVERIFY(model.variable(0).isSecret);
}

void TestVariableGroupModels::diffModel()
{
    library::VariableGroup left;
    left.variables = {variable(QStringLiteral("A"), QStringLiteral("1")), variable(QStringLiteral("B"), QStringLiteral("2")),
                      variable(QStringLiteral("S"), QString(), true, true)};
    library::VariableGroup right;
    right.variables = {variable(QStringLiteral("A"), QStringLiteral("1")), variable(QStringLiteral("B"), QStringLiteral("3")),
                       variable(QStringLiteral("C"), QStringLiteral("4"))};
    VariableGroupDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSideTitles(QStringLiteral("left-vg"), QStringLiteral("right-vg"));
    model.setRows(library::VariableGroupDiff::compare(left, right));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.differenceCount(), 3);
    QCOMPARE(model.headerData(VariableGroupDiffModel::LeftColumn, Qt::Horizontal).toString(), QStringLiteral("left-vg"));
    using Kind = library::VariableDiffRow::Kind;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto kind = Kind(model.index(row, 0).data(VariableGroupDiffModel::KindRole).toInt());
        const QString marker = model.index(row, VariableGroupDiffModel::MarkerColumn).data().toString();
        // Not colour only: every difference has a text marker and a tooltip.
        QCOMPARE(marker.isEmpty(), kind == Kind::Same);
        QVERIFY(!model.index(row, 1).data(Qt::ToolTipRole).toString().isEmpty());
        if (kind != Kind::Same)
            QVERIFY(model.index(row, 1).data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    }
    QCOMPARE(model.index(2, VariableGroupDiffModel::LeftColumn).data().toString(), QStringLiteral("********"));
}

void TestVariableGroupModels::historyModel()
{
    QList<library::VariableGroupVersion> versions;
    for (int i = 1; i <= 3; ++i) {
        library::VariableGroupVersion version;
        version.auditId = 100 + i;
        version.revision = i;
        version.action = i == 1 ? QStringLiteral("create") : QStringLiteral("update");
        version.at = QDateTime(QDate(2026, 2, i), QTime(9, 0), Qt::UTC);
        version.osUser = QStringLiteral("bob");
        versions.append(version);
    }
    VariableGroupHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVersions(versions);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.version(0).revision, 3);  // newest first
    QCOMPARE(model.index(2, VariableGroupHistoryModel::ActionColumn).data().toString(), QStringLiteral("Created"));
    QCOMPARE(model.index(0, 0).data(VariableGroupHistoryModel::AuditIdRole).toLongLong(), 103);
    model.setVersions({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestVariableGroupModels)
#include "test_variablegroupmodels.moc"
