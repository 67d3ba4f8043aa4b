#pragma once
// StatementCache: prepared statements kept per database connection and reused, so a
// registry read pays the prepare (SQLite's and Qt's) once per connection and SQL text
// instead of once per call.
//
// statement(db, sql) returns a CachedStatement: a prepared, forward-only QSqlQuery for
// `sql` on `db`. The CachedStatement resets the query (finish()) when it goes out of
// scope, so no read snapshot stays open between calls. While one CachedStatement of a
// SQL text is alive, another request for the same text on the same connection gets a
// separate query that is not cached (nested use is safe, merely slower).
// The cache is per thread (thread_local), keyed by connection name and checked against
// the connection's driver object: a connection closed and opened again under the same
// name (a new store::Database) never gets the old statements. At most
// kMaxPerConnection statements are kept per connection; the least recently used goes.
// Failure: Internal naming the statement when it does not prepare (nothing is cached).
// Thread safety: each thread has its own cache; a CachedStatement stays on its thread.

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace mlops::registry {

class CachedStatement {
public:
    explicit CachedStatement(std::shared_ptr<QSqlQuery> query) : m_query(std::move(query)) {}
    ~CachedStatement();
    CachedStatement(CachedStatement &&) noexcept = default;
    CachedStatement &operator=(CachedStatement &&) noexcept = default;
    CachedStatement(const CachedStatement &) = delete;
    CachedStatement &operator=(const CachedStatement &) = delete;

    QSqlQuery &query() const { return *m_query; }
    // Binds `values` by position (replacing earlier bindings) and executes; the error
    // names `what`.
    Result<void> exec(const QVariantList &values, const QString &what) const;

private:
    std::shared_ptr<QSqlQuery> m_query;
};

class StatementCache {
public:
    static constexpr int kMaxPerConnection = 96;

    static Result<CachedStatement> statement(QSqlDatabase &db, const QString &sql);
    // Statements cached for `db` on this thread (for tests).
    static int cachedCount(const QSqlDatabase &db);
};

}  // namespace mlops::registry
