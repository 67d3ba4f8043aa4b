#include "ui/runs/logsearchbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace mlops::ui {

LogSearchBar::LogSearchBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("logSearchBar"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("logSearchText"));
    m_text->setPlaceholderText(tr("Find in log"));
    m_text->setClearButtonEnabled(true);
    auto makeToggle = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setCheckable(true);
        b->setAutoRaise(true);
        return b;
    };
    m_regex = makeToggle(QStringLiteral("logSearchRegex"), tr(".*"), tr("Regular expression"));
    m_case = makeToggle(QStringLiteral("logSearchCase"), tr("Aa"), tr("Match case"));
    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("logSearchPrevious"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("logSearchNext"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logSearchStatus"));
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(QStringLiteral("000000 of 000000…")));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("logSearchClose"));
    close->setText(tr("Close"));
    close->setAutoRaise(true);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 2, 4, 2);
    row->addWidget(m_text, 1);
    row->addWidget(m_regex);
    row->addWidget(m_case);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    row->addWidget(m_status);
    row->addWidget(close);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT queryChanged(query()); });
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            Q_EMIT queryChanged(query());
        } else {
            Q_EMIT nextRequested();
        }
    });
    connect(m_regex, &QToolButton::toggled, this, [this] { Q_EMIT queryChanged(query()); });
    connect(m_case, &QToolButton::toggled, this, [this] { Q_EMIT queryChanged(query()); });
    connect(m_next, &QToolButton::clicked, this, &LogSearchBar::nextRequested);
    connect(m_previous, &QToolButton::clicked, this, &LogSearchBar::previousRequested);
    connect(close, &QToolButton::clicked, this, &LogSearchBar::closeRequested);
}

logs::SearchQuery LogSearchBar::query() const
{
    return {m_text->text(), m_regex->isChecked(), m_case->isChecked()};
}

void LogSearchBar::setQueryText(const QString &text)
{
    m_text->setText(text);
    m_debounce->stop();
    Q_EMIT queryChanged(query());
}

void LogSearchBar::activate()
{
    show();
    m_text->setFocus();
    m_text->selectAll();
}

void LogSearchBar::setStatus(qint64 current, qint64 total, bool running)
{
    QString text;
    if (total == 0 && !running)
        text = tr("No matches");
    else
        text = tr("%1 of %2").arg(current).arg(total);
    if (running)
        text += tr("…");
    m_status->setText(text);
}

void LogSearchBar::setError(const QString &message)
{
    m_status->setText(message);
}

QString LogSearchBar::statusText() const
{
    return m_status->text();
}

void LogSearchBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

}  // namespace mlops::ui
