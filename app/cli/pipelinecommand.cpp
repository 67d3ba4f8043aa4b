#include "pipelinecommand.h"

#include "libraryview.h"

#include "clicontext.h"
#include "runcommand.h"
#include "texttable.h"

#include "core/library/variablegroupservice.h"
#include "core/pipeline/catalog/pipelineservice.h"
#include "core/pipeline/plan/planjson.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <memory>

namespace mlops::cli {

using pipeline::PipelineDefinition;
using pipeline::PipelineService;

namespace {

const QString kCreate = QStringLiteral("create");
const QString kList = QStringLiteral("list");
const QString kShow = QStringLiteral("show");
const QString kRename = QStringLiteral("rename");
const QString kDelete = QStringLiteral("delete");
const QString kValidate = QStringLiteral("validate");
const QString kExpand = QStringLiteral("expand");

QString quoted(const QString &name) { return QLatin1Char('\'') + name + QLatin1Char('\''); }

QList<OptionSpec> compileOptionSpecs()
{
    return {
        OptionSpec{QStringLiteral("param"), {}, QStringLiteral("NAME=VALUE"),
                   QStringLiteral("a runtime parameter value (repeatable)"), true},
        OptionSpec{QStringLiteral("var"), {}, QStringLiteral("NAME=VALUE"),
                   QStringLiteral("a variable given at queue time (repeatable)"), true},
        OptionSpec{QStringLiteral("repository"), {}, QStringLiteral("ALIAS=DIR"),
                   QStringLiteral("the local folder of a repository resource, for template@ALIAS; self=DIR sets the "
                                  "pipeline's own repository root (default: the enclosing git work tree) (repeatable)"),
                   true},
    };
}

QString severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error: return QStringLiteral("error");
    case Diagnostic::Severity::Warning: return QStringLiteral("warning");
    case Diagnostic::Severity::Info: return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

QJsonObject diagnosticJson(const Diagnostic &d)
{
    QJsonObject object{{QStringLiteral("severity"), severityName(d.severity)}, {QStringLiteral("message"), d.message}};
    if (!d.file.isEmpty())
        object.insert(QStringLiteral("file"), d.file);
    if (d.line > 0)
        object.insert(QStringLiteral("line"), d.line);
    if (d.column > 0)
        object.insert(QStringLiteral("column"), d.column);
    return object;
}

int countOf(const Diagnostics &diagnostics, Diagnostic::Severity severity)
{
    return static_cast<int>(std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                                          [&](const Diagnostic &d) { return d.severity == severity; }));
}

QString plural(int count, const char *word)
{
    return QStringLiteral("%1 %2%3").arg(count).arg(QString::fromUtf8(word)).arg(count == 1 ? QString() : QStringLiteral("s"));
}

// A diagnostic's file as the user would type it: the FILE argument itself, or relative
// to the current folder when inside it.
QString shownPath(const QString &path, const QString &given)
{
    if (path.isEmpty())
        return path;
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (absolute == QDir::cleanPath(QFileInfo(given).absoluteFilePath()))
        return given;
    const QString current = QDir::cleanPath(QDir::currentPath()) + QLatin1Char('/');
    return absolute.startsWith(current) ? absolute.mid(current.size()) : path;
}

QString diagnosticText(Diagnostic d, const QString &given)
{
    d.file = shownPath(d.file, given);
    return d.toString();
}

}  // namespace

QString PipelineCommand::name() const { return QStringLiteral("pipeline"); }

QString PipelineCommand::summary() const { return QStringLiteral("YAML pipelines: register, validate, expand"); }

QList<CommandSpec> PipelineCommand::commands() const
{
    const QString group = name();
    CommandSpec create{group, kCreate, QStringLiteral("Registers a pipeline: a name for a YAML file in a repository folder."),
                       {}, {}, {}};
    create.options = {
        OptionSpec{QStringLiteral("name"), {}, QStringLiteral("NAME"), QStringLiteral("the pipeline's name (required)")},
        OptionSpec{QStringLiteral("repo"), {}, QStringLiteral("DIR"), QStringLiteral("the repository folder (required)")},
        OptionSpec{QStringLiteral("yaml"), {}, QStringLiteral("PATH"),
                   QStringLiteral("the entry YAML file, relative to the repository (required)")},
    };
    const QString compileDetails =
        QStringLiteral("Variable groups are checked against the workspace's Library when the workspace exists\n"
                       "or is chosen with --workspace or $MLOPS_WORKSPACE.");
    return {
        create,
        CommandSpec{group, kList, QStringLiteral("Lists the registered pipelines, by name."), {}, {}, {}},
        CommandSpec{group, kShow, QStringLiteral("Shows a registered pipeline."), {QStringLiteral("NAME")}, {}, {}},
        CommandSpec{group, kRename, QStringLiteral("Renames a registered pipeline."),
                    {QStringLiteral("OLD"), QStringLiteral("NEW")}, {}, {}},
        CommandSpec{group, kDelete, QStringLiteral("Deletes a registered pipeline (not its YAML; asks first on a terminal)."),
                    {QStringLiteral("NAME")},
                    {OptionSpec{QStringLiteral("yes"), QChar(u'y'), {}, QStringLiteral("do not ask for confirmation")}},
                    {}},
        CommandSpec{group, kValidate,
                    QStringLiteral("Checks a pipeline YAML file: prints file:line:col: error|warning: message lines;\n"
                                   "exits 1 when there is an error."),
                    {QStringLiteral("FILE")}, compileOptionSpecs(), compileDetails},
        CommandSpec{group, kExpand,
                    QStringLiteral("Prints the final YAML of a pipeline after template expansion (-o json: the plan)."),
                    {QStringLiteral("FILE")}, compileOptionSpecs(), compileDetails},
        RunCommand::pipelineRunSpec(),
    };
}

int PipelineCommand::run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    if (command.name == kValidate)
        return validate(context, command, arguments);
    if (command.name == kExpand)
        return expand(context, command, arguments);
    if (command.name == QLatin1String("run"))
        return RunCommand::runPipeline(context, command, arguments);
    if (command.name == kCreate) {
        for (const char *option : {"name", "repo", "yaml"}) {
            if (!arguments.isSet(QString::fromLatin1(option)))
                return context.usageError(command, QStringLiteral("missing --%1").arg(QString::fromLatin1(option)));
        }
    }
    if (Result<void> opened = context.openWorkspace(); !opened.ok())
        return context.fail(opened.error());
    if (command.name == kCreate)
        return create(context, arguments);
    if (command.name == kList)
        return list(context);
    if (command.name == kShow)
        return show(context, arguments);
    if (command.name == kRename)
        return rename(context, arguments);
    if (command.name == kDelete)
        return remove(context, arguments);
    return context.fail(makeError(ErrorCode::Internal, QStringLiteral("pipeline %1 has no implementation").arg(command.name)));
}

QJsonObject PipelineCommand::definitionJson(const PipelineDefinition &p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("repositoryDir"), p.repositoryDir},
                       {QStringLiteral("yamlPath"), p.yamlPath},
                       {QStringLiteral("entryFile"), p.entryFile()},
                       {QStringLiteral("createdAt"), p.createdAt.toString(Qt::ISODate)},
                       {QStringLiteral("createdBy"), p.createdBy},
                       {QStringLiteral("modifiedAt"), p.modifiedAt.toString(Qt::ISODate)},
                       {QStringLiteral("modifiedBy"), p.modifiedBy},
                       {QStringLiteral("revision"), p.revision}};
}

int PipelineCommand::create(CliContext &context, const ParsedArguments &arguments)
{
    PipelineService service(context.sharedWorkspace());
    Result<PipelineDefinition> created = service.create(arguments.value(QStringLiteral("name")),
                                                        arguments.value(QStringLiteral("repo")),
                                                        arguments.value(QStringLiteral("yaml")));
    if (!created.ok())
        return context.fail(created.error());
    if (context.json())
        context.printJson(definitionJson(*created));
    else
        context.out() << "Created pipeline " << quoted(created->name) << " (" << created->entryFile() << ").\n";
    return CliContext::kExitSuccess;
}

int PipelineCommand::list(CliContext &context)
{
    PipelineService service(context.sharedWorkspace());
    Result<QList<PipelineDefinition>> pipelines = service.list();
    if (!pipelines.ok())
        return context.fail(pipelines.error());
    if (context.json()) {
        QJsonArray array;
        for (const PipelineDefinition &p : std::as_const(*pipelines))
            array.append(definitionJson(p));
        context.printJson(array);
        return CliContext::kExitSuccess;
    }
    if (pipelines->isEmpty()) {
        context.out() << "No pipelines. Register one with 'mlops pipeline create --name NAME --repo DIR --yaml PATH'.\n";
        return CliContext::kExitSuccess;
    }
    TextTable table({QStringLiteral("NAME"), QStringLiteral("YAML"), QStringLiteral("REPOSITORY"), QStringLiteral("MODIFIED")});
    for (const PipelineDefinition &p : std::as_const(*pipelines))
        table.addRow({p.name, p.yamlPath, p.repositoryDir, LibraryView::timeText(p.modifiedAt)});
    table.print(context.out());
    return CliContext::kExitSuccess;
}

int PipelineCommand::show(CliContext &context, const ParsedArguments &arguments)
{
    PipelineService service(context.sharedWorkspace());
    Result<PipelineDefinition> p = service.findByName(arguments.positionals.at(0));
    if (!p.ok())
        return context.fail(p.error());
    if (context.json()) {
        context.printJson(definitionJson(*p));
        return CliContext::kExitSuccess;
    }
    QTextStream &out = context.out();
    out << "Pipeline:    " << p->name << '\n'
        << "Repository:  " << p->repositoryDir << '\n'
        << "YAML:        " << p->yamlPath << (QFileInfo(p->entryFile()).isFile() ? "" : "  (missing)") << '\n'
        << "Created:     " << LibraryView::timeText(p->createdAt) << " by " << p->createdBy << '\n'
        << "Modified:    " << LibraryView::timeText(p->modifiedAt) << " by " << p->modifiedBy
        << " (revision " << p->revision << ")\n";
    // What the YAML declares now (it may have changed since the pipeline was registered).
    pipeline::CompileOptions options;
    library::VariableGroupService *groups = &context.groups();
    options.variableGroupExists = [groups](const QString &name) { return groups->findByName(name).ok(); };
    const pipeline::CompileResult compiled = PipelineService::compile(*p, options);
    const int errors = countOf(compiled.diagnostics, Diagnostic::Severity::Error);
    out << "Status:      " << (errors == 0 ? QStringLiteral("valid") : plural(errors, "error") + QStringLiteral(" (run 'mlops pipeline validate ")
                                                                           + p->entryFile() + QStringLiteral("')"))
        << '\n';
    if (compiled.plan && !compiled.plan->parameters.isEmpty()) {
        out << "Parameters:\n";
        TextTable table({QStringLiteral("NAME"), QStringLiteral("TYPE"), QStringLiteral("DEFAULT"), QStringLiteral("VALUES")});
        for (const pipeline::RuntimeParameter &parameter : compiled.plan->parameters) {
            QStringList values;
            for (const QJsonValue &value : parameter.allowedValues)
                values.append(value.toVariant().toString());
            table.addRow({parameter.name, parameter.type,
                          parameter.defaultValue.isUndefined() ? QStringLiteral("(required)") : parameter.defaultValue.toVariant().toString(),
                          values.join(QStringLiteral(", "))});
        }
        table.print(out, QStringLiteral("  "));
    }
    return CliContext::kExitSuccess;
}

int PipelineCommand::rename(CliContext &context, const ParsedArguments &arguments)
{
    PipelineService service(context.sharedWorkspace());
    Result<PipelineDefinition> p = service.findByName(arguments.positionals.at(0));
    if (!p.ok())
        return context.fail(p.error());
    Result<PipelineDefinition> renamed = service.rename(p->id, arguments.positionals.at(1), p->revision);
    if (!renamed.ok())
        return context.fail(renamed.error());
    if (context.json())
        context.printJson(definitionJson(*renamed));
    else
        context.out() << "Renamed pipeline " << quoted(p->name) << " to " << quoted(renamed->name) << ".\n";
    return CliContext::kExitSuccess;
}

int PipelineCommand::remove(CliContext &context, const ParsedArguments &arguments)
{
    PipelineService service(context.sharedWorkspace());
    Result<PipelineDefinition> p = service.findByName(arguments.positionals.at(0));
    if (!p.ok())
        return context.fail(p.error());
    const QString what = QStringLiteral("pipeline %1").arg(quoted(p->name));
    if (Result<void> agreed = context.confirmDeletion(what, arguments.isSet(QStringLiteral("yes"))); !agreed.ok())
        return context.fail(agreed.error());
    if (Result<void> removed = service.remove(p->id); !removed.ok())
        return context.fail(removed.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("deleted"), true}, {QStringLiteral("id"), p->id},
                                      {QStringLiteral("name"), p->name}});
    } else {
        context.out() << "Deleted pipeline " << quoted(p->name) << " (its YAML file was left alone).\n";
    }
    return CliContext::kExitSuccess;
}

bool PipelineCommand::compileOptions(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments,
                                     pipeline::CompileOptions *options, int *exitCode)
{
    const QList<std::pair<QString, QMap<QString, QString> *>> maps{
        {QStringLiteral("param"), &options->parameters},
        {QStringLiteral("var"), &options->variables},
        {QStringLiteral("repository"), &options->repositories},
    };
    for (const auto &[option, target] : maps) {
        for (const QString &assignment : arguments.values(option)) {
            const qsizetype eq = assignment.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                *exitCode = context.usageError(command, QStringLiteral("--%1 needs NAME=VALUE, not '%2'").arg(option, assignment));
                return false;
            }
            QString value = assignment.mid(eq + 1);
            if (option == QLatin1String("repository"))
                value = QDir::cleanPath(QFileInfo(value).absoluteFilePath());
            target->insert(assignment.left(eq), value);
        }
    }
    // The pipeline's own repository (for `/path` and `@self` templates): the enclosing
    // git work tree, unless given.
    if (!options->repositories.contains(QStringLiteral("self"))) {
        for (QDir dir = QFileInfo(arguments.positionals.at(0)).absoluteDir();; ) {
            if (QFileInfo::exists(dir.filePath(QStringLiteral(".git")))) {
                options->repositories.insert(QStringLiteral("self"), dir.absolutePath());
                break;
            }
            if (!dir.cdUp())
                break;
        }
    }
    // Variable groups: only against a workspace that exists or was asked for.
    const bool exists = QFileInfo::exists(QDir(context.workspaceDirectory()).filePath(QString::fromLatin1(store::Workspace::kDatabaseFile)));
    if (exists || context.workspaceChosen()) {
        if (Result<void> opened = context.openWorkspace(); !opened.ok()) {
            *exitCode = context.fail(opened.error());
            return false;
        }
        library::VariableGroupService *groups = &context.groups();
        auto cache = std::make_shared<QHash<QString, bool>>();
        options->variableGroupExists = [groups, cache](const QString &name) {
            const QString key = name.toCaseFolded();
            if (!cache->contains(key))
                cache->insert(key, groups->findByName(name).ok());
            return cache->value(key);
        };
    }
    return true;
}

int PipelineCommand::validate(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    const QString file = arguments.positionals.at(0);
    if (!QFileInfo(file).isFile())
        return context.fail(makeError(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(file)));
    pipeline::CompileOptions options;
    int exitCode = CliContext::kExitSuccess;
    if (!compileOptions(context, command, arguments, &options, &exitCode))
        return exitCode;
    const pipeline::CompileResult result = pipeline::PipelineCompiler::compileFile(file, options);
    const int errors = countOf(result.diagnostics, Diagnostic::Severity::Error);
    const int warnings = countOf(result.diagnostics, Diagnostic::Severity::Warning);
    if (context.json()) {
        QJsonArray array;
        for (const Diagnostic &d : result.diagnostics)
            array.append(diagnosticJson(Diagnostic{d.severity, d.message, shownPath(d.file, file), d.line, d.column}));
        context.printJson(QJsonObject{{QStringLiteral("file"), file},
                                      {QStringLiteral("valid"), errors == 0},
                                      {QStringLiteral("errors"), errors},
                                      {QStringLiteral("warnings"), warnings},
                                      {QStringLiteral("diagnostics"), array}});
    } else {
        for (const Diagnostic &d : result.diagnostics)
            context.out() << diagnosticText(d, file) << '\n';
        context.out() << file << ": " << (errors == 0 ? QStringLiteral("valid") : QStringLiteral("invalid")) << " ("
                      << plural(errors, "error") << ", " << plural(warnings, "warning") << ")\n";
    }
    context.out().flush();
    return errors == 0 ? CliContext::kExitSuccess : CliContext::kExitUserError;
}

int PipelineCommand::expand(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    const QString file = arguments.positionals.at(0);
    if (!QFileInfo(file).isFile())
        return context.fail(makeError(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(file)));
    pipeline::CompileOptions options;
    int exitCode = CliContext::kExitSuccess;
    if (!compileOptions(context, command, arguments, &options, &exitCode))
        return exitCode;
    const pipeline::CompileResult result = pipeline::PipelineCompiler::compileFile(file, options);
    const bool failed = hasErrors(result.diagnostics);
    if (context.json()) {
        if (result.plan)
            context.printJson(pipeline::PlanJson::toJson(*result.plan));
    } else if (!result.expandedYaml.isEmpty()) {
        context.out() << result.expandedYaml;
        context.out().flush();
    }
    for (const Diagnostic &d : result.diagnostics)
        context.err() << diagnosticText(d, file) << '\n';
    if (failed)
        context.err() << "mlops: error: " << file << " has " << plural(countOf(result.diagnostics, Diagnostic::Severity::Error), "error") << '\n';
    context.err().flush();
    return failed ? CliContext::kExitUserError : CliContext::kExitSuccess;
}

}  // namespace mlops::cli
