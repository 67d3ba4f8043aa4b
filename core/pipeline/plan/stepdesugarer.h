#pragma once
// StepDesugarer: one item of an expanded `steps:` list → a PlanStep (LANGUAGE.md §15).
// Shortcuts become their tasks: script → CmdLine@2, bash → Bash@3 (targetType inline),
// pwsh → PowerShell@2 (targetType inline, pwsh true), powershell → PowerShell@2,
// checkout → Checkout@1 (input `repository`), download → DownloadPipelineArtifact@2
// (`source` current or specific + `pipeline` alias), publish → PublishPipelineArtifact@1
// (`path`, `artifactName`), downloadBuild → DownloadBuildArtifacts@0, getPackage →
// DownloadPackage@1, reviewApp → ReviewApp@0. `checkout: none` and `download: none`
// stay as steps whose repository / source is "none": they switch the implicit step off.
//
// Returns nullopt (with an error diagnostic) for an item that is not a step. Pure.

#include "core/common/diagnostic.h"
#include "core/pipeline/plan/plan.h"
#include "core/pipeline/yaml/yamlnode.h"

#include <optional>

namespace mlops::pipeline {

class StepDesugarer {
public:
    static std::optional<PlanStep> desugar(const YamlNode &item, Diagnostics &diagnostics);
};

}  // namespace mlops::pipeline
