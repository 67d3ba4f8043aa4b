#pragma once
// ChildOutputPipes: the stdout and stderr of a child process as two pipes that the parent
// reads itself, a bounded chunk at a time. (QProcess reads everything the child writes
// into its own buffers while the caller waits, so a child writing gigabytes quickly
// could make the agent's memory grow with it; with these pipes a child that writes
// faster than the agent logs simply blocks on its full pipe.)
//
// Use: construct before starting the child (check isValid()); call redirectChild() in
// the child between fork and exec (QProcess::setChildProcessModifier; it only calls
// dup2, which is async-signal-safe) with QProcess in ForwardedChannels mode; call
// closeChildEnds() in the parent once the child has started (or failed to); then read().
//
// Threads: one thread. The read ends are closed by the destructor.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <chrono>
#include <functional>

namespace mlops::agent {

class ChildOutputPipes {
public:
    static constexpr qsizetype kChunk = 64 * 1024;  // at most this much per stream and read()
    using Sink = std::function<void(QByteArrayView chunk, bool isStderr)>;

    ChildOutputPipes();
    ~ChildOutputPipes();
    ChildOutputPipes(const ChildOutputPipes &) = delete;
    ChildOutputPipes &operator=(const ChildOutputPipes &) = delete;

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }

    // In the child: makes the pipes its stdout (1) and stderr (2).
    void redirectChild() const noexcept;
    // In the parent, after the start: closes the write ends it does not need.
    void closeChildEnds();

    // Waits up to `timeout` for output, then reads at most kChunk bytes from each stream
    // that has some and hands them to `sink` (stdout first). Returns the bytes read.
    qint64 read(std::chrono::milliseconds timeout, const Sink &sink);
    // Reads what can be read without waiting, up to `maxBytes` in all (the rest is left).
    qint64 drain(qint64 maxBytes, const Sink &sink);
    // Both streams are at end of file (every writer closed them).
    bool atEnd() const { return m_out[0] < 0 && m_err[0] < 0; }

private:
    qint64 readOne(int &fd, bool isStderr, const Sink &sink);

    int m_out[2] = {-1, -1};
    int m_err[2] = {-1, -1};
    bool m_valid = false;
    QString m_error;
    QByteArray m_buffer;
};

}  // namespace mlops::agent
