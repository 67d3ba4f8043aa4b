// Tests of ModelRegistry: version numbering, files, lineage, stages and promotion
// history, rollback, search with page tokens, audit entries, and two processes
// registering / promoting at once; ModelTrainer and CandidateEvaluator's
// register-if-better rule.
#include "core/registry/candidateevaluator.h"
#include "core/registry/modelregistry.h"
#include "core/registry/modeltrainer.h"
#include "core/registry/versionsearch.h"
#include "core/store/auditlog.h"
#include "core/store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace mlops;
using namespace mlops::registry;

class TestModelRegistry : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<store::Workspace> m_ws;
    QString m_source;

    void writeFile(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    NewModelVersion input(const QMap<QString, double> &metrics = {}, const QMap<QString, QString> &tags = {})
    {
        NewModelVersion v;
        v.sourcePath = m_source;
        v.metrics = metrics;
        v.tags = tags;
        return v;
    }

    int productionCount(const QString &name)
    {
        VersionQuery q;
        q.modelName = name;
        q.stage = Stage::Production;
        Result<VersionPage> page = ModelRegistry(m_ws).searchVersions(q);
        return page.ok() ? int(page->versions.size()) : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Result<std::shared_ptr<store::Workspace>> ws = store::Workspace::open(m_dir->filePath(QStringLiteral("ws")));
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
        m_ws = *ws;
        m_source = m_dir->filePath(QStringLiteral("model"));
        writeFile(m_source + QStringLiteral("/model.json"), "{\"a\": 1}");
        writeFile(m_source + QStringLiteral("/extra/notes.txt"), "notes");
    }

    void cleanup()
    {
        m_ws.reset();
        m_dir.reset();
    }

    void versionsAreNumberedPerModel()
    {
        ModelRegistry reg(m_ws);
        Result<ModelVersion> first = reg.registerVersion(QStringLiteral("Diabetes"), input());
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->version, 1);
        QCOMPARE(reg.registerVersion(QStringLiteral("diabetes"), input())->version, 2);  // same model, any case
        QCOMPARE(reg.registerVersion(QStringLiteral("Other"), input())->version, 1);
        Result<RegisteredModel> model = reg.model(QStringLiteral("DIABETES"));
        QVERIFY(model.ok());
        QCOMPARE(model->name, QStringLiteral("Diabetes"));
        QCOMPARE(model->latestVersion, 2);
        QCOMPARE(reg.models()->size(), 2);
        Result<RegisteredModel> duplicate = reg.createModel(QStringLiteral("OTHER"));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(reg.createModel(QStringLiteral(" ")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(reg.version(QStringLiteral("Diabetes"), 9).error().code, ErrorCode::NotFound);
        QCOMPARE(reg.version(QStringLiteral("Nope"), 1).error().code, ErrorCode::NotFound);
    }

    void filesAreStoredByContent()
    {
        ModelRegistry reg(m_ws);
        Result<ModelVersion> v = reg.registerVersion(QStringLiteral("m"), input());
        QVERIFY(v.ok());
        QCOMPARE(v->files.size(), 2);
        QCOMPARE(v->files.at(0).path, QStringLiteral("extra/notes.txt"));
        QCOMPARE(v->files.at(0).size, 5);
        QCOMPARE(v->files.at(1).path, QStringLiteral("model.json"));
        QCOMPARE(v->files.at(1).sha256,
                 QString::fromLatin1(QCryptographicHash::hash("{\"a\": 1}", QCryptographicHash::Sha256).toHex()));
        QVERIFY(QFile::exists(m_ws->directory() + QStringLiteral("/artifacts/sha256/") + v->files.at(1).sha256.left(2)
                              + QLatin1Char('/') + v->files.at(1).sha256));
        const QString out = m_dir->filePath(QStringLiteral("out"));
        QVERIFY(reg.download(*v, out).ok());
        QFile notes(out + QStringLiteral("/extra/notes.txt"));
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QCOMPARE(notes.readAll(), QByteArray("notes"));

        NewModelVersion missing = input();
        missing.sourcePath = m_dir->filePath(QStringLiteral("absent"));
        QCOMPARE(reg.registerVersion(QStringLiteral("m"), missing).error().code, ErrorCode::NotFound);
        QCOMPARE(reg.model(QStringLiteral("m"))->latestVersion, 1);
    }

    void lineageTagsMetricsRoundTrip()
    {
        ModelRegistry reg(m_ws);
        NewModelVersion in = input({{QStringLiteral("mse"), 3295.5}, {QStringLiteral("r2"), 0.4}}, {{QStringLiteral("BuildId"), QStringLiteral("42")}});
        in.description = QStringLiteral("first");
        in.properties = {{QStringLiteral("framework"), QStringLiteral("ridge")}};
        in.lineage = Lineage{QStringLiteral("7"), QStringLiteral("42"), QStringLiteral("ci"), QStringLiteral("abc123"),
                             QStringLiteral("diabetes"), QStringLiteral("1"), QStringLiteral("ff00"), QStringLiteral("{\"alpha\":0.4}")};
        QVERIFY(reg.registerVersion(QStringLiteral("m"), in).ok());
        Result<ModelVersion> v = reg.version(QStringLiteral("m"), 1);
        QVERIFY(v.ok());
        QCOMPARE(v->lineage, in.lineage);
        QCOMPARE(v->metrics, in.metrics);
        QCOMPARE(v->tags, in.tags);
        QCOMPARE(v->properties, in.properties);
        QCOMPARE(v->description, QStringLiteral("first"));
        QCOMPARE(v->stage, Stage::None);
        QCOMPARE(v->createdBy, store::AuditLog::osUser());
        QVERIFY(reg.setVersionTag(QStringLiteral("m"), 1, QStringLiteral("k"), QStringLiteral("v")).ok());
        QCOMPARE(reg.version(QStringLiteral("m"), 1)->tags.value(QStringLiteral("k")), QStringLiteral("v"));
        QVERIFY(reg.updateModelDescription(QStringLiteral("m"), QStringLiteral("desc")).ok());
        QVERIFY(reg.setModelTag(QStringLiteral("m"), QStringLiteral("team"), QStringLiteral("a")).ok());
        QCOMPARE(reg.model(QStringLiteral("m"))->tags.value(QStringLiteral("team")), QStringLiteral("a"));

        QSqlDatabase db = m_ws->database().connection();
        Result<QList<store::AuditEntry>> audit = store::AuditLog::forEntity(db, QStringLiteral("model_version"), v->id);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 2);
        QCOMPARE(audit->at(0).action, QStringLiteral("create"));
        QCOMPARE(audit->at(1).action, QStringLiteral("set_tag"));
        Result<QList<store::AuditEntry>> modelAudit = store::AuditLog::forEntity(db, QStringLiteral("registered_model"), v->modelId);
        QCOMPARE(modelAudit->size(), 3);

        QVERIFY(reg.deleteModel(QStringLiteral("M")).ok());
        QCOMPARE(reg.model(QStringLiteral("m")).error().code, ErrorCode::NotFound);
        QCOMPARE(reg.deleteModel(QStringLiteral("m")).error().code, ErrorCode::NotFound);
        modelAudit = store::AuditLog::forEntity(db, QStringLiteral("registered_model"), v->modelId);
        QCOMPARE(modelAudit->constLast().action, QStringLiteral("delete"));
        QSqlQuery orphans(db);
        QVERIFY(orphans.exec(QStringLiteral("SELECT COUNT(*) FROM model_version_metrics")) && orphans.next());
        QCOMPARE(orphans.value(0).toInt(), 0);  // cascaded with the versions
    }

    void promotionArchivesPreviousProduction()
    {
        ModelRegistry reg(m_ws);
        for (int i = 0; i < 3; ++i)
            QVERIFY(reg.registerVersion(QStringLiteral("m"), input()).ok());
        QCOMPARE(reg.promote(QStringLiteral("m"), 1, Stage::Staging, {})->stage, Stage::Staging);
        QVERIFY(reg.promote(QStringLiteral("m"), 1, Stage::Production, QStringLiteral("good")).ok());
        QVERIFY(reg.promote(QStringLiteral("m"), 2, Stage::Production, QStringLiteral("better")).ok());
        QCOMPARE(reg.version(QStringLiteral("m"), 1)->stage, Stage::Archived);
        QCOMPARE(reg.productionVersion(QStringLiteral("m"))->version, 2);
        QCOMPARE(productionCount(QStringLiteral("m")), 1);

        Result<ModelVersion> refused = reg.promote(QStringLiteral("m"), 3, Stage::Production, QStringLiteral("x"),
                                                   ModelRegistry::PromoteOptions{false});
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(reg.version(QStringLiteral("m"), 3)->stage, Stage::None);
        QCOMPARE(reg.promote(QStringLiteral("m"), 2, Stage::Production, QStringLiteral("again")).error().code, ErrorCode::InvalidInput);

        Result<QList<Promotion>> history = reg.promotions(QStringLiteral("m"));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 4);
        QCOMPARE(history->at(0).toStage, Stage::Staging);
        QCOMPARE(history->at(1).fromStage, Stage::Staging);
        QCOMPARE(history->at(1).comment, QStringLiteral("good"));
        QCOMPARE(history->at(2).action, QStringLiteral("archive"));
        QCOMPARE(history->at(2).version, 1);
        QCOMPARE(history->at(3).version, 2);
        QCOMPARE(history->at(3).by, store::AuditLog::osUser());
    }

    void productionNeedsComment_data()
    {
        QTest::addColumn<QString>("comment");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  \t");
    }

    void productionNeedsComment()
    {
        QFETCH(QString, comment);
        ModelRegistry reg(m_ws);
        QVERIFY(reg.registerVersion(QStringLiteral("m"), input()).ok());
        Result<ModelVersion> r = reg.promote(QStringLiteral("m"), 1, Stage::Production, comment);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(r.error().message.contains(QStringLiteral("comment")));
        QCOMPARE(reg.version(QStringLiteral("m"), 1)->stage, Stage::None);
        QVERIFY(reg.promotions(QStringLiteral("m"))->isEmpty());
    }

    void rollbackRestoresEarlierVersion()
    {
        ModelRegistry reg(m_ws);
        for (int i = 0; i < 3; ++i)
            QVERIFY(reg.registerVersion(QStringLiteral("m"), input()).ok());
        QCOMPARE(reg.rollback(QStringLiteral("m"), 1, QStringLiteral("x")).error().code, ErrorCode::InvalidInput);  // none in Production
        QVERIFY(reg.promote(QStringLiteral("m"), 1, Stage::Production, QStringLiteral("one")).ok());
        QVERIFY(reg.promote(QStringLiteral("m"), 3, Stage::Production, QStringLiteral("three")).ok());
        QCOMPARE(reg.rollback(QStringLiteral("m"), 1, {}).error().code, ErrorCode::InvalidInput);
        Result<ModelVersion> later = reg.rollback(QStringLiteral("m"), 3, QStringLiteral("x"));
        QCOMPARE(later.error().code, ErrorCode::InvalidInput);
        Result<ModelVersion> back = reg.rollback(QStringLiteral("m"), 1, QStringLiteral("v3 is broken"));
        QVERIFY(back.ok());
        QCOMPARE(back->stage, Stage::Production);
        QCOMPARE(reg.version(QStringLiteral("m"), 3)->stage, Stage::Archived);
        const QList<Promotion> history = *reg.promotions(QStringLiteral("m"));
        QCOMPARE(history.constLast().action, QStringLiteral("rollback"));
        QCOMPARE(history.constLast().fromStage, Stage::Archived);
        QCOMPARE(history.constLast().comment, QStringLiteral("v3 is broken"));
        QCOMPARE(history.at(history.size() - 2).action, QStringLiteral("archive"));
        QCOMPARE(history.at(history.size() - 2).version, 3);
        QCOMPARE(productionCount(QStringLiteral("m")), 1);
    }

    void metricFilterParses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("op");
        QTest::addColumn<double>("value");
        QTest::newRow("less") << QStringLiteral("mse < 3000") << true << QStringLiteral("<") << 3000.0;
        QTest::newRow("tight") << QStringLiteral("r2>=0.5") << true << QStringLiteral(">=") << 0.5;
        QTest::newRow("double equals") << QStringLiteral("mae == 1e2") << true << QStringLiteral("=") << 100.0;
        QTest::newRow("not equal") << QStringLiteral("mae != 3") << true << QStringLiteral("!=") << 3.0;
        QTest::newRow("no op") << QStringLiteral("mse 3000") << false << QString() << 0.0;
        QTest::newRow("not a number") << QStringLiteral("mse < abc") << false << QString() << 0.0;
        QTest::newRow("infinite") << QStringLiteral("mse < inf") << false << QString() << 0.0;
    }

    void metricFilterParses()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        Result<MetricFilter> f = VersionSearch::parseMetricFilter(text);
        QCOMPARE(f.ok(), ok);
        if (!ok) {
            QCOMPARE(f.error().code, ErrorCode::InvalidInput);
            QVERIFY(f.error().message.contains(text));
            return;
        }
        QFETCH(QString, op);
        QFETCH(double, value);
        QCOMPARE(VersionSearch::opText(f->op), op);
        QCOMPARE(f->value, value);
    }

    void searchFilters()
    {
        ModelRegistry reg(m_ws);
        QVERIFY(reg.registerVersion(QStringLiteral("a"), input({{QStringLiteral("mse"), 2900}}, {{QStringLiteral("env"), QStringLiteral("dev")}})).ok());
        QVERIFY(reg.registerVersion(QStringLiteral("a"), input({{QStringLiteral("mse"), 3100}}, {{QStringLiteral("env"), QStringLiteral("prod")}})).ok());
        QVERIFY(reg.registerVersion(QStringLiteral("b"), input({{QStringLiteral("mse"), 2000}}, {{QStringLiteral("env"), QStringLiteral("dev")}})).ok());
        QVERIFY(reg.promote(QStringLiteral("a"), 2, Stage::Production, QStringLiteral("go")).ok());
        const auto versions = [&](VersionQuery q) {
            QList<int> out;
            const Result<VersionPage> page = reg.searchVersions(q);  // kept alive for the loop
            for (const ModelVersion &v : page->versions)
                out << int(v.id);
            return out;
        };
        VersionQuery q;
        q.metrics = {*VersionSearch::parseMetricFilter(QStringLiteral("mse < 3000"))};
        QCOMPARE(versions(q), (QList<int>{1, 3}));
        q.modelName = QStringLiteral("A");
        QCOMPARE(versions(q), (QList<int>{1}));
        VersionQuery byTag;
        byTag.tags = {{QStringLiteral("env"), QStringLiteral("dev")}};
        QCOMPARE(versions(byTag), (QList<int>{1, 3}));
        VersionQuery byStage;
        byStage.stage = Stage::Production;
        QCOMPARE(versions(byStage), (QList<int>{2}));
        VersionQuery unknown;
        unknown.modelName = QStringLiteral("zzz");
        QCOMPARE(reg.searchVersions(unknown).error().code, ErrorCode::NotFound);
        VersionQuery tooMany;
        tooMany.maxResults = 0;
        QCOMPARE(reg.searchVersions(tooMany).error().code, ErrorCode::InvalidInput);
    }

    void pageTokensAreStableUnderInserts()
    {
        ModelRegistry reg(m_ws);
        for (int i = 0; i < 7; ++i)
            QVERIFY(reg.registerVersion(QStringLiteral("m"), input()).ok());
        VersionQuery q;
        q.modelName = QStringLiteral("m");
        q.maxResults = 3;
        QList<int> seen;
        Result<VersionPage> page = reg.searchVersions(q);
        QVERIFY(page.ok());
        for (const ModelVersion &v : page->versions)
            seen << v.version;
        QVERIFY(!page->nextPageToken.isEmpty());
        // Versions registered while paging show up later; none repeats or is skipped.
        QVERIFY(reg.registerVersion(QStringLiteral("m"), input()).ok());
        QVERIFY(reg.registerVersion(QStringLiteral("other"), input()).ok());
        QVERIFY(reg.registerVersion(QStringLiteral("m"), input()).ok());
        int pages = 1;
        while (!page->nextPageToken.isEmpty()) {
            q.pageToken = page->nextPageToken;
            page = reg.searchVersions(q);
            QVERIFY(page.ok());
            for (const ModelVersion &v : page->versions)
                seen << v.version;
            ++pages;
        }
        QCOMPARE(seen, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
        QCOMPARE(pages, 3);

        q.pageToken = QStringLiteral("garbage!");
        QCOMPARE(reg.searchVersions(q).error().code, ErrorCode::InvalidInput);
        VersionQuery first;
        first.modelName = QStringLiteral("m");
        first.maxResults = 2;
        VersionQuery other;
        other.modelName = QStringLiteral("other");
        other.pageToken = reg.searchVersions(first)->nextPageToken;
        QCOMPARE(reg.searchVersions(other).error().code, ErrorCode::InvalidInput);
    }

    void trainerReportsBadInput()
    {
        TrainOptions options;
        options.dataPath = QStringLiteral(MLOPS_SOURCE_DIR) + QStringLiteral("/resources/sample/data/diabetes.csv");
        options.target = QStringLiteral("Nope");
        options.outDirectory = m_dir->filePath(QStringLiteral("t"));
        Result<TrainOutcome> r = ModelTrainer::train(options);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QVERIFY(r.error().message.contains(QStringLiteral("'Nope'")));
        options.target = QStringLiteral("Y");
        options.alpha = -1;
        QCOMPARE(ModelTrainer::train(options).error().code, ErrorCode::InvalidInput);
        QVERIFY(!QFile::exists(options.outDirectory + QStringLiteral("/model.json")));
    }

    void metricDirection_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<int>("expected");  // 1 lower is better, 0 higher, -1 unknown
        QTest::newRow("mse") << QStringLiteral("mse") << 1;
        QTest::newRow("RMSE") << QStringLiteral("RMSE") << 1;
        QTest::newRow("mae") << QStringLiteral("mae") << 1;
        QTest::newRow("r2") << QStringLiteral("r2") << 0;
        QTest::newRow("accuracy") << QStringLiteral("accuracy") << -1;
    }

    void metricDirection()
    {
        QFETCH(QString, metric);
        QFETCH(int, expected);
        Result<bool> lower = CandidateEvaluator::lowerIsBetter(metric);
        QCOMPARE(lower.ok(), expected >= 0);
        if (lower.ok())
            QCOMPARE(*lower, expected == 1);
        else
            QCOMPARE(lower.error().code, ErrorCode::InvalidInput);
    }

    void evaluatorRegistersOnlyBetterCandidates()
    {
        const auto trained = [&](double alpha, const char *dir) {
            TrainOptions options;
            options.dataPath = QStringLiteral(MLOPS_SOURCE_DIR) + QStringLiteral("/resources/sample/data/diabetes.csv");
            options.target = QStringLiteral("Y");
            options.alpha = alpha;
            options.outDirectory = m_dir->filePath(QString::fromLatin1(dir));
            Result<TrainOutcome> r = ModelTrainer::train(options);
            return r.ok() ? options.outDirectory : QString();
        };
        const QString worse = trained(0.5, "c05");
        const QString better = trained(0.4, "c04");
        QVERIFY(!worse.isEmpty() && !better.isEmpty());
        ModelRegistry reg(m_ws);
        Result<Evaluation> e = CandidateEvaluator::evaluate(reg, QStringLiteral("d"), QStringLiteral("mse"), worse);
        QVERIFY(e.ok());
        QVERIFY(e->registerCandidate);
        QCOMPARE(e->message, QStringLiteral("No model named d yet: the candidate will be registered."));

        NewModelVersion in = input(*CandidateEvaluator::candidateMetrics(worse));
        in.sourcePath = worse;
        QVERIFY(reg.registerVersion(QStringLiteral("d"), in).ok());
        e = CandidateEvaluator::evaluate(reg, QStringLiteral("d"), QStringLiteral("mse"), worse);
        QVERIFY(!e->registerCandidate);
        QVERIFY(e->message.contains(QStringLiteral("is not better than latest version 1")));
        const QMap<QString, double> base = *CandidateEvaluator::candidateMetrics(worse);
        const QMap<QString, double> candidate = *CandidateEvaluator::candidateMetrics(better);
        QVERIFY(candidate.value(QStringLiteral("mse")) < base.value(QStringLiteral("mse")));
        for (const QString &metric : {QStringLiteral("mse"), QStringLiteral("rmse"), QStringLiteral("mae"), QStringLiteral("r2")}) {
            e = CandidateEvaluator::evaluate(reg, QStringLiteral("d"), metric, better);
            QVERIFY(e.ok());
            const bool expected = metric == QLatin1String("r2") ? candidate.value(metric) > base.value(metric)
                                                                : candidate.value(metric) < base.value(metric);
            QCOMPARE(e->registerCandidate, expected);
            QCOMPARE(e->candidateValue, candidate.value(metric));
            QCOMPARE(e->baselineValue, base.value(metric));
        }
        QVERIFY(reg.promote(QStringLiteral("d"), 1, Stage::Production, QStringLiteral("go")).ok());
        e = CandidateEvaluator::evaluate(reg, QStringLiteral("d"), QStringLiteral("r2"), better);
        QVERIFY(e->baselineIsProduction);
        QVERIFY(e->message.contains(QStringLiteral("is better than production version 1")));
        QCOMPARE(CandidateEvaluator::evaluate(reg, QStringLiteral("d"), QStringLiteral("auc"), better).error().code, ErrorCode::InvalidInput);
    }

    void twoProcessesRegisterDistinctVersions()
    {
        QProcess a;
        QProcess b;
        const QStringList args{m_ws->directory(), QStringLiteral("register"), QStringLiteral("race"), m_source, QStringLiteral("15")};
        a.start(QStringLiteral(REGISTRYHELPER_PATH), args);
        b.start(QStringLiteral(REGISTRYHELPER_PATH), args);
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        QList<int> numbers;
        for (QProcess *p : {&a, &b}) {
            for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
                if (!line.isEmpty())
                    numbers << line.toInt();
            }
        }
        std::sort(numbers.begin(), numbers.end());
        QList<int> expected;
        for (int i = 1; i <= 30; ++i)
            expected << i;
        QCOMPARE(numbers, expected);
        QCOMPARE(ModelRegistry(m_ws).model(QStringLiteral("race"))->latestVersion, 30);
    }

    void twoProcessesNeverLeaveTwoProductionVersions()
    {
        ModelRegistry reg(m_ws);
        for (int i = 0; i < 4; ++i)
            QVERIFY(reg.registerVersion(QStringLiteral("race"), input()).ok());
        QProcess a;
        QProcess b;
        a.start(QStringLiteral(REGISTRYHELPER_PATH),
                {m_ws->directory(), QStringLiteral("promote"), QStringLiteral("race"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("10")});
        b.start(QStringLiteral(REGISTRYHELPER_PATH),
                {m_ws->directory(), QStringLiteral("promote"), QStringLiteral("race"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("10")});
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        QCOMPARE(productionCount(QStringLiteral("race")), 1);
        // Every promotion to Production but the first archived exactly one version.
        int promotions = 0;
        int archives = 0;
        const Result<QList<Promotion>> recorded = reg.promotions(QStringLiteral("race"));
        QVERIFY(recorded.ok());
        for (const Promotion &p : *recorded) {
            if (p.action == QLatin1String("archive"))
                ++archives;
            else
                ++promotions;
        }
        QVERIFY(promotions >= 2);
        QCOMPARE(archives, promotions - 1);
    }
};

QTEST_GUILESS_MAIN(TestModelRegistry)
#include "test_modelregistry.moc"
