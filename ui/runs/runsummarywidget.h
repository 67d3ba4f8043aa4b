#pragma once
// RunSummaryWidget: the Summary tab of a run: requested by, reason, queued/started
// times, result message, the runtime parameters and variable overrides it was queued
// with (table runSummaryParameters) and the time per stage as horizontal bars (table
// runSummaryStages: stage, duration, a bar scaled to the longest stage). Shows what it
// is given; no store access. GUI thread only.

#include "core/runs/runtypes.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace mlops::ui {

class RunSummaryWidget : public QWidget {
    Q_OBJECT
public:
    explicit RunSummaryWidget(QWidget *parent = nullptr);

    void setRun(const runs::RunDetails &details);
    void clear();

private:
    QLabel *m_requestedBy = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_queued = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_parameters = nullptr;
    QTableWidget *m_stages = nullptr;
};

}  // namespace mlops::ui
