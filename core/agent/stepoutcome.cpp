#include "core/agent/stepoutcome.h"

namespace mlops::agent {

QString taskResultName(TaskResult result)
{
    switch (result) {
    case TaskResult::Succeeded: return QStringLiteral("Succeeded");
    case TaskResult::SucceededWithIssues: return QStringLiteral("SucceededWithIssues");
    case TaskResult::Failed: return QStringLiteral("Failed");
    }
    return {};
}

std::optional<TaskResult> parseTaskResult(QStringView text)
{
    const QStringView t = text.trimmed();
    for (TaskResult r : {TaskResult::Succeeded, TaskResult::SucceededWithIssues, TaskResult::Failed}) {
        if (t.compare(taskResultName(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

TaskResult mergeTaskResults(TaskResult a, TaskResult b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

}  // namespace mlops::agent
