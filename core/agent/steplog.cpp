#include "core/agent/steplog.h"

#include "core/agent/secretmasker.h"
#include "core/runs/logindex.h"
#include "core/runs/logwriter.h"

#include <QFile>

#include <algorithm>

namespace mlops::agent {

namespace {

constexpr qint64 kLineOverhead = runs::LogWriter::kPrefixSize + 1;  // timestamp, space, '\n'

bool needsPicture(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != 0x1b) || c == 0x7f;
}

}  // namespace

StepLog::StepLog(std::unique_ptr<runs::LogWriter> writer, const SecretMasker *masker, qint64 maxBytes)
    : m_writer(std::move(writer)), m_masker(masker), m_maxBytes(maxBytes > 0 ? maxBytes : kDefaultMaxBytes)
{
}

StepLog::~StepLog() { close(); }

QString StepLog::readable(QString text)
{
    const char16_t *begin = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *end = begin + text.size();
    const char16_t *found = std::find_if(begin, end, needsPicture);
    if (found == end)
        return text;
    QString out;
    out.reserve(text.size());
    out.append(QStringView(begin, found - begin));
    for (const char16_t *c = found; c != end; ++c) {
        if (*c == u'\r' && c + 1 != end && c[1] == u'\n')
            continue;
        if (!needsPicture(*c))
            out.append(QChar(*c));
        else
            out.append(QChar(*c == 0x7f ? char16_t(0x2421) : char16_t(0x2400 + *c)));
    }
    return out;
}

qint64 StepLog::utf8Size(QStringView text)
{
    qint64 size = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        size += u < 0x80 ? 1 : u < 0x800 ? 2 : c.isSurrogate() ? 2 : 3;  // a pair: 4 bytes
    }
    return size;
}

QByteArray StepLog::encode(const QString &line) const
{
    return readable(m_masker ? m_masker->mask(line) : line).toUtf8();
}

void StepLog::omit(qint64 lines, qint64 bytes)
{
    m_omittedLines += lines;
    m_omittedBytes += bytes;
}

void StepLog::append(const QList<QByteArray> &lines, qint64 countedBytes)
{
    if (lines.isEmpty())
        return;
    if (!m_writeError.isEmpty()) {
        omit(lines.size(), countedBytes - lines.size() * kLineOverhead);
        return;
    }
    Result<void> written = m_writer->appendLines(lines);
    if (!written.ok()) {
        m_writeError = written.error().message;
        omit(lines.size(), countedBytes - lines.size() * kLineOverhead);
    }
}

void StepLog::flush()
{
    if (!m_writer || m_pending.isEmpty())
        return;
    const QList<QByteArray> lines = std::move(m_pending);
    const qint64 bytes = m_pendingBytes;
    m_pending.clear();
    m_pendingBytes = 0;
    append(lines, bytes);
}

void StepLog::write(const QString &line)
{
    if (!m_writer)
        return;
    flush();
    const QByteArray text = encode(line);
    append({text}, text.size() + kLineOverhead);
}

void StepLog::addOutput(const QString &line)
{
    if (!m_writer)
        return;
    if (m_limitReached || !m_writeError.isEmpty()) {
        omit(1, utf8Size(line));
        return;
    }
    QByteArray text = encode(line);
    const qint64 cost = text.size() + kLineOverhead;
    if (m_writer->sizeBytes() + m_pendingBytes + cost > m_maxBytes) {
        flush();
        m_limitReached = true;
        omit(1, text.size());
        write(QStringLiteral("##[warning]The log of this step reached its size limit of %1 bytes: the rest of the "
                             "output is not logged (the step goes on).")
                  .arg(m_maxBytes));
        return;
    }
    m_pending.append(std::move(text));
    m_pendingBytes += cost;
    if (m_pendingBytes >= kBatchBytes)
        flush();
}

QString StepLog::omissionMessage() const
{
    if (m_omittedLines == 0)
        return {};
    if (!m_writeError.isEmpty())
        return QStringLiteral("The log of this step could not be written (%1): %2 line(s) of output (%3 bytes) were not logged.")
            .arg(m_writeError)
            .arg(m_omittedLines)
            .arg(m_omittedBytes);
    return QStringLiteral("The log of this step reached its size limit of %1 bytes: %2 line(s) of output (%3 bytes) were not logged.")
        .arg(m_maxBytes)
        .arg(m_omittedLines)
        .arg(m_omittedBytes);
}

void StepLog::close()
{
    if (!m_writer)
        return;
    flush();
    if (m_omittedLines > 0) {
        // A write error may have cleared up since (space freed): try to say so in the log.
        const QByteArray note = encode(QStringLiteral("##[warning]") + omissionMessage());
        (void)m_writer->appendLines({note});
    }
    m_writer.reset();
}

void StepLog::discard()
{
    if (!m_writer)
        return;
    const QString path = m_writer->path();
    m_pending.clear();
    m_pendingBytes = 0;
    m_writer.reset();
    QFile::remove(path);
    QFile::remove(runs::LogIndex::indexPathFor(path));
}

}  // namespace mlops::agent
