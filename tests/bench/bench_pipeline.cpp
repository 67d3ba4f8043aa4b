// Figures of the pipeline-language issue:
//   - validate and expand a 2,000-line pipeline that uses 50 templates in < 20 ms
//     (PipelineCompiler::compileFile: parse, expand, schema, plan);
//   - revalidation never blocks typing: keystroke to repaint < 16 ms in a 5,000-line
//     file (a key press delivered to the editor plus a synchronous repaint of its
//     viewport, while validation runs on its worker thread).
// Run: build/release/tests/bench/bench_pipeline
#include "core/pipeline/compiler/pipelinecompiler.h"
#include "ui/pipelines/pipelineeditorwidget.h"
#include "ui/pipelines/yamleditor.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace mlops;

namespace {

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    f.write(text.toUtf8());
}

// 50 step templates (typed parameters, an if and an each in each) and an entry file
// with 10 stages × 5 jobs that use every template once; about 2,000 lines in all.
QString makeTemplatedPipeline(const QString &dir, int *totalLines)
{
    int lines = 0;
    for (int t = 0; t < 50; ++t) {
        QString text = QStringLiteral(
                           "parameters:\n"
                           "  - name: name\n    type: string\n    default: step%1\n"
                           "  - name: verbose\n    type: boolean\n    default: false\n"
                           "  - name: files\n    type: object\n    default: [a.txt, b.txt]\n"
                           "steps:\n"
                           "  - script: echo \"running ${{ parameters.name }}\"\n"
                           "    displayName: Run ${{ parameters.name }}\n"
                           "  - ${{ if parameters.verbose }}:\n"
                           "      - bash: env | sort\n"
                           "        displayName: Environment\n"
                           "  - ${{ each f in parameters.files }}:\n"
                           "      - bash: test -f ${{ f }} || echo missing ${{ f }}\n"
                           "        displayName: Check ${{ f }}\n"
                           "  - task: CopyFiles@2\n"
                           "    inputs:\n"
                           "      SourceFolder: $(Build.SourcesDirectory)\n"
                           "      Contents: '**/*.json'\n"
                           "      TargetFolder: $(Build.ArtifactStagingDirectory)/t%1\n")
                           .arg(t);
        lines += static_cast<int>(text.count(QLatin1Char('\n')));
        writeFile(dir + QStringLiteral("/steps-%1.yml").arg(t), text);
    }
    QString entry = QStringLiteral("trigger: none\nvariables:\n  configuration: Release\nstages:\n");
    for (int s = 0; s < 10; ++s) {
        entry += QStringLiteral("  - stage: Stage%1\n    displayName: Stage %1\n    jobs:\n").arg(s);
        for (int j = 0; j < 5; ++j) {
            const int t = s * 5 + j;
            entry += QStringLiteral("      - job: Job%1\n        displayName: Job %1 of stage %2\n"
                                    "        condition: succeeded()\n        timeoutInMinutes: 30\n"
                                    "        variables:\n          leg: %1\n"
                                    "        steps:\n"
                                    "          - template: steps-%3.yml\n"
                                    "            parameters:\n"
                                    "              name: build-%3\n"
                                    "              verbose: ${{ eq(variables.configuration, 'Debug') }}\n"
                                    "              files:\n                - %3-one.txt\n                - %3-two.txt\n"
                                    "          - script: echo done with $(leg)\n            displayName: Done\n")
                         .arg(j)
                         .arg(s)
                         .arg(t);
        }
    }
    lines += static_cast<int>(entry.count(QLatin1Char('\n')));
    const QString path = dir + QStringLiteral("/azure-pipelines.yml");
    writeFile(path, entry);
    *totalLines = lines;
    return path;
}

void BM_CompileTemplatedPipeline(benchmark::State &state)
{
    QTemporaryDir dir;
    int lines = 0;
    const QString entry = makeTemplatedPipeline(dir.path(), &lines);
    for (auto _ : state) {
        pipeline::CompileResult result = pipeline::PipelineCompiler::compileFile(entry, {});
        if (!result.plan || hasErrors(result.diagnostics))
            state.SkipWithError("the generated pipeline did not compile cleanly");
        benchmark::DoNotOptimize(result);
    }
    state.counters["lines"] = lines;
    state.counters["templates"] = 50;
}
BENCHMARK(BM_CompileTemplatedPipeline)->Unit(benchmark::kMillisecond);

void BM_KeystrokeToRepaint(benchmark::State &state)
{
    QString text;
    for (int i = 0; i < 1000; ++i) {
        text += QStringLiteral("  - script: echo step %1 $(Build.BuildId) ${{ parameters.p%2 }}\n"
                               "    displayName: Step %1\n    condition: succeeded()\n"
                               "    env:\n      VALUE: $[ variables.x ]\n")
                    .arg(i)
                    .arg(i % 7);
    }
    ui::PipelineEditorWidget widget;
    widget.resize(1200, 800);
    widget.setText(QStringLiteral("steps:\n") + text, QDir::tempPath() + QStringLiteral("/bench-editor.yml"));
    widget.show();
    ui::YamlEditor *editor = widget.editor();
    editor->setFocus();
    QTextCursor cursor = editor->textCursor();
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::Down, QTextCursor::MoveAnchor, 2500);
    editor->setTextCursor(cursor);
    QCoreApplication::processEvents();
    int i = 0;
    for (auto _ : state) {
        const int key = (i++ % 2) ? Qt::Key_Backspace : Qt::Key_A;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, key == Qt::Key_A ? QStringLiteral("a") : QString());
        QApplication::sendEvent(editor, &press);
        editor->viewport()->repaint();
        // Results of earlier validations arrive here, as they would between keystrokes.
        state.PauseTiming();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    state.counters["lines"] = editor->document()->blockCount();
}
BENCHMARK(BM_KeystrokeToRepaint)->Unit(benchmark::kMillisecond)->Iterations(400);

}  // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
