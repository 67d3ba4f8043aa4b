#include "core/library/variablenamerules.h"

#include <QTest>

using mlops::library::VariableNameRules;

class TestVariableNameRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void problem_data();
    void problem();
};

void TestVariableNameRules::problem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reason");  // a part of the message when invalid

    QTest::newRow("plain") << QStringLiteral("BASE_NAME") << true << QString();
    QTest::newRow("lower") << QStringLiteral("location") << true << QString();
    QTest::newRow("dotted") << QStringLiteral("Build.SourcesDirectory") << true << QString();
    QTest::newRow("dash") << QStringLiteral("my-var") << true << QString();
    QTest::newRow("digits") << QStringLiteral("v2") << true << QString();
    QTest::newRow("leading digit") << QStringLiteral("2fast") << true << QString();
    QTest::newRow("leading underscore") << QStringLiteral("_x") << true << QString();
    QTest::newRow("single letter") << QStringLiteral("a") << true << QString();
    QTest::newRow("japanese") << QStringLiteral("モデル名") << true << QString();
    QTest::newRow("kanji and ascii") << QStringLiteral("環境_ENV.1") << true << QString();
    QTest::newRow("accented") << QStringLiteral("Größe") << true << QString();
    QTest::newRow("decomposed dakuten") << QStringLiteral("か\u3099") << true << QString();
    QTest::newRow("256 chars") << QString(256, QLatin1Char('a')) << true << QString();
    QTest::newRow("reserved word inside") << QStringLiteral("MY_SECRET") << true << QString();
    QTest::newRow("prefix-like but not prefix") << QStringLiteral("xpath") << true << QString();
    QTest::newRow("workspace svc") << QStringLiteral("WORKSPACE_SVC_CONNECTION") << true << QString();

    QTest::newRow("empty") << QString() << false << QStringLiteral("empty");
    QTest::newRow("257 chars") << QString(257, QLatin1Char('a')) << false << QStringLiteral("at most 256");
    QTest::newRow("leading space") << QStringLiteral(" a") << false << QStringLiteral("starts or ends with a space");
    QTest::newRow("trailing space") << QStringLiteral("a ") << false << QStringLiteral("starts or ends with a space");
    QTest::newRow("inner space") << QStringLiteral("a b") << false << QStringLiteral("a space at position 2");
    QTest::newRow("tab") << QStringLiteral("a\tb") << false << QStringLiteral("U+0009");
    QTest::newRow("dollar") << QStringLiteral("a$b") << false << QStringLiteral("'$' at position 2");
    QTest::newRow("paren") << QStringLiteral("a(b)") << false << QStringLiteral("'('");
    QTest::newRow("slash") << QStringLiteral("a/b") << false << QStringLiteral("'/'");
    QTest::newRow("colon") << QStringLiteral("a:b") << false << QStringLiteral("':'");
    QTest::newRow("quote") << QStringLiteral("a\"b") << false << QStringLiteral("'\"'");
    QTest::newRow("ideographic space") << QStringLiteral("a\u3000b") << false << QStringLiteral("U+3000");
    QTest::newRow("emoji") << QStringLiteral("rocket🚀") << false << QStringLiteral("🚀");
    QTest::newRow("endpoint") << QStringLiteral("endpoint.url") << false << QStringLiteral("reserves");
    QTest::newRow("input") << QStringLiteral("INPUT_X") << false << QStringLiteral("\"INPUT\"");
    QTest::newRow("secret") << QStringLiteral("secretValue") << false << QStringLiteral("\"secret\"");
    QTest::newRow("Secret mixed case") << QStringLiteral("SeCrEt") << false << QStringLiteral("\"SeCrEt\"");
    QTest::newRow("path") << QStringLiteral("path_to") << false << QStringLiteral("reserves");
    QTest::newRow("securefile") << QStringLiteral("SecureFile1") << false << QStringLiteral("reserves");
}

void TestVariableNameRules::problem()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(QString, reason);
    const QString problem = VariableNameRules::problem(name);
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid)
        QVERIFY2(problem.contains(reason), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestVariableNameRules)
#include "test_variablenamerules.moc"
