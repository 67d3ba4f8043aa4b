#pragma once
// LogWriter: appends timestamped lines to one step log and keeps its line index
// (LogIndex) current. Each line is written as Azure's raw logs are:
//   "2026-11-25T10:00:00.0000000Z <text>\n"   (UTC, 7 fractional digits)
// Text bytes are stored exactly as given (invalid UTF-8, NUL and other binary bytes
// included); a '\n' inside the text starts a new line with the same timestamp. The
// text must already be secret-masked by the agent.
//
// Crash safety: lines go to the kernel with write() at once (no user-space buffer), so
// a killed writer loses nothing it appended; sync() adds durability against power loss.
// open() repairs what a crash can leave: a last line without its '\n' is completed, and
// the index is cut to its valid prefix and extended by scanning the log.
//
// One writer per log: open() takes an exclusive advisory lock (flock) and fails with
// Conflict while another writer holds it. Readers (LogReader) need no lock.
// Thread safety: one thread at a time per LogWriter.

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <chrono>
#include <memory>

namespace mlops::runs {

class LogWriter {
public:
    using Clock = std::chrono::system_clock;

    // Opens `logPath` for appending (creating it and its folder), repairing the log and
    // its index after a crash. Io on a file error, Conflict when another writer has it.
    static Result<std::unique_ptr<LogWriter>> open(const QString &logPath);
    ~LogWriter();
    LogWriter(const LogWriter &) = delete;
    LogWriter &operator=(const LogWriter &) = delete;

    // Appends one line (split at '\n' into several) stamped with `at` (default: now).
    // On an Io error the log and index are cut back to where they were.
    Result<void> appendLine(const QByteArray &text, Clock::time_point at = Clock::now());
    // Appends many lines with one write to the log and one to the index.
    Result<void> appendLines(const QList<QByteArray> &lines, Clock::time_point at = Clock::now());
    // fdatasync() of the log and the index.
    Result<void> sync();

    qint64 lineCount() const { return m_lineCount; }
    qint64 sizeBytes() const { return static_cast<qint64>(m_size); }
    QString path() const { return m_path; }

    // "2026-11-25T10:00:00.0000000Z" (28 bytes) for `at`, in UTC.
    static QByteArray timestamp(Clock::time_point at);
    static constexpr qsizetype kPrefixSize = 29;  // the timestamp and one space

private:
    LogWriter(QString path, int logFd, int indexFd, quint64 size, qint64 lineCount);

    QString m_path;
    int m_logFd = -1;
    int m_indexFd = -1;
    quint64 m_size = 0;
    qint64 m_lineCount = 0;
};

}  // namespace mlops::runs
