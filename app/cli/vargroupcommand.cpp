#include "vargroupcommand.h"

#include "clicontext.h"
#include "groupchanges.h"
#include "libraryview.h"
#include "texttable.h"

#include "core/library/variablegroupdiff.h"
#include "core/library/variablegroupjson.h"
#include "core/library/variablegroupservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

namespace mlops::cli {

using library::Variable;
using library::VariableGroup;

namespace {

const QString kList = QStringLiteral("list");
const QString kShow = QStringLiteral("show");
const QString kCreate = QStringLiteral("create");
const QString kSet = QStringLiteral("set");
const QString kUnset = QStringLiteral("unset");
const QString kDelete = QStringLiteral("delete");
const QString kExport = QStringLiteral("export");
const QString kImport = QStringLiteral("import");
const QString kHistory = QStringLiteral("history");
const QString kClone = QStringLiteral("clone");
const QString kCompare = QStringLiteral("compare");

CommandSpec spec(const QString &name, const QString &summary, const QStringList &positionals,
                 const QList<OptionSpec> &options = {}, const QString &details = {})
{
    return CommandSpec{QStringLiteral("vargroup"), name, summary, positionals, options, details};
}

QString quoted(const QString &name) { return QLatin1Char('\'') + name + QLatin1Char('\''); }

QString variableCount(qsizetype count)
{
    return QString::number(count) + (count == 1 ? QStringLiteral(" variable") : QStringLiteral(" variables"));
}

}  // namespace

QString VarGroupCommand::name() const { return QStringLiteral("vargroup"); }

QString VarGroupCommand::summary() const { return QStringLiteral("Variable groups of the Library (plain and secret variables)"); }

QList<CommandSpec> VarGroupCommand::commands() const
{
    const OptionSpec yes{QStringLiteral("yes"), QChar(u'y'), {}, QStringLiteral("do not ask for confirmation")};
    return {
        spec(kList, QStringLiteral("Lists the variable groups, by name."), {},
             {{QStringLiteral("filter"), {}, QStringLiteral("TEXT"),
               QStringLiteral("only groups whose name, description or a variable name contains TEXT")}}),
        spec(kShow, QStringLiteral("Shows a group and its variables (secret values are never shown)."),
             {QStringLiteral("NAME")}),
        spec(kCreate, QStringLiteral("Creates a variable group."), {QStringLiteral("NAME")},
             {{QStringLiteral("description"), {}, QStringLiteral("TEXT"), QStringLiteral("the group's description")},
              {QStringLiteral("var"), {}, QStringLiteral("NAME=VALUE"), QStringLiteral("a plain variable (repeatable)"), true}},
             QStringLiteral("Secret variables are added afterwards with 'mlops vargroup set GROUP NAME --secret'.")),
        spec(kSet, QStringLiteral("Adds or replaces one variable of a group."),
             {QStringLiteral("GROUP"), QStringLiteral("NAME"), QStringLiteral("[VALUE]")},
             {{QStringLiteral("secret"), {}, {}, QStringLiteral("make it a secret (stored in the OS keychain)")}},
             QStringLiteral("With --secret and no VALUE the value is read from standard input (one line on a\n"
                            "terminal, without echo; otherwise all of it, less a trailing line break), so that\n"
                            "it stays out of the shell history:  printf %s \"$TOKEN\" | mlops vargroup set G NAME --secret")),
        spec(kUnset, QStringLiteral("Removes one variable from a group."), {QStringLiteral("GROUP"), QStringLiteral("NAME")}),
        spec(kDelete, QStringLiteral("Deletes a variable group (asks first on a terminal)."), {QStringLiteral("NAME")},
             {yes}),
        spec(kExport, QStringLiteral("Writes a group as Azure DevOps JSON (secret values as null)."),
             {QStringLiteral("NAME")},
             {{QStringLiteral("file"), {}, QStringLiteral("FILE"), QStringLiteral("write to FILE instead of standard output")}}),
        spec(kImport, QStringLiteral("Creates a group from Azure DevOps JSON (FILE '-' reads standard input)."),
             {QStringLiteral("FILE")},
             {{QStringLiteral("name"), {}, QStringLiteral("NAME"), QStringLiteral("create it under this name")}}),
        spec(kHistory, QStringLiteral("Lists the saved versions of a group: revision, when, who, action, what changed."),
             {QStringLiteral("NAME")}),
        spec(kClone, QStringLiteral("Copies a group with every variable, secrets included."),
             {QStringLiteral("NAME"), QStringLiteral("NEWNAME")}),
        spec(kCompare, QStringLiteral("Compares the variables of two groups (secret values are not compared)."),
             {QStringLiteral("LEFT"), QStringLiteral("RIGHT")}),
    };
}

int VarGroupCommand::run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    const QString &word = command.name;
    // Command-line mistakes are reported before the workspace is touched.
    if (word == kSet && arguments.positionals.size() < 3 && !arguments.isSet(QStringLiteral("secret"))) {
        return context.usageError(command, QStringLiteral("missing VALUE for %1 (only a secret, set with --secret, "
                                                          "is read from standard input)")
                                               .arg(arguments.positionals.at(1)));
    }
    if (word == kCreate) {
        for (const QString &assignment : arguments.values(QStringLiteral("var"))) {
            if (!assignment.contains(QLatin1Char('=')))
                return context.usageError(command, QStringLiteral("--var %1: expected NAME=VALUE").arg(assignment));
        }
    }
    if (Result<void> opened = context.openWorkspace(); !opened.ok())
        return context.fail(opened.error());
    if (word == kList)
        return list(context, arguments);
    if (word == kShow)
        return show(context, arguments);
    if (word == kCreate)
        return create(context, arguments);
    if (word == kSet)
        return set(context, arguments);
    if (word == kUnset)
        return unset(context, arguments);
    if (word == kDelete)
        return remove(context, arguments);
    if (word == kExport)
        return exportGroup(context, arguments);
    if (word == kImport)
        return importGroup(context, arguments);
    if (word == kHistory)
        return history(context, arguments);
    if (word == kClone)
        return clone(context, arguments);
    if (word == kCompare)
        return compare(context, arguments);
    return context.fail(makeError(ErrorCode::Internal, QStringLiteral("vargroup %1 has no implementation").arg(word)));
}

int VarGroupCommand::list(CliContext &context, const ParsedArguments &arguments)
{
    Result<QList<library::VariableGroupSummary>> summaries = context.groups().list(arguments.value(QStringLiteral("filter")));
    if (!summaries.ok())
        return context.fail(summaries.error());
    if (context.json()) {
        QJsonArray array;
        for (const library::VariableGroupSummary &summary : std::as_const(*summaries))
            array.append(LibraryView::summaryJson(summary));
        context.printJson(array);
    } else {
        LibraryView::printSummaries(context.out(), *summaries);
    }
    return CliContext::kExitSuccess;
}

int VarGroupCommand::show(CliContext &context, const ParsedArguments &arguments)
{
    Result<VariableGroup> group = context.groups().findByName(arguments.positionals.at(0));
    if (!group.ok())
        return context.fail(group.error());
    if (context.json())
        context.printJson(LibraryView::groupJson(*group));
    else
        LibraryView::printGroup(context.out(), *group);
    return CliContext::kExitSuccess;
}

int VarGroupCommand::create(CliContext &context, const ParsedArguments &arguments)
{
    VariableGroup group;
    group.name = arguments.positionals.at(0);
    group.description = arguments.value(QStringLiteral("description"));
    for (const QString &assignment : arguments.values(QStringLiteral("var"))) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));  // present: checked in run()
        Variable variable;
        variable.name = assignment.left(eq);
        variable.value = assignment.mid(eq + 1);
        group.variables.append(variable);
    }
    Result<VariableGroup> created = context.groups().create(group);
    if (!created.ok())
        return context.fail(created.error());
    return printChanged(context, *created,
                        QStringLiteral("Created variable group %1 with %2.")
                            .arg(quoted(created->name), variableCount(created->variables.size())));
}

int VarGroupCommand::set(CliContext &context, const ParsedArguments &arguments)
{
    const QString &groupName = arguments.positionals.at(0);
    Variable variable;
    variable.name = arguments.positionals.at(1);
    variable.isSecret = arguments.isSet(QStringLiteral("secret"));
    variable.replaceSecret = variable.isSecret;
    if (arguments.positionals.size() > 2) {
        variable.value = arguments.positionals.at(2);
    } else {  // --secret without VALUE (run() refused the rest)
        Result<QString> value = context.readSecret(QStringLiteral("Value of secret %1: ").arg(variable.name));
        if (!value.ok())
            return context.fail(value.error());
        variable.value = *value;
    }
    Result<VariableGroup> saved = context.groups().setVariable(groupName, variable);
    if (!saved.ok())
        return context.fail(saved.error());
    QString what = variable.name;
    if (variable.isSecret) {
        const auto it = std::find_if(saved->variables.cbegin(), saved->variables.cend(), [&](const Variable &v) {
            return v.name.compare(variable.name, Qt::CaseInsensitive) == 0;
        });
        const bool hasValue = it != saved->variables.cend() && it->secretIsSet;
        what = QStringLiteral("secret ") + variable.name + (hasValue ? QString() : QStringLiteral(" (without a value)"));
    }
    return printChanged(context, *saved,
                        QStringLiteral("Set %1 in variable group %2 (revision %3).")
                            .arg(what, quoted(saved->name), QString::number(saved->revision)));
}

int VarGroupCommand::unset(CliContext &context, const ParsedArguments &arguments)
{
    const QString &variableName = arguments.positionals.at(1);
    Result<VariableGroup> saved = context.groups().unsetVariable(arguments.positionals.at(0), variableName);
    if (!saved.ok())
        return context.fail(saved.error());
    return printChanged(context, *saved,
                        QStringLiteral("Removed %1 from variable group %2 (revision %3).")
                            .arg(variableName, quoted(saved->name), QString::number(saved->revision)));
}

int VarGroupCommand::remove(CliContext &context, const ParsedArguments &arguments)
{
    Result<VariableGroup> group = context.groups().findByName(arguments.positionals.at(0));
    if (!group.ok())
        return context.fail(group.error());
    const QString what = QStringLiteral("variable group %1 (%2)").arg(quoted(group->name), variableCount(group->variables.size()));
    if (Result<void> agreed = context.confirmDeletion(what, arguments.isSet(QStringLiteral("yes"))); !agreed.ok())
        return context.fail(agreed.error());
    if (Result<void> removed = context.groups().remove(group->id); !removed.ok())
        return context.fail(removed.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("deleted"), true},
                                      {QStringLiteral("id"), group->id},
                                      {QStringLiteral("name"), group->name}});
    } else {
        context.out() << "Deleted variable group " << quoted(group->name) << ".\n";
    }
    return CliContext::kExitSuccess;
}

int VarGroupCommand::exportGroup(CliContext &context, const ParsedArguments &arguments)
{
    Result<VariableGroup> group = context.groups().findByName(arguments.positionals.at(0));
    if (!group.ok())
        return context.fail(group.error());
    const QByteArray json = library::VariableGroupJson::exportGroup(*group);
    if (!arguments.isSet(QStringLiteral("file"))) {
        context.out() << QString::fromUtf8(json);
        if (!json.endsWith('\n'))
            context.out() << '\n';
        return CliContext::kExitSuccess;
    }
    const QString fileName = arguments.value(QStringLiteral("file"));
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return context.fail(makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString())));
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("name"), group->name}, {QStringLiteral("file"), fileName}});
    } else {
        context.out() << "Exported variable group " << quoted(group->name) << " to " << fileName << ".\n";
    }
    return CliContext::kExitSuccess;
}

int VarGroupCommand::importGroup(CliContext &context, const ParsedArguments &arguments)
{
    const QString &fileName = arguments.positionals.at(0);
    QByteArray bytes;
    QString sourceName = fileName;
    if (fileName == QLatin1String("-")) {
        Result<QByteArray> in = context.readStdin();
        if (!in.ok())
            return context.fail(in.error());
        bytes = *in;
        sourceName = QStringLiteral("<stdin>");
    } else {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString())));
        bytes = file.readAll();
    }
    Result<VariableGroup> parsed = library::VariableGroupJson::importGroup(bytes, sourceName);
    if (!parsed.ok())
        return context.fail(parsed.error());
    VariableGroup group = *parsed;
    if (arguments.isSet(QStringLiteral("name")))
        group.name = arguments.value(QStringLiteral("name"));
    Result<VariableGroup> created = context.groups().create(group);
    if (!created.ok())
        return context.fail(created.error());
    return printChanged(context, *created,
                        QStringLiteral("Imported variable group %1 with %2 from %3.")
                            .arg(quoted(created->name), variableCount(created->variables.size()), sourceName));
}

int VarGroupCommand::history(CliContext &context, const ParsedArguments &arguments)
{
    Result<VariableGroup> group = context.groups().findByName(arguments.positionals.at(0));
    if (!group.ok())
        return context.fail(group.error());
    Result<QList<library::VariableGroupVersion>> versions = context.groups().history(group->id);
    if (!versions.ok())
        return context.fail(versions.error());

    QJsonArray array;
    TextTable table({QStringLiteral("REVISION"), QStringLiteral("WHEN"), QStringLiteral("USER"),
                     QStringLiteral("ACTION"), QStringLiteral("CHANGES")});
    const library::VariableGroupVersion *previous = nullptr;
    for (const library::VariableGroupVersion &version : std::as_const(*versions)) {
        const QList<GroupChange> changes = GroupChanges::between(previous, version);
        previous = &version;
        if (context.json()) {
            array.append(QJsonObject{
                {QStringLiteral("auditId"), version.auditId},
                {QStringLiteral("revision"), version.revision},
                {QStringLiteral("at"), LibraryView::timeJson(version.at)},
                {QStringLiteral("user"), version.osUser},
                {QStringLiteral("action"), version.action},
                {QStringLiteral("changes"), GroupChanges::toJson(changes)},
            });
        } else {
            table.addRow({QString::number(version.revision), LibraryView::timeText(version.at), version.osUser,
                          version.action, GroupChanges::summary(changes)});
        }
    }
    if (context.json())
        context.printJson(array);
    else
        table.print(context.out());
    return CliContext::kExitSuccess;
}

int VarGroupCommand::clone(CliContext &context, const ParsedArguments &arguments)
{
    Result<VariableGroup> source = context.groups().findByName(arguments.positionals.at(0));
    if (!source.ok())
        return context.fail(source.error());
    Result<VariableGroup> copy = context.groups().clone(source->id, arguments.positionals.at(1));
    if (!copy.ok())
        return context.fail(copy.error());
    return printChanged(context, *copy,
                        QStringLiteral("Cloned variable group %1 to %2 with %3.")
                            .arg(quoted(source->name), quoted(copy->name), variableCount(copy->variables.size())));
}

int VarGroupCommand::compare(CliContext &context, const ParsedArguments &arguments)
{
    Result<VariableGroup> left = context.groups().findByName(arguments.positionals.at(0));
    if (!left.ok())
        return context.fail(left.error());
    Result<VariableGroup> right = context.groups().findByName(arguments.positionals.at(1));
    if (!right.ok())
        return context.fail(right.error());
    const QList<library::VariableDiffRow> rows = library::VariableGroupDiff::compare(*left, *right);
    const bool identical = library::VariableGroupDiff::identical(*left, *right);

    const auto status = [](library::VariableDiffRow::Kind kind) {
        switch (kind) {
        case library::VariableDiffRow::Kind::Same: return QStringLiteral("same");
        case library::VariableDiffRow::Kind::Changed: return QStringLiteral("changed");
        case library::VariableDiffRow::Kind::OnlyLeft: return QStringLiteral("only-left");
        case library::VariableDiffRow::Kind::OnlyRight: return QStringLiteral("only-right");
        }
        return QStringLiteral("changed");
    };
    if (context.json()) {
        QJsonArray array;
        for (const library::VariableDiffRow &row : rows) {
            const bool inLeft = row.kind != library::VariableDiffRow::Kind::OnlyRight;
            const bool inRight = row.kind != library::VariableDiffRow::Kind::OnlyLeft;
            array.append(QJsonObject{
                {QStringLiteral("name"), row.name},
                {QStringLiteral("status"), status(row.kind)},
                {QStringLiteral("leftValue"), inLeft && !row.leftSecret ? QJsonValue(row.leftValue) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("rightValue"), inRight && !row.rightSecret ? QJsonValue(row.rightValue) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("leftSecret"), row.leftSecret},
                {QStringLiteral("rightSecret"), row.rightSecret},
            });
        }
        context.printJson(QJsonObject{{QStringLiteral("left"), left->name},
                                      {QStringLiteral("right"), right->name},
                                      {QStringLiteral("identical"), identical},
                                      {QStringLiteral("variables"), array}});
        return CliContext::kExitSuccess;
    }
    const auto cell = [](bool present, bool secret, const QString &value) {
        if (!present)
            return QStringLiteral("-");
        return secret ? QString::fromLatin1(LibraryView::kMask) : value;
    };
    TextTable table({QStringLiteral("NAME"), left->name, right->name, QStringLiteral("STATUS")});
    for (const library::VariableDiffRow &row : rows) {
        table.addRow({row.name, cell(row.kind != library::VariableDiffRow::Kind::OnlyRight, row.leftSecret, row.leftValue),
                      cell(row.kind != library::VariableDiffRow::Kind::OnlyLeft, row.rightSecret, row.rightValue),
                      status(row.kind)});
    }
    table.print(context.out());
    if (left->description != right->description)
        context.out() << "The descriptions differ.\n";
    context.out() << (identical ? "The groups are identical.\n" : "The groups differ.\n");
    return CliContext::kExitSuccess;
}

int VarGroupCommand::printChanged(CliContext &context, const VariableGroup &group, const QString &message)
{
    if (context.json())
        context.printJson(LibraryView::groupJson(group));
    else
        context.out() << message << '\n';
    return CliContext::kExitSuccess;
}

}  // namespace mlops::cli
