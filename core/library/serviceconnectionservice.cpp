#include "serviceconnectionservice.h"

#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/workspace.h"
#include "secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace mlops::library {

using store::AuditLog;
using store::Database;

namespace {

const QString kEntity = QStringLiteral("service_connection");
constexpr qsizetype kMaxName = 256;

struct StoredConnection {
    ServiceConnection connection;
    QString secretRef;
};

bool isAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns get '' instead.
QString notNull(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QJsonObject dataOf(const ServiceConnection &c)
{
    QJsonObject o;
    if (c.type == ConnectionType::AzureResourceManager) {
        o.insert(QLatin1String("authenticationScheme"), QStringLiteral("ServicePrincipal"));
        o.insert(QLatin1String("tenantId"), c.tenantId);
        o.insert(QLatin1String("clientId"), c.clientId);
        o.insert(QLatin1String("scopeLevel"), scopeLevelName(c.scopeLevel));
        o.insert(QLatin1String("subscriptionId"), c.subscriptionId);
        o.insert(QLatin1String("subscriptionName"), c.subscriptionName);
        if (c.scopeLevel != ScopeLevel::Subscription)
            o.insert(QLatin1String("resourceGroup"), c.resourceGroup);
        if (c.scopeLevel == ScopeLevel::MachineLearningWorkspace)
            o.insert(QLatin1String("workspaceName"), c.workspaceName);
    } else {
        o.insert(QLatin1String("organizationUrl"), c.organizationUrl);
    }
    return o;
}

// The audit snapshot: every field but the secret, whose presence only is recorded.
QJsonObject snapshot(const ServiceConnection &c)
{
    QJsonObject o = dataOf(c);
    o.insert(QLatin1String("id"), c.id);
    o.insert(QLatin1String("name"), c.name);
    o.insert(QLatin1String("type"), connectionTypeName(c.type));
    o.insert(QLatin1String("description"), c.description);
    o.insert(QLatin1String("secretIsSet"), c.secretIsSet);
    o.insert(QLatin1String("revision"), c.revision);
    return o;
}

const char *kSelect = "SELECT id, name, type, description, data_json, secret_ref, created_at, created_by, modified_at,"
                      " modified_by, revision FROM service_connections";

StoredConnection fromRow(const QSqlQuery &q)
{
    StoredConnection out;
    ServiceConnection &c = out.connection;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    parseConnectionType(q.value(2).toString(), &c.type);
    c.description = q.value(3).toString();
    const QJsonObject d = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    c.tenantId = d.value(QLatin1String("tenantId")).toString();
    c.clientId = d.value(QLatin1String("clientId")).toString();
    parseScopeLevel(d.value(QLatin1String("scopeLevel")).toString(), &c.scopeLevel);
    c.subscriptionId = d.value(QLatin1String("subscriptionId")).toString();
    c.subscriptionName = d.value(QLatin1String("subscriptionName")).toString();
    c.resourceGroup = d.value(QLatin1String("resourceGroup")).toString();
    c.workspaceName = d.value(QLatin1String("workspaceName")).toString();
    c.organizationUrl = d.value(QLatin1String("organizationUrl")).toString();
    out.secretRef = q.value(5).isNull() ? QString() : q.value(5).toString();
    c.secretIsSet = !out.secretRef.isEmpty();
    c.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    c.createdBy = q.value(7).toString();
    c.modifiedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    c.modifiedBy = q.value(9).toString();
    c.revision = q.value(10).toInt();
    return out;
}

Result<StoredConnection> readOne(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("reading service connection %1").arg(id));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no service connection with id %1.").arg(id));
    return fromRow(q);
}

// The id of the connection named `name` (case-insensitive), ignoring `exceptId`; 0 if none.
Result<qint64> idByName(QSqlDatabase &db, const QString &name, qint64 exceptId)
{
    QSqlQuery q(db);
    const bool ascii = isAscii(name);
    q.prepare(ascii ? QStringLiteral("SELECT id, name FROM service_connections WHERE name = ? AND id <> ?")
                    : QStringLiteral("SELECT id, name FROM service_connections WHERE id <> ?"));
    if (ascii)
        q.addBindValue(name);
    q.addBindValue(exceptId);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("looking up the service connection \"%1\"").arg(name));
    const QString folded = name.toCaseFolded();
    while (q.next()) {
        if (ascii || q.value(1).toString().toCaseFolded() == folded)
            return q.value(0).toLongLong();
    }
    return qint64(0);
}

QString resourceGroupProblem(const QString &name)
{
    if (name.size() > 90)
        return QStringLiteral("A resource group name has at most 90 characters; this one has %1.").arg(name.size());
    for (QChar c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char('.')
            && c != QLatin1Char('(') && c != QLatin1Char(')'))
            return QStringLiteral("A resource group name may contain letters, digits, '_', '-', '.', '(' and ')' "
                                  "only; \"%1\" contains '%2'.")
                .arg(name, c);
    }
    if (name.endsWith(QLatin1Char('.')))
        return QStringLiteral("A resource group name cannot end with a period.");
    return {};
}

QString workspaceNameProblem(const QString &name)
{
    if (name.size() < 3 || name.size() > 33)
        return QStringLiteral("A Machine Learning workspace name has 3 to 33 characters; \"%1\" has %2.")
            .arg(name)
            .arg(name.size());
    for (QChar c : name) {
        const bool ok = (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!ok)
            return QStringLiteral("A Machine Learning workspace name may contain ASCII letters, digits, '-' and '_' "
                                  "only; \"%1\" contains '%2'.")
                .arg(name, c);
    }
    if (!name.at(0).isLetterOrNumber())
        return QStringLiteral("A Machine Learning workspace name must start with a letter or a digit.");
    return {};
}

QString organizationUrlProblem(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("\"%1\" is not a URL; use https://dev.azure.com/<organization>.").arg(text);
    if (url.scheme() != QLatin1String("https"))
        return QStringLiteral("The organization URL must use https, not \"%1\".").arg(url.scheme());
    if (url.host().compare(QLatin1String("dev.azure.com"), Qt::CaseInsensitive) == 0) {
        const QString path = url.path();
        if (path.isEmpty() || path == QLatin1String("/"))
            return QStringLiteral("The organization is missing: use https://dev.azure.com/<organization>.");
    }
    if (url.hasQuery() || url.hasFragment())
        return QStringLiteral("The organization URL must not have a query or a fragment.");
    return {};
}

Error invalidConnection(const ServiceConnection &c, const FieldProblems &problems)
{
    QStringList parts;
    for (auto it = problems.begin(); it != problems.end(); ++it)
        parts.append(it.key() + QStringLiteral(": ") + it.value());
    return makeError(ErrorCode::InvalidInput, QStringLiteral("The service connection \"%1\" is not valid. %2")
                                                  .arg(c.name, parts.join(QLatin1Char(' '))));
}

}  // namespace

ServiceConnectionService::ServiceConnectionService(std::shared_ptr<store::Workspace> workspace,
                                                   std::shared_ptr<SecretStore> secrets)
    : m_workspace(std::move(workspace)), m_secrets(std::move(secrets))
{
}

bool ServiceConnectionService::isGuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                     || (c >= QLatin1Char('A') && c <= QLatin1Char('F')))) {
            return false;
        }
    }
    return true;
}

FieldProblems ServiceConnectionService::validate(const ServiceConnection &c)
{
    FieldProblems p;
    if (c.name.trimmed().isEmpty())
        p.insert(QStringLiteral("name"), QStringLiteral("The connection name is empty."));
    else if (c.name.trimmed() != c.name)
        p.insert(QStringLiteral("name"), QStringLiteral("The connection name starts or ends with a space."));
    else if (c.name.size() > kMaxName)
        p.insert(QStringLiteral("name"), QStringLiteral("The connection name has %1 characters; at most %2 are allowed.")
                                             .arg(c.name.size())
                                             .arg(kMaxName));
    else {
        for (QChar ch : c.name) {
            if (ch.category() == QChar::Other_Control) {
                p.insert(QStringLiteral("name"), QStringLiteral("The connection name contains a control character."));
                break;
            }
        }
    }

    auto guid = [&p](const QString &field, const QString &label, const QString &value) {
        if (value.isEmpty())
            p.insert(field, QStringLiteral("The %1 is required.").arg(label));
        else if (!isGuid(value))
            p.insert(field, QStringLiteral("The %1 \"%2\" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).")
                                .arg(label, value));
    };
    if (c.type == ConnectionType::AzureResourceManager) {
        guid(QStringLiteral("tenantId"), QStringLiteral("tenant ID"), c.tenantId);
        guid(QStringLiteral("clientId"), QStringLiteral("service principal client ID"), c.clientId);
        guid(QStringLiteral("subscriptionId"), QStringLiteral("subscription ID"), c.subscriptionId);
        if (c.scopeLevel == ScopeLevel::Subscription && c.subscriptionName.trimmed().isEmpty())
            p.insert(QStringLiteral("subscriptionName"), QStringLiteral("The subscription name is required."));
        if (c.scopeLevel != ScopeLevel::Subscription) {
            if (c.resourceGroup.isEmpty())
                p.insert(QStringLiteral("resourceGroup"), QStringLiteral("The resource group is required for this scope."));
            else if (const QString why = resourceGroupProblem(c.resourceGroup); !why.isEmpty())
                p.insert(QStringLiteral("resourceGroup"), why);
        }
        if (c.scopeLevel == ScopeLevel::MachineLearningWorkspace) {
            if (c.workspaceName.isEmpty())
                p.insert(QStringLiteral("workspaceName"),
                         QStringLiteral("The Machine Learning workspace name is required for this scope."));
            else if (const QString why = workspaceNameProblem(c.workspaceName); !why.isEmpty())
                p.insert(QStringLiteral("workspaceName"), why);
        }
    } else {
        if (c.organizationUrl.isEmpty())
            p.insert(QStringLiteral("organizationUrl"), QStringLiteral("The organization URL is required."));
        else if (const QString why = organizationUrlProblem(c.organizationUrl); !why.isEmpty())
            p.insert(QStringLiteral("organizationUrl"), why);
    }
    if (c.replaceSecret && (c.secret.contains(QLatin1Char('\n')) || c.secret.contains(QLatin1Char('\r'))))
        p.insert(QStringLiteral("secret"),
                 c.type == ConnectionType::AzureDevOps
                     ? QStringLiteral("The personal access token contains a line break; paste it again.")
                     : QStringLiteral("The client secret contains a line break; paste it again."));
    return p;
}

Result<QList<ServiceConnection>> ServiceConnectionService::list() const
{
    QSqlDatabase db = m_workspace->database().connection();
    QSqlQuery q(db);
    if (!q.exec(QLatin1String(kSelect) + QStringLiteral(" ORDER BY name COLLATE NOCASE, id")))
        return Database::queryError(q, QStringLiteral("listing service connections"));
    QList<ServiceConnection> out;
    while (q.next())
        out.append(fromRow(q).connection);
    return out;
}

Result<ServiceConnection> ServiceConnectionService::get(qint64 id) const
{
    QSqlDatabase db = m_workspace->database().connection();
    Result<StoredConnection> stored = readOne(db, id);
    if (!stored.ok())
        return stored.error();
    return stored->connection;
}

Result<ServiceConnection> ServiceConnectionService::findByName(const QString &name) const
{
    QSqlDatabase db = m_workspace->database().connection();
    Result<qint64> id = idByName(db, name, 0);
    if (!id.ok())
        return id.error();
    if (*id == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no service connection named \"%1\".").arg(name));
    return get(*id);
}

Result<ServiceConnection> ServiceConnectionService::save(const ServiceConnection &connection, bool isNew)
{
    if (const FieldProblems problems = validate(connection); !problems.isEmpty())
        return invalidConnection(connection, problems);
    if (!isNew && connection.id == 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The service connection \"%1\" has not been saved yet; "
                                                                 "create it first.")
                                                      .arg(connection.name));

    // The secret goes to the keychain first, outside the transaction.
    QString written;
    if (connection.replaceSecret && !connection.secret.isEmpty()) {
        written = m_workspace->id() + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Result<void> r = m_secrets->write(written, connection.secret); !r.ok())
            return makeError(r.error().code, QStringLiteral("Cannot save the secret of the service connection \"%1\": %2")
                                                 .arg(connection.name, r.error().message));
    }

    struct Saved {
        ServiceConnection connection;
        QString obsoleteRef;
    };
    Result<Saved> saved = m_workspace->database().write<Saved>([&](QSqlDatabase &db) -> Result<Saved> {
        std::optional<StoredConnection> current;
        if (!isNew) {
            Result<StoredConnection> stored = readOne(db, connection.id);
            if (!stored.ok())
                return stored.error();
            current = std::move(stored).value();
            if (current->connection.revision != connection.revision)
                return makeError(ErrorCode::Conflict,
                                 QStringLiteral("The service connection \"%1\" was changed by %2 at %3 (revision %4; you "
                                                "edited revision %5). Reload it and apply your changes again.")
                                     .arg(current->connection.name, current->connection.modifiedBy,
                                          current->connection.modifiedAt.toString(Qt::ISODate))
                                     .arg(current->connection.revision)
                                     .arg(connection.revision));
        }
        Result<qint64> clash = idByName(db, connection.name, isNew ? 0 : connection.id);
        if (!clash.ok())
            return clash.error();
        if (*clash != 0)
            return makeError(ErrorCode::AlreadyExists,
                             QStringLiteral("A service connection named \"%1\" already exists (names are case-insensitive).")
                                 .arg(connection.name));

        QString ref = current ? current->secretRef : QString();
        if (connection.replaceSecret)
            ref = written;  // empty: the secret is cleared
        const QVariant refColumn = ref.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(ref);
        const QString data = QString::fromUtf8(QJsonDocument(dataOf(connection)).toJson(QJsonDocument::Compact));
        const QString time = now();
        const QString user = AuditLog::osUser();
        qint64 id = connection.id;
        if (current) {
            if (Result<void> r = Database::exec(db, QStringLiteral("UPDATE service_connections SET name = ?, type = ?,"
                                                                   " description = ?, data_json = ?, secret_ref = ?,"
                                                                   " modified_at = ?, modified_by = ?,"
                                                                   " revision = revision + 1 WHERE id = ?"),
                                                {connection.name, connectionTypeName(connection.type),
                                                 notNull(connection.description), data, refColumn, time, user, id});
                !r.ok())
                return r.error();
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO service_connections (name, type, description, data_json, secret_ref,"
                                     " created_at, created_by, modified_at, modified_by, revision)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
            for (const QVariant &v : {QVariant(connection.name), QVariant(connectionTypeName(connection.type)),
                                      QVariant(notNull(connection.description)), QVariant(data), refColumn, QVariant(time),
                                      QVariant(user), QVariant(time), QVariant(user)})
                q.addBindValue(v);
            if (!q.exec())
                return Database::queryError(q, QStringLiteral("creating the service connection \"%1\"").arg(connection.name));
            id = q.lastInsertId().toLongLong();
        }
        Result<StoredConnection> after = readOne(db, id);
        if (!after.ok())
            return after.error();
        if (Result<void> r = AuditLog::record(db, kEntity, id, after->connection.name,
                                              current ? QStringLiteral("update") : QStringLiteral("create"),
                                              current ? snapshot(current->connection) : QJsonObject(),
                                              snapshot(after->connection));
            !r.ok())
            return r.error();
        Saved out;
        out.connection = after->connection;
        if (current && !current->secretRef.isEmpty() && current->secretRef != ref)
            out.obsoleteRef = current->secretRef;
        return out;
    });
    if (!saved.ok()) {
        if (!written.isEmpty())
            (void)m_secrets->remove(written);
        return saved.error();
    }
    if (!saved->obsoleteRef.isEmpty()) {
        if (Result<void> r = m_secrets->remove(saved->obsoleteRef); !r.ok())
            qWarning("mlops: could not remove the keychain entry %s: %s", qPrintable(saved->obsoleteRef),
                     qPrintable(r.error().message));
    }
    return saved->connection;
}

Result<ServiceConnection> ServiceConnectionService::create(const ServiceConnection &connection)
{
    return save(connection, true);
}

Result<ServiceConnection> ServiceConnectionService::update(const ServiceConnection &connection)
{
    return save(connection, false);
}

Result<void> ServiceConnectionService::remove(qint64 id)
{
    Result<QString> ref = m_workspace->database().write<QString>([&](QSqlDatabase &db) -> Result<QString> {
        Result<StoredConnection> current = readOne(db, id);
        if (!current.ok())
            return current.error();
        if (Result<void> r = Database::exec(db, QStringLiteral("DELETE FROM service_connections WHERE id = ?"), {id}); !r.ok())
            return r.error();
        if (Result<void> r = AuditLog::record(db, kEntity, id, current->connection.name, QStringLiteral("delete"),
                                              snapshot(current->connection), {});
            !r.ok())
            return r.error();
        return current->secretRef;
    });
    if (!ref.ok())
        return ref.error();
    if (!ref->isEmpty()) {
        if (Result<void> r = m_secrets->remove(*ref); !r.ok())
            qWarning("mlops: could not remove the keychain entry %s: %s", qPrintable(*ref), qPrintable(r.error().message));
    }
    return {};
}

Result<QString> ServiceConnectionService::secretValue(qint64 id) const
{
    StoredConnection stored;
    {
        QSqlDatabase db = m_workspace->database().connection();
        Result<StoredConnection> read = readOne(db, id);
        if (!read.ok())
            return read.error();
        stored = *read;
    }
    if (stored.secretRef.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("The service connection \"%1\" has no secret; set it first.")
                                                  .arg(stored.connection.name));
    Result<QString> value = m_secrets->read(stored.secretRef);
    if (!value.ok() && value.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound, QStringLiteral("The secret of the service connection \"%1\" is missing from "
                                                             "the OS keychain (entry %2); set it again.")
                                                  .arg(stored.connection.name, stored.secretRef));
    return value;
}

Result<QList<ConnectionUse>> ServiceConnectionService::usedBy(const QString &connectionName) const
{
    QSqlDatabase db = m_workspace->database().connection();
    QSqlQuery q(db);
    const bool ascii = isAscii(connectionName);
    q.prepare(QStringLiteral("SELECT g.id, g.name, v.name, v.value FROM variables v"
                             " JOIN variable_groups g ON g.id = v.group_id WHERE v.is_secret = 0")
              + (ascii ? QStringLiteral(" AND v.value = ? COLLATE NOCASE") : QString())
              + QStringLiteral(" ORDER BY g.name COLLATE NOCASE, v.position"));
    if (ascii)
        q.addBindValue(connectionName);
    if (!q.exec())
        return Database::queryError(q, QStringLiteral("finding what uses \"%1\"").arg(connectionName));
    const QString folded = connectionName.toCaseFolded();
    QList<ConnectionUse> out;
    while (q.next()) {
        if (!ascii && q.value(3).toString().toCaseFolded() != folded)
            continue;
        ConnectionUse use;
        use.kind = QStringLiteral("variable group");
        use.id = q.value(0).toLongLong();
        use.name = q.value(1).toString();
        use.detail = q.value(2).toString();
        out.append(use);
    }
    return out;
}

}  // namespace mlops::library
