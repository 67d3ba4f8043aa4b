#include "infracommand.h"

#include "clicontext.h"
#include "texttable.h"

#include "core/infra/templatevalidator.h"
#include "core/library/serviceconnection.h"
#include "core/library/serviceconnectionservice.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

namespace mlops::cli {

using infra::DeploymentContext;
using infra::ValidationReport;

namespace {

const QString kValidate = QStringLiteral("validate");
const QString kTemplate = QStringLiteral("template");
const QString kParameters = QStringLiteral("parameters");
const QString kParam = QStringLiteral("param");
const QString kResourceGroup = QStringLiteral("resource-group");
const QString kLocation = QStringLiteral("location");
const QString kSubscription = QStringLiteral("subscription");
const QString kConnection = QStringLiteral("connection");
const QString kDeploymentName = QStringLiteral("deployment-name");

OptionSpec option(const QString &name, const char *value, const char *help, bool repeatable = false)
{
    return OptionSpec{name, {}, QString::fromLatin1(value), QString::fromUtf8(help), repeatable};
}

// A diagnostic's file as the user gave it when it is the template or a parameters file.
QString shownPath(const QString &path, const QStringList &given)
{
    for (const QString &g : given) {
        if (!path.isEmpty() && QFileInfo(path).absoluteFilePath() == QFileInfo(g).absoluteFilePath())
            return g;
    }
    return path;
}

QString plural(int count, const char *word)
{
    return QStringLiteral("%1 %2%3").arg(count).arg(QString::fromUtf8(word)).arg(count == 1 ? QString() : QStringLiteral("s"));
}

void printResources(QTextStream &out, const ValidationReport &report)
{
    TextTable table({QStringLiteral("#"), QStringLiteral("TYPE"), QStringLiteral("NAME"), QStringLiteral("LOCATION"),
                     QStringLiteral("API VERSION"), QStringLiteral("DEPENDS ON")});
    for (const infra::PlannedResource &r : report.resources) {
        QStringList dependsOn;
        for (const QString &id : r.dependsOn)
            dependsOn.append(report.nameOf(id));
        table.addRow({QString::number(r.order), r.type, r.name, r.location.isEmpty() ? QStringLiteral("-") : r.location,
                      r.apiVersion, dependsOn.join(QStringLiteral(", "))});
    }
    table.print(out, QStringLiteral("  "));
}

}  // namespace

QString InfraCommand::name() const { return QStringLiteral("infra"); }

QString InfraCommand::summary() const { return QStringLiteral("infrastructure: validate an ARM template offline"); }

QList<CommandSpec> InfraCommand::commands() const
{
    return {
        CommandSpec{name(), kValidate,
                    QStringLiteral("Validates an Azure Resource Manager template offline and prints the resources a deployment\n"
                                   "would create, in deployment order, and its outputs."),
                    {},
                    {option(kTemplate, "FILE", "the template (required)"),
                     option(kParameters, "FILE", "a parameters file (repeatable; a later file wins)", true),
                     option(kParam, "NAME=VALUE", "a parameter value, read as the parameter's type (repeatable; wins over files)", true),
                     option(kResourceGroup, "NAME", "the resource group deployed to (default: the connection's, else offline-rg)"),
                     option(kLocation, "REGION", "the resource group's location (default: eastus)"),
                     option(kSubscription, "ID", "the subscription id (default: the connection's, else all zeros)"),
                     option(kConnection, "NAME", "an Azure Resource Manager service connection: its subscription and tenant "
                                                 "(and resource group) are used"),
                     option(kDeploymentName, "NAME", "the deployment's name (default: the template's file name without .json)")},
                    QStringLiteral("Nothing is sent to Azure: values only known during a deployment (reference(), listKeys(),\n"
                                   "Key Vault parameters) are shown as [expression]. uniqueString() and guid() give the values\n"
                                   "Azure gives for the same subscription, resource group and arguments.\n"
                                   "Exit status: 0 valid, 1 invalid (problems on stderr as file:line:column).")},
    };
}

int InfraCommand::run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    if (command.name == kValidate)
        return validate(context, command, arguments);
    return context.fail(makeError(ErrorCode::Internal, QStringLiteral("infra %1 has no implementation").arg(command.name)));
}

int InfraCommand::validate(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    if (!arguments.isSet(kTemplate) || arguments.value(kTemplate).isEmpty())
        return context.usageError(command, QStringLiteral("missing --template"));
    infra::ValidationInput input;
    input.templateFile = arguments.value(kTemplate);
    input.parameterFiles = arguments.values(kParameters);
    for (const QString &pair : arguments.values(kParam)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return context.usageError(command, QStringLiteral("--param '%1': expected NAME=VALUE").arg(pair));
        input.parameterOverrides.append({pair.left(eq).trimmed(), pair.mid(eq + 1)});
    }

    DeploymentContext &deployment = input.deployment;
    if (arguments.isSet(kConnection)) {
        if (Result<void> opened = context.openWorkspace(); !opened.ok())
            return context.fail(opened.error());
        Result<library::ServiceConnection> connection = context.connections().findByName(arguments.value(kConnection));
        if (!connection.ok())
            return context.fail(connection.error());
        if (connection->type != library::ConnectionType::AzureResourceManager)
            return context.fail(makeError(ErrorCode::InvalidInput,
                                          QStringLiteral("the service connection '%1' is not an Azure Resource Manager connection")
                                              .arg(connection->name)));
        if (!connection->subscriptionId.isEmpty())
            deployment.subscriptionId = connection->subscriptionId;
        if (!connection->subscriptionName.isEmpty())
            deployment.subscriptionName = connection->subscriptionName;
        if (!connection->tenantId.isEmpty())
            deployment.tenantId = connection->tenantId;
        if (!connection->resourceGroup.isEmpty())
            deployment.resourceGroup = connection->resourceGroup;
    }
    if (arguments.isSet(kSubscription))
        deployment.subscriptionId = arguments.value(kSubscription);
    if (arguments.isSet(kResourceGroup))
        deployment.resourceGroup = arguments.value(kResourceGroup);
    if (arguments.isSet(kLocation))
        deployment.location = arguments.value(kLocation).toLower().remove(QLatin1Char(' '));
    deployment.deploymentName = arguments.isSet(kDeploymentName) ? arguments.value(kDeploymentName)
                                                                 : QFileInfo(input.templateFile).completeBaseName();
    for (const auto &[label, value] : {std::pair{kSubscription, deployment.subscriptionId},
                                       std::pair{kResourceGroup, deployment.resourceGroup},
                                       std::pair{kLocation, deployment.location},
                                       std::pair{kDeploymentName, deployment.deploymentName}}) {
        if (value.trimmed().isEmpty())
            return context.usageError(command, QStringLiteral("--%1 must not be empty").arg(label));
    }

    const ValidationReport report = infra::TemplateValidator::validate(input);
    QStringList given{input.templateFile};
    given.append(input.parameterFiles);

    if (context.json()) {
        context.printJson(report.toJson());
    } else if (report.valid()) {
        QTextStream &out = context.out();
        const DeploymentContext &d = report.deployment;
        out << input.templateFile << ": valid\n";
        if (d.scope == DeploymentContext::Scope::ResourceGroup)
            out << "Deployment '" << d.deploymentName << "' to resource group " << d.resourceGroup << " (" << d.location
                << "), subscription " << d.subscriptionId << '\n';
        else
            out << "Deployment '" << d.deploymentName << "' to subscription " << d.subscriptionId << '\n';
        out << '\n' << "Resources it would create (" << report.resources.size() << ", in deployment order):\n";
        printResources(out, report);
        if (!report.skipped.isEmpty()) {
            out << '\n' << "Left out (condition false):\n";
            for (const infra::PlannedResource &r : report.skipped)
                out << "  " << r.type << "  " << r.name << '\n';
        }
        if (!report.outputs.isEmpty()) {
            out << '\n' << "Outputs:\n";
            TextTable outputs({QStringLiteral("NAME"), QStringLiteral("TYPE"), QStringLiteral("VALUE")});
            for (const infra::PlannedOutput &o : report.outputs)
                outputs.addRow({o.name, o.type, o.value.toDisplayString()});
            outputs.print(out, QStringLiteral("  "));
        }
        out.flush();
    }

    QTextStream &err = context.err();
    for (Diagnostic d : report.diagnostics) {
        d.file = shownPath(d.file, given);
        err << d.toString() << '\n';
    }
    if (!report.valid())
        err << "mlops: error: " << input.templateFile << " is not valid (" << plural(report.errorCount(), "error") << ", "
            << plural(report.warningCount(), "warning") << ")\n";
    err.flush();
    return report.valid() ? CliContext::kExitSuccess : CliContext::kExitUserError;
}

}  // namespace mlops::cli
