// Tests of the registry's read path: StatementCache (statements reused per connection,
// nested use, a reopened workspace never served stale statements), pages of versions
// read in one query per kind of detail equal version-by-version reads (consecutive ids
// read by range, scattered ids by IN lists, more ids than one statement binds), the
// timestamp parser, and models paged by name with a page token.
#include "core/registry/modelregistry.h"
#include "core/registry/modelsearch.h"
#include "core/registry/registryrecords.h"
#include "core/registry/statementcache.h"
#include "core/store/database.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mlops;
using namespace mlops::registry;

class TestRegistryReads : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<store::Workspace> m_ws;
    QString m_source;

    NewModelVersion input(int i)
    {
        NewModelVersion v;
        v.sourcePath = m_source;
        v.description = i % 2 ? QStringLiteral("odd %1").arg(i) : QString();
        v.tags = {{QStringLiteral("i"), QString::number(i)}, {QStringLiteral("parity"), i % 2 ? QStringLiteral("odd") : QStringLiteral("even")}};
        v.properties = {{QStringLiteral("kind"), QStringLiteral("ridge")}};
        v.metrics = {{QStringLiteral("mse"), 1000.0 + i}, {QStringLiteral("r2"), 1.0 / (i + 1)}};
        v.lineage.runId = QString::number(100 + i);
        v.lineage.commit = i % 3 ? QStringLiteral("abc%1").arg(i) : QString();
        return v;
    }

    // Every field the registry stores, compared.
    static void compareVersions(const ModelVersion &a, const ModelVersion &b)
    {
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.modelId, b.modelId);
        QCOMPARE(a.modelName, b.modelName);
        QCOMPARE(a.version, b.version);
        QCOMPARE(a.stage, b.stage);
        QCOMPARE(a.description, b.description);
        QCOMPARE(a.tags, b.tags);
        QCOMPARE(a.properties, b.properties);
        QCOMPARE(a.metrics, b.metrics);
        QCOMPARE(a.files, b.files);
        QCOMPARE(a.lineage, b.lineage);
        QCOMPARE(a.createdAt, b.createdAt);
        QCOMPARE(a.createdBy, b.createdBy);
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
        QVERIFY(QDir().mkpath(m_source + QStringLiteral("/sub")));
        for (const char *name : {"model.json", "sub/b.txt", "a.txt"}) {
            QFile f(m_source + QLatin1Char('/') + QString::fromLatin1(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(name);
        }
    }

    void cleanup()
    {
        m_ws.reset();
        m_dir.reset();
    }

    void statementsAreReusedPerConnection()
    {
        QSqlDatabase db = m_ws->database().connection();
        const QString sql = QStringLiteral("SELECT ? + 1");
        const int before = StatementCache::cachedCount(db);
        const QSqlQuery *first = nullptr;
        {
            Result<CachedStatement> st = StatementCache::statement(db, sql);
            QVERIFY(st.ok());
            QVERIFY(st->exec({41}, QStringLiteral("adding")).ok());
            QVERIFY(st.value().query().next());
            QCOMPARE(st.value().query().value(0).toInt(), 42);
            first = &st.value().query();
            // The same text while the first is in use: a separate query.
            Result<CachedStatement> nested = StatementCache::statement(db, sql);
            QVERIFY(nested.ok());
            QVERIFY(&nested.value().query() != first);
            QVERIFY(nested->exec({1}, QStringLiteral("adding")).ok());
            QVERIFY(nested.value().query().next());
            QCOMPARE(nested.value().query().value(0).toInt(), 2);
        }
        QCOMPARE(StatementCache::cachedCount(db), before + 1);
        Result<CachedStatement> again = StatementCache::statement(db, sql);
        QVERIFY(again.ok());
        QCOMPARE(&again.value().query(), first);  // reused
        QVERIFY(!again.value().query().isActive());  // reset when the last user was done

        Result<CachedStatement> bad = StatementCache::statement(db, QStringLiteral("SELECT FROM nowhere"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::Internal);
        QVERIFY(bad.error().message.contains(QStringLiteral("SELECT FROM nowhere")));
    }

    void reopenedWorkspaceGetsFreshStatements()
    {
        QVERIFY(ModelRegistry(m_ws).registerVersion(QStringLiteral("m"), input(1)).ok());
        const QString dir = m_ws->directory();
        QVERIFY(ModelRegistry(m_ws).version(QStringLiteral("m"), 1).ok());
        m_ws.reset();  // closes the connection the cached statements were prepared on
        Result<std::shared_ptr<store::Workspace>> reopened = store::Workspace::open(dir);
        QVERIFY(reopened.ok());
        m_ws = *reopened;
        Result<ModelVersion> v = ModelRegistry(m_ws).version(QStringLiteral("m"), 1);
        QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
        QCOMPARE(v->tags.value(QStringLiteral("i")), QStringLiteral("1"));
    }

    void pagesEqualSingleReads_data()
    {
        QTest::addColumn<int>("models");   // registered round-robin: the ids of one are spread
        QTest::addColumn<int>("pageSize");
        QTest::newRow("one model, consecutive ids") << 1 << 4;
        QTest::newRow("two models, every other id") << 2 << 3;
        QTest::newRow("three models, scattered ids") << 3 << 5;
        QTest::newRow("one page of all") << 3 << 100;
    }

    void pagesEqualSingleReads()
    {
        QFETCH(int, models);
        QFETCH(int, pageSize);
        ModelRegistry reg(m_ws);
        const int perModel = 11;
        for (int i = 0; i < perModel; ++i) {
            for (int m = 0; m < models; ++m)
                QVERIFY(reg.registerVersion(QStringLiteral("m%1").arg(m), input(i)).ok());
        }
        QVERIFY(reg.promote(QStringLiteral("m0"), 3, Stage::Production, QStringLiteral("go")).ok());
        QVERIFY(reg.promote(QStringLiteral("m0"), 4, Stage::Staging, {}).ok());
        VersionQuery query;
        query.modelName = QStringLiteral("M0");
        query.maxResults = pageSize;
        QList<ModelVersion> paged;
        for (int pages = 0; pages < 20; ++pages) {
            Result<VersionPage> page = reg.searchVersions(query);
            QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
            QVERIFY(page->versions.size() <= pageSize);
            paged << page->versions;
            if (page->nextPageToken.isEmpty())
                break;
            query.pageToken = page->nextPageToken;
        }
        QCOMPARE(paged.size(), perModel);
        for (int i = 0; i < perModel; ++i) {
            Result<ModelVersion> single = reg.version(QStringLiteral("m0"), i + 1);
            QVERIFY(single.ok());
            compareVersions(paged.at(i), *single);
            QCOMPARE(paged.at(i).modelName, QStringLiteral("m0"));
            QCOMPARE(paged.at(i).files.size(), 3);
            QCOMPARE(paged.at(i).files.at(0).path, QStringLiteral("a.txt"));
            QCOMPARE(paged.at(i).files.at(2).path, QStringLiteral("sub/b.txt"));
        }
        QCOMPARE(paged.at(2).stage, Stage::Production);
        QCOMPARE(paged.at(3).stage, Stage::Staging);
        QVERIFY(paged.at(0).description.isEmpty());
        QCOMPARE(paged.at(1).description, QStringLiteral("odd 1"));

        // Across models (no model filter): the model names come from the join.
        VersionQuery all;
        all.tags = {{QStringLiteral("i"), QStringLiteral("2")}};
        Result<VersionPage> tagged = reg.searchVersions(all);
        QVERIFY(tagged.ok());
        QCOMPARE(tagged->versions.size(), models);
        for (int m = 0; m < models; ++m) {
            QCOMPARE(tagged->versions.at(m).modelName, QStringLiteral("m%1").arg(m));
            compareVersions(tagged->versions.at(m), *reg.version(QStringLiteral("m%1").arg(m), 3));
        }
    }

    void modelsCarryLatestAndProduction()
    {
        ModelRegistry reg(m_ws);
        QVERIFY(reg.createModel(QStringLiteral("empty"), QStringLiteral("none yet"), {{QStringLiteral("team"), QStringLiteral("a")}}).ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(reg.registerVersion(QStringLiteral("full"), input(i)).ok());
        QVERIFY(reg.promote(QStringLiteral("full"), 2, Stage::Production, QStringLiteral("go")).ok());
        Result<RegisteredModel> empty = reg.model(QStringLiteral("EMPTY"));
        QVERIFY(empty.ok());
        QCOMPARE(empty->latestVersion, 0);
        QCOMPARE(empty->productionVersion, 0);
        QCOMPARE(empty->tags.value(QStringLiteral("team")), QStringLiteral("a"));
        Result<RegisteredModel> full = reg.model(QStringLiteral("full"));
        QCOMPARE(full->latestVersion, 3);
        QCOMPARE(full->productionVersion, 2);
        QCOMPARE(reg.registerVersion(QStringLiteral("full"), input(3))->version, 4);
    }

    void modelsArePagedByName()
    {
        ModelRegistry reg(m_ws);
        // Created out of name order, one name differing only in case from the order's view.
        for (const char *name : {"delta", "Alpha", "charlie", "echo", "bravo"})
            QVERIFY(reg.createModel(QString::fromLatin1(name), {}, {{QStringLiteral("n"), QString::fromLatin1(name)}}).ok());
        ModelQuery query;
        query.maxResults = 2;
        QStringList names;
        int pages = 0;
        for (;;) {
            Result<ModelPage> page = reg.listModels(query);
            QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message));
            for (const RegisteredModel &m : page->models) {
                names << m.name;
                QCOMPARE(m.tags.value(QStringLiteral("n")), m.name);
            }
            ++pages;
            if (page->nextPageToken.isEmpty())
                break;
            if (pages == 1)  // a model created behind the pages is not seen; one ahead is
                for (const char *name : {"aardvark", "foxtrot"})
                    QVERIFY(reg.createModel(QString::fromLatin1(name), {}, {{QStringLiteral("n"), QString::fromLatin1(name)}}).ok());
            query.pageToken = page->nextPageToken;
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("bravo"), QStringLiteral("charlie"), QStringLiteral("delta"),
                                     QStringLiteral("echo"), QStringLiteral("foxtrot")}));
        QCOMPARE(pages, 3);

        query.pageToken = QStringLiteral("not a token");
        QCOMPARE(reg.listModels(query).error().code, ErrorCode::InvalidInput);
        query.pageToken = ModelSearch::encodePageToken(QStringLiteral("echo"));
        QCOMPARE(reg.listModels(query)->models.constFirst().name, QStringLiteral("foxtrot"));
        query.pageToken.clear();
        query.maxResults = 0;
        QCOMPARE(reg.listModels(query).error().code, ErrorCode::InvalidInput);
        query.maxResults = 1001;
        QCOMPARE(reg.listModels(query).error().code, ErrorCode::InvalidInput);
    }

    void largeScatteredPageIsComplete()
    {
        // 2,100 models inserted directly; a page of 600 names holds scattered ids, more
        // than one statement binds: the tags come in chunks of IN lists.
        constexpr int kCount = 2100;
        Result<void> seeded = m_ws->database().runWrite([&](QSqlDatabase &db) -> Result<void> {
            for (int i = 0; i < kCount; ++i) {
                const QString name = QStringLiteral("m-%1").arg((i * 7919) % kCount, 5, 10, QLatin1Char('0'));
                if (Result<void> r = store::Database::exec(
                        db, QStringLiteral("INSERT INTO registered_models (name, created_at, created_by, modified_at, modified_by)"
                                           " VALUES (?, '2026-01-02T03:04:05.678Z', 't', '2026-01-02T03:04:05.678Z', 't')"),
                        {name});
                    !r.ok())
                    return r;
                if (Result<void> r = store::Database::exec(
                        db, QStringLiteral("INSERT INTO model_tags (model_id, key, value) VALUES (last_insert_rowid(), 'name', ?)"), {name});
                    !r.ok())
                    return r;
            }
            return {};
        });
        QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error().message));
        ModelQuery query;
        query.maxResults = 600;
        Result<ModelPage> page = ModelRegistry(m_ws).listModels(query);
        QVERIFY(page.ok());
        QCOMPARE(page->models.size(), 600);
        for (int i = 0; i < 600; ++i) {
            const RegisteredModel &m = page->models.at(i);
            QCOMPARE(m.name, QStringLiteral("m-%1").arg(i, 5, 10, QLatin1Char('0')));
            QCOMPARE(m.tags, (QMap<QString, QString>{{QStringLiteral("name"), m.name}}));
            QCOMPARE(m.createdAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
        }
        QCOMPARE(ModelRegistry(m_ws).models()->size(), kCount);
    }

    void timestampsParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("stored form") << QStringLiteral("2026-11-25T10:00:00.123Z") << QDateTime(QDate(2026, 11, 25), QTime(10, 0, 0, 123), Qt::UTC);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59.999Z") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
        QTest::newRow("before 1970") << QStringLiteral("1969-12-31T23:59:59.000Z") << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59), Qt::UTC);
        QTest::newRow("no milliseconds") << QStringLiteral("2026-11-25T10:00:00Z") << QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        QTest::newRow("bad day falls back") << QStringLiteral("2023-02-29T00:00:00.000Z") << QDateTime();
        QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
    }

    void timestampsParse()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = RegistryRecords::parseUtc(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }
};

QTEST_GUILESS_MAIN(TestRegistryReads)
#include "test_registryreads.moc"
