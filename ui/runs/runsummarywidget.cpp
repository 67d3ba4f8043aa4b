#include "runsummarywidget.h"

#include "runstatus.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mlops::ui {

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

QTableWidget *makeTable(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

}  // namespace

RunSummaryWidget::RunSummaryWidget(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_requestedBy = new QLabel(this);
    m_requestedBy->setObjectName(QStringLiteral("runSummaryRequestedBy"));
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("runSummaryReason"));
    m_queued = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    form->addRow(tr("Requested by:"), m_requestedBy);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Queued:"), m_queued);
    form->addRow(tr("Message:"), m_message);
    auto *coverage = new QHBoxLayout;
    m_coverageBar = new QProgressBar(this);
    m_coverageBar->setObjectName(QStringLiteral("runSummaryCoverageBar"));
    m_coverageBar->setRange(0, 1000);
    m_coverageBar->setMaximumWidth(160);
    m_coverageBar->setFormat(QStringLiteral("%p%"));
    m_coverage = new QLabel(this);
    m_coverage->setObjectName(QStringLiteral("runSummaryCoverage"));
    coverage->addWidget(m_coverageBar);
    coverage->addWidget(m_coverage, 1);
    form->addRow(tr("Code coverage:"), coverage);
    layout->addLayout(form);
    m_parameters = makeTable(this, "runSummaryParameters", {tr("Kind"), tr("Name"), tr("Value")});
    layout->addWidget(m_parameters, 1);
    m_stages = makeTable(this, "runSummaryStages", {tr("Stage"), tr("Duration"), tr("Time")});
    layout->addWidget(m_stages, 1);
    setCoverage(std::nullopt);
}

void RunSummaryWidget::clear()
{
    setRun(runs::RunDetails{});
    setCoverage(std::nullopt);
}

void RunSummaryWidget::setCoverage(const std::optional<runs::CoverageSummary> &coverage)
{
    m_coverageBar->setVisible(coverage.has_value());
    if (!coverage) {
        m_coverageBar->setValue(0);
        m_coverage->setText(tr("No code coverage was published."));
        return;
    }
    const QLocale locale;
    m_coverageBar->setValue(int(std::lround(std::clamp(coverage->lineRate, 0.0, 1.0) * 1000.0)));
    m_coverage->setText(tr("Lines %1% (%2 of %3), branches %4% (%5 of %6)")
                            .arg(locale.toString(coverage->lineRate * 100.0, 'f', 1))
                            .arg(coverage->counts.linesCovered)
                            .arg(coverage->counts.linesValid)
                            .arg(locale.toString(coverage->branchRate * 100.0, 'f', 1))
                            .arg(coverage->counts.branchesCovered)
                            .arg(coverage->counts.branchesValid));
}

void RunSummaryWidget::setRun(const runs::RunDetails &details)
{
    const runs::Run &run = details.run;
    m_requestedBy->setText(run.requestedBy);
    m_reason->setText(run.reason);
    m_queued->setText(run.queuedAt.isValid() ? QLocale().toString(run.queuedAt.toLocalTime(), QLocale::ShortFormat)
                                             : QString());
    m_message->setText(run.resultMessage);

    m_parameters->setRowCount(0);
    const auto addRows = [this](const QString &kind, const QJsonObject &object) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const int row = m_parameters->rowCount();
            m_parameters->insertRow(row);
            m_parameters->setItem(row, 0, new QTableWidgetItem(kind));
            m_parameters->setItem(row, 1, new QTableWidgetItem(it.key()));
            m_parameters->setItem(row, 2, new QTableWidgetItem(jsonText(it.value())));
        }
    };
    addRows(tr("Parameter"), run.parameters);
    addRows(tr("Variable"), run.variables);

    // Time per stage; a run without stages (steps or jobs only) shows its top-level records.
    QList<runs::TimelineRecord> stages;
    for (const runs::TimelineRecord &record : details.timeline) {
        if (record.parentId.isEmpty())
            stages.append(record);
    }
    std::stable_sort(stages.begin(), stages.end(),
                     [](const runs::TimelineRecord &a, const runs::TimelineRecord &b) { return a.order < b.order; });
    qint64 longest = 1;
    for (const runs::TimelineRecord &stage : std::as_const(stages))
        longest = std::max(longest, RunStatus::durationMs(stage.startedAt, stage.finishedAt));
    m_stages->setRowCount(0);
    for (const runs::TimelineRecord &stage : std::as_const(stages)) {
        const qint64 ms = RunStatus::durationMs(stage.startedAt, stage.finishedAt);
        const int row = m_stages->rowCount();
        m_stages->insertRow(row);
        auto *name = new QTableWidgetItem(RunStatus::icon(stage.state, stage.result),
                                          stage.displayName.isEmpty() ? stage.name : stage.displayName);
        m_stages->setItem(row, 0, name);
        m_stages->setItem(row, 1, new QTableWidgetItem(RunStatus::formatDuration(ms)));
        auto *bar = new QProgressBar(m_stages);
        bar->setRange(0, 1000);
        bar->setValue(ms > 0 ? int(ms * 1000 / longest) : 0);
        bar->setTextVisible(false);
        m_stages->setCellWidget(row, 2, bar);
    }
    m_stages->resizeColumnsToContents();
    m_parameters->resizeColumnsToContents();
}

}  // namespace mlops::ui
