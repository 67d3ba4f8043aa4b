#pragma once
// LogDocument: one log file opened for viewing. Owns the line index (LogIndex), the group
// markers (LogGroups) and ONE worker thread that indexes the file: first the whole file
// (memory-mapped, 2 threads), then, when the file grows, only the appended tail.
//
// Threads: create, call and destroy on one thread (the GUI thread). Signals are emitted on
// that thread. The worker shares the index under a lock that is held only to publish
// results, so readLines() never waits for indexing. Progress and growth signals are
// throttled to at most ~20 per second.
//
// Growth: checkForGrowth() (called by a timer while watching is on, or by hand) stats the
// file; appended bytes are indexed on the worker; a shrunk file is re-indexed from scratch
// (reset()). Lines are those indexed so far; lineCount() grows while the worker runs.
#include "core/common/result.h"
#include "core/logs/loggroups.h"
#include "core/logs/logindex.h"

#include <QFile>
#include <QList>
#include <QObject>
#include <QReadWriteLock>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>

namespace mlops::logs {

class LogDocument : public QObject {
    Q_OBJECT
public:
    // Lines longer than this are returned cut to it by readLines().
    static constexpr qint64 kMaxLineBytes = 1 << 20;

    explicit LogDocument(QObject *parent = nullptr);
    ~LogDocument() override;  // cancels and joins the worker

    // Opens `path` and starts indexing it. NotFound / Io when it cannot be read; the
    // previous file (if any) is closed first either way.
    Result<void> open(const QString &path);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_path; }

    qint64 lineCount() const;
    qint64 indexedBytes() const;
    bool isIndexing() const { return m_busy; }
    // A copy of the current index (cheap: ~512 KiB per GiB).
    LogIndex indexSnapshot() const;
    QList<LogGroup> groups() const;

    // Raw bytes of lines [first, first + count) clipped to lineCount(), without the line
    // ending ("\n" or "\r\n"); each line cut to kMaxLineBytes. Empty on a read error.
    QList<QByteArray> readLines(qint64 first, qint64 count) const;
    QByteArray readLine(qint64 line) const;

    // Copies the file as it is on disk now to `target` (overwritten). Io on failure.
    Result<void> saveCopy(const QString &target) const;

    // Watch the file for growth (a 100 ms stat timer). Off by default.
    void setWatching(bool on);
    bool isWatching() const { return m_pollTimer.isActive(); }

public Q_SLOTS:
    void checkForGrowth();

Q_SIGNALS:
    void progress(int percent);        // initial indexing, throttled
    void lineCountChanged(qint64 lineCount);  // throttled
    void groupsChanged();
    void indexingFinished();           // each worker job that completed (not cancelled)
    void reset();                      // the file shrank or was replaced: lines changed

private:
    void startJob(qint64 from, qint64 to);
    void runJob(qint64 from, qint64 to);  // on the worker thread
    void jobFinished(bool completed);     // on the owner thread
    void stopWorker();

    QString m_path;
    mutable QFile m_file;  // the owner thread's reader
    mutable QReadWriteLock m_lock;
    LogIndex m_index;          // guarded by m_lock
    LogGroups m_groups;        // guarded by m_lock
    qint64 m_groupsScanned = 0;  // lines before this offset were scanned for groups (guarded)
    qint64 m_groupsLine = 0;     // the line that starts at m_groupsScanned (guarded)

    std::thread m_worker;
    std::atomic_bool m_cancel{false};
    bool m_busy = false;
    bool m_growthPending = false;
    QTimer m_pollTimer;
};

}  // namespace mlops::logs
