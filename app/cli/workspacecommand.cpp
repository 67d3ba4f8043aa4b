#include "workspacecommand.h"

#include "clicontext.h"
#include "libraryview.h"

#include "core/library/samplelibrary.h"
#include "core/library/serviceconnectionservice.h"
#include "core/library/variablegroupservice.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace mlops::cli {

QString WorkspaceCommand::name() const { return QStringLiteral("init"); }

QString WorkspaceCommand::summary() const
{
    return QStringLiteral("Create or open the workspace (--sample adds the sample Library)");
}

QList<CommandSpec> WorkspaceCommand::commands() const
{
    CommandSpec init;
    init.group = name();
    init.summary = QStringLiteral("Creates the workspace folder and database when missing (or opens them) and prints\n"
                                  "the workspace path. With --sample, adds the sample Library of the MLOpsPython\n"
                                  "scenario (the variable group devopsforai-aml-vg and two service connections;\n"
                                  "what already exists by name is kept) and prints what the workspace holds.");
    init.options = {{QStringLiteral("sample"), {}, {}, QStringLiteral("add the sample variable group and service connections")}};
    return {init};
}

int WorkspaceCommand::run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    Q_UNUSED(command);
    const QString directory = context.workspaceDirectory();
    const bool existed = QFileInfo::exists(QDir(directory).filePath(QLatin1String(store::Workspace::kDatabaseFile)));
    if (Result<void> opened = context.openWorkspace(); !opened.ok())
        return context.fail(opened.error());

    const bool sample = arguments.isSet(QStringLiteral("sample"));
    if (sample) {
        if (Result<void> r = library::SampleLibrary::populate(context.groups(), context.connections()); !r.ok())
            return context.fail(r.error());
    }

    Result<QList<library::VariableGroupSummary>> summaries = context.groups().list();
    if (!summaries.ok())
        return context.fail(summaries.error());
    Result<QList<library::ServiceConnection>> connections = context.connections().list();
    if (!connections.ok())
        return context.fail(connections.error());

    // With --sample every group is shown in full; without, the counts are enough.
    QList<library::VariableGroup> groups;
    if (sample) {
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
        if (sample) {
            QJsonArray groupArray;
            for (const library::VariableGroup &group : std::as_const(groups))
                groupArray.append(LibraryView::groupJson(group));
            QJsonArray connectionArray;
            for (const library::ServiceConnection &connection : std::as_const(*connections))
                connectionArray.append(LibraryView::connectionJson(connection));
            object.insert(QStringLiteral("variableGroups"), groupArray);
            object.insert(QStringLiteral("serviceConnections"), connectionArray);
        }
        context.printJson(object);
        return CliContext::kExitSuccess;
    }

    QTextStream &out = context.out();
    out << (existed ? "Opened workspace " : "Created workspace ") << workspace.directory() << '\n';
    if (!sample) {
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
    out << "\nSecret values are not part of the sample. Set one with\n"
           "  mlops vargroup set GROUP NAME --secret   (the value is read from standard input)\n";
    return CliContext::kExitSuccess;
}

}  // namespace mlops::cli
