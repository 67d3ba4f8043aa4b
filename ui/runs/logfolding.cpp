#include "ui/runs/logfolding.h"

#include <algorithm>

namespace mlops::ui {

void LogFolding::setGroups(const QList<logs::LogGroup> &groups)
{
    m_groups = groups;
    QSet<qint64> keep;
    for (const auto &g : m_groups) {
        if (m_collapsed.contains(g.header))
            keep.insert(g.header);
    }
    m_collapsed = keep;
    m_cachedFor = -1;
}

void LogFolding::clear()
{
    m_groups.clear();
    m_collapsed.clear();
    m_cachedFor = -1;
}

const logs::LogGroup *LogFolding::groupAt(qint64 line) const
{
    const auto it = std::lower_bound(m_groups.begin(), m_groups.end(), line,
                                     [](const logs::LogGroup &g, qint64 l) { return g.header < l; });
    return (it != m_groups.end() && it->header == line) ? &*it : nullptr;
}

bool LogFolding::setCollapsed(qint64 header, bool collapsed)
{
    if (!groupAt(header))
        return false;
    if (collapsed)
        m_collapsed.insert(header);
    else
        m_collapsed.remove(header);
    m_cachedFor = -1;
    return true;
}

bool LogFolding::reveal(qint64 line, qint64 lineCount)
{
    bool changed = false;
    for (const auto &g : m_groups) {
        if (g.header >= line)
            break;
        const qint64 last = g.end < 0 ? lineCount - 1 : g.end;
        if (line <= last && m_collapsed.remove(g.header))
            changed = true;
    }
    if (changed)
        m_cachedFor = -1;
    return changed;
}

const QList<std::pair<qint64, qint64>> &LogFolding::hiddenRanges(qint64 lineCount) const
{
    if (m_cachedFor == lineCount)
        return m_cachedRanges;
    QList<std::pair<qint64, qint64>> &ranges = m_cachedRanges;
    ranges.clear();
    m_cachedFor = lineCount;
    if (m_collapsed.isEmpty())
        return ranges;
    for (const auto &g : m_groups) {
        if (!m_collapsed.contains(g.header))
            continue;
        const qint64 first = g.header + 1;
        const qint64 last = std::min(g.end < 0 ? lineCount - 1 : g.end, lineCount - 1);
        if (first > last)
            continue;
        if (!ranges.isEmpty() && first <= ranges.last().second + 1)
            ranges.last().second = std::max(ranges.last().second, last);
        else
            ranges.append({first, last});
    }
    return ranges;
}

qint64 LogFolding::rowCount(qint64 lineCount) const
{
    qint64 rows = lineCount;
    for (const auto &[first, last] : hiddenRanges(lineCount))
        rows -= last - first + 1;
    return rows;
}

qint64 LogFolding::lineForRow(qint64 row, qint64 lineCount) const
{
    qint64 line = row;
    for (const auto &[first, last] : hiddenRanges(lineCount)) {
        if (first > line)
            break;
        line += last - first + 1;
    }
    return line;
}

qint64 LogFolding::rowForLine(qint64 line, qint64 lineCount) const
{
    qint64 row = line;
    for (const auto &[first, last] : hiddenRanges(lineCount)) {
        if (first > line)
            break;
        if (line <= last)
            return first - 1 - (line - row);
        row -= last - first + 1;
    }
    return row;
}

bool LogFolding::isHidden(qint64 line, qint64 lineCount) const
{
    for (const auto &[first, last] : hiddenRanges(lineCount)) {
        if (line >= first && line <= last)
            return true;
    }
    return false;
}

}  // namespace mlops::ui
