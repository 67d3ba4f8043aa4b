#pragma once
// LogFolding: which "##[group]" sections of a log are collapsed, and the mapping between
// the rows a LogView shows and the log's line numbers. Groups come from LogDocument as they
// are discovered; collapsing hides the lines after the header up to and including the
// "##[endgroup]" line (to the end of the log while the group is still open).
// A plain value, GUI thread only. Row and line numbers are 0-based.
#include "core/logs/loggroups.h"

#include <QList>
#include <QSet>

#include <utility>

namespace mlops::ui {

class LogFolding {
public:
    void setGroups(const QList<logs::LogGroup> &groups);  // sorted by header; keeps collapsed state
    void clear();
    const QList<logs::LogGroup> &groups() const { return m_groups; }

    // The group whose header is `line`, if any.
    const logs::LogGroup *groupAt(qint64 line) const;
    bool isCollapsed(qint64 header) const { return m_collapsed.contains(header); }
    // Returns false when `header` is not a group header.
    bool setCollapsed(qint64 header, bool collapsed);

    qint64 rowCount(qint64 lineCount) const;
    qint64 lineForRow(qint64 row, qint64 lineCount) const;
    // The row that shows `line`, or the row of the header that hides it.
    qint64 rowForLine(qint64 line, qint64 lineCount) const;
    bool isHidden(qint64 line, qint64 lineCount) const;
    // Expands every collapsed group that hides `line`; returns whether anything changed.
    bool reveal(qint64 line, qint64 lineCount);

private:
    const QList<std::pair<qint64, qint64>> &hiddenRanges(qint64 lineCount) const;  // merged, inclusive

    QList<logs::LogGroup> m_groups;
    QSet<qint64> m_collapsed;
    // hiddenRanges() for m_cachedFor lines; -1 = stale.
    mutable QList<std::pair<qint64, qint64>> m_cachedRanges;
    mutable qint64 m_cachedFor = -1;
};

}  // namespace mlops::ui
