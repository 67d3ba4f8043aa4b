// mlops: the command-line client of MLOps Workbench. Everything happens in
// mlops::cli::CliApplication; this file only sets up the process.

#include "cliapplication.h"
#include "clicontext.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <exception>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI (app/gui/main.cpp), so both find the same default workspace.
    QCoreApplication::setOrganizationName(QStringLiteral("MLOpsWorkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("mlops-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MLOPS_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    int code = mlops::cli::CliContext::kExitInternalError;
    try {
        mlops::cli::CliApplication cli(out, err);
        code = cli.run(QCoreApplication::arguments().mid(1));
    } catch (const std::exception &e) {
        out.flush();
        err << "mlops: error: internal error: " << e.what() << '\n';
    }
    out.flush();
    err.flush();
    return code;
}
