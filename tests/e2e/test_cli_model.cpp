// End-to-end tests of `mlops model …`: training on the sample diabetes data (test MSE
// equal to scikit-learn's golden value), the sample CI's evaluate/register flow
// (first version registered, the same candidate refused with exit 5, a better one
// registered), promote / rollback / compare / download / versions and models paging, the
// bad inputs that must exit 1 with a clear message and register nothing, and two
// `mlops` processes at once (20 rounds): registering the same model gets distinct
// versions; promoting never leaves two Production versions.

#include "clirunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <csignal>

namespace {

QStringList words(std::initializer_list<QString> list) { return QStringList(list); }
QStringList json(QStringList arguments) { return arguments << QStringLiteral("-o") << QStringLiteral("json"); }

QString diabetes() { return QStringLiteral(MLOPS_SOURCE_DIR) + QStringLiteral("/resources/sample/data/diabetes.csv"); }

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

double goldenMse(const char *key)
{
    const QJsonObject golden =
        QJsonDocument::fromJson(readFile(QStringLiteral(MLOPS_SHARED_DIR) + QStringLiteral("/data/ridge_golden.json"))).object();
    return golden.value(QString::fromUtf8(key)).toObject().value(QStringLiteral("test_mse")).toDouble();
}

const QString kModel = QStringLiteral("diabetes_model");

}  // namespace

class TestCliModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;

    QString path(const char *name) const { return m_dir->filePath(QString::fromUtf8(name)); }

    CliResult train(const QString &alpha, const QString &out, bool asJson = true)
    {
        QStringList args = words({QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("--data"), diabetes(),
                                  QStringLiteral("--target"), QStringLiteral("Y"), QStringLiteral("--alpha"), alpha,
                                  QStringLiteral("--test-size"), QStringLiteral("0.2"), QStringLiteral("--random-state"),
                                  QStringLiteral("0"), QStringLiteral("--out"), out});
        return m_cli->run(asJson ? json(args) : args);
    }
    CliResult evaluate(const QString &candidate)
    {
        return m_cli->run(words({QStringLiteral("model"), QStringLiteral("evaluate"), QStringLiteral("--name"), kModel,
                                 QStringLiteral("--metric"), QStringLiteral("mse"), QStringLiteral("--candidate"), candidate}));
    }
    CliResult registerCandidate(const QString &candidate)
    {
        return m_cli->run(json(words({QStringLiteral("model"), QStringLiteral("register"), QStringLiteral("--name"), kModel,
                                      QStringLiteral("--path"), candidate, QStringLiteral("--tag"), QStringLiteral("BuildId=11"),
                                      QStringLiteral("--tag"), QStringLiteral("mse")})));
    }
    // Runs two `mlops` commands at once; returns both results (stdout, exit code).
    QList<CliResult> runTogether(const QStringList &first, const QStringList &second)
    {
        QList<CliResult> results;
        QProcess a;
        QProcess b;
        for (QProcess *p : {&a, &b}) {
            p->setProcessEnvironment(m_cli->environment());
            p->start(CliRunner::binary(), m_cli->fullArguments(p == &a ? first : second));
        }
        for (QProcess *p : {&a, &b}) {
            CliResult r;
            r.arguments = p == &a ? first : second;
            if (p->waitForFinished(120000) && p->exitStatus() == QProcess::NormalExit)
                r.exitCode = p->exitCode();
            r.out = p->readAllStandardOutput();
            r.err = p->readAllStandardError();
            results << r;
        }
        return results;
    }
    int versionCount()
    {
        const CliResult r = m_cli->run(json(words({QStringLiteral("model"), QStringLiteral("list")})));
        int count = 0;
        for (const QJsonValue &m : r.object().value(QStringLiteral("models")).toArray())
            count += m.toObject().value(QStringLiteral("latestVersion")).toInt();
        return count;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->filePath(QStringLiteral("ws")));
        m_cli->unsetEnv(QStringLiteral("BUILD_BUILDID"));
        m_cli->unsetEnv(QStringLiteral("MLOPS_RUN_ID"));
    }

    void cleanup()
    {
        m_cli.reset();
        m_dir.reset();
    }

    void trainMatchesScikitLearn()
    {
        const CliResult r = train(QStringLiteral("0.4"), path("cand"));
        CLI_EXPECT_OK(r);
        const QJsonObject metrics = r.object().value(QStringLiteral("metrics")).toObject();
        const double mse = metrics.value(QStringLiteral("mse")).toDouble();
        QVERIFY2(std::abs(mse - goldenMse("parameters_json_alpha (train_aml.py, the pipeline)")) <= 1e-9, qPrintable(QString::number(mse, 'g', 17)));
        QCOMPARE(r.object().value(QStringLiteral("testRows")).toInt(), 89);
        QCOMPARE(r.object().value(QStringLiteral("trainRows")).toInt(), 353);
        QVERIFY(QFile::exists(path("cand/model.json")));
        const QJsonObject written = QJsonDocument::fromJson(readFile(path("cand/metrics.json"))).object();
        QCOMPARE(written.value(QStringLiteral("mse")).toDouble(), mse);

        const CliResult table = train(QStringLiteral("0.5"), path("cand5"), false);
        CLI_EXPECT_OK(table);
        QVERIFY2(table.outText().contains(QStringLiteral("mse")) && table.outText().contains(QStringLiteral("r2")), table.describe().constData());
        const double mse5 = QJsonDocument::fromJson(readFile(path("cand5/metrics.json"))).object().value(QStringLiteral("mse")).toDouble();
        QVERIFY(std::abs(mse5 - goldenMse("train_py_local_main_alpha_0.5")) <= 1e-9);
    }

    void ciFlowRegistersOnlyBetterModels()
    {
        // alpha 0.5 (the sample's local train.py) first, then 0.4 (its pipeline), which has the lower test MSE.
        CLI_EXPECT_OK(train(QStringLiteral("0.5"), path("c1")));
        CliResult e = evaluate(path("c1"));
        CLI_EXPECT_OK(e);
        QVERIFY(e.outText().contains(QStringLiteral("No model named diabetes_model yet: the candidate will be registered.")));

        m_cli->setEnv(QStringLiteral("BUILD_BUILDID"), QStringLiteral("11"));
        m_cli->setEnv(QStringLiteral("BUILD_SOURCEVERSION"), QStringLiteral("abc123"));
        m_cli->setEnv(QStringLiteral("BUILD_DEFINITIONNAME"), QStringLiteral("diabetes_regression-ci"));
        m_cli->setEnv(QStringLiteral("MLOPS_RUN_ID"), QStringLiteral("7"));
        CliResult reg = registerCandidate(path("c1"));
        CLI_EXPECT_OK(reg);
        QCOMPARE(reg.object().keys(), (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("version")}));
        QCOMPARE(reg.object().value(QStringLiteral("name")).toString(), kModel);
        QCOMPARE(reg.object().value(QStringLiteral("version")).toInt(), 1);

        // The same data again is not better: exit 5 with the clear line.
        e = evaluate(path("c1"));
        CLI_EXPECT_EXIT(e, 5);
        QVERIFY2(e.outText().contains(QStringLiteral("is not better than latest version 1")) &&
                     e.outText().contains(QStringLiteral("it will not be registered.")),
                 e.describe().constData());

        // A better alpha (lower test MSE) is registered as version 2.
        CLI_EXPECT_OK(train(QStringLiteral("0.4"), path("c2")));
        e = evaluate(path("c2"));
        CLI_EXPECT_OK(e);
        QVERIFY2(e.outText().contains(QStringLiteral("is better than latest version 1")), e.describe().constData());
        reg = registerCandidate(path("c2"));
        CLI_EXPECT_OK(reg);
        QCOMPARE(reg.object().value(QStringLiteral("version")).toInt(), 2);

        // Lineage and metrics were recorded.
        CliResult show = m_cli->run(json(words({QStringLiteral("model"), QStringLiteral("show"), kModel})));
        CLI_EXPECT_OK(show);
        const QJsonObject v1 = show.object().value(QStringLiteral("versions")).toArray().at(0).toObject();
        const QJsonObject lineage = v1.value(QStringLiteral("lineage")).toObject();
        QCOMPARE(lineage.value(QStringLiteral("buildId")).toString(), QStringLiteral("11"));
        QCOMPARE(lineage.value(QStringLiteral("commit")).toString(), QStringLiteral("abc123"));
        QCOMPARE(lineage.value(QStringLiteral("pipelineName")).toString(), QStringLiteral("diabetes_regression-ci"));
        QCOMPARE(lineage.value(QStringLiteral("runId")).toString(), QStringLiteral("7"));
        QCOMPARE(lineage.value(QStringLiteral("datasetName")).toString(), QStringLiteral("diabetes.csv"));
        QCOMPARE(v1.value(QStringLiteral("tags")).toObject().value(QStringLiteral("BuildId")).toString(), QStringLiteral("11"));
        QVERIFY(v1.value(QStringLiteral("tags")).toObject().contains(QStringLiteral("mse")));
        QVERIFY(std::abs(v1.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("mse")).toDouble()
                         - goldenMse("train_py_local_main_alpha_0.5")) <= 1e-9);

        // Promote v1, then v2 (archives v1); the CI compares with Production now.
        const auto promote = [&](const QString &version, const QString &comment) {
            return m_cli->run(words({QStringLiteral("model"), QStringLiteral("promote"), kModel, version, QStringLiteral("--stage"),
                                     QStringLiteral("production"), QStringLiteral("--comment"), comment}));
        };
        CLI_EXPECT_OK(promote(QStringLiteral("1"), QStringLiteral("first release")));
        CLI_EXPECT_OK(promote(QStringLiteral("2"), QStringLiteral("lower mse")));
        e = evaluate(path("c1"));
        CLI_EXPECT_EXIT(e, 5);
        QVERIFY2(e.outText().contains(QStringLiteral("is not better than production version 2")), e.describe().constData());

        CliResult rollback = m_cli->run(json(words({QStringLiteral("model"), QStringLiteral("rollback"), kModel, QStringLiteral("1"),
                                                    QStringLiteral("--comment"), QStringLiteral("v2 misbehaves")})));
        CLI_EXPECT_OK(rollback);
        QCOMPARE(rollback.object().value(QStringLiteral("stage")).toString(), QStringLiteral("Production"));
        show = m_cli->run(json(words({QStringLiteral("model"), QStringLiteral("show"), kModel})));
        const QJsonArray promotions = show.object().value(QStringLiteral("promotions")).toArray();
        QCOMPARE(promotions.size(), 5);  // promote 1, archive 1, promote 2, archive 2, rollback 1
        QCOMPARE(promotions.at(4).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("rollback"));
        QCOMPARE(promotions.at(4).toObject().value(QStringLiteral("comment")).toString(), QStringLiteral("v2 misbehaves"));
        QCOMPARE(show.object().value(QStringLiteral("versions")).toArray().at(1).toObject().value(QStringLiteral("stage")).toString(),
                 QStringLiteral("Archived"));

        CliResult compare = m_cli->run(json(words({QStringLiteral("model"), QStringLiteral("compare"), kModel, QStringLiteral("1"), QStringLiteral("2")})));
        CLI_EXPECT_OK(compare);
        const QJsonArray compared = compare.object().value(QStringLiteral("versions")).toArray();
        QCOMPARE(compared.size(), 2);
        QVERIFY(compared.at(1).toObject().value(QStringLiteral("metrics")).toObject().value(QStringLiteral("mse")).toDouble()
                < compared.at(0).toObject().value(QStringLiteral("metrics")).toObject().value(QStringLiteral("mse")).toDouble());
        CliResult compareTable = m_cli->run(words({QStringLiteral("model"), QStringLiteral("compare"), kModel, QStringLiteral("1"), QStringLiteral("2")}));
        CLI_EXPECT_OK(compareTable);
        QVERIFY(compareTable.outText().contains(QStringLiteral("v2")));

        CLI_EXPECT_OK(m_cli->run(words({QStringLiteral("model"), QStringLiteral("download"), kModel, QStringLiteral("2"),
                                        QStringLiteral("--out"), path("dl")})));
        QCOMPARE(readFile(path("dl/model.json")), readFile(path("c2/model.json")));
        QCOMPARE(readFile(path("dl/metrics.json")), readFile(path("c2/metrics.json")));

        CliResult production = m_cli->run(json(words({QStringLiteral("model"), QStringLiteral("versions"), kModel, QStringLiteral("--stage"), QStringLiteral("Production")})));
        CLI_EXPECT_OK(production);
        QCOMPARE(production.object().value(QStringLiteral("versions")).toArray().size(), 1);
        QCOMPARE(production.object().value(QStringLiteral("versions")).toArray().at(0).toObject().value(QStringLiteral("version")).toInt(), 1);
    }

    void versionsArePaged()
    {
        CLI_EXPECT_OK(train(QStringLiteral("0.4"), path("c")));
        for (int i = 0; i < 3; ++i)
            CLI_EXPECT_OK(registerCandidate(path("c")));
        QList<int> seen;
        QString token;
        int pages = 0;
        do {
            QStringList args = words({QStringLiteral("model"), QStringLiteral("versions"), kModel, QStringLiteral("--max"), QStringLiteral("2")});
            if (!token.isEmpty())
                args << QStringLiteral("--page-token") << token;
            const CliResult r = m_cli->run(json(args));
            CLI_EXPECT_OK(r);
            for (const QJsonValue &v : r.object().value(QStringLiteral("versions")).toArray())
                seen << v.toObject().value(QStringLiteral("version")).toInt();
            token = r.object().value(QStringLiteral("nextPageToken")).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(seen, (QList<int>{1, 2, 3}));
        QCOMPARE(pages, 2);
        const CliResult filtered = m_cli->run(json(words({QStringLiteral("model"), QStringLiteral("versions"), kModel,
                                                          QStringLiteral("--metric"), QStringLiteral("mse < 3000")})));
        CLI_EXPECT_OK(filtered);
        QVERIFY(filtered.object().value(QStringLiteral("versions")).toArray().isEmpty());
    }

    void badInputsExitOneAndRegisterNothing()
    {
        // A CSV error names file:line:column.
        QVERIFY(writeFile(path("bad.csv"), "A,Y\n1,2\n3,oops\n"));
        CliResult r = m_cli->run(words({QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("--data"), path("bad.csv"),
                                        QStringLiteral("--target"), QStringLiteral("Y"), QStringLiteral("--alpha"), QStringLiteral("1"),
                                        QStringLiteral("--out"), path("never")}));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("bad.csv:3:3")), r.describe().constData());
        QVERIFY(!QFile::exists(path("never/model.json")));

        // An unknown model.
        r = m_cli->run(words({QStringLiteral("model"), QStringLiteral("show"), QStringLiteral("nope")}));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("no registered model named 'nope'")), r.describe().constData());

        // A corrupt model.json: neither evaluated nor registered.
        QVERIFY(writeFile(path("corrupt/model.json"), "{\"format\": \"mlops-model\",\n  oops"));
        r = evaluate(path("corrupt"));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("model.json:2:")), r.describe().constData());
        r = registerCandidate(path("corrupt"));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("model.json:2:")), r.describe().constData());
        QCOMPARE(versionCount(), 0);

        CLI_EXPECT_OK(train(QStringLiteral("0.4"), path("c")));
        CLI_EXPECT_OK(registerCandidate(path("c")));

        // A bad stage and a missing comment for Production leave the version where it was.
        r = m_cli->run(words({QStringLiteral("model"), QStringLiteral("promote"), kModel, QStringLiteral("1"), QStringLiteral("--stage"),
                              QStringLiteral("Prod"), QStringLiteral("--comment"), QStringLiteral("x")}));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("unknown stage 'Prod'")), r.describe().constData());
        r = m_cli->run(words({QStringLiteral("model"), QStringLiteral("promote"), kModel, QStringLiteral("1"), QStringLiteral("--stage"),
                              QStringLiteral("Production")}));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("a comment is required")), r.describe().constData());
        r = m_cli->run(words({QStringLiteral("model"), QStringLiteral("promote"), kModel, QStringLiteral("9"), QStringLiteral("--stage"),
                              QStringLiteral("Staging")}));
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("has no version 9")), r.describe().constData());
        const CliResult show = m_cli->run(json(words({QStringLiteral("model"), QStringLiteral("show"), kModel})));
        QCOMPARE(show.object().value(QStringLiteral("versions")).toArray().at(0).toObject().value(QStringLiteral("stage")).toString(),
                 QStringLiteral("None"));
        QVERIFY(show.object().value(QStringLiteral("promotions")).toArray().isEmpty());

        // A bad metric value on register registers nothing.
        r = m_cli->run(words({QStringLiteral("model"), QStringLiteral("register"), QStringLiteral("--name"), kModel, QStringLiteral("--path"),
                              path("c"), QStringLiteral("--metric"), QStringLiteral("mse=abc")}));
        CLI_EXPECT_EXIT(r, 1);
        QCOMPARE(versionCount(), 1);
    }

    void modelsArePaged()
    {
        QVERIFY(writeFile(path("m/weights.txt"), "w"));
        for (const char *name : {"delta", "Alpha", "charlie", "bravo", "echo"})
            CLI_EXPECT_OK(m_cli->run(words({QStringLiteral("model"), QStringLiteral("register"), QStringLiteral("--name"),
                                            QString::fromLatin1(name), QStringLiteral("--path"), path("m")})));
        CLI_EXPECT_OK(m_cli->run(words({QStringLiteral("model"), QStringLiteral("promote"), QStringLiteral("charlie"), QStringLiteral("1"),
                                        QStringLiteral("--stage"), QStringLiteral("Production"), QStringLiteral("--comment"),
                                        QStringLiteral("go")})));
        QStringList seen;
        QString token;
        int pages = 0;
        do {
            QStringList args = words({QStringLiteral("model"), QStringLiteral("list"), QStringLiteral("--top"), QStringLiteral("2")});
            if (!token.isEmpty())
                args << QStringLiteral("--page-token") << token;
            const CliResult r = m_cli->run(json(args));
            CLI_EXPECT_OK(r);
            const QJsonArray models = r.object().value(QStringLiteral("models")).toArray();
            QVERIFY(models.size() <= 2);
            for (const QJsonValue &m : models) {
                seen << m.toObject().value(QStringLiteral("name")).toString();
                const QJsonValue production = m.toObject().value(QStringLiteral("productionVersion"));
                QCOMPARE(production.isNull(), seen.constLast() != QLatin1String("charlie"));
            }
            QVERIFY(r.object().contains(QStringLiteral("nextPageToken")));
            token = r.object().value(QStringLiteral("nextPageToken")).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(seen, (QStringList{QStringLiteral("Alpha"), QStringLiteral("bravo"), QStringLiteral("charlie"), QStringLiteral("delta"),
                                    QStringLiteral("echo")}));
        QCOMPARE(pages, 3);

        const CliResult text = m_cli->run(words({QStringLiteral("model"), QStringLiteral("list"), QStringLiteral("--top"), QStringLiteral("4")}));
        CLI_EXPECT_OK(text);
        QVERIFY2(text.outText().contains(QStringLiteral("Next page: --page-token ")), text.describe().constData());
        QVERIFY2(!text.outText().contains(QStringLiteral("echo")), text.describe().constData());
        CliResult bad = m_cli->run(words({QStringLiteral("model"), QStringLiteral("list"), QStringLiteral("--page-token"), QStringLiteral("bogus")}));
        CLI_EXPECT_EXIT(bad, 1);
        QVERIFY2(bad.errText().contains(QStringLiteral("page token 'bogus' is not valid")), bad.describe().constData());
        bad = m_cli->run(words({QStringLiteral("model"), QStringLiteral("list"), QStringLiteral("--top"), QStringLiteral("0")}));
        CLI_EXPECT_EXIT(bad, 1);
    }

    // Two `mlops model register` processes at once, 20 times: 40 distinct versions.
    void concurrentRegistrationsGetDistinctVersions()
    {
        QVERIFY(writeFile(path("race/weights.txt"), "w"));
        const QStringList args = json(words({QStringLiteral("model"), QStringLiteral("register"), QStringLiteral("--name"),
                                             QStringLiteral("race"), QStringLiteral("--path"), path("race")}));
        QList<int> versions;
        for (int round = 0; round < 20; ++round) {
            for (const CliResult &r : runTogether(args, args)) {
                CLI_EXPECT_OK(r);
                versions << r.object().value(QStringLiteral("version")).toInt();
            }
        }
        std::sort(versions.begin(), versions.end());
        QList<int> expected;
        for (int v = 1; v <= 40; ++v)
            expected << v;
        QCOMPARE(versions, expected);
    }

    // Two `mlops model promote … --stage Production` processes at once, 20 times: after
    // each round exactly one version is in Production, and every promotion but the first
    // archived the one before.
    void concurrentPromotionsKeepOneProduction()
    {
        QVERIFY(writeFile(path("race/weights.txt"), "w"));
        for (int i = 0; i < 4; ++i)
            CLI_EXPECT_OK(m_cli->run(words({QStringLiteral("model"), QStringLiteral("register"), QStringLiteral("--name"),
                                            QStringLiteral("race"), QStringLiteral("--path"), path("race")})));
        const auto promote = [](int version, int round) {
            return words({QStringLiteral("model"), QStringLiteral("promote"), QStringLiteral("race"), QString::number(version),
                          QStringLiteral("--stage"), QStringLiteral("Production"), QStringLiteral("--comment"),
                          QStringLiteral("round %1").arg(round)});
        };
        for (int round = 0; round < 20; ++round) {
            // Versions 1 and 2, then 3 and 4: neither is in Production when the round starts.
            const int first = round % 2 == 0 ? 1 : 3;
            for (const CliResult &r : runTogether(promote(first, round), promote(first + 1, round)))
                CLI_EXPECT_OK(r);
            const CliResult production = m_cli->run(json(words({QStringLiteral("model"), QStringLiteral("versions"), QStringLiteral("race"),
                                                                QStringLiteral("--stage"), QStringLiteral("Production")})));
            CLI_EXPECT_OK(production);
            const QJsonArray inProduction = production.object().value(QStringLiteral("versions")).toArray();
            QCOMPARE(inProduction.size(), 1);
            const int winner = inProduction.at(0).toObject().value(QStringLiteral("version")).toInt();
            QVERIFY(winner == first || winner == first + 1);
        }
        const CliResult show = m_cli->run(json(words({QStringLiteral("model"), QStringLiteral("show"), QStringLiteral("race")})));
        CLI_EXPECT_OK(show);
        int promotions = 0;
        int archives = 0;
        for (const QJsonValue &p : show.object().value(QStringLiteral("promotions")).toArray())
            (p.toObject().value(QStringLiteral("action")).toString() == QLatin1String("archive") ? archives : promotions)++;
        QCOMPARE(promotions, 40);
        QCOMPARE(archives, 39);
    }

    void interruptedTrainExitsFourAndWritesNothing()
    {
        // 64 MiB of numbers, the size from which `model train` reports its progress on stderr
        // even when it is not a terminal. Once it reports that it reads, SIGINT: it stops
        // cleanly with exit 4 and writes nothing (the whole read, with the SHA-256 of the
        // data, takes far longer than the signal needs to arrive).
        const QString data = path("big.csv");
        {
            QByteArray block;
            for (int r = 0; block.size() < (1 << 20); ++r)
                block += QByteArray::number(r % 997 / 7.0, 'g', 17) + ',' + QByteArray::number(r % 89) + ",-0.5,"
                         + QByteArray::number(r % 1013 * 0.25) + '\n';
            QFile file(data);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("A,B,C,Y\n");
            while (file.size() < 64LL * 1024 * 1024)
                QVERIFY(file.write(block) == block.size());
        }
        QProcess process;
        process.setProcessEnvironment(m_cli->environment());
        process.setReadChannel(QProcess::StandardError);
        process.start(CliRunner::binary(),
                      m_cli->fullArguments(words({QStringLiteral("model"), QStringLiteral("train"), QStringLiteral("--data"), data,
                                                  QStringLiteral("--target"), QStringLiteral("Y"), QStringLiteral("--alpha"),
                                                  QStringLiteral("1"), QStringLiteral("--out"), path("out")})));
        QVERIFY(process.waitForStarted());
        QByteArray err;
        QElapsedTimer waited;
        waited.start();
        while (!err.contains("mlops: reading big.csv") && process.state() == QProcess::Running && waited.elapsed() < 60000) {
            process.waitForReadyRead(100);
            err += process.readAllStandardError();
        }
        QVERIFY2(err.contains("mlops: reading big.csv"), err.constData());
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(60000));
        err += process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 4, err.constData());
        QVERIFY2(err.contains("mlops: canceled: training on") && err.contains("nothing was written"), err.constData());
        QVERIFY(!QFileInfo::exists(path("out")));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliModel)
#include "test_cli_model.moc"
