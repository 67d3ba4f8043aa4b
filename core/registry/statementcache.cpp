#include "statementcache.h"

#include "core/store/database.h"

#include <QHash>
#include <QPointer>
#include <QSqlDriver>

namespace mlops::registry {

namespace {

struct Entry {
    std::shared_ptr<QSqlQuery> query;
    quint64 lastUse = 0;
};

struct Connection {
    QPointer<QSqlDriver> driver;  // null once the connection's driver is gone
    QHash<QString, Entry> statements;
    quint64 clock = 0;
};

thread_local QHash<QString, Connection> t_connections;

// The cache of `db` on this thread, emptied when the connection is not the one the
// statements were prepared on.
Connection &connectionOf(const QSqlDatabase &db)
{
    const QString name = db.connectionName();
    auto it = t_connections.find(name);
    if (it == t_connections.end()) {
        // A new connection: forget those whose driver is gone (closed databases).
        t_connections.removeIf([](const auto &entry) { return entry.value().driver.isNull(); });
        it = t_connections.insert(name, Connection{});
    }
    if (it->driver.isNull() || it->driver.data() != db.driver()) {
        it->statements.clear();
        it->driver = db.driver();
    }
    return *it;
}

void evictOldest(Connection &c)
{
    auto oldest = c.statements.end();
    for (auto it = c.statements.begin(); it != c.statements.end(); ++it) {
        if (oldest == c.statements.end() || it->lastUse < oldest->lastUse)
            oldest = it;
    }
    if (oldest != c.statements.end())
        c.statements.erase(oldest);
}

}  // namespace

CachedStatement::~CachedStatement()
{
    if (m_query)
        m_query->finish();
}

Result<void> CachedStatement::exec(const QVariantList &values, const QString &what) const
{
    for (int i = 0; i < values.size(); ++i)
        m_query->bindValue(i, values.at(i));
    if (!m_query->exec())
        return store::Database::queryError(*m_query, what);
    return {};
}

Result<CachedStatement> StatementCache::statement(QSqlDatabase &db, const QString &sql)
{
    Connection &c = connectionOf(db);
    const auto found = c.statements.find(sql);
    if (found != c.statements.end() && found->query.use_count() == 1) {
        found->lastUse = ++c.clock;
        return CachedStatement(found->query);
    }
    auto query = std::make_shared<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return store::Database::queryError(*query, QStringLiteral("preparing \"%1\"").arg(sql.left(80)));
    if (found == c.statements.end()) {
        if (c.statements.size() >= kMaxPerConnection)
            evictOldest(c);
        c.statements.insert(sql, Entry{query, ++c.clock});
    }
    return CachedStatement(std::move(query));
}

int StatementCache::cachedCount(const QSqlDatabase &db)
{
    const auto it = t_connections.constFind(db.connectionName());
    if (it == t_connections.cend() || it->driver.isNull() || it->driver.data() != db.driver())
        return 0;
    return int(it->statements.size());
}

}  // namespace mlops::registry
