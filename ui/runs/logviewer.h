#pragma once
// LogViewer: the run-log viewer widget: a toolbar (line numbers, timestamps, follow, find,
// go to line, copy, save), the find bar, the LogView and a status line. It owns the
// LogDocument (index + worker) and the LogSearch (worker) of the log it shows.
// GUI thread only. Actions have objectNames (logActionLineNumbers, logActionTimestamps,
// logActionFollow, logActionFind, logActionFindNext, logActionFindPrevious,
// logActionGoToLine, logActionCopy, logActionSave) so tests and menus can find them.
#include "core/common/result.h"
#include "core/logs/logsearch.h"

#include <QWidget>

class QAction;
class QLabel;
class QToolBar;

namespace mlops::logs {
class LogDocument;
}

namespace mlops::ui {

class LogSearchBar;
class LogView;

class LogViewer : public QWidget {
    Q_OBJECT
public:
    explicit LogViewer(QWidget *parent = nullptr);
    ~LogViewer() override;

    // Opens a log; on failure the viewer shows its empty state and the error.
    Result<void> openFile(const QString &path);
    void closeLog();

    LogView *view() const { return m_view; }
    LogSearchBar *searchBar() const { return m_searchBar; }
    logs::LogDocument *document() const { return m_doc; }

    // Search API used by the find bar (public for tests and menus).
    void startSearch(const logs::SearchQuery &query);
    void findNext();
    void findPrevious();
    qint64 matchCount() const { return qint64(m_matches.size()); }
    qint64 currentMatchIndex() const { return m_current; }  // -1 = none
    bool isSearching() const;

    // Go to a 1-based line number (what the user types).
    void goToLine(qint64 lineNumber);
    Result<void> saveTo(const QString &path) const;

private:
    void updateStatus();
    void updateSearchStatus();
    void showMatch(qint64 index);
    void askGoToLine();
    void askSave();

    logs::LogDocument *m_doc = nullptr;
    logs::LogSearch *m_search = nullptr;
    LogView *m_view = nullptr;
    LogSearchBar *m_searchBar = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_follow = nullptr;
    QList<qint64> m_matches;
    qint64 m_current = -1;
    int m_progress = 100;
    QString m_error;
};

}  // namespace mlops::ui
