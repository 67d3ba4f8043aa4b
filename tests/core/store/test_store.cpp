// Tests of the workspace store: creation, step migrations from every earlier schema
// version, refusal of newer versions, concurrent writers in two processes, a writer
// killed mid-transaction, and audit-log redaction.
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace mlops;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs `work` on a plain connection to `path` that is closed afterwards.
template <typename F>
void withRawConnection(const QString &path, F work)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

int countByType(const store::Workspace &ws, const QString &type)
{
    QSqlQuery q(ws.database().connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_type = ?"));
    q.addBindValue(type);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

}  // namespace

class TestStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsFreshWorkspace()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.path() + QStringLiteral("/new/ws"));
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
        QSqlDatabase db = (*ws)->database().connection();
        QCOMPARE(store::Migrations::version(db), store::Migrations::kSchemaVersion);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        const QString id = (*ws)->id();
        QVERIFY(!QUuid::fromString(id).isNull());

        auto again = store::Workspace::open(dir.path() + QStringLiteral("/new/ws"));
        QVERIFY(again.ok());
        QCOMPARE((*again)->id(), id);
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < store::Migrations::kSchemaVersion; ++v)
            QTest::addRow("v%d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString dbPath = dir.path() + QStringLiteral("/workspace.db");
        withRawConnection(dbPath, [&](QSqlDatabase &db) {
            QVERIFY(store::Migrations::applySteps(db, 0, from).ok());
            if (from >= 1) {
                QVERIFY(store::Database::exec(db, QStringLiteral("INSERT INTO variable_groups (name, created_at, created_by, modified_at, modified_by) VALUES ('old-group', 't', 'u', 't', 'u')")).ok());
                QVERIFY(store::Database::exec(db, QStringLiteral("INSERT INTO variables (group_id, position, name, value) VALUES (1, 0, 'A', 'kept')")).ok());
            }
            if (from >= 4) {
                QVERIFY(store::Database::exec(db, QStringLiteral("INSERT INTO runs (pipeline_name, queued_at, state) VALUES ('old-run', 't', 'completed')")).ok());
                QVERIFY(store::Database::exec(db, QStringLiteral("INSERT INTO run_tags (run_id, tag) VALUES (1, 'kept-tag')")).ok());
            }
        });

        auto ws = store::Workspace::open(dir.path());
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
        QSqlDatabase db = (*ws)->database().connection();
        QCOMPARE(store::Migrations::version(db), store::Migrations::kSchemaVersion);
        if (from >= 1) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM variables WHERE name = 'A'")).toString(), QStringLiteral("kept"));
            const QString backup = dbPath + QStringLiteral(".v%1.bak").arg(from);
            QVERIFY2(QFile::exists(backup), qPrintable(backup));
            withRawConnection(backup, [&](QSqlDatabase &b) { QCOMPARE(store::Migrations::version(b), from); });
        }
        if (from >= 4)
            QCOMPARE(scalar(db, QStringLiteral("SELECT tag FROM run_tags WHERE run_id = 1")).toString(), QStringLiteral("kept-tag"));
        // Every table of the current schema is usable.
        QVERIFY(store::Database::exec(db, QStringLiteral("SELECT COUNT(*) FROM service_connections")).ok());
        // Step 6: coverage of a run (an old run, or a new one), with its per-class rows.
        if (from < 4)
            QVERIFY(store::Database::exec(db, QStringLiteral("INSERT INTO runs (pipeline_name, queued_at, state) VALUES ('new-run', 't', 'completed')")).ok());
        QVERIFY(store::Database::exec(db, QStringLiteral("INSERT INTO coverage_reports (run_id, tool, summary_file, line_rate, branch_rate, lines_covered, lines_valid, branches_covered, branches_valid, created_at) VALUES (1, 'Cobertura', 'c.xml', 0.5, 0.25, 1, 2, 1, 4, 't')")).ok());
        QVERIFY(store::Database::exec(db, QStringLiteral("INSERT INTO coverage_entries (report_id, position, package, class_name, lines_covered, lines_valid, branches_covered, branches_valid) VALUES (1, 0, 'pkg', 'Cls', 1, 2, 1, 4)")).ok());
        QVERIFY(store::Database::exec(db, QStringLiteral("DELETE FROM runs WHERE id = 1")).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM coverage_entries")).toInt(), 0);
    }

    void refusesNewerVersionUntouched()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.path() + QStringLiteral("/workspace.db");
        withRawConnection(dbPath, [](QSqlDatabase &db) {
            QVERIFY(store::Database::exec(db, QStringLiteral("CREATE TABLE future (x)")).ok());
            QVERIFY(store::Database::exec(db, QStringLiteral("PRAGMA user_version = 99")).ok());
        });
        const QByteArray before = fileHash(dbPath);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

        auto ws = store::Workspace::open(dir.path());
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, ErrorCode::Unsupported);
        QVERIFY(ws.error().message.contains(QStringLiteral("newer")));
        QVERIFY(ws.error().message.contains(QStringLiteral("99")));
        QCOMPARE(fileHash(dbPath), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }

    void rejectsWhatIsNotAWorkspace()
    {
        QTemporaryDir dir;
        QFile junk(dir.path() + QStringLiteral("/workspace.db"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not sqlite at all, just text that is long enough to have a header");
        junk.close();
        auto ws = store::Workspace::open(dir.path());
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.contains(QStringLiteral("workspace.db")));

        QFile file(dir.path() + QStringLiteral("/afile"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto onFile = store::Workspace::open(file.fileName());
        QVERIFY(!onFile.ok());
        QCOMPARE(onFile.error().code, ErrorCode::InvalidInput);
    }

    void resolvesDirectory()
    {
        qputenv(store::Workspace::kEnvVariable, "/tmp/from-env");
        QCOMPARE(store::Workspace::resolveDirectory(QStringLiteral("/tmp/explicit")), QStringLiteral("/tmp/explicit"));
        QCOMPARE(store::Workspace::resolveDirectory(), QStringLiteral("/tmp/from-env"));
        qunsetenv(store::Workspace::kEnvVariable);
        QVERIFY(store::Workspace::resolveDirectory().endsWith(QStringLiteral("/workspace")));
    }

    void failedWorkRollsBack()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.path());
        QVERIFY(ws.ok());
        Result<int> r = (*ws)->database().write<int>([](QSqlDatabase &db) -> Result<int> {
            if (Result<void> w = store::AuditLog::record(db, QStringLiteral("t"), 1, QStringLiteral("n"), QStringLiteral("create"), {}, {}); !w.ok())
                return w.error();
            return makeError(ErrorCode::InvalidInput, QStringLiteral("changed my mind"));
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("changed my mind"));
        QCOMPARE(countByType(**ws, QStringLiteral("t")), 0);
    }

    void auditRedactsSecrets()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.path());
        QVERIFY(ws.ok());
        const QJsonObject after{{QStringLiteral("variables"),
                                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("P")}, {QStringLiteral("value"), QStringLiteral("plain")}},
                                            QJsonObject{{QStringLiteral("name"), QStringLiteral("S")}, {QStringLiteral("value"), QStringLiteral("hunter2")}, {QStringLiteral("isSecret"), true}}}}};
        QVERIFY((*ws)->database().runWrite([&](QSqlDatabase &db) {
            return store::AuditLog::record(db, QStringLiteral("variable_group"), 7, QStringLiteral("g"), QStringLiteral("update"), {}, after);
        }).ok());
        QSqlDatabase db = (*ws)->database().connection();
        auto entries = store::AuditLog::forEntity(db, QStringLiteral("variable_group"), 7);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        const QJsonArray vars = entries->first().after.value(QStringLiteral("variables")).toArray();
        QCOMPARE(vars.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("plain"));
        QVERIFY(vars.at(1).toObject().value(QStringLiteral("value")).isNull());
        QCOMPARE(entries->first().osUser, store::AuditLog::osUser());
        QVERIFY(!scalar(db, QStringLiteral("SELECT after_json FROM audit_log")).toString().contains(QStringLiteral("hunter2")));
    }

    void twoProcessesWriteAtOnce()
    {
        QTemporaryDir dir;
        QVERIFY(store::Workspace::open(dir.path()).ok());
        constexpr int kEach = 300;
        QProcess a, b;
        a.start(QStringLiteral(STOREWRITER_PATH), {dir.path(), QStringLiteral("append"), QString::number(kEach), QStringLiteral("a")});
        b.start(QStringLiteral(STOREWRITER_PATH), {dir.path(), QStringLiteral("append"), QString::number(kEach), QStringLiteral("b")});
        // This process writes too, while the two children do.
        auto ws = store::Workspace::open(dir.path());
        QVERIFY(ws.ok());
        for (int i = 0; i < kEach; ++i) {
            QVERIFY((*ws)->database().runWrite([&](QSqlDatabase &db) {
                return store::AuditLog::record(db, QStringLiteral("c"), i, QStringLiteral("c"), QStringLiteral("create"), {}, {});
            }).ok());
        }
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QCOMPARE(a.readAllStandardError(), QByteArray());
        QCOMPARE(b.readAllStandardError(), QByteArray());
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        QCOMPARE(countByType(**ws, QStringLiteral("a")), kEach);
        QCOMPARE(countByType(**ws, QStringLiteral("b")), kEach);
        QCOMPARE(countByType(**ws, QStringLiteral("c")), kEach);
    }

    void killedWriterLeavesIntactWorkspace()
    {
        QTemporaryDir dir;
        {
            auto ws = store::Workspace::open(dir.path());
            QVERIFY(ws.ok());
            QVERIFY((*ws)->database().runWrite([](QSqlDatabase &db) {
                return store::AuditLog::record(db, QStringLiteral("before"), 1, QStringLiteral("x"), QStringLiteral("create"), {}, {});
            }).ok());
        }
        QProcess writer;
        writer.start(QStringLiteral(STOREWRITER_PATH), {dir.path(), QStringLiteral("hang"), QStringLiteral("killed")});
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(60000));
        QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        auto ws = store::Workspace::open(dir.path());
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
        QSqlDatabase db = (*ws)->database().connection();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(countByType(**ws, QStringLiteral("killed")), 0);
        QCOMPARE(countByType(**ws, QStringLiteral("before")), 1);
        QVERIFY((*ws)->database().runWrite([](QSqlDatabase &c) {
            return store::AuditLog::record(c, QStringLiteral("after"), 1, QStringLiteral("x"), QStringLiteral("create"), {}, {});
        }).ok());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
