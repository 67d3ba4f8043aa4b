#include "core/library/variablegroupdiff.h"

#include <QTest>

using namespace mlops::library;

namespace {

Variable var(const QString &name, const QString &value, bool secret = false)
{
    Variable v;
    v.name = name;
    v.value = value;
    v.isSecret = secret;
    return v;
}

}  // namespace

class TestVariableGroupDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rows();
    void secretsNeverCompared();
    void identical_data();
    void identical();
};

void TestVariableGroupDiff::rows()
{
    VariableGroup left;
    left.variables = {var(QStringLiteral("A"), QStringLiteral("1")), var(QStringLiteral("B"), QStringLiteral("2")),
                      var(QStringLiteral("C"), QStringLiteral("3"))};
    VariableGroup right;
    right.variables = {var(QStringLiteral("d"), QStringLiteral("4")), var(QStringLiteral("c"), QStringLiteral("3")),
                       var(QStringLiteral("a"), QStringLiteral("10"))};
    const QList<VariableDiffRow> rows = VariableGroupDiff::compare(left, right);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).name, QStringLiteral("A"));
    QCOMPARE(rows.at(0).kind, VariableDiffRow::Kind::Changed);
    QCOMPARE(rows.at(0).leftValue, QStringLiteral("1"));
    QCOMPARE(rows.at(0).rightValue, QStringLiteral("10"));
    QCOMPARE(rows.at(1).name, QStringLiteral("B"));
    QCOMPARE(rows.at(1).kind, VariableDiffRow::Kind::OnlyLeft);
    QCOMPARE(rows.at(1).rightValue, QString());
    QCOMPARE(rows.at(2).name, QStringLiteral("C"));
    QCOMPARE(rows.at(2).kind, VariableDiffRow::Kind::Same);
    QCOMPARE(rows.at(3).name, QStringLiteral("d"));
    QCOMPARE(rows.at(3).kind, VariableDiffRow::Kind::OnlyRight);
    QCOMPARE(rows.at(3).rightValue, QStringLiteral("4"));
}

void TestVariableGroupDiff::secretsNeverCompared()
{
    VariableGroup left;
    left.variables = {var(QStringLiteral("TOKEN"), QStringLiteral("left-secret"), true),
                      var(QStringLiteral("KEY"), QStringLiteral("plain"))};
    VariableGroup right;
    right.variables = {var(QStringLiteral("token"), QStringLiteral("right-secret"), true),
                       var(QStringLiteral("KEY"), QStringLiteral("now-secret"), true)};
    const QList<VariableDiffRow> rows = VariableGroupDiff::compare(left, right);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).kind, VariableDiffRow::Kind::Same);
    QVERIFY(rows.at(0).leftSecret && rows.at(0).rightSecret);
    QCOMPARE(rows.at(0).leftValue, QString());  // secret values are never shown
    QCOMPARE(rows.at(0).rightValue, QString());
    QCOMPARE(rows.at(1).kind, VariableDiffRow::Kind::Changed);  // plain -> secret
    QCOMPARE(rows.at(1).leftValue, QStringLiteral("plain"));
    QCOMPARE(rows.at(1).rightValue, QString());
    QVERIFY(!rows.at(1).leftSecret && rows.at(1).rightSecret);
}

void TestVariableGroupDiff::identical_data()
{
    QTest::addColumn<QString>("leftDescription");
    QTest::addColumn<QString>("rightDescription");
    QTest::addColumn<QString>("rightValue");
    QTest::addColumn<QString>("rightName");
    QTest::addColumn<bool>("expected");
    QTest::newRow("same") << QStringLiteral("d") << QStringLiteral("d") << QStringLiteral("v") << QStringLiteral("X") << true;
    QTest::newRow("name case only") << QStringLiteral("d") << QStringLiteral("d") << QStringLiteral("v") << QStringLiteral("x") << true;
    QTest::newRow("description") << QStringLiteral("d") << QStringLiteral("e") << QStringLiteral("v") << QStringLiteral("X") << false;
    QTest::newRow("value") << QStringLiteral("d") << QStringLiteral("d") << QStringLiteral("V") << QStringLiteral("X") << false;
    QTest::newRow("other name") << QStringLiteral("d") << QStringLiteral("d") << QStringLiteral("v") << QStringLiteral("Y") << false;
    QTest::newRow("japanese value") << QStringLiteral("説明") << QStringLiteral("説明") << QStringLiteral("値") << QStringLiteral("X") << false;
}

void TestVariableGroupDiff::identical()
{
    QFETCH(QString, leftDescription);
    QFETCH(QString, rightDescription);
    QFETCH(QString, rightValue);
    QFETCH(QString, rightName);
    QFETCH(bool, expected);
    VariableGroup left;
    left.description = leftDescription;
    left.variables = {var(QStringLiteral("X"), QStringLiteral("v"))};
    VariableGroup right;
    right.description = rightDescription;
    right.variables = {var(rightName, rightValue)};
    QCOMPARE(VariableGroupDiff::identical(left, right), expected);
}

QTEST_GUILESS_MAIN(TestVariableGroupDiff)
#include "test_variablegroupdiff.moc"
