#include "libraryview.h"

#include "texttable.h"

#include <QJsonArray>
#include <QTextStream>
#include <QTimeZone>

namespace mlops::cli {

using library::ConnectionType;
using library::ScopeLevel;

QJsonValue LibraryView::timeJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

QString LibraryView::timeText(const QDateTime &time)
{
    // QDateTime::toLocalTime() re-reads the system time zone (a stat of /etc/localtime)
    // on every call; one QTimeZone keeps its rules, so 10,000 rows cost no system calls.
    static const QTimeZone local = QTimeZone::systemTimeZone();
    return time.isValid() ? time.toTimeZone(local).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QJsonObject LibraryView::summaryJson(const library::VariableGroupSummary &summary)
{
    return QJsonObject{
        {QStringLiteral("id"), summary.id},
        {QStringLiteral("name"), summary.name},
        {QStringLiteral("description"), summary.description},
        {QStringLiteral("variableCount"), summary.variableCount},
        {QStringLiteral("secretCount"), summary.secretCount},
        {QStringLiteral("modifiedAt"), timeJson(summary.modifiedAt)},
        {QStringLiteral("modifiedBy"), summary.modifiedBy},
    };
}

QJsonObject LibraryView::variableJson(const library::Variable &variable)
{
    return QJsonObject{
        {QStringLiteral("name"), variable.name},
        {QStringLiteral("value"), variable.isSecret ? QJsonValue(QJsonValue::Null) : QJsonValue(variable.value)},
        {QStringLiteral("isSecret"), variable.isSecret},
        {QStringLiteral("secretIsSet"), variable.isSecret && variable.secretIsSet},
    };
}

QJsonObject LibraryView::groupJson(const library::VariableGroup &group)
{
    QJsonArray variables;
    for (const library::Variable &variable : group.variables)
        variables.append(variableJson(variable));
    return QJsonObject{
        {QStringLiteral("id"), group.id},
        {QStringLiteral("name"), group.name},
        {QStringLiteral("description"), group.description},
        {QStringLiteral("revision"), group.revision},
        {QStringLiteral("createdAt"), timeJson(group.createdAt)},
        {QStringLiteral("createdBy"), group.createdBy},
        {QStringLiteral("modifiedAt"), timeJson(group.modifiedAt)},
        {QStringLiteral("modifiedBy"), group.modifiedBy},
        {QStringLiteral("variables"), variables},
    };
}

QJsonObject LibraryView::connectionJson(const library::ServiceConnection &connection,
                                        const QList<library::ConnectionUse> &uses)
{
    const bool arm = connection.type == ConnectionType::AzureResourceManager;
    const auto armField = [arm](const QString &value) { return arm ? QJsonValue(value) : QJsonValue(QJsonValue::Null); };
    QJsonArray usedBy;
    for (const library::ConnectionUse &use : uses)
        usedBy.append(QJsonObject{{QStringLiteral("kind"), use.kind}, {QStringLiteral("name"), use.name}});
    return QJsonObject{
        {QStringLiteral("id"), connection.id},
        {QStringLiteral("name"), connection.name},
        {QStringLiteral("type"), library::connectionTypeName(connection.type)},
        {QStringLiteral("description"), connection.description},
        {QStringLiteral("scopeLevel"), armField(library::scopeLevelName(connection.scopeLevel))},
        {QStringLiteral("tenantId"), armField(connection.tenantId)},
        {QStringLiteral("clientId"), armField(connection.clientId)},
        {QStringLiteral("subscriptionId"), armField(connection.subscriptionId)},
        {QStringLiteral("subscriptionName"), armField(connection.subscriptionName)},
        {QStringLiteral("resourceGroup"), armField(connection.resourceGroup)},
        {QStringLiteral("workspaceName"), armField(connection.workspaceName)},
        {QStringLiteral("organizationUrl"), arm ? QJsonValue(QJsonValue::Null) : QJsonValue(connection.organizationUrl)},
        {QStringLiteral("secretIsSet"), connection.secretIsSet},
        {QStringLiteral("revision"), connection.revision},
        {QStringLiteral("createdAt"), timeJson(connection.createdAt)},
        {QStringLiteral("createdBy"), connection.createdBy},
        {QStringLiteral("modifiedAt"), timeJson(connection.modifiedAt)},
        {QStringLiteral("modifiedBy"), connection.modifiedBy},
        {QStringLiteral("usedBy"), usedBy},
    };
}

void LibraryView::printSummaries(QTextStream &out, const QList<library::VariableGroupSummary> &summaries)
{
    if (summaries.isEmpty()) {
        out << "No variable groups.\n";
        return;
    }
    TextTable table({QStringLiteral("NAME"), QStringLiteral("VARIABLES"), QStringLiteral("SECRETS"),
                     QStringLiteral("MODIFIED"), QStringLiteral("BY"), QStringLiteral("DESCRIPTION")});
    for (const library::VariableGroupSummary &s : summaries) {
        table.addRow({s.name, QString::number(s.variableCount), QString::number(s.secretCount),
                      timeText(s.modifiedAt), s.modifiedBy, s.description});
    }
    table.print(out);
}

void LibraryView::printGroup(QTextStream &out, const library::VariableGroup &group, const QString &indent)
{
    out << indent << "Variable group " << group.name << "  (id " << group.id << ", revision " << group.revision
        << ")\n";
    if (!group.description.isEmpty())
        out << indent << "  " << group.description << '\n';
    out << indent << "  Modified " << timeText(group.modifiedAt) << " by " << group.modifiedBy << '\n';
    if (group.variables.isEmpty()) {
        out << indent << "  No variables.\n";
        return;
    }
    TextTable table({QStringLiteral("NAME"), QStringLiteral("VALUE"), QStringLiteral("SECRET")});
    for (const library::Variable &v : group.variables) {
        table.addRow({v.name, v.isSecret ? secretText(v.secretIsSet) : v.value,
                      v.isSecret ? QStringLiteral("yes") : QString()});
    }
    out << '\n';
    table.print(out, indent + QStringLiteral("  "));
}

void LibraryView::printConnections(QTextStream &out, const QList<library::ServiceConnection> &connections,
                                   const QString &indent)
{
    if (connections.isEmpty()) {
        out << indent << "No service connections.\n";
        return;
    }
    TextTable table({QStringLiteral("NAME"), QStringLiteral("TYPE"), QStringLiteral("SCOPE"),
                     QStringLiteral("TARGET"), QStringLiteral("SECRET"), QStringLiteral("MODIFIED")});
    for (const library::ServiceConnection &c : connections) {
        const bool arm = c.type == ConnectionType::AzureResourceManager;
        table.addRow({c.name, library::connectionTypeName(c.type), arm ? library::scopeLevelName(c.scopeLevel) : QString(),
                      connectionTarget(c), secretText(c.secretIsSet), timeText(c.modifiedAt)});
    }
    table.print(out, indent);
}

void LibraryView::printConnection(QTextStream &out, const library::ServiceConnection &c,
                                  const QList<library::ConnectionUse> &uses)
{
    const bool arm = c.type == ConnectionType::AzureResourceManager;
    QList<std::pair<QString, QString>> fields{
        {QStringLiteral("Name"), c.name},
        {QStringLiteral("Type"), arm ? QStringLiteral("Azure Resource Manager (azurerm)")
                                     : QStringLiteral("Azure DevOps (azuredevops)")},
        {QStringLiteral("Description"), c.description},
    };
    if (arm) {
        fields.append({QStringLiteral("Scope level"), library::scopeLevelName(c.scopeLevel)});
        fields.append({QStringLiteral("Tenant id"), c.tenantId});
        fields.append({QStringLiteral("Client id"), c.clientId});
        fields.append({QStringLiteral("Client secret"), secretText(c.secretIsSet)});
        fields.append({QStringLiteral("Subscription id"), c.subscriptionId});
        fields.append({QStringLiteral("Subscription name"), c.subscriptionName});
        if (c.scopeLevel != ScopeLevel::Subscription)
            fields.append({QStringLiteral("Resource group"), c.resourceGroup});
        if (c.scopeLevel == ScopeLevel::MachineLearningWorkspace)
            fields.append({QStringLiteral("Workspace name"), c.workspaceName});
    } else {
        fields.append({QStringLiteral("Organization URL"), c.organizationUrl});
        fields.append({QStringLiteral("Access token"), secretText(c.secretIsSet)});
    }
    QStringList useTexts;
    for (const library::ConnectionUse &use : uses)
        useTexts.append(use.kind + QLatin1Char(' ') + use.name);
    fields.append({QStringLiteral("Used by"), useTexts.isEmpty() ? QStringLiteral("(nothing)") : useTexts.join(QStringLiteral(", "))});
    fields.append({QStringLiteral("Revision"), QString::number(c.revision)});
    fields.append({QStringLiteral("Created"), timeText(c.createdAt) + QStringLiteral(" by ") + c.createdBy});
    fields.append({QStringLiteral("Modified"), timeText(c.modifiedAt) + QStringLiteral(" by ") + c.modifiedBy});

    qsizetype width = 0;
    for (const auto &field : std::as_const(fields))
        width = std::max(width, field.first.size() + 1);
    for (const auto &field : std::as_const(fields)) {
        QString line = QString(field.first + QLatin1Char(':')).leftJustified(width) + QStringLiteral("  ") + field.second;
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    }
}

QString LibraryView::connectionTarget(const library::ServiceConnection &c)
{
    if (c.type == ConnectionType::AzureDevOps)
        return c.organizationUrl;
    QStringList parts{c.subscriptionName.isEmpty() ? c.subscriptionId : c.subscriptionName};
    if (c.scopeLevel != ScopeLevel::Subscription)
        parts.append(c.resourceGroup);
    if (c.scopeLevel == ScopeLevel::MachineLearningWorkspace)
        parts.append(c.workspaceName);
    return parts.join(QStringLiteral(" / "));
}

QString LibraryView::secretText(bool isSet) { return isSet ? QString::fromLatin1(kMask) : QStringLiteral("(not set)"); }

}  // namespace mlops::cli
