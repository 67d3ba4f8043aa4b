#pragma once
// RunAgentLocator: finds the `mlops` executable that the GUI starts as the agent of a run
// (`mlops agent run --run-id N`, see core/agent/runsession.h). Looked for, in order: an
// explicit path (tests pass $<TARGET_FILE:mlops>), the GUI's own folder (installed, both
// programs in bin/), then <GUI folder>/../cli/mlops (the build tree). Stateless, any thread.
//
// Failure: NotFound naming every path that was tried.

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>

namespace mlops::ui {

class RunAgentLocator {
    Q_DECLARE_TR_FUNCTIONS(mlops::ui::RunAgentLocator)
public:
    static Result<QString> locate(const QString &explicitPath = {});
};

}  // namespace mlops::ui
