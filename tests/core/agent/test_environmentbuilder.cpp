// EnvironmentBuilder: variable → environment name mapping, secrets, step env, PATH.
#include "core/agent/environmentbuilder.h"

#include <QTest>

using namespace mlops::agent;

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }
}

class TestEnvironmentBuilder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void names_data();
    void names();
    void build();
    void secretsOnlyThroughStepEnv();
    void collisions();
    void pathPrepends_data();
    void pathPrepends();
    void invalidStepEnvName();
};

void TestEnvironmentBuilder::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("preserveCase");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dotted") << s("Build.SourcesDirectory") << false << s("BUILD_SOURCESDIRECTORY");
    QTest::newRow("space") << s("my var") << false << s("MY_VAR");
    QTest::newRow("underscore kept") << s("BASE_NAME") << false << s("BASE_NAME");
    QTest::newRow("lower") << s("location") << false << s("LOCATION");
    QTest::newRow("mixed") << s("System.Debug") << false << s("SYSTEM_DEBUG");
    QTest::newRow("dash kept") << s("my-var") << false << s("MY-VAR");
    QTest::newRow("digits") << s("v1.2") << false << s("V1_2");
    QTest::newRow("output var") << s("train.modelVersion") << false << s("TRAIN_MODELVERSION");
    QTest::newRow("many dots spaces") << s("a. b .c") << false << s("A__B__C");
    QTest::newRow("preserve case") << s("my.Var") << true << s("my_Var");
    QTest::newRow("unicode upper") << s("straße.x") << false << s("STRASSE_X");
}

void TestEnvironmentBuilder::names()
{
    QFETCH(QString, name);
    QFETCH(bool, preserveCase);
    QFETCH(QString, expected);
    QCOMPARE(EnvironmentBuilder::environmentName(name, preserveCase), expected);
}

void TestEnvironmentBuilder::build()
{
    EnvironmentBuilder::Input in;
    in.base = {{s("HOME"), s("/home/u")}, {s("PATH"), s("/usr/bin")}, {s("LOCATION"), s("old")}};
    in.variables.set(s("location"), s("westeurope"));
    in.variables.set(s("Build.SourcesDirectory"), s("/w/s"));
    Variable pc;
    pc.name = s("keep.Case");
    pc.value = s("1");
    pc.preserveCase = true;
    in.variables.set(pc);
    in.stepEnv = {{s("MODEL_DIR"), s("$(Build.SourcesDirectory)/model")}, {s("UNKNOWN"), s("$(nope)")},
                  {s("HOME"), s("/override")}};
    const auto out = EnvironmentBuilder::build(in);
    QVERIFY(out.warnings.isEmpty());
    QCOMPARE(out.environment.value(s("LOCATION")), s("westeurope"));  // variables override the base
    QCOMPARE(out.environment.value(s("BUILD_SOURCESDIRECTORY")), s("/w/s"));
    QCOMPARE(out.environment.value(s("keep_Case")), s("1"));
    QVERIFY(!out.environment.contains(s("KEEP_CASE")));
    QCOMPARE(out.environment.value(s("TF_BUILD")), s("True"));
    QCOMPARE(out.environment.value(s("MODEL_DIR")), s("/w/s/model"));
    QCOMPARE(out.environment.value(s("UNKNOWN")), s("$(nope)"));
    QCOMPARE(out.environment.value(s("HOME")), s("/override"));  // step env wins
    QCOMPARE(out.environment.value(s("PATH")), s("/usr/bin"));
}

void TestEnvironmentBuilder::secretsOnlyThroughStepEnv()
{
    EnvironmentBuilder::Input in;
    in.variables.set(s("mySecret"), s("hunter22"), true);
    in.variables.set(s("System.AccessToken"), s("tok"), true, true);
    in.variables.set(s("plain"), s("p"));
    in.stepEnv = {{s("TOKEN"), s("$(mySecret)")}};
    const auto out = EnvironmentBuilder::build(in);
    QVERIFY(!out.environment.contains(s("MYSECRET")));
    QVERIFY(!out.environment.contains(s("SYSTEM_ACCESSTOKEN")));
    QCOMPARE(out.environment.value(s("TOKEN")), s("hunter22"));
    QCOMPARE(out.environment.value(s("PLAIN")), s("p"));
    for (auto it = out.environment.cbegin(); it != out.environment.cend(); ++it) {
        if (it.key() != s("TOKEN"))
            QVERIFY(!it.value().contains(s("hunter22")) && it.value() != s("tok"));
    }
}

void TestEnvironmentBuilder::collisions()
{
    EnvironmentBuilder::Input in;
    in.variables.set(s("a.b"), s("dot"));
    in.variables.set(s("a_b"), s("underscore"));
    const auto out = EnvironmentBuilder::build(in);
    QCOMPARE(out.environment.value(s("A_B")), s("underscore"));
    QCOMPARE(out.warnings.size(), 1);
    QVERIFY(out.warnings.first().contains(s("'a.b'")));
    QVERIFY(out.warnings.first().contains(s("'a_b'")));
    QVERIFY(out.warnings.first().contains(s("'A_B'")));
}

void TestEnvironmentBuilder::pathPrepends_data()
{
    QTest::addColumn<QString>("basePath");  // "<unset>" = no PATH
    QTest::addColumn<QStringList>("prepends");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << s("/usr/bin") << QStringList{} << s("/usr/bin");
    QTest::newRow("one") << s("/usr/bin") << QStringList{s("/opt/a")} << s("/opt/a:/usr/bin");
    QTest::newRow("last first") << s("/usr/bin:/bin") << QStringList{s("/opt/a"), s("/opt/b")}
                                << s("/opt/b:/opt/a:/usr/bin:/bin");
    QTest::newRow("no base PATH") << s("<unset>") << QStringList{s("/opt/a")} << s("/opt/a");
    QTest::newRow("empty base PATH") << QString() << QStringList{s("/opt/a")} << s("/opt/a");
}

void TestEnvironmentBuilder::pathPrepends()
{
    QFETCH(QString, basePath);
    QFETCH(QStringList, prepends);
    QFETCH(QString, expected);
    EnvironmentBuilder::Input in;
    if (basePath != s("<unset>"))
        in.base.insert(s("PATH"), basePath);
    in.prependedPaths = prepends;
    const auto out = EnvironmentBuilder::build(in);
    QCOMPARE(out.environment.value(s("PATH")), expected);
}

void TestEnvironmentBuilder::invalidStepEnvName()
{
    EnvironmentBuilder::Input in;
    in.stepEnv = {{QString(), s("x")}, {s("A=B"), s("y")}, {s("OK"), s("z")}};
    const auto out = EnvironmentBuilder::build(in);
    QCOMPARE(out.warnings.size(), 2);
    QCOMPARE(out.environment.value(s("OK")), s("z"));
    QVERIFY(!out.environment.contains(s("A=B")));
}

QTEST_GUILESS_MAIN(TestEnvironmentBuilder)
#include "test_environmentbuilder.moc"
