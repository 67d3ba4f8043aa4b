// TaskCatalog: the bundled facts match the task manifests they were generated from,
// lookups by reference/alias, and malformed catalogs are refused with a message.
#include "core/pipeline/tasks/taskcatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace mlops;
using namespace mlops::pipeline;

class TestTaskCatalog : public QObject {
    Q_OBJECT

private:
    static const TaskCatalog &catalog()
    {
        const Result<const TaskCatalog *> c = TaskCatalog::builtIn();
        if (!c)
            qFatal("built-in catalog: %s", qPrintable(c.error().message));
        return **c;
    }

private Q_SLOTS:
    void builtInLoads()
    {
        const Result<const TaskCatalog *> c = TaskCatalog::builtIn();
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QVERIFY((*c)->tasks().size() >= 20);
        QCOMPARE(TaskCatalog::builtIn().value(), c.value());  // same instance
    }

    void findByReference_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("major");
        QTest::newRow("Bash@3") << QStringLiteral("Bash@3") << QStringLiteral("Bash") << 3;
        QTest::newRow("lower case") << QStringLiteral("bash@3") << QStringLiteral("Bash") << 3;
        QTest::newRow("AzureCLI@1") << QStringLiteral("AzureCLI@1") << QStringLiteral("AzureCLI") << 1;
        QTest::newRow("AzureCLI@2") << QStringLiteral("AzureCLI@2") << QStringLiteral("AzureCLI") << 2;
        QTest::newRow("UsePythonVersion@0") << QStringLiteral("UsePythonVersion@0") << QStringLiteral("UsePythonVersion") << 0;
        QTest::newRow("unknown major") << QStringLiteral("Bash@2") << QString() << -1;
        QTest::newRow("no major") << QStringLiteral("Bash") << QString() << -1;
        QTest::newRow("not a number") << QStringLiteral("Bash@x") << QString() << -1;
        QTest::newRow("unknown task") << QStringLiteral("NoSuchTask@1") << QString() << -1;
    }

    void findByReference()
    {
        QFETCH(QString, reference);
        QFETCH(QString, name);
        QFETCH(int, major);
        const TaskFact *task = catalog().find(reference);
        if (name.isEmpty()) {
            QVERIFY(!task);
            return;
        }
        QVERIFY(task);
        QCOMPARE(task->name, name);
        QCOMPARE(task->major, major);
        QCOMPARE(task->reference(), name + QLatin1Char('@') + QString::number(major));
    }

    void bashInputs()
    {
        const TaskFact *bash = catalog().find(QStringLiteral("Bash@3"));
        QVERIFY(bash);
        const TaskInputFact *targetType = bash->input(QStringLiteral("targetType"));
        QVERIFY(targetType);
        QCOMPARE(targetType->type, QStringLiteral("radio"));
        QVERIFY(targetType->hasDefault);
        QCOMPARE(targetType->defaultValue, QStringLiteral("filePath"));
        QCOMPARE(targetType->options, (QStringList{QStringLiteral("filePath"), QStringLiteral("inline")}));
        QVERIFY(bash->input(QStringLiteral("script")));
        QVERIFY(!bash->input(QStringLiteral("noSuchInput")));
    }

    // Every manifest in the reference folder is in the catalog with the same facts: the
    // resource is what the generator produces, not a hand-edited copy.
    void matchesManifests()
    {
        const QDir dir(QStringLiteral(MLOPS_SHARED_DIR "/reference/azure-pipelines/tasks"));
        if (!dir.exists())
            QSKIP("the reference task manifests are not available");
        const QStringList files = dir.entryList({QStringLiteral("*.task.json")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &fileName : files) {
            QFile file(dir.filePath(fileName));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
            const QString name = manifest.value(QStringLiteral("name")).toString();
            const QJsonObject version = manifest.value(QStringLiteral("version")).toObject();
            const TaskFact *task = catalog().find(name, version.value(QStringLiteral("Major")).toInt());
            QVERIFY2(task, qPrintable(fileName));
            QCOMPARE(task->minor, version.value(QStringLiteral("Minor")).toInt());
            QCOMPARE(task->patch, version.value(QStringLiteral("Patch")).toInt());
            const QJsonArray inputs = manifest.value(QStringLiteral("inputs")).toArray();
            QCOMPARE(task->inputs.size(), inputs.size());
            for (int i = 0; i < inputs.size(); ++i) {
                const QJsonObject in = inputs.at(i).toObject();
                const TaskInputFact &fact = task->inputs.at(i);
                QCOMPARE(fact.name, in.value(QStringLiteral("name")).toString());
                const QJsonValue required = in.value(QStringLiteral("required"));
                QCOMPARE(fact.required, required.isString() ? required.toString() == QStringLiteral("true")
                                                            : required.toBool(false));
                QCOMPARE(fact.aliases.size(), in.value(QStringLiteral("aliases")).toArray().size());
                QCOMPARE(fact.options.size(), in.value(QStringLiteral("options")).toObject().size());
                for (const QString &alias : fact.aliases)
                    QCOMPARE(task->input(alias), &fact);
            }
        }
    }

    void sortedAndReferences()
    {
        const QStringList refs = catalog().references();
        QCOMPARE(refs.size(), catalog().tasks().size());
        QVERIFY(refs.contains(QStringLiteral("Bash@3")));
        QVERIFY(refs.indexOf(QStringLiteral("AzureCLI@1")) < refs.indexOf(QStringLiteral("AzureCLI@2")));
        QVERIFY(refs.indexOf(QStringLiteral("ArchiveFiles@2")) < refs.indexOf(QStringLiteral("Bash@3")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("offset");
        QTest::newRow("no tasks") << QByteArray("{}") << QStringLiteral("\"tasks\"");
        QTest::newRow("task without name") << QByteArray(R"({"tasks":[{"version":{"major":1}}]})") << QStringLiteral("#1");
        QTest::newRow("task without version") << QByteArray(R"({"tasks":[{"name":"X"}]})") << QStringLiteral("X");
        QTest::newRow("input without name")
            << QByteArray(R"({"tasks":[{"name":"Y","version":{"major":1},"inputs":[{"type":"string"}]}]})")
            << QStringLiteral("Y");
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, messagePart);
        const Result<TaskCatalog> c = TaskCatalog::fromJson(json);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, ErrorCode::InvalidInput);
        QVERIFY2(c.error().message.contains(messagePart), qPrintable(c.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTaskCatalog)
#include "test_taskcatalog.moc"
