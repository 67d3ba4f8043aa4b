#pragma once
// RunSummaryWidget: the Summary tab of a run: requested by, reason, queued/started
// times, result message, the runtime parameters and variable overrides it was queued
// with (table runSummaryParameters) and the time per stage as horizontal bars (table
// runSummaryStages: stage, duration, a bar scaled to the longest stage), and the code
// coverage the run published (PublishCodeCoverageResults): a bar with the line rate
// (runSummaryCoverageBar) and the line and branch figures (label runSummaryCoverage).
// Shows what it is given; no store access. GUI thread only.

#include "core/runs/runtypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace mlops::ui {

class RunSummaryWidget : public QWidget {
    Q_OBJECT
public:
    explicit RunSummaryWidget(QWidget *parent = nullptr);

    void setRun(const runs::RunDetails &details);
    // nullopt: the run published no coverage (the bar is hidden).
    void setCoverage(const std::optional<runs::CoverageSummary> &coverage);
    void clear();

private:
    QLabel *m_requestedBy = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_queued = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_coverage = nullptr;
    QProgressBar *m_coverageBar = nullptr;
    QTableWidget *m_parameters = nullptr;
    QTableWidget *m_stages = nullptr;
};

}  // namespace mlops::ui
