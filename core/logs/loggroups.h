#pragma once
// LogGroups: the "##[group]" / "##[endgroup]" sections of a log, discovered while the log
// is indexed (no separate up-front pass over the whole file).
//
// scan() takes bytes that start at the beginning of line `firstLine` and records the
// markers found at the start of a line (after an optional Azure timestamp). Scanning the
// same line again (e.g. a partial last line that grew) is harmless: markers are keyed by
// line. groups() pairs them: nested groups pair innermost first; a group without its
// "##[endgroup]" yet has end == -1 (runs to the end of the log); a stray "##[endgroup]"
// is ignored. A plain value: not thread-safe.
#include <QList>
#include <QtGlobal>

#include <map>

namespace mlops::logs {

struct LogGroup {
    qint64 header = 0;  // line of "##[group]"
    qint64 end = -1;    // line of "##[endgroup]", or -1 while open
    bool operator==(const LogGroup &) const = default;
};

class LogGroups {
public:
    void scan(const char *data, qint64 size, qint64 firstLine);
    // Forgets markers at lines >= line (used before rescanning a tail).
    void truncate(qint64 line);
    void clear() { m_markers.clear(); }

    // Paired groups sorted by header line.
    QList<LogGroup> groups() const;
    qsizetype markerCount() const { return qsizetype(m_markers.size()); }

private:
    std::map<qint64, bool> m_markers;  // line -> true for "##[group]", false for "##[endgroup]"
};

}  // namespace mlops::logs
