// End-to-end tests of `mlops vargroup …` (plain variables; secrets are in
// test_cli_secrets): every command's success path in table and JSON output, and its
// error paths with their exit codes.

#include "clirunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kJson = QStringLiteral("-o");
const QString kJsonValue = QStringLiteral("json");

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *word : list)
        out.append(QString::fromUtf8(word));
    return out;
}

QStringList json(QStringList arguments) { return arguments << kJson << kJsonValue; }

QJsonObject variableNamed(const QJsonObject &group, const QString &name)
{
    for (const QJsonValue &v : group.value(QStringLiteral("variables")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

}  // namespace

class TestCliVarGroup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createAndShow();
    void listAndFilter();
    void setAndUnset();
    void deleteGroup();
    void deleteConfirmedOnTerminal_data();
    void deleteConfirmedOnTerminal();
    void exportAndImport();
    void history();
    void cloneAndCompare();
    void errors_data();
    void errors();
    void malformedImport();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliVarGroup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliRunner>(m_dir->filePath(QStringLiteral("ws")));
}

void TestCliVarGroup::cleanup()
{
    m_cli.reset();
    m_dir.reset();
}

void TestCliVarGroup::createAndShow()
{
    CliResult r = m_cli->run(words({"vargroup", "create", "app-settings", "--description", "Settings of the app",
                                    "--var", "LOCATION=westeurope", "--var", "BASE_NAME=mlops=fun", "--var", "EMPTY="}));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText(), QStringLiteral("Created variable group 'app-settings' with 3 variables.\n"));

    r = m_cli->run(json(words({"vargroup", "create", "second", "--var", "A=1"})));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("second"));
    QCOMPARE(r.object().value(QStringLiteral("revision")).toInt(), 1);

    r = m_cli->run(words({"vargroup", "show", "app-settings"}));
    CLI_EXPECT_OK(r);
    const QString text = r.outText();
    QVERIFY2(text.startsWith(QStringLiteral("Variable group app-settings  (id ")), r.describe().constData());
    QVERIFY(text.contains(QStringLiteral("Settings of the app")));
    // Aligned columns: the values start in the same column as the VALUE header.
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto lineStarting = [&](const QString &start) {
        for (const QString &line : lines) {
            if (line.trimmed().startsWith(start))
                return line;
        }
        return QString();
    };
    const QString header = lineStarting(QStringLiteral("NAME"));
    const QString location = lineStarting(QStringLiteral("LOCATION"));
    QVERIFY2(!header.isEmpty() && !location.isEmpty(), r.describe().constData());
    QCOMPARE(location.indexOf(QStringLiteral("westeurope")), header.indexOf(QStringLiteral("VALUE")));
    QVERIFY(lineStarting(QStringLiteral("BASE_NAME")).contains(QStringLiteral("mlops=fun")));

    // Case-insensitive lookup, JSON with every field.
    r = m_cli->run(json(words({"vargroup", "show", "APP-SETTINGS"})));
    CLI_EXPECT_OK(r);
    const QJsonObject group = r.object();
    QCOMPARE(group.value(QStringLiteral("name")).toString(), QStringLiteral("app-settings"));
    QCOMPARE(group.value(QStringLiteral("description")).toString(), QStringLiteral("Settings of the app"));
    QVERIFY(group.value(QStringLiteral("id")).toInteger() > 0);
    QVERIFY(!group.value(QStringLiteral("createdAt")).toString().isEmpty());
    QVERIFY(!group.value(QStringLiteral("modifiedBy")).toString().isEmpty());
    const QJsonArray variables = group.value(QStringLiteral("variables")).toArray();
    QCOMPARE(variables.size(), 3);
    // In the user's order.
    QCOMPARE(variables.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("LOCATION"));
    QCOMPARE(variables.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("mlops=fun"));
    QCOMPARE(variables.at(2).toObject().value(QStringLiteral("value")).toString(), QString());
    QCOMPARE(variables.at(0).toObject().value(QStringLiteral("isSecret")).toBool(), false);
}

void TestCliVarGroup::listAndFilter()
{
    CliResult r = m_cli->run(words({"vargroup", "list"}));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText(), QStringLiteral("No variable groups.\n"));
    r = m_cli->run(json(words({"vargroup", "list"})));
    CLI_EXPECT_OK(r);
    QVERIFY(r.json().isArray());
    QCOMPARE(r.array().size(), 0);

    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "beta", "--description", "second", "--var", "X=1", "--var", "Y=2"})));
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "alpha", "--var", "NEEDLE=1"})));

    r = m_cli->run(words({"vargroup", "list"}));
    CLI_EXPECT_OK(r);
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("NAME")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("alpha")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("beta")));
    QCOMPARE(lines.at(2).indexOf(QLatin1Char('2')), lines.at(0).indexOf(QStringLiteral("VARIABLES")));

    r = m_cli->run(json(words({"vargroup", "list"})));
    CLI_EXPECT_OK(r);
    const QJsonArray all = r.array();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("alpha"));
    const QJsonObject beta = all.at(1).toObject();
    QCOMPARE(beta.value(QStringLiteral("name")).toString(), QStringLiteral("beta"));
    QCOMPARE(beta.value(QStringLiteral("description")).toString(), QStringLiteral("second"));
    QCOMPARE(beta.value(QStringLiteral("variableCount")).toInt(), 2);
    QCOMPARE(beta.value(QStringLiteral("secretCount")).toInt(), 0);

    // --filter matches a variable name, case-insensitively.
    r = m_cli->run(json(words({"vargroup", "list", "--filter", "needle"})));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("alpha"));
}

void TestCliVarGroup::setAndUnset()
{
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "g", "--var", "KEEP=1"})));

    CliResult r = m_cli->run(words({"vargroup", "set", "g", "NEW", "hello world"}));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText(), QStringLiteral("Set NEW in variable group 'g' (revision 2).\n"));

    r = m_cli->run(json(words({"vargroup", "set", "g", "NEW", "replaced"})));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("revision")).toInt(), 3);
    QCOMPARE(variableNamed(r.object(), QStringLiteral("NEW")).value(QStringLiteral("value")).toString(), QStringLiteral("replaced"));
    QCOMPARE(r.object().value(QStringLiteral("variables")).toArray().size(), 2);

    r = m_cli->run(words({"vargroup", "unset", "g", "NEW"}));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText(), QStringLiteral("Removed NEW from variable group 'g' (revision 4).\n"));

    r = m_cli->run(json(words({"vargroup", "unset", "g", "KEEP"})));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("variables")).toArray().size(), 0);
}

void TestCliVarGroup::deleteGroup()
{
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "doomed", "--var", "A=1"})));
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "doomed-too"})));

    // Standard input is not a terminal here: without --yes nothing is deleted.
    CliResult r = m_cli->run(words({"vargroup", "delete", "doomed"}));
    CLI_EXPECT_EXIT(r, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("--yes")), r.describe().constData());
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "show", "doomed"})));

    r = m_cli->run(words({"vargroup", "delete", "doomed", "--yes"}));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText(), QStringLiteral("Deleted variable group 'doomed'.\n"));
    CLI_EXPECT_EXIT(m_cli->run(words({"vargroup", "show", "doomed"})), 1);

    r = m_cli->run(json(words({"vargroup", "delete", "-y", "doomed-too"})));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("deleted")).toBool(), true);
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("doomed-too"));
    r = m_cli->run(json(words({"vargroup", "list"})));
    QCOMPARE(r.array().size(), 0);
}

void TestCliVarGroup::deleteConfirmedOnTerminal_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("deleted");
    QTest::newRow("yes") << QByteArray("yes\n") << 0 << true;
    QTest::newRow("y") << QByteArray("y\n") << 0 << true;
    QTest::newRow("no") << QByteArray("n\n") << 1 << false;
    QTest::newRow("just enter") << QByteArray("\n") << 1 << false;
}

void TestCliVarGroup::deleteConfirmedOnTerminal()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, exitCode);
    QFETCH(bool, deleted);
    if (CliRunner::scriptPath().isEmpty())
        QSKIP("util-linux 'script' is needed to give mlops a terminal");
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "asked", "--var", "A=1"})));
    const CliResult r = m_cli->runOnTerminal(words({"vargroup", "delete", "asked"}), answer);
    CLI_EXPECT_EXIT(r, exitCode);
    QVERIFY2(r.outText().contains(QStringLiteral("Delete variable group 'asked' (1 variable)? [y/N]")), r.describe().constData());
    QVERIFY2(r.outText().contains(deleted ? QStringLiteral("Deleted variable group 'asked'.")
                                          : QStringLiteral("mlops: error: cancelled")),
             r.describe().constData());
    CLI_EXPECT_EXIT(m_cli->run(words({"vargroup", "show", "asked"})), deleted ? 1 : 0);
}

void TestCliVarGroup::exportAndImport()
{
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "source", "--description", "exported", "--var",
                                    "LOCATION=westeurope", "--var", "RESOURCE_GROUP=rg-1"})));

    // To stdout: the Azure DevOps shape, whatever -o says.
    CliResult r = m_cli->run(words({"vargroup", "export", "source"}));
    CLI_EXPECT_OK(r);
    QJsonObject azure = r.object();
    QCOMPARE(azure.value(QStringLiteral("name")).toString(), QStringLiteral("source"));
    QCOMPARE(azure.value(QStringLiteral("description")).toString(), QStringLiteral("exported"));
    QCOMPARE(azure.value(QStringLiteral("variables")).toObject().value(QStringLiteral("LOCATION")).toObject()
                 .value(QStringLiteral("value")).toString(), QStringLiteral("westeurope"));

    // To a file.
    const QString file = m_dir->filePath(QStringLiteral("group.json"));
    r = m_cli->run(words({"vargroup", "export", "source", "--file"}) << file);
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText(), QStringLiteral("Exported variable group 'source' to %1.\n").arg(file));
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(exported.readAll()).object(), azure);
    r = m_cli->run(json(words({"vargroup", "export", "source", "--file"}) << file));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("file")).toString(), file);

    // Import under a new name; the same name again is a duplicate.
    r = m_cli->run(words({"vargroup", "import"}) << file << QStringLiteral("--name") << QStringLiteral("copy"));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText(), QStringLiteral("Imported variable group 'copy' with 2 variables from %1.\n").arg(file));
    r = m_cli->run(words({"vargroup", "import"}) << file);
    CLI_EXPECT_EXIT(r, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("source")), r.describe().constData());

    // From standard input, JSON output.
    QFile again(file);
    QVERIFY(again.open(QIODevice::ReadOnly));
    r = m_cli->run(json(words({"vargroup", "import", "-", "--name", "from-stdin"})), again.readAll());
    CLI_EXPECT_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("from-stdin"));
    QCOMPARE(variableNamed(r.object(), QStringLiteral("RESOURCE_GROUP")).value(QStringLiteral("value")).toString(), QStringLiteral("rg-1"));

    // An Azure DevOps list response holding one group.
    const QString listFile = m_dir->filePath(QStringLiteral("list.json"));
    QVERIFY(writeFile(listFile, R"({"count": 1, "value": [{"name": "from-azure", "type": "Vsts",
        "variables": {"BASE_NAME": {"value": "mlops"}}}]})"));
    r = m_cli->run(json(words({"vargroup", "import"}) << listFile));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("from-azure"));
    QCOMPARE(variableNamed(r.object(), QStringLiteral("BASE_NAME")).value(QStringLiteral("value")).toString(), QStringLiteral("mlops"));
}

void TestCliVarGroup::history()
{
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "h", "--var", "A=1", "--var", "B=2"})));
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "set", "h", "A", "10"})));
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "set", "h", "C", "3"})));
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "unset", "h", "B"})));

    CliResult r = m_cli->run(words({"vargroup", "history", "h"}));
    CLI_EXPECT_OK(r);
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(QRegularExpression(QStringLiteral("^REVISION\\s+WHEN\\s+USER\\s+ACTION\\s+CHANGES$")).match(lines.at(0)).hasMatch());
    QVERIFY2(lines.at(1).startsWith(QLatin1Char('1')) && lines.at(1).contains(QStringLiteral("+A")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QStringLiteral("~A")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).contains(QStringLiteral("+C")), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(4).startsWith(QLatin1Char('4')) && lines.at(4).contains(QStringLiteral("-B")), qPrintable(lines.at(4)));

    r = m_cli->run(json(words({"vargroup", "history", "h"})));
    CLI_EXPECT_OK(r);
    const QJsonArray versions = r.array();
    QCOMPARE(versions.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject v = versions.at(i).toObject();
        QCOMPARE(v.value(QStringLiteral("revision")).toInt(), i + 1);
        QVERIFY(!v.value(QStringLiteral("at")).toString().isEmpty());
        QVERIFY(!v.value(QStringLiteral("user")).toString().isEmpty());
        QVERIFY(!v.value(QStringLiteral("action")).toString().isEmpty());
    }
    const QJsonArray changed = versions.at(1).toObject().value(QStringLiteral("changes")).toArray();
    QCOMPARE(changed.size(), 1);
    const QJsonObject change = changed.at(0).toObject();
    QCOMPARE(change.value(QStringLiteral("kind")).toString(), QStringLiteral("changed"));
    QCOMPARE(change.value(QStringLiteral("name")).toString(), QStringLiteral("A"));
    QCOMPARE(change.value(QStringLiteral("from")).toString(), QStringLiteral("1"));
    QCOMPARE(change.value(QStringLiteral("to")).toString(), QStringLiteral("10"));
    const QJsonArray removed = versions.at(3).toObject().value(QStringLiteral("changes")).toArray();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("removed"));
    QCOMPARE(removed.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("B"));
}

void TestCliVarGroup::cloneAndCompare()
{
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "dev", "--var", "LOCATION=westeurope", "--var", "SIZE=small", "--var", "ONLY_DEV=1"})));
    CliResult r = m_cli->run(words({"vargroup", "clone", "dev", "prod"}));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.outText(), QStringLiteral("Cloned variable group 'dev' to 'prod' with 3 variables.\n"));

    r = m_cli->run(json(words({"vargroup", "compare", "dev", "prod"})));
    CLI_EXPECT_OK(r);
    QCOMPARE(r.object().value(QStringLiteral("identical")).toBool(), true);

    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "set", "prod", "SIZE", "large"})));
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "unset", "prod", "ONLY_DEV"})));
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "set", "prod", "ONLY_PROD", "2"})));

    r = m_cli->run(json(words({"vargroup", "compare", "dev", "prod"})));
    CLI_EXPECT_OK(r);
    const QJsonObject o = r.object();
    QCOMPARE(o.value(QStringLiteral("identical")).toBool(), false);
    QHash<QString, QJsonObject> rows;
    for (const QJsonValue &v : o.value(QStringLiteral("variables")).toArray())
        rows.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.value(QStringLiteral("LOCATION")).value(QStringLiteral("status")).toString(), QStringLiteral("same"));
    QCOMPARE(rows.value(QStringLiteral("SIZE")).value(QStringLiteral("status")).toString(), QStringLiteral("changed"));
    QCOMPARE(rows.value(QStringLiteral("SIZE")).value(QStringLiteral("rightValue")).toString(), QStringLiteral("large"));
    QCOMPARE(rows.value(QStringLiteral("ONLY_DEV")).value(QStringLiteral("status")).toString(), QStringLiteral("only-left"));
    QVERIFY(rows.value(QStringLiteral("ONLY_DEV")).value(QStringLiteral("rightValue")).isNull());
    QCOMPARE(rows.value(QStringLiteral("ONLY_PROD")).value(QStringLiteral("status")).toString(), QStringLiteral("only-right"));

    r = m_cli->run(words({"vargroup", "compare", "dev", "prod"}));
    CLI_EXPECT_OK(r);
    QVERIFY(QRegularExpression(QStringLiteral("SIZE\\s+small\\s+large\\s+changed")).match(r.outText()).hasMatch());
    QVERIFY(r.outText().endsWith(QStringLiteral("The groups differ.\n")));
}

void TestCliVarGroup::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("show unknown group") << words({"vargroup", "show", "nosuch"}) << 1 << QStringLiteral("nosuch");
    QTest::newRow("set in unknown group") << words({"vargroup", "set", "nosuch", "A", "1"}) << 1 << QStringLiteral("nosuch");
    QTest::newRow("unset unknown variable") << words({"vargroup", "unset", "existing", "NOPE"}) << 1 << QStringLiteral("NOPE");
    QTest::newRow("delete unknown group") << words({"vargroup", "delete", "nosuch", "--yes"}) << 1 << QStringLiteral("nosuch");
    QTest::newRow("export unknown group") << words({"vargroup", "export", "nosuch"}) << 1 << QStringLiteral("nosuch");
    QTest::newRow("history unknown group") << words({"vargroup", "history", "nosuch"}) << 1 << QStringLiteral("nosuch");
    QTest::newRow("duplicate name") << words({"vargroup", "create", "EXISTING"}) << 1 << QStringLiteral("EXISTING");
    QTest::newRow("clone onto existing") << words({"vargroup", "clone", "existing", "existing"}) << 1 << QStringLiteral("existing");
    QTest::newRow("invalid variable name") << words({"vargroup", "set", "existing", "bad name!", "x"}) << 1 << QStringLiteral("bad name!");
    QTest::newRow("reserved variable prefix") << words({"vargroup", "create", "g2", "--var", "secret.token=1"}) << 1 << QStringLiteral("secret.token");
    QTest::newRow("duplicate variable") << words({"vargroup", "create", "g3", "--var", "A=1", "--var", "a=2"}) << 1 << QStringLiteral("a");
    QTest::newRow("empty group name") << words({"vargroup", "create", ""}) << 1 << QString();
    QTest::newRow("import missing file") << words({"vargroup", "import", "/nonexistent/group.json"}) << 1
                                         << QStringLiteral("/nonexistent/group.json");
    QTest::newRow("export to unwritable file") << words({"vargroup", "export", "existing", "--file", "/nonexistent/dir/out.json"})
                                               << 1 << QStringLiteral("/nonexistent/dir/out.json");
}

void TestCliVarGroup::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    CLI_EXPECT_OK(m_cli->run(words({"vargroup", "create", "existing", "--var", "A=1"})));
    const CliResult r = m_cli->run(arguments);
    CLI_EXPECT_EXIT(r, exitCode);
    QVERIFY2(r.errText().startsWith(QStringLiteral("mlops: error: ")), r.describe().constData());
    QVERIFY2(r.errText().contains(message), r.describe().constData());
    QVERIFY2(r.out.isEmpty(), r.describe().constData());
    // Nothing changed.
    const CliResult after = m_cli->run(json(words({"vargroup", "list"})));
    QCOMPARE(after.array().size(), 1);
    QCOMPARE(after.array().at(0).toObject().value(QStringLiteral("variableCount")).toInt(), 1);
}

void TestCliVarGroup::malformedImport()
{
    const QString file = m_dir->filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(file, "{\n  \"name\": \"broken\",\n  \"variables\": {\n    \"A\": { \"value\": 1,, }\n  }\n}\n"));
    const CliResult r = m_cli->run(words({"vargroup", "import"}) << file);
    CLI_EXPECT_EXIT(r, 1);
    QVERIFY2(r.errText().startsWith(QStringLiteral("mlops: error: ")), r.describe().constData());
    const QRegularExpression position(QRegularExpression::escape(file) + QStringLiteral(":\\d+:\\d+"));
    QVERIFY2(position.match(r.errText()).hasMatch(), r.describe().constData());
    QCOMPARE(m_cli->run(json(words({"vargroup", "list"}))).array().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliVarGroup)
#include "test_cli_vargroup.moc"
