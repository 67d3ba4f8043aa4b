#include "core/library/variablegroupjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mlops;
using namespace mlops::library;

namespace {

QString samplesDir() { return QStringLiteral(MLOPS_SHARED_DIR "/azure-rest/devops/variablegroups"); }

QJsonObject readSample(const QString &file)
{
    QFile f(samplesDir() + QLatin1Char('/') + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

const Variable *find(const VariableGroup &g, const QString &name)
{
    for (const Variable &v : g.variables) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

}  // namespace

class TestVariableGroupJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void exportShape();
    void azureSamples_data();
    void azureSamples();
    void responseWithSeveralGroups();
    void malformed_data();
    void malformed();
    void wrongShapes_data();
    void wrongShapes();
};

void TestVariableGroupJson::roundTrip()
{
    VariableGroup g;
    g.name = QStringLiteral("機械学習-設定");
    g.description = QStringLiteral("説明: \"quoted\"\nnext line");
    Variable a;
    a.name = QStringLiteral("LOCATION");
    a.value = QStringLiteral("japaneast");
    Variable b;
    b.name = QStringLiteral("モデル名");
    b.value = QStringLiteral("値 🚀");
    Variable s;
    s.name = QStringLiteral("TOKEN");
    s.value = QStringLiteral("must-not-be-exported");
    s.isSecret = true;
    Variable empty;
    empty.name = QStringLiteral("AKS_DEPLOYMENT_NAME");
    g.variables = {a, b, s, empty};

    const QByteArray json = VariableGroupJson::exportGroup(g);
    QVERIFY(!json.contains("must-not-be-exported"));
    Result<VariableGroup> back = VariableGroupJson::importGroup(json, QStringLiteral("g.json"));
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(back->name, g.name);
    QCOMPARE(back->description, g.description);
    QCOMPARE(back->variables.size(), 4);
    QCOMPARE(find(*back, QStringLiteral("LOCATION"))->value, QStringLiteral("japaneast"));
    QCOMPARE(find(*back, QStringLiteral("モデル名"))->value, QStringLiteral("値 🚀"));
    QCOMPARE(find(*back, QStringLiteral("AKS_DEPLOYMENT_NAME"))->value, QString());
    const Variable *token = find(*back, QStringLiteral("TOKEN"));
    QVERIFY(token->isSecret);
    QCOMPARE(token->value, QString());
    QVERIFY(!token->replaceSecret);  // exported as null: nothing to store on import
}

void TestVariableGroupJson::exportShape()
{
    VariableGroup g;
    g.name = QStringLiteral("g");
    Variable s;
    s.name = QStringLiteral("PAT");
    s.value = QStringLiteral("x");
    s.isSecret = true;
    Variable p;
    p.name = QStringLiteral("P");
    p.value = QStringLiteral("v");
    g.variables = {s, p};
    const QJsonObject o = VariableGroupJson::toAzureJson(g);
    QCOMPARE(o.value(QLatin1String("type")).toString(), QStringLiteral("Vsts"));
    const QJsonObject vars = o.value(QLatin1String("variables")).toObject();
    QVERIFY(vars.value(QLatin1String("PAT")).toObject().value(QLatin1String("value")).isNull());
    QCOMPARE(vars.value(QLatin1String("PAT")).toObject().value(QLatin1String("isSecret")).toBool(), true);
    QCOMPARE(vars.value(QLatin1String("P")).toObject().value(QLatin1String("value")).toString(), QStringLiteral("v"));
    QVERIFY(!vars.value(QLatin1String("P")).toObject().contains(QLatin1String("isSecret")));
}

void TestVariableGroupJson::azureSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where");  // "response" or "request"
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("variables");
    QTest::addColumn<QString>("secretName");  // empty: none

    QTest::newRow("GET one") << QStringLiteral("GET_VariableGroup.json") << QStringLiteral("response")
                             << QStringLiteral("TestVariableGroup1") << 2 << QStringLiteral("key2");
    QTest::newRow("POST body") << QStringLiteral("POST_CreateVariableGroup.json") << QStringLiteral("request")
                               << QStringLiteral("SampleGroupName") << 2 << QString();
    QTest::newRow("PUT body") << QStringLiteral("PUT_UpdateVariableGroup.json") << QStringLiteral("request")
                              << QStringLiteral("TestVariableGroup1") << 2 << QStringLiteral("key2");
    QTest::newRow("PUT response") << QStringLiteral("PUT_UpdateVariableGroup.json") << QStringLiteral("response")
                                  << QStringLiteral("TestVariableGroup1") << 2 << QStringLiteral("key2");
    QTest::newRow("POST response") << QStringLiteral("POST_CreateVariableGroup.json") << QStringLiteral("response")
                                   << QStringLiteral("SampleGroupName") << 2 << QString();
}

void TestVariableGroupJson::azureSamples()
{
    QFETCH(QString, file);
    QFETCH(QString, where);
    QFETCH(QString, name);
    QFETCH(int, variables);
    QFETCH(QString, secretName);

    const QJsonObject sample = readSample(file);
    QVERIFY2(!sample.isEmpty(), qPrintable(samplesDir() + QLatin1Char('/') + file));
    const QJsonObject body =
        where == QLatin1String("request")
            ? sample.value(QLatin1String("parameters")).toObject().value(QLatin1String("body")).toObject()
            : sample.value(QLatin1String("responses")).toObject().value(QLatin1String("200")).toObject().value(QLatin1String("body")).toObject();
    QVERIFY(!body.isEmpty());
    Result<VariableGroup> g = VariableGroupJson::importGroup(QJsonDocument(body).toJson(), file);
    QVERIFY2(g.ok(), g.ok() ? "" : qPrintable(g.error().message));
    QCOMPARE(g->name, name);
    QCOMPARE(g->variables.size(), variables);
    for (const Variable &v : g->variables) {
        QCOMPARE(v.isSecret, v.name == secretName);
        if (v.isSecret) {
            QCOMPARE(v.value, QString());
            QVERIFY(!v.replaceSecret);
        } else {
            QVERIFY(!v.value.isEmpty());
        }
    }
    // Export and import again: the same group.
    Result<VariableGroup> again = VariableGroupJson::importGroup(VariableGroupJson::exportGroup(*g), file);
    QVERIFY(again.ok());
    QCOMPARE(again->name, g->name);
    QCOMPARE(again->description, g->description);
    QCOMPARE(again->variables.size(), g->variables.size());
}

void TestVariableGroupJson::responseWithSeveralGroups()
{
    const QJsonObject sample = readSample(QStringLiteral("GET_VariableGroupsByIds.json"));
    QJsonObject body = sample.value(QLatin1String("responses")).toObject().value(QLatin1String("200")).toObject().value(QLatin1String("body")).toObject();
    Result<VariableGroup> g = VariableGroupJson::importGroup(QJsonDocument(body).toJson(), QStringLiteral("list.json"));
    QVERIFY(!g.ok());
    QCOMPARE(g.error().code, ErrorCode::InvalidInput);
    QVERIFY2(g.error().message.startsWith(QStringLiteral("list.json: ")), qPrintable(g.error().message));
    QVERIFY2(g.error().message.contains(QStringLiteral("2 variable groups")), qPrintable(g.error().message));

    // A list with exactly one group is accepted.
    QJsonArray one;
    one.append(body.value(QLatin1String("value")).toArray().at(1));
    body.insert(QLatin1String("value"), one);
    body.insert(QLatin1String("count"), 1);
    Result<VariableGroup> single = VariableGroupJson::importGroup(QJsonDocument(body).toJson(), QStringLiteral("one.json"));
    QVERIFY2(single.ok(), single.ok() ? "" : qPrintable(single.error().message));
    QCOMPARE(single->name, QStringLiteral("TestVariableGroup2"));
}

void TestVariableGroupJson::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    // file:line:column: where Qt's parser stopped (QJsonParseError::offset), columns in
    // characters, not bytes.
    QTest::addColumn<QString>("prefix");

    QTest::newRow("missing comma") << QByteArray("{\n  \"name\": \"a\"\n  \"description\": \"b\"\n}")
                                   << QStringLiteral("in.json:3:4: ");
    QTest::newRow("unterminated string") << QByteArray("{\"name\": \"abc")
                                         << QStringLiteral("in.json:1:14: ");
    QTest::newRow("trailing garbage line 4") << QByteArray("{\n\"name\": \"a\",\n\"variables\": {}\n} x")
                                             << QStringLiteral("in.json:4:3: ");
    QTest::newRow("japanese before error") << QByteArray("{\n  \"name\": \"日本語\",,\n}")
                                           << QStringLiteral("in.json:2:18: ");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("in.json:1:1: ");
}

void TestVariableGroupJson::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, prefix);
    Result<VariableGroup> g = VariableGroupJson::importGroup(json, QStringLiteral("in.json"));
    QVERIFY(!g.ok());
    QCOMPARE(g.error().code, ErrorCode::InvalidInput);
    QVERIFY2(g.error().message.startsWith(prefix), qPrintable(g.error().message));
    QVERIFY(g.error().message.size() > prefix.size());  // says what is wrong
}

void TestVariableGroupJson::wrongShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("a JSON object");
    QTest::newRow("no name") << QByteArray("{\"variables\": {}}") << QStringLiteral("no \"name\"");
    QTest::newRow("variables array") << QByteArray("{\"name\": \"g\", \"variables\": []}") << QStringLiteral("\"variables\"");
    QTest::newRow("variable not object") << QByteArray("{\"name\": \"g\", \"variables\": {\"A\": \"x\"}}")
                                         << QStringLiteral("variable \"A\" is a string");
    QTest::newRow("isSecret string") << QByteArray("{\"name\": \"g\", \"variables\": {\"A\": {\"value\": \"x\", \"isSecret\": \"yes\"}}}")
                                     << QStringLiteral("\"isSecret\" of variable \"A\"");
    QTest::newRow("key vault") << QByteArray("{\"name\": \"g\", \"type\": \"AzureKeyVault\"}") << QStringLiteral("AzureKeyVault");
}

void TestVariableGroupJson::wrongShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    Result<VariableGroup> g = VariableGroupJson::importGroup(json, QStringLiteral("x.json"));
    QVERIFY(!g.ok());
    QCOMPARE(g.error().code, ErrorCode::InvalidInput);
    QVERIFY2(g.error().message.startsWith(QStringLiteral("x.json")), qPrintable(g.error().message));
    QVERIFY2(g.error().message.contains(reason), qPrintable(g.error().message));
}

QTEST_GUILESS_MAIN(TestVariableGroupJson)
#include "test_variablegroupjson.moc"
