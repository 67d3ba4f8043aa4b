#pragma once
// LogIndex: the line index of an append-only log file, shared by LogWriter and
// LogReader. The index file (<record>.idx next to <record>.log) is a sequence of
// little-endian uint64 values, one per complete line: the offset just past that line's
// '\n'. Line N (0-based) therefore spans [entry(N-1) or 0, entry(N)) including its '\n'.
// The writer appends an entry after the line itself is in the log, so an index never
// points past the log; a crash can only leave it short (or end in a partial entry).
//
// Thread safety: stateless functions on file descriptors the caller owns.

#include "core/common/result.h"

#include <QString>

#include <vector>

namespace mlops::runs {

class LogIndex {
public:
    // The index file of a log file: "x.log" → "x.idx", anything else → "<path>.idx".
    static QString indexPathFor(const QString &logPath);

    // Reads the index from `indexFd` (may be -1: no index) and keeps its longest valid
    // prefix for a log of `logSize` bytes: entries strictly increasing, ≤ logSize, the
    // last one just after a '\n' of the log. Io error only when reading fails.
    static Result<std::vector<quint64>> loadValidPrefix(int logFd, int indexFd, quint64 logSize);

    // Appends to `ends` the end offsets of the complete lines in [from, to) of the log,
    // reading in large chunks and finding newlines with memchr.
    static Result<void> scan(int logFd, quint64 from, quint64 to, std::vector<quint64> &ends);

    // Writes all of `data` at the current position (handles short writes and EINTR).
    static Result<void> writeAll(int fd, const char *data, qsizetype size, const QString &what);
    // Reads exactly `size` bytes at `offset`.
    static Result<void> readAt(int fd, quint64 offset, char *out, qsizetype size, const QString &what);
};

}  // namespace mlops::runs
