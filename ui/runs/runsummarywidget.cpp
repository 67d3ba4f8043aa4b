#include "runsummarywidget.h"

#include "runstatus.h"

#include <QFormLayout>
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
    layout->addLayout(form);
    m_parameters = makeTable(this, "runSummaryParameters", {tr("Kind"), tr("Name"), tr("Value")});
    layout->addWidget(m_parameters, 1);
    m_stages = makeTable(this, "runSummaryStages", {tr("Stage"), tr("Duration"), tr("Time")});
    layout->addWidget(m_stages, 1);
}

void RunSummaryWidget::clear()
{
    setRun(runs::RunDetails{});
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
