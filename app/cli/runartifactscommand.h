#pragma once
// RunArtifactsCommand: `mlops run artifacts ID` (the run's artifacts with their files and
// sizes) and `mlops run download ID [--artifact NAME] --out DIR` (every artifact, or one,
// written as DIR/<artifact>/… through runs::ArtifactExporter: all or nothing, never a
// half-written artifact). Part of the `run` group: RunCommand lists these specs and
// hands them here. Exit codes as CliContext's: 1 for an unknown run or artifact, an
// existing DIR/<artifact>, a DIR that cannot be written.

#include "commandspec.h"

#include <QList>
#include <QString>

namespace mlops::cli {

class CliContext;

class RunArtifactsCommand {
public:
    static QList<CommandSpec> commands(const QString &group);
    static bool handles(const QString &commandName);
    // Precondition: the workspace is open and ID is a run number.
    static int run(CliContext &context, const CommandSpec &command, const ParsedArguments &arguments);

private:
    static int list(CliContext &context, qint64 runId);
    static int download(CliContext &context, qint64 runId, const ParsedArguments &arguments);
};

}  // namespace mlops::cli
