#pragma once
// StepLog: what the agent writes to the log of one step. Every line is masked
// (SecretMasker: each registered secret form becomes "***"), made readable — control
// characters other than tab and ESC (kept for ANSI colours) become their Unicode control
// pictures (NUL → U+2400 "␀", DEL → U+2421 "␡"); invalid UTF-8 was already decoded as
// U+FFFD by OutputLineSplitter — and appended as UTF-8 through the step's LogWriter.
//
// Output lines (addOutput) are collected and written with one append per flush(): the job
// runner flushes after each read of the step's output, and a batch is also written once
// it holds 1 MiB. Agent lines (write) are written at once, after whatever is pending.
//
// Size limit (maxBytes; Azure keeps a step's whole log, so the default, 4 GiB, only
// protects the disk from a runaway step): output that would take the log past the limit
// is not written — one "##[warning]" line marks where the log was cut, and close() ends
// it with how many lines and bytes were left out (omissionMessage(), for the timeline
// record). The agent's own lines (write) are always written, so a step's errors and its
// "Finishing" line are never lost to the limit.
//
// Write errors (a full disk, …): the first is kept (writeError()); from then on lines are
// not written but counted as left out, and close() tries to say so in the log.
//
// Threads: one thread at a time. The masker is not owned and must outlive the StepLog.
// Without a writer (no log store) every call does nothing.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace mlops::runs {
class LogWriter;
}

namespace mlops::agent {

class SecretMasker;

class StepLog {
public:
    static constexpr qint64 kDefaultMaxBytes = qint64(4) * 1024 * 1024 * 1024;
    static constexpr qint64 kBatchBytes = 1024 * 1024;

    StepLog(std::unique_ptr<runs::LogWriter> writer, const SecretMasker *masker, qint64 maxBytes = kDefaultMaxBytes);
    ~StepLog();
    StepLog(const StepLog &) = delete;
    StepLog &operator=(const StepLog &) = delete;

    // An agent line: written now (after the pending output), never held back by the limit.
    void write(const QString &line);
    // A line of the step's output: written with the next flush().
    void addOutput(const QString &line);
    void flush();
    // Flushes and, when lines were left out, ends the log saying so; releases the writer.
    void close();
    // Closes the log and deletes its files (for a step that did not run).
    void discard();

    bool isOpen() const { return m_writer != nullptr; }
    qint64 maxBytes() const { return m_maxBytes; }
    bool limitReached() const { return m_limitReached; }
    qint64 omittedLines() const { return m_omittedLines; }
    qint64 omittedBytes() const { return m_omittedBytes; }
    QString writeError() const { return m_writeError; }
    // Why lines are missing from the log and how many (empty when none are).
    QString omissionMessage() const;

    // `text` with control characters shown as control pictures (see above); '\n' is kept
    // (LogWriter starts a new line there) and a '\r' before it dropped.
    static QString readable(QString text);
    // The UTF-8 size of `text` without encoding it.
    static qint64 utf8Size(QStringView text);

private:
    QByteArray encode(const QString &line) const;
    void append(const QList<QByteArray> &lines, qint64 countedBytes);
    void omit(qint64 lines, qint64 bytes);

    std::unique_ptr<runs::LogWriter> m_writer;
    const SecretMasker *m_masker = nullptr;
    const qint64 m_maxBytes;
    QList<QByteArray> m_pending;
    qint64 m_pendingBytes = 0;  // as they will be in the log (timestamps and '\n' included)
    bool m_limitReached = false;
    qint64 m_omittedLines = 0;
    qint64 m_omittedBytes = 0;
    QString m_writeError;
};

}  // namespace mlops::agent
