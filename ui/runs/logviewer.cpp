#include "ui/runs/logviewer.h"

#include "core/logs/logdocument.h"
#include "ui/runs/logsearchbar.h"
#include "ui/runs/logview.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QToolBar>
#include <QVBoxLayout>

namespace mlops::ui {

LogViewer::LogViewer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("logViewer"));
    m_doc = new logs::LogDocument(this);
    m_search = new logs::LogSearch(this);
    m_view = new LogView(this);
    m_searchBar = new LogSearchBar(this);
    m_searchBar->hide();
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("logToolBar"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));

    auto makeAction = [this](const QString &name, const QString &text, const QKeySequence &key, bool checkable,
                            bool inToolBar) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setCheckable(checkable);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        QWidget::addAction(a);
        if (inToolBar)
            m_toolBar->addAction(a);
        return a;
    };
    QAction *lineNumbers = makeAction(QStringLiteral("logActionLineNumbers"), tr("Line numbers"), {}, true, true);
    lineNumbers->setChecked(true);
    QAction *timestamps = makeAction(QStringLiteral("logActionTimestamps"), tr("Timestamps"), {}, true, true);
    timestamps->setChecked(true);
    m_follow = makeAction(QStringLiteral("logActionFollow"), tr("Follow"), {}, true, true);
    m_follow->setToolTip(tr("Stay at the end of the log while it grows"));
    m_toolBar->addSeparator();
    QAction *find = makeAction(QStringLiteral("logActionFind"), tr("Find…"), QKeySequence::Find, false, true);
    QAction *next = makeAction(QStringLiteral("logActionFindNext"), tr("Find next"), QKeySequence(Qt::Key_F3), false, false);
    QAction *previous = makeAction(QStringLiteral("logActionFindPrevious"), tr("Find previous"),
                                  QKeySequence(Qt::SHIFT | Qt::Key_F3), false, false);
    QAction *goTo = makeAction(QStringLiteral("logActionGoToLine"), tr("Go to line…"), QKeySequence(Qt::CTRL | Qt::Key_G), false, true);
    QAction *copy = makeAction(QStringLiteral("logActionCopy"), tr("Copy"), QKeySequence::Copy, false, false);
    QAction *save = makeAction(QStringLiteral("logActionSave"), tr("Save log…"), QKeySequence::Save, false, true);

    connect(lineNumbers, &QAction::toggled, m_view, &LogView::setShowLineNumbers);
    connect(timestamps, &QAction::toggled, m_view, &LogView::setShowTimestamps);
    connect(m_follow, &QAction::toggled, m_view, &LogView::setFollow);
    connect(m_view, &LogView::followChanged, m_follow, &QAction::setChecked);
    connect(find, &QAction::triggered, m_searchBar, &LogSearchBar::activate);
    connect(next, &QAction::triggered, this, &LogViewer::findNext);
    connect(previous, &QAction::triggered, this, &LogViewer::findPrevious);
    connect(goTo, &QAction::triggered, this, &LogViewer::askGoToLine);
    connect(copy, &QAction::triggered, m_view, &LogView::copy);
    connect(save, &QAction::triggered, this, &LogViewer::askSave);

    connect(m_searchBar, &LogSearchBar::queryChanged, this, &LogViewer::startSearch);
    connect(m_searchBar, &LogSearchBar::nextRequested, this, &LogViewer::findNext);
    connect(m_searchBar, &LogSearchBar::previousRequested, this, &LogViewer::findPrevious);
    connect(m_searchBar, &LogSearchBar::closeRequested, this, [this] {
        m_search->cancel();
        m_searchBar->hide();
        m_matches.clear();
        m_current = -1;
        m_view->setMatches({});
        m_view->setSearchHighlight({});
        m_view->setFocus();
    });
    connect(m_search, &logs::LogSearch::matchesFound, this, [this](const QList<qint64> &lines) {
        const bool first = m_matches.isEmpty();
        m_matches += lines;
        m_view->setMatches(m_matches);
        if (first && !m_matches.isEmpty()) {
            // Start at the first match at or after the top of the view.
            const qint64 top = m_view->topLine();
            const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), top);
            showMatch(it == m_matches.end() ? 0 : it - m_matches.begin());
        }
        updateSearchStatus();
    });
    connect(m_search, &logs::LogSearch::finished, this, [this] { updateSearchStatus(); });
    connect(m_search, &logs::LogSearch::failed, m_searchBar, &LogSearchBar::setError);

    connect(m_doc, &logs::LogDocument::progress, this, [this](int percent) {
        m_progress = percent;
        updateStatus();
    });
    connect(m_doc, &logs::LogDocument::lineCountChanged, this, &LogViewer::updateStatus);
    connect(m_doc, &logs::LogDocument::indexingFinished, this, [this] {
        m_progress = 100;
        updateStatus();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_searchBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    m_view->setDocument(m_doc);
    updateStatus();
}

LogViewer::~LogViewer() = default;

Result<void> LogViewer::openFile(const QString &path)
{
    m_search->cancel();
    m_matches.clear();
    m_current = -1;
    m_error.clear();
    m_progress = 0;
    auto opened = m_doc->open(path);
    if (!opened.ok())
        m_error = opened.error().message;
    else
        m_doc->setWatching(true);  // a run's log may still grow: keep the line count current
    m_view->setDocument(m_doc);
    updateStatus();
    return opened;
}

void LogViewer::closeLog()
{
    m_search->cancel();
    m_doc->close();
    m_matches.clear();
    m_current = -1;
    m_view->setDocument(m_doc);
    updateStatus();
}

void LogViewer::updateStatus()
{
    if (!m_error.isEmpty()) {
        m_status->setText(m_error);
        return;
    }
    if (!m_doc->isOpen()) {
        m_status->setText(tr("No log open"));
        return;
    }
    const QString lines = tr("%1 lines").arg(QLocale().toString(m_doc->lineCount()));
    if (m_doc->isIndexing() && m_progress < 100)
        m_status->setText(tr("%1 — indexing %2%").arg(lines).arg(m_progress));
    else
        m_status->setText(tr("%1 — %2").arg(lines, QFileInfo(m_doc->path()).fileName()));
}

bool LogViewer::isSearching() const
{
    return m_search->isRunning();
}

void LogViewer::startSearch(const logs::SearchQuery &query)
{
    m_search->cancel();
    m_matches.clear();
    m_current = -1;
    m_view->setMatches({});
    m_view->setSearchHighlight(query);
    m_view->setCurrentMatch(-1);
    if (query.text.isEmpty() || !m_doc->isOpen()) {
        m_searchBar->setStatus(0, 0, false);
        return;
    }
    const auto started = m_search->start(m_doc->path(), query, m_doc->indexedBytes(), m_doc->indexSnapshot());
    if (!started.ok()) {
        m_searchBar->setError(started.error().message);
        return;
    }
    updateSearchStatus();
}

void LogViewer::updateSearchStatus()
{
    m_searchBar->setStatus(m_current + 1, matchCount(), m_search->isRunning());
}

void LogViewer::showMatch(qint64 index)
{
    if (m_matches.isEmpty())
        return;
    m_current = (index % matchCount() + matchCount()) % matchCount();
    const qint64 line = m_matches[m_current];
    m_view->revealLine(line);  // unfold the groups that hide the match
    m_view->setCurrentMatch(line);
    updateSearchStatus();
}

void LogViewer::findNext()
{
    if (!m_searchBar->isVisible() || m_matches.isEmpty()) {
        m_searchBar->activate();
        return;
    }
    showMatch(m_current + 1);
}

void LogViewer::findPrevious()
{
    if (!m_searchBar->isVisible() || m_matches.isEmpty()) {
        m_searchBar->activate();
        return;
    }
    showMatch(m_current - 1);
}

void LogViewer::goToLine(qint64 lineNumber)
{
    const qint64 line = std::clamp<qint64>(lineNumber - 1, 0, std::max<qint64>(0, m_doc->lineCount() - 1));
    m_view->scrollToLine(line);
    m_view->setSelection({line, 0}, {line, 0});
    m_view->setFocus();
}

void LogViewer::askGoToLine()
{
    if (!m_doc->isOpen() || m_doc->lineCount() == 0)
        return;
    bool ok = false;
    const int max = int(std::min<qint64>(m_doc->lineCount(), std::numeric_limits<int>::max()));
    const int n = QInputDialog::getInt(this, tr("Go to line"), tr("Line number (1–%1):").arg(max),
                                       int(std::min<qint64>(m_view->topLine() + 1, max)), 1, max, 1, &ok);
    if (ok)
        goToLine(n);
}

Result<void> LogViewer::saveTo(const QString &path) const
{
    if (!m_doc->isOpen())
        return makeError(ErrorCode::InvalidInput, tr("There is no log to save."));
    return m_doc->saveCopy(path);
}

void LogViewer::askSave()
{
    if (!m_doc->isOpen())
        return;
    const QString target = QFileDialog::getSaveFileName(this, tr("Save log"), QFileInfo(m_doc->path()).fileName(),
                                                        tr("Log files (*.log *.txt);;All files (*)"));
    if (target.isEmpty())
        return;
    const auto saved = saveTo(target);
    m_status->setText(saved.ok() ? tr("Saved the log to %1").arg(target) : saved.error().message);
}

}  // namespace mlops::ui
