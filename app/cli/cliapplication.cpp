#include "cliapplication.h"

#include "clicontext.h"
#include "commandgroup.h"
#include "connectioncommand.h"
#include "infracommand.h"
#include "modelcommand.h"
#include "pipelinecommand.h"
#include "runcommand.h"
#include "agentcommand.h"
#include "vargroupcommand.h"
#include "workspacecommand.h"

#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace mlops::cli {

namespace {

const QString kHelp = QStringLiteral("help");
const QString kVersion = QStringLiteral("version");
const QString kWorkspace = QStringLiteral("workspace");
const QString kOutput = QStringLiteral("output");

QList<OptionSpec> withVersion(QList<OptionSpec> options)
{
    options.append(OptionSpec{kVersion, {}, {}, QStringLiteral("print the version and exit")});
    return options;
}

QString positionalName(const QString &positional)
{
    QString name = positional;
    name.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    return name;
}

}  // namespace

CliApplication::CliApplication(QTextStream &out, QTextStream &err) : m_out(out), m_err(err)
{
    m_groups.push_back(std::make_unique<WorkspaceCommand>());
    m_groups.push_back(std::make_unique<VarGroupCommand>());
    m_groups.push_back(std::make_unique<ConnectionCommand>());
    m_groups.push_back(std::make_unique<PipelineCommand>());
    m_groups.push_back(std::make_unique<RunCommand>());
    m_groups.push_back(std::make_unique<AgentCommand>());
    m_groups.push_back(std::make_unique<ModelCommand>());
    m_groups.push_back(std::make_unique<InfraCommand>());
}

CliApplication::~CliApplication() = default;

QList<OptionSpec> CliApplication::globalOptions()
{
    return {
        OptionSpec{kWorkspace, {}, QStringLiteral("DIR"),
                   QStringLiteral("the workspace folder (default: $MLOPS_WORKSPACE, else the user's data folder)")},
        OptionSpec{kOutput, QChar(u'o'), QStringLiteral("FORMAT"), QStringLiteral("table (default) or json")},
        OptionSpec{kHelp, QChar(u'h'), {}, QStringLiteral("show help and exit")},
    };
}

CommandGroup *CliApplication::findGroup(const QString &name) const
{
    const auto it = std::find_if(m_groups.cbegin(), m_groups.cend(),
                                 [&](const std::unique_ptr<CommandGroup> &group) { return group->name() == name; });
    return it == m_groups.cend() ? nullptr : it->get();
}

QString CliApplication::help() const
{
    QString text = QStringLiteral("mlops %1 — MLOps Workbench on the command line\n\n"
                                  "Usage: mlops [--workspace DIR] [-o table|json] COMMAND [ARGUMENTS] [OPTIONS]\n\n"
                                  "Commands:\n")
                       .arg(QCoreApplication::applicationVersion());
    qsizetype width = 0;
    for (const auto &group : m_groups)
        width = std::max(width, group->name().size());
    for (const auto &group : m_groups) {
        text += QStringLiteral("  ") + group->name().leftJustified(width) + QStringLiteral("  ") + group->summary() + QLatin1Char('\n');
        QStringList words;
        for (const CommandSpec &command : group->commands()) {
            if (!command.name.isEmpty())
                words.append(command.name);
        }
        if (!words.isEmpty())
            text += QString(width + 4, QLatin1Char(' ')) + words.join(QLatin1Char('|')) + QLatin1Char('\n');
    }
    text += QStringLiteral("\nGlobal options:\n") + formatOptions(withVersion(globalOptions()));
    text += QStringLiteral("\nThe workspace now: %1\n").arg(store::Workspace::resolveDirectory());
    text += QStringLiteral("\nExit codes: 0 success, 1 user error (message on stderr), 2 internal error.\n"
                           "Run 'mlops COMMAND --help' for the arguments of a command.\n");
    return text;
}

QString CliApplication::groupHelp(const CommandGroup &group) const
{
    QString text = QStringLiteral("Usage: mlops %1 COMMAND [ARGUMENTS] [OPTIONS]\n\n%2\n\nCommands:\n")
                       .arg(group.name(), group.summary());
    const QList<CommandSpec> commands = group.commands();
    for (const CommandSpec &command : commands) {
        QStringList words{command.name};
        words.append(command.positionals);
        text += QStringLiteral("  ") + words.join(QLatin1Char(' ')) + QLatin1Char('\n');
        text += QStringLiteral("      ") + command.summary.section(QLatin1Char('\n'), 0, 0) + QLatin1Char('\n');
    }
    text += QStringLiteral("\nGlobal options:\n") + formatOptions(globalOptions());
    text += QStringLiteral("\nRun 'mlops %1 COMMAND --help' for the options of a command.\n").arg(group.name());
    return text;
}

int CliApplication::usageFailure(const QString &message, const QString &usage)
{
    m_out.flush();
    m_err << "mlops: error: " << message << '\n' << usage;
    m_err.flush();
    return CliContext::kExitUserError;
}

int CliApplication::run(const QStringList &arguments)
{
    const QString shortUsage = QStringLiteral("Run 'mlops --help' for the commands and options.\n");

    // Global options before the command.
    Result<ParsedArguments> top = ArgumentParser::parse(arguments, withVersion(globalOptions()),
                                                        ArgumentParser::Mode::StopAtFirstPositional);
    if (!top.ok())
        return usageFailure(top.error().message, shortUsage);
    if (top->isSet(kHelp)) {
        m_out << help();
        return CliContext::kExitSuccess;
    }
    if (top->isSet(kVersion)) {
        m_out << "mlops " << QCoreApplication::applicationVersion() << '\n';
        return CliContext::kExitSuccess;
    }
    if (top->rest.isEmpty())
        return usageFailure(QStringLiteral("missing command"), help());

    CommandGroup *group = findGroup(top->rest.constFirst());
    if (!group)
        return usageFailure(QStringLiteral("unknown command '%1'").arg(top->rest.constFirst()), shortUsage);
    ParsedArguments globals = *top;

    // The subcommand (for groups that have them), with global options before it.
    const QList<CommandSpec> commands = group->commands();
    QStringList remaining = top->rest.mid(1);
    CommandSpec command = commands.constFirst();
    if (!(commands.size() == 1 && command.name.isEmpty())) {
        Result<ParsedArguments> middle =
            ArgumentParser::parse(remaining, globalOptions(), ArgumentParser::Mode::StopAtFirstPositional);
        if (!middle.ok())
            return usageFailure(middle.error().message, groupHelp(*group));
        if (middle->isSet(kHelp)) {
            m_out << groupHelp(*group);
            return CliContext::kExitSuccess;
        }
        if (middle->rest.isEmpty())
            return usageFailure(QStringLiteral("missing %1 command").arg(group->name()), groupHelp(*group));
        const QString word = middle->rest.constFirst();
        const auto it = std::find_if(commands.cbegin(), commands.cend(),
                                     [&](const CommandSpec &spec) { return spec.name == word; });
        if (it == commands.cend())
            return usageFailure(QStringLiteral("unknown %1 command '%2'").arg(group->name(), word), groupHelp(*group));
        command = *it;
        remaining = middle->rest.mid(1);
        globals.merge(*middle);
    }

    CliContext context(m_out, m_err);
    QList<OptionSpec> options = command.options;
    options.append(globalOptions());
    Result<ParsedArguments> parsed = ArgumentParser::parse(remaining, options);
    if (!parsed.ok())
        return context.usageError(command, parsed.error().message);
    if (parsed->isSet(kHelp)) {
        m_out << command.help(globalOptions());
        return CliContext::kExitSuccess;
    }
    const qsizetype count = parsed->positionals.size();
    if (count < command.minPositionals())
        return context.usageError(command, QStringLiteral("missing %1").arg(positionalName(command.positionals.at(count))));
    if (count > command.maxPositionals())
        return context.usageError(command, QStringLiteral("unexpected argument '%1'").arg(parsed->positionals.at(command.maxPositionals())));
    globals.merge(*parsed);

    if (globals.isSet(kOutput)) {
        const QString format = globals.value(kOutput).toLower();
        if (format == QLatin1String("json"))
            context.setFormat(OutputFormat::Json);
        else if (format != QLatin1String("table"))
            return context.usageError(command, QStringLiteral("unknown output format '%1' (use table or json)").arg(globals.value(kOutput)));
    }
    if (globals.isSet(kWorkspace)) {
        const QString directory = globals.value(kWorkspace);
        if (directory.isEmpty())
            return context.usageError(command, QStringLiteral("--workspace needs a folder"));
        context.setWorkspaceOption(directory);
    }
    return group->run(context, command, *parsed);
}

}  // namespace mlops::cli
