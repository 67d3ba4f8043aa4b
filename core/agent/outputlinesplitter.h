#pragma once
// OutputLineSplitter: turns the bytes a step writes to one stream (stdout or stderr) into
// lines of text the way the Azure Pipelines agent reads them: a line ends at "\n", "\r\n"
// or a lone "\r" (so a progress bar redrawn with "\r" becomes one line per redraw), the
// bytes are UTF-8 decoded across chunk boundaries, and invalid sequences become U+FFFD.
// NUL and other control characters are passed on as they are (StepLog makes them visible).
//
// Memory stays bounded whatever the step writes: a line longer than maxLineLength UTF-16
// characters (default 1 Mi) is delivered in pieces of about that length, flagged
// `whole = false` (every piece, the last included), instead of being held until its end.
// A piece never ends inside an occurrence of a registered secret form (SecretMasker), so
// masking each piece masks the line as a whole; nor between the halves of a surrogate
// pair. Held back at most: maxLineLength + the longest secret form + one chunk.
//
// Threads: one thread at a time. The masker is not owned and must outlive the splitter.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <functional>

namespace mlops::agent {

class SecretMasker;

class OutputLineSplitter {
public:
    // `whole`: the text is a complete line; false for each piece of a line that was too long.
    using Callback = std::function<void(const QString &text, bool whole)>;
    static constexpr qsizetype kDefaultMaxLineLength = 1024 * 1024;

    explicit OutputLineSplitter(qsizetype maxLineLength = kDefaultMaxLineLength, const SecretMasker *masker = nullptr);

    // Decodes `bytes` and delivers every line (or piece) that is complete.
    void feed(QByteArrayView bytes, const Callback &onLine);
    // End of the stream: delivers what is left (a last line without its end).
    void finish(const Callback &onLine);

    // How many lines were delivered in pieces so far.
    qint64 splitLineCount() const { return m_splitLines; }
    qsizetype maxLineLength() const { return m_maxLineLength; }

    // Where a piece of `text` that should be about `preferred` characters long may end:
    // `preferred`, moved back to the start of a masked range (or, when that range starts
    // the text, on to its end) that would otherwise be cut, and never between the halves
    // of a surrogate pair. `text` must extend at least the longest secret form past
    // `preferred` when it can (occurrences beyond its end are not seen).
    static qsizetype safeCut(QStringView text, qsizetype preferred, const SecretMasker *masker);

private:
    void deliver(bool atEnd, const Callback &onLine);

    const qsizetype m_maxLineLength;
    const SecretMasker *m_masker = nullptr;
    QByteArray m_tail;          // the bytes of a character cut by the end of the last chunk
    QString m_pending;          // decoded text not delivered yet
    qsizetype m_scanned = 0;    // m_pending[0, m_scanned) holds no line end
    bool m_inLongLine = false;  // m_pending continues a line already delivered in part
    qint64 m_splitLines = 0;
};

}  // namespace mlops::agent
