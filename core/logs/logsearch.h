#pragma once
// LogSearch: finds the lines of a log file that match a query, in ONE worker thread,
// cancellable, reporting matching line numbers progressively (batches throttled to
// ~20 per second) and the total count at the end.
//
// Plain text uses a SIMD byte search (ASCII case folding when case-insensitive); a
// case-insensitive query with non-ASCII letters, and regular expressions, are matched
// per line on the decoded text with QRegularExpression / QString. A line counts once
// however many times it matches.
//
// Threads: start()/cancel() and destruction on the owner thread; signals arrive there.
// search() is the same engine, synchronous, callable from any thread.
#include "core/common/result.h"
#include "core/logs/logindex.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <thread>

namespace mlops::logs {

struct SearchQuery {
    QString text;
    bool regex = false;
    bool caseSensitive = false;
};

class LogSearch : public QObject {
    Q_OBJECT
public:
    explicit LogSearch(QObject *parent = nullptr);
    ~LogSearch() override;  // cancels and joins

    // Validates the query (InvalidInput for an empty text or a bad pattern, naming the
    // error and its offset) and starts searching `path` (the first `size` bytes, or the
    // whole file when size < 0). A running search is cancelled first. `index` (optional,
    // e.g. LogDocument::indexSnapshot()) lets plain search skip counting newlines.
    Result<void> start(const QString &path, const SearchQuery &query, qint64 size = -1,
                       const LogIndex &index = {});
    void cancel();
    bool isRunning() const { return m_running; }

    // Synchronous engine over data[0, size): calls onMatches with ascending batches of
    // line numbers; returns the number of matching lines, or -1 when cancelled.
    // Precondition: the query is valid (see start()).
    static qint64 search(const char *data, qint64 size, const SearchQuery &query,
                         const std::atomic_bool *cancel,
                         const std::function<void(const QList<qint64> &)> &onMatches,
                         const std::function<void(qint64 bytesDone)> &onProgress = {},
                         const LogIndex *index = nullptr);

Q_SIGNALS:
    void matchesFound(const QList<qint64> &lines);  // ascending, after earlier batches
    void progress(int percent);
    void finished(qint64 totalMatches);             // not emitted when cancelled
    void failed(const QString &message);

private:
    std::thread m_worker;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    quint64 m_generation = 0;
};

}  // namespace mlops::logs
