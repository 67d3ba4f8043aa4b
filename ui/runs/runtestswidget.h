#pragma once
// RunTestsWidget: the Tests tab of a run: totals (label runTestsTotals: passed / failed /
// skipped over every published test run), the cases of all its test runs in a table
// (runTestsCases: name, class, outcome, duration) filtered by outcome (combo
// runTestsOutcomeFilter: the filter is applied by TestResultStore::testResults), and the
// failure message and stack of the selected case (runTestsDetail). A run without test
// results shows the empty-state label runTestsEmpty; a store error is shown in that label.
// The store is shared and must outlive the widget. GUI thread only.

#include "core/runs/runtypes.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;

namespace mlops::runs {
class TestResultStore;
}

namespace mlops::ui {

class RunTestsWidget : public QWidget {
    Q_OBJECT
public:
    explicit RunTestsWidget(std::shared_ptr<runs::TestResultStore> store, QWidget *parent = nullptr);

    // Shows the test results of run `runId` (0 = none) and re-reads them from the store.
    void setRun(qint64 runId);
    qint64 runId() const { return m_runId; }
    // Re-reads the totals and the cases of the current run.
    void reload();

private:
    void reloadCases();
    void showCase(int row);
    void showEmpty(const QString &text);

    std::shared_ptr<runs::TestResultStore> m_store;
    qint64 m_runId = 0;
    QList<runs::TestCaseResult> m_cases;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_totals = nullptr;
    QComboBox *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_detail = nullptr;
};

}  // namespace mlops::ui
