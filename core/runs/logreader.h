#pragma once
// LogReader: random access to the lines of a step log, also while another process is
// still appending to it. Line N is found through the line index (LogIndex) without
// scanning the log; when the index is missing or short (a writer was killed, or it is
// behind), the reader completes it in memory by scanning the rest of the log in large
// chunks. A last line without its '\n' is not visible until it is complete.
//
// Lines are returned as stored: timestamp prefix included (see LogWriter), no '\n',
// bytes exactly as written. Memory: 8 bytes per line for the offsets.
// Thread safety: one thread at a time per LogReader; open one reader per thread.

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace mlops::runs {

class LogReader {
public:
    // Opens the log at `logPath` and indexes its complete lines. NotFound when the log
    // does not exist, Io when it cannot be read.
    static Result<std::unique_ptr<LogReader>> open(const QString &logPath);
    ~LogReader();
    LogReader(const LogReader &) = delete;
    LogReader &operator=(const LogReader &) = delete;

    // Picks up lines appended since the last call; returns the new line count.
    Result<qint64> refresh();

    qint64 lineCount() const { return static_cast<qint64>(m_ends.size()); }
    // Bytes covered by the complete lines.
    qint64 sizeBytes() const { return m_ends.empty() ? 0 : static_cast<qint64>(m_ends.back()); }
    // True when the on-disk index covered every line at open (no scan was needed).
    bool indexWasComplete() const { return m_indexWasComplete; }

    // Lines [first, first + count), clamped to the line count. InvalidInput when
    // `first` is negative or beyond the last line, or `count` is negative.
    Result<QList<QByteArray>> readLines(qint64 first, qint64 count) const;
    Result<QByteArray> line(qint64 index) const;

    // The text of a stored line without its timestamp prefix (the line itself when it
    // has none).
    static QByteArray textOf(const QByteArray &line);

private:
    LogReader(QString path, int fd);

    QString m_path;
    int m_fd = -1;
    std::vector<quint64> m_ends;
    bool m_indexWasComplete = false;
};

}  // namespace mlops::runs
