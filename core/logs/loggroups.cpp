#include "core/logs/loggroups.h"

#include "core/logs/bytesearcher.h"
#include "core/logs/logindex.h"
#include "core/logs/logline.h"

#include <algorithm>
#include <cstring>

namespace mlops::logs {

void LogGroups::scan(const char *data, qint64 size, qint64 firstLine)
{
    static const ByteSearcher kHash(QByteArrayView("##["), true);
    const char *end = data + size;
    const char *countedTo = data;   // newlines before countedTo are counted in `line`
    qint64 line = firstLine;
    const char *p = data;
    while (p < end) {
        const char *hit = kHash.find(p, end);
        if (!hit)
            break;
        // Start of the line that holds the hit (lines before it carry a timestamp at most).
        const char *lineStart = hit;
        const char *limit = std::max(data, hit - 40);
        while (lineStart > limit && lineStart[-1] != '\n')
            --lineStart;
        const bool atStart = lineStart == data || lineStart[-1] == '\n';
        if (atStart) {
            const QByteArrayView prefix(lineStart, hit - lineStart);
            if (prefix.isEmpty() || LogLine::timestampLength(QByteArrayView(lineStart, end - lineStart)) == prefix.size()) {
                const LogLine::Marker m = LogLine::marker(QByteArrayView(hit, std::min<qint64>(end - hit, 16)));
                if (m == LogLine::Marker::Group || m == LogLine::Marker::EndGroup) {
                    line += LogIndex::countNewlines(countedTo, lineStart - countedTo);
                    countedTo = lineStart;
                    m_markers[line] = m == LogLine::Marker::Group;
                }
            }
        }
        const void *nl = std::memchr(hit, '\n', size_t(end - hit));
        p = nl ? static_cast<const char *>(nl) + 1 : end;
    }
}

void LogGroups::truncate(qint64 line)
{
    m_markers.erase(m_markers.lower_bound(line), m_markers.end());
}

QList<LogGroup> LogGroups::groups() const
{
    QList<LogGroup> out;
    QList<qsizetype> open;  // indexes into out
    for (const auto &[line, isStart] : m_markers) {
        if (isStart) {
            open.append(out.size());
            out.append({line, -1});
        } else if (!open.isEmpty()) {
            out[open.takeLast()].end = line;
        }
    }
    return out;
}

}  // namespace mlops::logs
