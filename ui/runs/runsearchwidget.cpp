#include "runsearchwidget.h"

#include "core/logs/logsearch.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mlops::ui {

namespace {

constexpr int kMaxResults = 5000;  // rows shown; the count still covers every match
constexpr int kMaxTextLength = 300;

}  // namespace

RunSearchWidget::RunSearchWidget(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("runSearchText"));
    m_text->setPlaceholderText(tr("Search all steps of this run"));
    m_text->setClearButtonEnabled(true);
    auto *button = new QPushButton(tr("Search"), this);
    button->setObjectName(QStringLiteral("runSearchButton"));
    row->addWidget(m_text, 1);
    row->addWidget(button);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runSearchStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("runSearchResults"));
    m_results->setUniformItemSizes(true);
    layout->addWidget(m_results, 1);

    connect(m_text, &QLineEdit::returnPressed, this, [this] { search(m_text->text()); });
    connect(button, &QPushButton::clicked, this, [this] { search(m_text->text()); });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT resultActivated(item->data(RecordIdRole).toString(), item->data(LineNumberRole).toLongLong());
    });
}

void RunSearchWidget::setRecords(const QString &workspaceDirectory, const QList<runs::TimelineRecord> &records)
{
    m_directory = workspaceDirectory;
    m_records.clear();
    for (const runs::TimelineRecord &record : records) {
        if (!record.logPath.isEmpty())
            m_records.append(record);
    }
    std::stable_sort(m_records.begin(), m_records.end(),
                     [](const runs::TimelineRecord &a, const runs::TimelineRecord &b) {
                         if (a.startedAt != b.startedAt)
                             return a.startedAt < b.startedAt;
                         return a.order < b.order;
                     });
}

void RunSearchWidget::clear()
{
    m_records.clear();
    m_results->clear();
    m_status->clear();
    m_text->clear();
}

int RunSearchWidget::search(const QString &text)
{
    if (m_text->text() != text)
        m_text->setText(text);
    m_results->clear();
    m_status->clear();
    if (text.isEmpty())
        return 0;
    logs::SearchQuery query;
    query.text = text;
    int total = 0;
    QStringList unreadable;
    for (const runs::TimelineRecord &record : std::as_const(m_records)) {
        QFile file(QDir(m_directory).filePath(record.logPath));
        if (!file.open(QIODevice::ReadOnly)) {
            unreadable.append(record.displayName.isEmpty() ? record.name : record.displayName);
            continue;
        }
        const QByteArray content = file.readAll();
        QList<qint64> lines;
        logs::LogSearch::search(content.constData(), content.size(), query, nullptr,
                                [&lines](const QList<qint64> &batch) { lines.append(batch); });
        if (lines.isEmpty())
            continue;
        const QString step = record.displayName.isEmpty() ? record.name : record.displayName;
        // Walk the file once to cut out the matching lines (ascending).
        qint64 line = 0;
        qsizetype start = 0;
        for (const qint64 wanted : std::as_const(lines)) {
            while (line < wanted && start < content.size()) {
                const qsizetype eol = content.indexOf('\n', start);
                start = eol < 0 ? content.size() : eol + 1;
                ++line;
            }
            qsizetype end = content.indexOf('\n', start);
            if (end < 0)
                end = content.size();
            ++total;
            if (m_results->count() >= kMaxResults)
                continue;
            QString lineText = QString::fromUtf8(content.constData() + start, end - start).trimmed();
            if (lineText.size() > kMaxTextLength)
                lineText = lineText.left(kMaxTextLength) + QStringLiteral("…");
            auto *item = new QListWidgetItem(tr("%1 — line %2: %3").arg(step).arg(wanted + 1).arg(lineText), m_results);
            item->setData(RecordIdRole, record.id);
            item->setData(LineNumberRole, wanted + 1);
        }
    }
    QString status = tr("%n matching line(s)", nullptr, total);
    if (total > kMaxResults)
        status += QLatin1Char(' ') + tr("(the first %1 are listed)").arg(kMaxResults);
    if (!unreadable.isEmpty())
        status += QLatin1Char(' ') + tr("— logs that could not be read: %1").arg(unreadable.join(QStringLiteral(", ")));
    m_status->setText(status);
    return total;
}

}  // namespace mlops::ui
