#pragma once
// ServiceConnectionService: the service connections of a workspace.
//
// validate() checks one connection field by field (required fields for its type and
// scope level, GUID formats, URL form, name rules) so that a form can show each
// problem next to its field; create() and update() refuse what validate() refuses.
// The secret (client secret / PAT) lives in the SecretStore only.
// Failures: NotFound, AlreadyExists, InvalidInput, Conflict (stale revision), Unavailable.
//
// Thread safety: any thread.

#include "core/common/result.h"
#include "serviceconnection.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <memory>

namespace mlops::store {
class Workspace;
}

namespace mlops::library {

class SecretStore;

// Field keys used by validate(): "name", "tenantId", "clientId", "subscriptionId",
// "subscriptionName", "resourceGroup", "workspaceName", "organizationUrl", "secret".
using FieldProblems = QMap<QString, QString>;

struct ConnectionUse {
    QString kind;  // "variable group" (a variable whose value is the connection name); later "pipeline"
    qint64 id = 0;
    QString name;  // the group or pipeline that refers to it
    QString detail;  // for a group: the variable whose value is the connection name
};

class ServiceConnectionService {
public:
    ServiceConnectionService(std::shared_ptr<store::Workspace> workspace, std::shared_ptr<SecretStore> secrets);

    static FieldProblems validate(const ServiceConnection &connection);
    static bool isGuid(const QString &text);

    Result<QList<ServiceConnection>> list() const;  // by name, secrets empty
    Result<ServiceConnection> get(qint64 id) const;
    Result<ServiceConnection> findByName(const QString &name) const;  // case-insensitive

    Result<ServiceConnection> create(const ServiceConnection &connection);
    Result<ServiceConnection> update(const ServiceConnection &connection);
    // Removes the connection, then its keychain entry.
    Result<void> remove(qint64 id);

    // The client secret / PAT, for the Azure clients. NotFound when none is set;
    // Unavailable when the keychain cannot be reached.
    Result<QString> secretValue(qint64 id) const;

    // What refers to the connection by name.
    Result<QList<ConnectionUse>> usedBy(const QString &connectionName) const;

private:
    Result<ServiceConnection> save(const ServiceConnection &connection, bool isNew);

    std::shared_ptr<store::Workspace> m_workspace;
    std::shared_ptr<SecretStore> m_secrets;
};

}  // namespace mlops::library
