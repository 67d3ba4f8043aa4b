#pragma once
// RunStatus: how the Runs area shows a run's or timeline record's state and result —
// a translated word ("In progress", "Succeeded", …) and a standard style icon — and how
// it formats durations. Presentation only; no business rule. GUI thread only.

#include "core/runs/runtypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIcon>
#include <QString>

#include <optional>

namespace mlops::ui {

class RunStatus {
    Q_DECLARE_TR_FUNCTIONS(mlops::ui::RunStatus)
public:
    // The result when completed, else the state ("Pending", "In progress").
    static QString text(runs::RunState state, std::optional<runs::RunResult> result);
    static QIcon icon(runs::RunState state, std::optional<runs::RunResult> result);
    // Milliseconds between start and finish (or now while running); -1 when not started.
    static qint64 durationMs(const QDateTime &started, const QDateTime &finished);
    // "45s", "3m 05s", "1h 02m"; empty for a negative duration.
    static QString formatDuration(qint64 ms);
};

}  // namespace mlops::ui
