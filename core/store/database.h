#pragma once
// Database: the workspace's SQLite file, one connection per thread.
//
// Every connection is opened in WAL mode with foreign keys on and a busy timeout, so
// the GUI, the CLI and agent processes can share one workspace. Writes go through
// write(), which wraps the unit of work in BEGIN IMMEDIATE … COMMIT and waits (with
// backoff, up to kWriteDeadlineMs) while another process holds the write lock, so a
// busy database is never an error the user sees. Reads use connection() directly.
//
// Thread safety: any thread may call connection()/write(); each thread gets its own
// QSqlDatabase. A Database must outlive the threads that used it.

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QVariant>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

namespace mlops::store {

class Database {
public:
    static constexpr int kBusyTimeoutMs = 5000;
    static constexpr int kWriteDeadlineMs = 60000;

    explicit Database(QString filePath);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString filePath() const { return m_filePath; }

    // This thread's connection, opened on first use. On failure the returned
    // connection is not open and lastOpenError() says why.
    QSqlDatabase connection() const;
    QString lastOpenError() const;

    // Runs `work` inside one write transaction; commits when it returns ok, rolls back
    // otherwise. `work` must not wait on anything outside the database.
    template <typename T>
    Result<T> write(const std::function<Result<T>(QSqlDatabase &)> &work) const
    {
        std::optional<Result<T>> out;
        const Result<void> tx = runWrite([&](QSqlDatabase &db) -> Result<void> {
            out.emplace(work(db));
            if (out->ok())
                return {};
            return out->error();
        });
        if (!tx.ok() && (!out || out->ok()))
            return tx.error();
        return std::move(*out);
    }

    Result<void> runWrite(const std::function<Result<void>(QSqlDatabase &)> &work) const;

    // Builds an Internal error from a failed query, naming what was being done.
    static Error queryError(const QSqlQuery &query, const QString &what);
    // Prepares and executes `sql` with positional bindings; returns the error on failure.
    static Result<void> exec(QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});

private:
    QString connectionName() const;

    QString m_filePath;
    QString m_connectionPrefix;
};

}  // namespace mlops::store
