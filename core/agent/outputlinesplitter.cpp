#include "core/agent/outputlinesplitter.h"

#include "core/agent/secretmasker.h"

#include <algorithm>
#include <optional>

namespace mlops::agent {

namespace {

// The length of the incomplete UTF-8 sequence that ends `bytes` (0 when it ends on a
// character boundary or with bytes that can never complete a character).
qsizetype incompleteTail(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    qsizetype continuation = 0;
    while (continuation < 3 && continuation < size && (quint8(bytes[size - 1 - continuation]) & 0xC0) == 0x80)
        ++continuation;
    if (continuation == size)
        return 0;
    const quint8 lead = quint8(bytes[size - 1 - continuation]);
    qsizetype expected = 0;
    if ((lead & 0xE0) == 0xC0)
        expected = 2;
    else if ((lead & 0xF0) == 0xE0)
        expected = 3;
    else if ((lead & 0xF8) == 0xF0)
        expected = 4;
    return expected > continuation + 1 ? continuation + 1 : 0;
}

}  // namespace

OutputLineSplitter::OutputLineSplitter(qsizetype maxLineLength, const SecretMasker *masker)
    : m_maxLineLength(std::max<qsizetype>(maxLineLength, 16)), m_masker(masker)
{
}

void OutputLineSplitter::feed(QByteArrayView bytes, const Callback &onLine)
{
    if (bytes.isEmpty())
        return;
    QByteArray joined;
    if (!m_tail.isEmpty()) {  // a character cut by the previous chunk's end
        joined = m_tail;
        joined.append(bytes);
        bytes = joined;
    }
    const qsizetype open = incompleteTail(bytes);
    m_pending.append(QString::fromUtf8(bytes.first(bytes.size() - open)));
    m_tail = bytes.last(open).toByteArray();
    deliver(false, onLine);
}

void OutputLineSplitter::finish(const Callback &onLine)
{
    if (!m_tail.isEmpty()) {
        m_pending.append(QString::fromUtf8(m_tail));  // an unfinished character: U+FFFD
        m_tail.clear();
    }
    deliver(true, onLine);
}

void OutputLineSplitter::deliver(bool atEnd, const Callback &onLine)
{
    const char16_t *data = reinterpret_cast<const char16_t *>(m_pending.constData());
    const qsizetype size = m_pending.size();
    const qsizetype lookahead = m_masker ? m_masker->longestFormLength() : 0;
    qsizetype start = 0;
    // Delivers [start, end) in pieces while it is too long (all of it when `complete`:
    // the text after `end` cannot hide a secret crossing a cut).
    auto deliverPieces = [&](qsizetype end, bool complete) {
        while (end - start > m_maxLineLength && (complete || end - start >= m_maxLineLength + lookahead)) {
            const QStringView rest(data + start, std::min(end - start, m_maxLineLength + lookahead));
            const qsizetype cut = safeCut(rest, m_maxLineLength, m_masker);
            if (!m_inLongLine)
                ++m_splitLines;
            onLine(rest.first(cut).toString(), false);
            m_inLongLine = true;
            start += cut;
        }
    };
    auto deliverLine = [&](qsizetype end) {
        deliverPieces(end, true);
        const bool whole = !m_inLongLine;
        m_inLongLine = false;
        onLine(m_pending.mid(start, end - start), whole);
    };

    qsizetype at = m_scanned;
    while (at < size) {
        const char16_t c = data[at];
        if (c != u'\n' && c != u'\r') {
            ++at;
            continue;
        }
        qsizetype next = at + 1;
        if (c == u'\r') {
            if (next == size && !atEnd)
                break;  // "\r\n" may be cut by the chunk boundary: decide with the next chunk
            if (next < size && data[next] == u'\n')
                ++next;
        }
        deliverLine(at);
        start = next;
        at = next;
    }

    if (atEnd) {
        if (start < size)
            deliverLine(size);
        m_pending.clear();
        m_scanned = 0;
        m_inLongLine = false;
        return;
    }
    // What is left has no line end yet: a line too long is delivered in pieces already.
    deliverPieces(at, false);
    m_pending.remove(0, start);
    m_scanned = at - start;
}

qsizetype OutputLineSplitter::safeCut(QStringView text, qsizetype preferred, const SecretMasker *masker)
{
    qsizetype cut = std::clamp<qsizetype>(preferred, 1, std::max<qsizetype>(text.size(), 1));
    const qsizetype longest = masker ? masker->longestFormLength() : 0;
    if (longest > 1 && cut < text.size()) {
        // An occurrence crossing the cut starts less than `longest` before it; the range it is
        // merged into may start further left, so widen the window until its start is seen.
        const qsizetype windowEnd = std::min(text.size(), cut + longest);
        qsizetype from = std::max<qsizetype>(0, cut - 2 * longest);
        for (;;) {
            std::optional<SecretMasker::Range> crossing;
            for (const SecretMasker::Range &range : masker->maskedRanges(text.mid(from, windowEnd - from))) {
                if (from + range.first < cut && cut < from + range.second) {
                    crossing = SecretMasker::Range{from + range.first, from + range.second};
                    break;
                }
            }
            if (!crossing)
                break;
            if (crossing->first == from && from > 0) {
                from = std::max<qsizetype>(0, from - (cut - from));
                continue;
            }
            cut = crossing->first > 0 ? crossing->first : crossing->second;
            break;
        }
    }
    if (cut > 0 && cut < text.size() && text[cut - 1].isHighSurrogate() && text[cut].isLowSurrogate())
        cut = cut > 1 ? cut - 1 : cut + 1;
    return cut;
}

}  // namespace mlops::agent
