#pragma once
// FakePipelineCompiler: a stand-in for PipelineCompiler::compileText in the editor tests.
// Every occurrence of a "bad word" in the text is an error diagnostic at its line:column;
// extra diagnostics (e.g. in a template file) can be added. Without errors it returns the
// configured plan and expanded YAML. A text containing "#slow" blocks the worker until
// release() is called (to test that obsolete results are discarded). Thread-safe: the
// compile function only reads the shared state, and counts calls atomically.

#include "core/pipeline/compiler/pipelinecompiler.h"
#include "ui/pipelines/compilefunction.h"

#include <QSemaphore>
#include <QStringList>

#include <atomic>
#include <memory>

class FakePipelineCompiler {
public:
    struct State {
        QStringList badWords;
        mlops::Diagnostics extraDiagnostics;
        mlops::pipeline::Plan plan;
        QString expandedYaml;
        QSemaphore gate;
        std::atomic<int> calls{0};
    };

    FakePipelineCompiler() : m_state(std::make_shared<State>()) {}

    State &state() { return *m_state; }
    void release() { m_state->gate.release(); }

    mlops::ui::CompileFunction function() const
    {
        std::shared_ptr<State> state = m_state;
        return [state](const QString &text, const QString &entryFile, const mlops::pipeline::CompileOptions &) {
            ++state->calls;
            if (text.contains(QLatin1String("#slow")))
                state->gate.acquire();
            mlops::pipeline::CompileResult result;
            const QStringList lines = text.split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                for (const QString &word : state->badWords) {
                    const qsizetype at = lines.at(i).indexOf(word);
                    if (at >= 0) {
                        mlops::Diagnostic d;
                        d.message = QStringLiteral("Unexpected value '%1'").arg(word);
                        d.file = entryFile;
                        d.line = i + 1;
                        d.column = int(at) + 1;
                        result.diagnostics.append(d);
                    }
                }
            }
            result.diagnostics.append(state->extraDiagnostics);
            if (!mlops::hasErrors(result.diagnostics)) {
                result.plan = state->plan;
                result.plan->entryFile = entryFile;
                result.expandedYaml = state->expandedYaml;
            }
            return result;
        };
    }

private:
    std::shared_ptr<State> m_state;
};
