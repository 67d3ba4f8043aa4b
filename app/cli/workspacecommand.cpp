#include "workspacecommand.h"

#include "clicontext.h"
#include "libraryview.h"
#include "texttable.h"

#include "core/library/serviceconnectionservice.h"
#include "core/library/variablegroupservice.h"
#include "core/pipeline/catalog/pipelineservice.h"
#include "core/sample/sampleproject.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace mlops::cli {

QString WorkspaceCommand::name() const { return QStringLiteral("init"); }

QString WorkspaceCommand::summary() const
{
    return QStringLiteral("Create or open the workspace (--sample adds the sample project)");
}

QList<CommandSpec> WorkspaceCommand::commands() const
{
    CommandSpec init;
    init.group = name();
    init.summary = QStringLiteral("Creates the workspace folder and database when missing (or opens them) and prints\n"
                                  "the workspace path. With --sample, adds the sample project of the MLOpsPython\n"
                                  "scenario: its files as the git repository <workspace>/repos/mlops-sample (files\n"
                                  "that exist there are kept), the variable group devopsforai-aml-vg, two service\n"
                                  "connections and the pipelines Infrastructure, Model-Train-Register-CI and\n"
                                  "Model-Deploy-CD (what already exists by name is kept), and prints what the\n"
                                  "workspace holds.");
    init.options = {{QStringLiteral("sample"), {}, {},
                     QStringLiteral("add the sample repository, variable group, service connections and pipelines")}};
    return {init};
}

int WorkspaceCommand::run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    Q_UNUSED(command);
    const QString directory = context.workspaceDirectory();
    const bool existed = QFileInfo::exists(QDir(directory).filePath(QLatin1String(store::Workspace::kDatabaseFile)));
    if (Result<void> opened = context.openWorkspace(); !opened.ok())
        return context.fail(opened.error());

    const bool withSample = arguments.isSet(QStringLiteral("sample"));
    std::optional<sample::SampleProject::Installation> installation;
    if (withSample) {
        pipeline::PipelineService pipelines(context.sharedWorkspace());
        Result<sample::SampleProject::Installation> installed =
            sample::SampleProject::install(context.workspace(), context.groups(), context.connections(), pipelines);
        if (!installed.ok())
            return context.fail(installed.error());
        installation = *installed;
    }

    Result<QList<library::VariableGroupSummary>> summaries = context.groups().list();
    if (!summaries.ok())
        return context.fail(summaries.error());
    Result<QList<library::ServiceConnection>> connections = context.connections().list();
    if (!connections.ok())
        return context.fail(connections.error());

    // With --sample every group is shown in full; without, the counts are enough.
    QList<library::VariableGroup> groups;
    if (withSample) {
        for (const library::VariableGroupSummary &summary : std::as_const(*summaries)) {
            Result<library::VariableGroup> group = context.groups().get(summary.id);
            if (!group.ok())
                return context.fail(group.error());
            groups.append(*group);
        }
    }

    const store::Workspace &workspace = context.workspace();
    if (context.json()) {
        QJsonObject object{
            {QStringLiteral("workspace"), workspace.directory()},
            {QStringLiteral("database"), workspace.databasePath()},
            {QStringLiteral("created"), !existed},
            {QStringLiteral("variableGroupCount"), static_cast<int>(summaries->size())},
            {QStringLiteral("serviceConnectionCount"), static_cast<int>(connections->size())},
        };
        if (withSample) {
            QJsonArray groupArray;
            for (const library::VariableGroup &group : std::as_const(groups))
                groupArray.append(LibraryView::groupJson(group));
            QJsonArray connectionArray;
            for (const library::ServiceConnection &connection : std::as_const(*connections))
                connectionArray.append(LibraryView::connectionJson(connection));
            object.insert(QStringLiteral("variableGroups"), groupArray);
            object.insert(QStringLiteral("serviceConnections"), connectionArray);
            QJsonArray pipelineArray;
            for (const pipeline::PipelineDefinition &definition : std::as_const(installation->pipelines)) {
                pipelineArray.append(QJsonObject{{QStringLiteral("id"), definition.id},
                                                 {QStringLiteral("name"), definition.name},
                                                 {QStringLiteral("repository"), definition.repositoryDir},
                                                 {QStringLiteral("yamlPath"), definition.yamlPath},
                                                 {QStringLiteral("revision"), definition.revision}});
            }
            object.insert(QStringLiteral("pipelines"), pipelineArray);
            object.insert(QStringLiteral("sampleRepository"),
                          QJsonObject{{QStringLiteral("path"), installation->repositoryDir},
                                      {QStringLiteral("git"), installation->gitRepository},
                                      {QStringLiteral("filesWritten"), QJsonArray::fromStringList(installation->filesWritten)},
                                      {QStringLiteral("filesKept"), QJsonArray::fromStringList(installation->filesKept)},
                                      {QStringLiteral("notes"), QJsonArray::fromStringList(installation->notes)}});
        }
        context.printJson(object);
        return CliContext::kExitSuccess;
    }

    QTextStream &out = context.out();
    out << (existed ? "Opened workspace " : "Created workspace ") << workspace.directory() << '\n';
    if (!withSample) {
        out << "It holds " << summaries->size() << " variable group(s) and " << connections->size()
            << " service connection(s).\n";
        return CliContext::kExitSuccess;
    }

    out << "Sample Library added (what already existed by name was kept).\n\n";
    out << "Variable groups (" << groups.size() << ")\n\n";
    for (const library::VariableGroup &group : std::as_const(groups)) {
        LibraryView::printGroup(out, group, QStringLiteral("  "));
        out << '\n';
    }
    out << "Service connections (" << connections->size() << ")\n\n";
    LibraryView::printConnections(out, *connections, QStringLiteral("  "));

    out << "\nSample repository " << installation->repositoryDir << '\n';
    out << "  " << installation->filesWritten.size() << " file(s) written, " << installation->filesKept.size()
        << " kept as they were; "
        << (installation->gitCommitted      ? "a git repository with one commit"
            : installation->gitRepository ? "a git repository"
                                          : "a plain folder")
        << '\n';
    for (const QString &note : std::as_const(installation->notes))
        out << "  Note: " << note << '\n';

    out << "\nPipelines (" << installation->pipelines.size() << ")\n\n";
    TextTable table({QStringLiteral("NAME"), QStringLiteral("YAML")});
    for (const pipeline::PipelineDefinition &definition : std::as_const(installation->pipelines))
        table.addRow({definition.name, definition.yamlPath});
    table.print(out, QStringLiteral("  "));

    out << "\nSecret values are not part of the sample. Set one with\n"
           "  mlops vargroup set GROUP NAME --secret   (the value is read from standard input)\n";
    return CliContext::kExitSuccess;
}

}  // namespace mlops::cli
