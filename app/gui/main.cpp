// mlops-workbench: the MLOps Workbench GUI.
//
//   mlops-workbench [--workspace DIR] [--sample]
//   mlops-workbench --screenshot DIR [--workspace DIR] [--sample]
//   mlops-workbench --startup-probe [--workspace DIR]   (exits once the window is painted; benchmarks)
//
// --sample installs the sample project into the workspace (idempotent: the repository
// <workspace>/repos/mlops-sample, the sample Library and the three pipelines). --screenshot
// renders every view offscreen to DIR/*.png and exits; without --workspace it uses a
// throwaway workspace holding the sample project plus a second version of the sample group
// and a second group, so that History and Compare have something to show.
// Exit codes: 0 ok, 1 workspace or sample error, 2 usage / no display.

#include "core/library/keychainsecretstore.h"
#include "core/library/samplelibrary.h"
#include "core/library/serviceconnectionservice.h"
#include "core/library/variablegroupservice.h"
#include "core/pipeline/catalog/pipelineservice.h"
#include "core/sample/sampleproject.h"
#include "core/store/workspace.h"
#include "ui/common/languages.h"
#include "ui/common/settings.h"
#include "ui/common/uiresources.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/screenshotter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace mlops;

namespace {

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0 || std::strncmp(argv[i], name, std::strlen(name)) == 0)
            return true;
    }
    return false;
}

bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void fail(bool interactive, const QString &title, const QString &message)
{
    std::fprintf(stderr, "mlops-workbench: %s\n", qPrintable(message));
    if (interactive)
        QMessageBox::critical(nullptr, title, message);
}

// A second version of the sample group and a second group, in a throwaway workspace only.
Result<void> addScreenshotHistory(library::VariableGroupService &groups)
{
    auto sample = groups.findByName(QLatin1String(library::SampleLibrary::kGroupName));
    if (!sample)
        return sample.error();
    library::VariableGroup changed = *sample;
    for (library::Variable &variable : changed.variables) {
        if (variable.name == QLatin1String("AKS_DEPLOYMENT_NAME"))
            variable.value = QStringLiteral("mlops-aks");
    }
    library::Variable port;
    port.name = QStringLiteral("SCORE_PORT");
    port.value = QStringLiteral("5001");
    changed.variables.append(port);
    auto updated = groups.update(changed);
    if (!updated)
        return updated.error();

    library::VariableGroup staging = *updated;
    staging.id = 0;
    staging.revision = 0;
    staging.name = QStringLiteral("devopsforai-aml-vg-staging");
    staging.description = QStringLiteral("Staging copy of the sample variables.");
    for (library::Variable &variable : staging.variables) {
        variable.id = 0;
        if (variable.name == QLatin1String("LOCATION"))
            variable.value = QStringLiteral("westeurope");
        if (variable.name == QLatin1String("BASE_NAME"))
            variable.value = QStringLiteral("mlops-stg");
    }
    staging.variables.removeIf([](const library::Variable &v) { return v.name == QLatin1String("SCORE_PORT"); });
    auto created = groups.create(staging);
    if (!created && created.error().code != ErrorCode::AlreadyExists)
        return created.error();
    return {};
}

}  // namespace

int main(int argc, char **argv)
{
    const bool screenshot = hasArgument(argc, argv, "--screenshot");
    if (screenshot && !haveDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!haveDisplay()) {
        std::fprintf(stderr,
                     "mlops-workbench: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                     "  To render the GUI without a display: QT_QPA_PLATFORM=offscreen mlops-workbench --screenshot DIR\n"
                     "  To work from a terminal instead: mlops init --sample, then the mlops command line.\n");
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MLOpsWorkbench"));
    QApplication::setApplicationName(QStringLiteral("mlops-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("MLOps Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(MLOPS_VERSION));
    ui::ensureUiResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mlops-workbench.png")));
    ui::Languages::install(&app, ui::Settings::language().get());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "MLOps Workbench: variable groups, service connections and the MLOps loop on a local workspace."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QApplication::translate("main", "The workspace folder (default: $MLOPS_WORKSPACE or the per-user one)."),
                                             QStringLiteral("DIR"));
    const QCommandLineOption sampleOption(QStringLiteral("sample"),
                                          QApplication::translate("main", "Install the sample project into the workspace: its repository, Library and pipelines (idempotent)."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render every view to DIR/*.png and exit (a throwaway sample workspace unless --workspace is given)."),
        QStringLiteral("DIR"));
    const QCommandLineOption startupProbeOption(
        QStringLiteral("startup-probe"),
        QApplication::translate("main", "Exit as soon as the main window has been shown and painted (for start-up benchmarks)."));
    parser.addOptions({workspaceOption, sampleOption, screenshotOption, startupProbeOption});
    parser.process(app);

    const bool interactive = !parser.isSet(screenshotOption);
    QTemporaryDir scratch;
    QString directory;
    const bool throwaway = !interactive && !parser.isSet(workspaceOption);
    if (throwaway) {
        if (!scratch.isValid()) {
            fail(false, QString(), QStringLiteral("cannot create a temporary workspace: %1").arg(scratch.errorString()));
            return 1;
        }
        directory = scratch.path();
    } else {
        directory = store::Workspace::resolveDirectory(parser.value(workspaceOption));
    }

    auto workspace = store::Workspace::open(directory);
    if (!workspace) {
        fail(interactive, QApplication::translate("main", "Cannot open the workspace"),
             QApplication::translate("main", "Cannot open the workspace %1: %2").arg(directory, workspace.error().message));
        return 1;
    }
    auto secrets = std::make_shared<library::KeychainSecretStore>();
    auto groups = std::make_shared<library::VariableGroupService>(*workspace, secrets);
    auto connections = std::make_shared<library::ServiceConnectionService>(*workspace, secrets);
    auto pipelines = std::make_shared<pipeline::PipelineService>(*workspace);

    if (parser.isSet(sampleOption) || throwaway) {
        const Result<sample::SampleProject::Installation> r =
            sample::SampleProject::install(**workspace, *groups, *connections, *pipelines);
        if (!r) {
            fail(interactive, QApplication::translate("main", "Cannot add the sample"),
                 QApplication::translate("main", "Cannot install the sample project: %1").arg(r.error().message));
            return 1;
        }
        for (const QString &note : r->notes)
            std::fprintf(stderr, "mlops-workbench: %s\n", qPrintable(note));
    }
    if (throwaway) {
        if (Result<void> r = addScreenshotHistory(*groups); !r) {
            fail(false, QString(), QStringLiteral("cannot prepare the screenshot workspace: %1").arg(r.error().message));
            return 1;
        }
    }

    ui::MainWindow window(*workspace, groups, connections, pipelines);
    if (!interactive) {
        ui::Screenshotter shots(&window, connections, parser.value(screenshotOption));
        const auto written = shots.run(QLatin1String(library::SampleLibrary::kGroupName),
                                       QLatin1String(sample::SampleProject::kCiPipeline));
        if (!written) {
            fail(false, QString(), written.error().message);
            return 1;
        }
        for (const QString &file : *written)
            std::printf("%s\n", qPrintable(file));
        return 0;
    }
    window.show();
    if (parser.isSet(startupProbeOption)) {
        // Queued after the show: runs once the first events are processed; grab() forces
        // the first complete paint of the window with its current page filled in.
        QTimer::singleShot(0, &window, [&window] {
            window.grab();
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
