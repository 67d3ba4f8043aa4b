#include "connectioncommand.h"

#include "clicontext.h"
#include "libraryview.h"

#include "core/library/serviceconnectionservice.h"
#include "core/pipeline/catalog/pipelineservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <utility>

namespace mlops::cli {

using library::ConnectionType;
using library::ScopeLevel;
using library::ServiceConnection;

namespace {

const QString kList = QStringLiteral("list");
const QString kShow = QStringLiteral("show");
const QString kCreate = QStringLiteral("create");
const QString kDelete = QStringLiteral("delete");

// validate() field keys with their flags, in the order the flags are listed in the help.
const QList<std::pair<QString, QString>> &fieldFlags()
{
    static const QList<std::pair<QString, QString>> flags{
        {QStringLiteral("name"), QStringLiteral("--name")},
        {QStringLiteral("tenantId"), QStringLiteral("--tenant-id")},
        {QStringLiteral("clientId"), QStringLiteral("--client-id")},
        {QStringLiteral("subscriptionId"), QStringLiteral("--subscription-id")},
        {QStringLiteral("subscriptionName"), QStringLiteral("--subscription-name")},
        {QStringLiteral("resourceGroup"), QStringLiteral("--resource-group")},
        {QStringLiteral("workspaceName"), QStringLiteral("--workspace-name")},
        {QStringLiteral("organizationUrl"), QStringLiteral("--org-url")},
        {QStringLiteral("secret"), QStringLiteral("--secret-stdin")},
    };
    return flags;
}

// The options that only apply to one connection type.
const QStringList kArmOptions{QStringLiteral("scope"),          QStringLiteral("tenant-id"),
                              QStringLiteral("client-id"),      QStringLiteral("subscription-id"),
                              QStringLiteral("subscription-name"), QStringLiteral("resource-group"),
                              QStringLiteral("workspace-name")};
const QStringList kDevOpsOptions{QStringLiteral("org-url")};

bool parseScope(const QString &text, ScopeLevel *out)
{
    const QString lower = text.toLower();
    if (lower == QLatin1String("subscription"))
        *out = ScopeLevel::Subscription;
    else if (lower == QLatin1String("resourcegroup"))
        *out = ScopeLevel::ResourceGroup;
    else if (lower == QLatin1String("mlworkspace"))
        *out = ScopeLevel::MachineLearningWorkspace;
    else
        return library::parseScopeLevel(text, out);
    return true;
}

QString quoted(const QString &name) { return QLatin1Char('\'') + name + QLatin1Char('\''); }

OptionSpec valueOption(const QString &name, const QString &valueName, const QString &help)
{
    return OptionSpec{name, {}, valueName, help};
}

}  // namespace

QString ConnectionCommand::name() const { return QStringLiteral("connection"); }

QString ConnectionCommand::summary() const
{
    return QStringLiteral("Service connections (Azure Resource Manager, Azure DevOps)");
}

QList<CommandSpec> ConnectionCommand::commands() const
{
    const QString group = name();
    CommandSpec create{group, kCreate, QStringLiteral("Creates a service connection."), {}, {}, {}};
    create.options = {
        valueOption(QStringLiteral("type"), QStringLiteral("TYPE"), QStringLiteral("azurerm or azuredevops (required)")),
        valueOption(QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("the connection's name (required)")),
        valueOption(QStringLiteral("description"), QStringLiteral("TEXT"), QStringLiteral("a description")),
        valueOption(QStringLiteral("scope"), QStringLiteral("LEVEL"),
                    QStringLiteral("azurerm: subscription (default), resourcegroup or mlworkspace")),
        valueOption(QStringLiteral("tenant-id"), QStringLiteral("GUID"), QStringLiteral("azurerm: the Microsoft Entra tenant")),
        valueOption(QStringLiteral("client-id"), QStringLiteral("GUID"), QStringLiteral("azurerm: the service principal's application id")),
        valueOption(QStringLiteral("subscription-id"), QStringLiteral("GUID"), QStringLiteral("azurerm: the subscription")),
        valueOption(QStringLiteral("subscription-name"), QStringLiteral("NAME"), QStringLiteral("azurerm: the subscription's name")),
        valueOption(QStringLiteral("resource-group"), QStringLiteral("NAME"), QStringLiteral("azurerm: resourcegroup and mlworkspace scopes")),
        valueOption(QStringLiteral("workspace-name"), QStringLiteral("NAME"), QStringLiteral("azurerm: the Azure ML workspace (mlworkspace scope)")),
        valueOption(QStringLiteral("org-url"), QStringLiteral("URL"),
                    QStringLiteral("azuredevops: https://dev.azure.com/ORG or https://ORG.visualstudio.com")),
        OptionSpec{QStringLiteral("secret-stdin"), {}, {},
                   QStringLiteral("read the client secret (azurerm) or access token (azuredevops) from standard input")},
    };
    create.details = QStringLiteral("The secret is stored in the OS keychain only. On a terminal it is asked for without\n"
                                    "echo; otherwise all of standard input is read, less a trailing line break.");
    return {
        CommandSpec{group, kList, QStringLiteral("Lists the service connections, by name."), {}, {}, {}},
        CommandSpec{group, kShow, QStringLiteral("Shows a service connection and what uses it (the secret is never shown)."),
                    {QStringLiteral("NAME")}, {}, {}},
        create,
        CommandSpec{group, kDelete, QStringLiteral("Deletes a service connection (asks first on a terminal)."),
                    {QStringLiteral("NAME")},
                    {OptionSpec{QStringLiteral("yes"), QChar(u'y'), {}, QStringLiteral("do not ask for confirmation")}},
                    {}},
    };
}

int ConnectionCommand::run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    // Command-line mistakes are reported before the workspace is touched.
    if (command.name == kCreate)
        return create(context, command, arguments);  // checks its options first, then opens
    if (Result<void> opened = context.openWorkspace(); !opened.ok())
        return context.fail(opened.error());
    if (command.name == kList)
        return list(context);
    if (command.name == kShow)
        return show(context, arguments);
    if (command.name == kDelete)
        return remove(context, arguments);
    return context.fail(makeError(ErrorCode::Internal, QStringLiteral("connection %1 has no implementation").arg(command.name)));
}

Result<QList<library::ConnectionUse>> ConnectionCommand::usesOf(CliContext &context, const QString &connectionName)
{
    // The Library knows the variable groups; the pipeline catalog knows the pipelines.
    Result<QList<library::ConnectionUse>> uses = context.connections().usedBy(connectionName);
    if (!uses.ok())
        return uses;
    Result<QList<library::ConnectionUse>> pipelines = pipeline::PipelineService(context.sharedWorkspace()).usesOfConnection(connectionName);
    if (!pipelines.ok())
        return pipelines.error();
    QList<library::ConnectionUse> all = *uses;
    all.append(*pipelines);
    return all;
}

QString ConnectionCommand::flagOf(const QString &fieldKey)
{
    for (const auto &[key, flag] : fieldFlags()) {
        if (key == fieldKey)
            return flag;
    }
    return fieldKey;
}

int ConnectionCommand::list(CliContext &context)
{
    Result<QList<ServiceConnection>> connections = context.connections().list();
    if (!connections.ok())
        return context.fail(connections.error());
    if (context.json()) {
        QJsonArray array;
        for (const ServiceConnection &connection : std::as_const(*connections)) {
            QJsonObject object = LibraryView::connectionJson(connection);
            object.remove(QStringLiteral("usedBy"));  // only `show` looks the uses up
            array.append(object);
        }
        context.printJson(array);
    } else {
        LibraryView::printConnections(context.out(), *connections);
    }
    return CliContext::kExitSuccess;
}

int ConnectionCommand::show(CliContext &context, const ParsedArguments &arguments)
{
    Result<ServiceConnection> connection = context.connections().findByName(arguments.positionals.at(0));
    if (!connection.ok())
        return context.fail(connection.error());
    Result<QList<library::ConnectionUse>> uses = usesOf(context, connection->name);
    if (!uses.ok())
        return context.fail(uses.error());
    if (context.json())
        context.printJson(LibraryView::connectionJson(*connection, *uses));
    else
        LibraryView::printConnection(context.out(), *connection, *uses);
    return CliContext::kExitSuccess;
}

int ConnectionCommand::create(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    if (!arguments.isSet(QStringLiteral("type")))
        return context.usageError(command, QStringLiteral("missing --type (azurerm or azuredevops)"));
    ServiceConnection connection;
    const QString typeText = arguments.value(QStringLiteral("type"));
    if (!library::parseConnectionType(typeText, &connection.type))
        return context.usageError(command, QStringLiteral("unknown --type '%1' (use azurerm or azuredevops)").arg(typeText));
    const bool arm = connection.type == ConnectionType::AzureResourceManager;
    for (const QString &option : arm ? kDevOpsOptions : kArmOptions) {
        if (arguments.isSet(option)) {
            return context.usageError(command, QStringLiteral("--%1 does not apply to --type %2")
                                                   .arg(option, library::connectionTypeName(connection.type)));
        }
    }
    if (arguments.isSet(QStringLiteral("scope"))) {
        const QString scopeText = arguments.value(QStringLiteral("scope"));
        if (!parseScope(scopeText, &connection.scopeLevel)) {
            return context.usageError(
                command, QStringLiteral("unknown --scope '%1' (use subscription, resourcegroup or mlworkspace)").arg(scopeText));
        }
    }
    connection.name = arguments.value(QStringLiteral("name"));
    connection.description = arguments.value(QStringLiteral("description"));
    connection.tenantId = arguments.value(QStringLiteral("tenant-id"));
    connection.clientId = arguments.value(QStringLiteral("client-id"));
    connection.subscriptionId = arguments.value(QStringLiteral("subscription-id"));
    connection.subscriptionName = arguments.value(QStringLiteral("subscription-name"));
    connection.resourceGroup = arguments.value(QStringLiteral("resource-group"));
    connection.workspaceName = arguments.value(QStringLiteral("workspace-name"));
    connection.organizationUrl = arguments.value(QStringLiteral("org-url"));
    if (arguments.isSet(QStringLiteral("secret-stdin"))) {
        Result<QString> secret = context.readSecret(arm ? QStringLiteral("Client secret: ") : QStringLiteral("Personal access token: "));
        if (!secret.ok())
            return context.fail(secret.error());
        connection.secret = *secret;
        connection.replaceSecret = true;
    }

    const library::FieldProblems problems = library::ServiceConnectionService::validate(connection);
    if (!problems.isEmpty()) {
        QStringList keys;
        for (const auto &field : fieldFlags()) {
            if (problems.contains(field.first))
                keys.append(field.first);
        }
        for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
            if (!keys.contains(it.key()))
                keys.append(it.key());
        }
        for (const QString &key : std::as_const(keys))
            context.printError(flagOf(key) + QStringLiteral(": ") + problems.value(key));
        return CliContext::kExitUserError;
    }

    if (Result<void> opened = context.openWorkspace(); !opened.ok())
        return context.fail(opened.error());
    Result<ServiceConnection> created = context.connections().create(connection);
    if (!created.ok())
        return context.fail(created.error());
    if (context.json()) {
        context.printJson(LibraryView::connectionJson(*created));
    } else {
        context.out() << "Created service connection " << quoted(created->name) << " ("
                      << library::connectionTypeName(created->type) << ", secret "
                      << (created->secretIsSet ? "stored in the keychain" : "not set") << ").\n";
    }
    return CliContext::kExitSuccess;
}

int ConnectionCommand::remove(CliContext &context, const ParsedArguments &arguments)
{
    Result<ServiceConnection> connection = context.connections().findByName(arguments.positionals.at(0));
    if (!connection.ok())
        return context.fail(connection.error());
    Result<QList<library::ConnectionUse>> uses = usesOf(context, connection->name);
    if (!uses.ok())
        return context.fail(uses.error());
    QString note;
    if (!uses->isEmpty()) {
        QStringList names;
        for (const library::ConnectionUse &use : std::as_const(*uses))
            names.append(use.kind + QLatin1Char(' ') + use.name);
        note = QStringLiteral("It is referred to by: ") + names.join(QStringLiteral(", "));
    }
    const QString what = QStringLiteral("service connection %1").arg(quoted(connection->name));
    if (Result<void> agreed = context.confirmDeletion(what, arguments.isSet(QStringLiteral("yes")), note); !agreed.ok())
        return context.fail(agreed.error());
    if (Result<void> removed = context.connections().remove(connection->id); !removed.ok())
        return context.fail(removed.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("deleted"), true},
                                      {QStringLiteral("id"), connection->id},
                                      {QStringLiteral("name"), connection->name}});
    } else {
        context.out() << "Deleted service connection " << quoted(connection->name) << ".\n";
    }
    return CliContext::kExitSuccess;
}

}  // namespace mlops::cli
