#include "runartifactscommand.h"

#include "clicontext.h"
#include "texttable.h"

#include "core/runs/artifactexporter.h"
#include "core/runs/artifactstore.h"
#include "core/runs/runstore.h"
#include "core/store/workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace mlops::cli {

namespace {

const QString kArtifacts = QStringLiteral("artifacts");
const QString kDownload = QStringLiteral("download");

QString plural(qsizetype count, const char *word)
{
    return QStringLiteral("%1 %2%3").arg(count).arg(QString::fromLatin1(word)).arg(count == 1 ? QString() : QStringLiteral("s"));
}

QJsonObject artifactJson(const runs::Artifact &artifact)
{
    QJsonArray files;
    for (const runs::ArtifactFile &file : artifact.files)
        files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("size"), double(file.size)},
                                 {QStringLiteral("sha256"), file.sha256}});
    return QJsonObject{{QStringLiteral("name"), artifact.name},
                       {QStringLiteral("totalSize"), double(artifact.totalSize)},
                       {QStringLiteral("fileCount"), int(artifact.files.size())},
                       {QStringLiteral("createdAt"), artifact.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("files"), files}};
}

}  // namespace

QList<CommandSpec> RunArtifactsCommand::commands(const QString &group)
{
    CommandSpec download{group, kDownload,
                         QStringLiteral("Downloads the artifacts of a run (or one with --artifact) into DIR/<artifact>/."),
                         {QStringLiteral("ID")}, {}, {}};
    download.options = {
        OptionSpec{QStringLiteral("artifact"), {}, QStringLiteral("NAME"), QStringLiteral("only this artifact")},
        OptionSpec{QStringLiteral("out"), {}, QStringLiteral("DIR"),
                   QStringLiteral("the folder to write into (required; created when missing)")},
    };
    download.details = QStringLiteral("Nothing is half-written: the files are written to a temporary folder inside DIR\n"
                                      "and moved into place once every artifact is complete. An existing DIR/<artifact>\n"
                                      "is never overwritten.");
    return {
        CommandSpec{group, kArtifacts, QStringLiteral("Lists the artifacts of a run with their files and sizes."),
                    {QStringLiteral("ID")}, {}, {}},
        download,
    };
}

bool RunArtifactsCommand::handles(const QString &commandName) { return commandName == kArtifacts || commandName == kDownload; }

int RunArtifactsCommand::run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments)
{
    const qint64 runId = arguments.positionals.at(0).toLongLong();
    if (command.name == kDownload && arguments.value(QStringLiteral("out")).isEmpty())
        return context.usageError(command, QStringLiteral("missing --out DIR"));
    if (Result<runs::Run> run = runs::RunStore(context.sharedWorkspace()).run(runId); !run.ok())
        return context.fail(run.error());
    if (command.name == kArtifacts)
        return list(context, runId);
    return download(context, runId, arguments);
}

int RunArtifactsCommand::list(CliContext &context, qint64 runId)
{
    Result<QList<runs::Artifact>> artifacts = runs::ArtifactStore(context.sharedWorkspace()).artifacts(runId);
    if (!artifacts.ok())
        return context.fail(artifacts.error());
    if (context.json()) {
        QJsonArray array;
        for (const runs::Artifact &artifact : std::as_const(*artifacts))
            array.append(artifactJson(artifact));
        context.printJson(array);
        return CliContext::kExitSuccess;
    }
    if (artifacts->isEmpty()) {
        context.out() << "Run " << runId << " has no artifacts.\n";
        return CliContext::kExitSuccess;
    }
    TextTable table({QStringLiteral("ARTIFACT"), QStringLiteral("FILE"), QStringLiteral("SIZE")});
    for (const runs::Artifact &artifact : std::as_const(*artifacts)) {
        table.addRow({artifact.name, QStringLiteral("(%1)").arg(plural(artifact.files.size(), "file")),
                      QString::number(artifact.totalSize)});
        for (const runs::ArtifactFile &file : artifact.files)
            table.addRow({QString(), file.path, QString::number(file.size)});
    }
    table.print(context.out());
    return CliContext::kExitSuccess;
}

int RunArtifactsCommand::download(CliContext &context, qint64 runId, const ParsedArguments &arguments)
{
    const runs::ArtifactStore store(context.sharedWorkspace());
    Result<QList<runs::Artifact>> all = store.artifacts(runId);
    if (!all.ok())
        return context.fail(all.error());
    QList<runs::Artifact> chosen = *all;
    const QString wanted = arguments.value(QStringLiteral("artifact"));
    if (arguments.isSet(QStringLiteral("artifact"))) {
        chosen.clear();
        QStringList names;
        for (const runs::Artifact &artifact : std::as_const(*all)) {
            names.append(artifact.name);
            if (artifact.name == wanted)
                chosen.append(artifact);
        }
        if (chosen.isEmpty()) {
            context.printError(QStringLiteral("run %1 has no artifact named '%2' (%3)")
                                   .arg(runId)
                                   .arg(wanted, names.isEmpty() ? QStringLiteral("it has none")
                                                                : QStringLiteral("it has: ") + names.join(QStringLiteral(", "))));
            return CliContext::kExitUserError;
        }
    }
    const QString out = arguments.value(QStringLiteral("out"));
    if (chosen.isEmpty()) {
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("run"), runId}, {QStringLiteral("artifacts"), QJsonArray()}});
        else
            context.out() << "Run " << runId << " has no artifacts; nothing was written.\n";
        return CliContext::kExitSuccess;
    }
    Result<QStringList> written = runs::ArtifactExporter::exportTo(store, chosen, out);
    if (!written.ok())
        return context.fail(written.error());
    if (context.json()) {
        QJsonArray array;
        for (qsizetype i = 0; i < chosen.size(); ++i) {
            QJsonObject object = artifactJson(chosen.at(i));
            object.insert(QStringLiteral("folder"), written->at(i));
            array.append(object);
        }
        context.printJson(QJsonObject{{QStringLiteral("run"), runId}, {QStringLiteral("artifacts"), array}});
        return CliContext::kExitSuccess;
    }
    for (qsizetype i = 0; i < chosen.size(); ++i)
        context.out() << "Downloaded artifact " << chosen.at(i).name << " (" << plural(chosen.at(i).files.size(), "file")
                      << ", " << chosen.at(i).totalSize << " bytes) to " << written->at(i) << '\n';
    return CliContext::kExitSuccess;
}

}  // namespace mlops::cli
