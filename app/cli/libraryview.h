#pragma once
// LibraryView: how the CLI shows Library objects (variable groups, service
// connections) — as JSON objects with stable camelCase keys for `-o json`, and as
// aligned text for `-o table`. Secret values are never shown: JSON gives null (with
// "secretIsSet"), text gives "********" (or "(not set)").
// Times: JSON in ISO 8601 UTC, text in local time "yyyy-MM-dd HH:mm".

#include "core/library/serviceconnection.h"
#include "core/library/serviceconnectionservice.h"
#include "core/library/variablegroup.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

class QTextStream;

namespace mlops::cli {

class LibraryView {
public:
    static constexpr const char *kMask = "********";

    static QJsonValue timeJson(const QDateTime &time);
    static QString timeText(const QDateTime &time);

    static QJsonObject summaryJson(const library::VariableGroupSummary &summary);
    static QJsonObject variableJson(const library::Variable &variable);
    static QJsonObject groupJson(const library::VariableGroup &group);
    static QJsonObject connectionJson(const library::ServiceConnection &connection,
                                      const QList<library::ConnectionUse> &uses = {});

    // The list of groups as a table ("No variable groups." when empty).
    static void printSummaries(QTextStream &out, const QList<library::VariableGroupSummary> &summaries);
    // One group: header lines and its variables as a table.
    static void printGroup(QTextStream &out, const library::VariableGroup &group, const QString &indent = {});
    // The list of connections as a table ("No service connections." when empty).
    static void printConnections(QTextStream &out, const QList<library::ServiceConnection> &connections,
                                 const QString &indent = {});
    // One connection: one "Label: value" line per field that applies to its type.
    static void printConnection(QTextStream &out, const library::ServiceConnection &connection,
                                const QList<library::ConnectionUse> &uses);

    // What a connection points at: "subscription / resource group / workspace" or the
    // organization URL.
    static QString connectionTarget(const library::ServiceConnection &connection);
    static QString secretText(bool isSet);
};

}  // namespace mlops::cli
