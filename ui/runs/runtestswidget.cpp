#include "runtestswidget.h"

#include "core/runs/testresultstore.h"
#include "runstatus.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mlops::ui {

namespace {

QString outcomeText(runs::TestOutcome outcome)
{
    switch (outcome) {
    case runs::TestOutcome::Passed:
        return RunTestsWidget::tr("Passed");
    case runs::TestOutcome::Failed:
        return RunTestsWidget::tr("Failed");
    case runs::TestOutcome::Skipped:
        return RunTestsWidget::tr("Skipped");
    }
    return {};
}

}  // namespace

RunTestsWidget::RunTestsWidget(std::shared_ptr<runs::TestResultStore> store, QWidget *parent)
    : QWidget(parent), m_store(std::move(store))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_empty = new QLabel(tr("This run has no test results. Publish JUnit files with PublishTestResults@2."), m_stack);
    m_empty->setObjectName(QStringLiteral("runTestsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    auto *top = new QHBoxLayout;
    m_totals = new QLabel(content);
    m_totals->setObjectName(QStringLiteral("runTestsTotals"));
    top->addWidget(m_totals, 1);
    top->addWidget(new QLabel(tr("Outcome:"), content));
    m_filter = new QComboBox(content);
    m_filter->setObjectName(QStringLiteral("runTestsOutcomeFilter"));
    m_filter->addItem(tr("All"), -1);
    m_filter->addItem(tr("Passed"), int(runs::TestOutcome::Passed));
    m_filter->addItem(tr("Failed"), int(runs::TestOutcome::Failed));
    m_filter->addItem(tr("Skipped"), int(runs::TestOutcome::Skipped));
    top->addWidget(m_filter);
    contentLayout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, content);
    m_table = new QTableWidget(0, 4, splitter);
    m_table->setObjectName(QStringLiteral("runTestsCases"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Class"), tr("Outcome"), tr("Duration")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_detail = new QPlainTextEdit(splitter);
    m_detail->setObjectName(QStringLiteral("runTestsDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a test case to see its failure message and stack."));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    contentLayout->addWidget(splitter, 1);
    m_stack->addWidget(content);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { reloadCases(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showCase(row); });
    showEmpty(m_empty->text());
}

void RunTestsWidget::showEmpty(const QString &text)
{
    m_cases.clear();
    m_table->setRowCount(0);
    m_detail->clear();
    m_totals->clear();
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void RunTestsWidget::setRun(qint64 runId)
{
    m_runId = runId;
    reload();
}

void RunTestsWidget::reload()
{
    const QString none = tr("This run has no test results. Publish JUnit files with PublishTestResults@2.");
    if (m_runId <= 0) {
        showEmpty(none);
        return;
    }
    Result<runs::TestRunSummary> summary = m_store->testSummary(m_runId);
    if (!summary.ok()) {
        showEmpty(tr("The test results of run %1 cannot be read: %2").arg(m_runId).arg(summary.error().message));
        return;
    }
    if (summary->total == 0) {
        showEmpty(none);
        return;
    }
    m_totals->setText(tr("%1 test(s): %2 passed, %3 failed, %4 skipped")
                          .arg(summary->total)
                          .arg(summary->passed)
                          .arg(summary->failed)
                          .arg(summary->skipped));
    m_stack->setCurrentIndex(1);
    reloadCases();
}

void RunTestsWidget::reloadCases()
{
    m_cases.clear();
    m_table->setRowCount(0);
    m_detail->clear();
    if (m_runId <= 0)
        return;
    std::optional<runs::TestOutcome> outcome;
    const int filter = m_filter->currentData().toInt();
    if (filter >= 0)
        outcome = runs::TestOutcome(filter);
    Result<QList<runs::TestRunSummary>> testRuns = m_store->testRuns(m_runId);
    if (!testRuns.ok()) {
        m_detail->setPlainText(tr("The test runs of run %1 cannot be read: %2").arg(m_runId).arg(testRuns.error().message));
        return;
    }
    for (const runs::TestRunSummary &testRun : std::as_const(*testRuns)) {
        Result<QList<runs::TestCaseResult>> cases = m_store->testResults(testRun.id, outcome);
        if (!cases.ok()) {
            m_detail->setPlainText(tr("The cases of test run '%1' cannot be read: %2")
                                       .arg(testRun.name, cases.error().message));
            continue;
        }
        m_cases.append(*cases);
    }
    m_table->setRowCount(int(m_cases.size()));
    for (int row = 0; row < m_cases.size(); ++row) {
        const runs::TestCaseResult &result = m_cases.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(result.name));
        m_table->setItem(row, 1, new QTableWidgetItem(result.className));
        m_table->setItem(row, 2, new QTableWidgetItem(outcomeText(result.outcome)));
        m_table->setItem(row, 3, new QTableWidgetItem(RunStatus::formatDuration(result.durationMs)));
    }
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
    m_table->resizeColumnToContents(3);
}

void RunTestsWidget::showCase(int row)
{
    if (row < 0 || row >= m_cases.size()) {
        m_detail->clear();
        return;
    }
    const runs::TestCaseResult &result = m_cases.at(row);
    if (result.message.isEmpty() && result.stack.isEmpty()) {
        m_detail->setPlainText(tr("%1: %2 (no message)").arg(result.name, outcomeText(result.outcome)));
        return;
    }
    QString text = result.message;
    if (!result.stack.isEmpty())
        text += QStringLiteral("\n\n") + result.stack;
    m_detail->setPlainText(text);
}

}  // namespace mlops::ui
