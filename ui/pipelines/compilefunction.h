#pragma once
// CompileFunction: how the pipeline editor compiles its buffer. The editor calls it on a
// worker thread, so it must be thread-safe (PipelineCompiler::compileText is pure).
// Injected at construction so tests can use a fake compiler; the application passes
// defaultCompileFunction(). The default is an inline function on purpose: only code that
// calls it references PipelineCompiler, so mlops_ui links without the compiler library.

#include "core/pipeline/compiler/pipelinecompiler.h"

#include <QString>

#include <functional>

namespace mlops::ui {

using CompileFunction = std::function<pipeline::CompileResult(
    const QString &text, const QString &entryFile, const pipeline::CompileOptions &options)>;

inline CompileFunction defaultCompileFunction()
{
    return &pipeline::PipelineCompiler::compileText;
}

}  // namespace mlops::ui
