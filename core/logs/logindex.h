#pragma once
// LogIndex: a memory-light line index of a text file (any bytes; '\n' ends a line).
//
// The file is cut into fixed chunks of kChunkBytes; the index keeps, per chunk, the number
// of '\n' before the chunk starts (one qint64 per 16 KiB: 512 KiB for a 1 GiB file).
// A line's byte offset is found by a binary search over the chunks and a scan of at most
// one chunk. Counting per chunk needs no knowledge of earlier chunks, so a build splits
// the file into ranges counted in parallel and stitches them with a prefix sum.
//
// Lines: a '\n' ends a line; bytes after the last '\n' form one more (unterminated) line;
// an empty file has 0 lines. A "\r" before the '\n' belongs to the line (callers strip it).
//
// A LogIndex is a plain value: not thread-safe; readers and the appending writer must be
// serialised by the owner (LogDocument does it with a lock). Building and appending take
// the bytes from the caller (a mapping or a buffer); the index never opens files.
#include <QtGlobal>

#include <atomic>
#include <functional>
#include <vector>

namespace mlops::logs {

class LogIndex {
public:
    static constexpr qint64 kChunkBytes = 16 * 1024;

    // Where to read a line: the line starts `newlinesToSkip` newlines after `scanFrom`
    // (0 = at scanFrom). scanFrom is a chunk start (or 0) at most one chunk before the line.
    struct Location {
        qint64 scanFrom = 0;
        qint64 newlinesToSkip = 0;
    };

    // Progress callback: bytes done so far (called from the building threads; may be
    // called concurrently from several threads with their own counts summed).
    using Progress = std::function<void(qint64 bytesDone)>;

    LogIndex() = default;

    // Builds the index of data[0, size) with up to `threads` threads. Returns an empty,
    // invalid index (isComplete() false) when `cancel` becomes true.
    static LogIndex build(const char *data, qint64 size, int threads,
                          const std::atomic_bool *cancel = nullptr, const Progress &progress = {});

    // Appends the bytes that follow indexedBytes(): data[0, size) is file[indexedBytes(),
    // indexedBytes() + size).
    void append(const char *data, qint64 size);
    // Appends an index built over the bytes that follow indexedBytes(). Precondition:
    // indexedBytes() is a multiple of kChunkBytes.
    void appendIndex(const LogIndex &next);
    void clear();

    qint64 lineCount() const;
    qint64 newlineCount() const { return m_newlines; }
    qint64 indexedBytes() const { return m_bytes; }
    // Offset of the first byte after the last '\n' (the start of the last, maybe partial line).
    qint64 lastLineStart() const { return m_lastLineStart; }
    bool isComplete() const { return m_complete; }
    // Heap bytes held by the index.
    qint64 memoryBytes() const;

    // Precondition: 0 <= line < lineCount().
    Location locate(qint64 line) const;
    // The line that holds byte `offset` is firstLine + (newlines in [chunkStart, offset)).
    struct ChunkStart {
        qint64 chunkStart = 0;
        qint64 firstLine = 0;
    };
    ChunkStart chunkFor(qint64 offset) const;

    // Number of '\n' in data[0, size) (SSE2 where available).
    static qint64 countNewlines(const char *data, qint64 size);
    // Pointer just past the n-th '\n' (n >= 1) in data[0, size), or nullptr if fewer.
    static const char *skipNewlines(const char *data, qint64 size, qint64 n);

private:
    std::vector<qint64> m_chunkNewlines;  // newlines before chunk c
    qint64 m_newlines = 0;
    qint64 m_bytes = 0;
    qint64 m_lastLineStart = 0;
    bool m_complete = true;
};

}  // namespace mlops::logs
