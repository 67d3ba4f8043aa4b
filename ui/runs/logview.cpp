#include "ui/runs/logview.h"

#include "core/logs/logdocument.h"
#include "ui/runs/loglinepainter.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace mlops::ui {

namespace {

constexpr int kScrollMax = 1 << 30;  // scroll bar range limit; beyond it values are scaled
constexpr int kFoldWidthChars = 2;
constexpr int kMarkerStrip = 3;

}  // namespace

LogView::LogView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("logView"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(true);
    QPalette pal = viewport()->palette();
    pal.setColor(QPalette::Base, QColor(0xfb, 0xfb, 0xfb));
    viewport()->setPalette(pal);
    viewport()->setBackgroundRole(QPalette::Base);
    updateMetrics();
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_settingScroll && m_follow && value < verticalScrollBar()->maximum()) {
            m_follow = false;
            Q_EMIT followChanged(false);
        }
    });
}

void LogView::setDocument(logs::LogDocument *document)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    m_folding.clear();
    m_matches.clear();
    m_currentMatch = -1;
    m_anchor = m_cursor = {};
    m_maxColumns = 0;
    m_lineCount = m_doc ? m_doc->lineCount() : 0;
    if (m_doc) {
        connect(m_doc, &logs::LogDocument::lineCountChanged, this, &LogView::onLineCountChanged);
        connect(m_doc, &logs::LogDocument::groupsChanged, this, &LogView::onGroupsChanged);
        connect(m_doc, &logs::LogDocument::reset, this, [this] {
            m_folding.clear();
            m_anchor = m_cursor = {};
            onLineCountChanged();
        });
        m_folding.setGroups(m_doc->groups());
    }
    setTopRow(0);
    updateScrollBars();
    viewport()->update();
}

void LogView::onLineCountChanged()
{
    m_lineCount = m_doc ? m_doc->lineCount() : 0;
    updateScrollBars();
    if (m_follow)
        scrollToEnd();
    viewport()->update();
}

void LogView::onGroupsChanged()
{
    if (!m_doc)
        return;
    const qint64 top = topLine();
    m_folding.setGroups(m_doc->groups());
    updateScrollBars();
    if (!m_follow)
        setTopRow(m_folding.rowForLine(top, m_lineCount));
    viewport()->update();
}

void LogView::setShowLineNumbers(bool on)
{
    m_showLineNumbers = on;
    viewport()->update();
}

void LogView::setShowTimestamps(bool on)
{
    if (m_showTimestamps == on)
        return;
    m_showTimestamps = on;
    m_anchor = m_cursor = {};  // columns change meaning
    m_maxColumns = 0;
    updateScrollBars();
    viewport()->update();
}

void LogView::setFollow(bool on)
{
    if (m_follow == on)
        return;
    m_follow = on;
    if (m_doc)
        m_doc->setWatching(on || m_doc->isWatching());
    if (on)
        scrollToEnd();
    Q_EMIT followChanged(on);
}

void LogView::updateMetrics()
{
    const QFontMetrics fm(font());
    m_lineHeight = fm.height() + 2;
    m_charWidth = std::max(1, fm.horizontalAdvance(QLatin1Char('M')));
    m_advance = std::max<qreal>(1.0, QFontMetricsF(font()).horizontalAdvance(QLatin1Char('M')));
    m_ascent = fm.ascent() + 1;
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        updateScrollBars();
    }
    QAbstractScrollArea::changeEvent(event);
}

int LogView::visibleRowCapacity() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

qint64 LogView::rowCount() const
{
    return m_folding.rowCount(m_lineCount);
}

qint64 LogView::maxTopRow() const
{
    return std::max<qint64>(0, rowCount() - visibleRowCapacity());
}

qint64 LogView::topRow() const
{
    const qint64 maxTop = maxTopRow();
    const qint64 value = verticalScrollBar()->value();
    if (maxTop <= kScrollMax)
        return std::min(value, maxTop);
    return value == verticalScrollBar()->maximum() ? maxTop : qint64(double(value) * double(maxTop) / kScrollMax);
}

void LogView::setTopRow(qint64 row)
{
    const qint64 maxTop = maxTopRow();
    row = std::clamp<qint64>(row, 0, maxTop);
    const int value = maxTop <= kScrollMax ? int(row) : int(double(row) * kScrollMax / double(maxTop));
    m_settingScroll = true;
    verticalScrollBar()->setValue(value);
    m_settingScroll = false;
    viewport()->update();
}

void LogView::updateScrollBars()
{
    const qint64 maxTop = maxTopRow();
    m_settingScroll = true;
    verticalScrollBar()->setRange(0, int(std::min<qint64>(maxTop, kScrollMax)));
    verticalScrollBar()->setPageStep(visibleRowCapacity());
    verticalScrollBar()->setSingleStep(1);
    const int textWidth = viewport()->width() - textLeft();
    horizontalScrollBar()->setRange(0, std::max<int>(0, int(std::min<qint64>(qint64(m_maxColumns * m_advance), kScrollMax)) - textWidth + m_charWidth));
    horizontalScrollBar()->setPageStep(std::max(1, textWidth));
    horizontalScrollBar()->setSingleStep(m_charWidth * 4);
    m_settingScroll = false;
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (m_follow)
        scrollToEnd();
}

void LogView::scrollContentsBy(int, int)
{
    viewport()->update();
}

qint64 LogView::topLine() const
{
    return m_folding.lineForRow(topRow(), m_lineCount);
}

void LogView::scrollToLine(qint64 line)
{
    setTopRow(m_folding.rowForLine(std::clamp<qint64>(line, 0, std::max<qint64>(0, m_lineCount - 1)), m_lineCount));
}

void LogView::scrollToEnd()
{
    setTopRow(maxTopRow());
}

bool LogView::setGroupCollapsed(qint64 header, bool collapsed)
{
    const qint64 top = topLine();
    if (!m_folding.setCollapsed(header, collapsed))
        return false;
    updateScrollBars();
    setTopRow(m_folding.rowForLine(top, m_lineCount));
    viewport()->update();
    return true;
}

void LogView::revealLine(qint64 line)
{
    const qint64 top = topLine();
    if (!m_folding.reveal(line, m_lineCount))
        return;
    updateScrollBars();
    setTopRow(m_folding.rowForLine(top, m_lineCount));
}

bool LogView::isLineHidden(qint64 line) const
{
    return m_folding.isHidden(line, m_lineCount);
}

int LogView::gutterWidth() const
{
    int w = kFoldWidthChars * m_charWidth;
    if (m_showLineNumbers) {
        const int digits = std::max<int>(4, int(QString::number(std::max<qint64>(1, m_lineCount)).size()));
        w += (digits + 1) * m_charWidth;
    }
    return w;
}

int LogView::textLeft() const
{
    return gutterWidth() + kMarkerStrip + m_charWidth / 2;
}

QRect LogView::foldMarkerRect(qint64 line) const
{
    if (!m_folding.groupAt(line) || isLineHidden(line))
        return {};
    const qint64 row = m_folding.rowForLine(line, m_lineCount) - topRow();
    if (row < 0 || row > visibleRowCapacity())
        return {};
    const int x = gutterWidth() - kFoldWidthChars * m_charWidth;
    return QRect(x, int(row) * m_lineHeight, kFoldWidthChars * m_charWidth, m_lineHeight);
}

QPoint LogView::pointForPosition(Position pos) const
{
    const qint64 row = m_folding.rowForLine(pos.line, m_lineCount) - topRow();
    return QPoint(textLeft() + int(qreal(pos.column) * m_advance) - horizontalScrollBar()->value() + m_charWidth / 3,
                  int(row) * m_lineHeight + m_lineHeight / 2);
}

LogDisplayLine LogView::makeDisplayLine(const QByteArray &raw) const
{
    return LogLinePainter::prepare(raw, m_showTimestamps);
}

QString LogView::lineText(const LogDisplayLine &d) const
{
    return d.parsed.text;
}

QString LogView::displayText(qint64 line) const
{
    if (!m_doc)
        return {};
    return lineText(makeDisplayLine(m_doc->readLine(line)));
}

QList<std::pair<qsizetype, qsizetype>> LogView::matchesIn(const QString &text) const
{
    QList<std::pair<qsizetype, qsizetype>> out;
    if (m_query.text.isEmpty())
        return out;
    if (m_query.regex) {
        if (!m_queryRegex.isValid())
            return out;
        auto it = m_queryRegex.globalMatch(text);
        while (it.hasNext() && out.size() < 1000) {
            const auto m = it.next();
            if (m.capturedLength() > 0)
                out.append({m.capturedStart(), m.capturedLength()});
        }
        return out;
    }
    const Qt::CaseSensitivity cs = m_query.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    qsizetype from = 0;
    while (out.size() < 1000) {
        const qsizetype at = text.indexOf(m_query.text, from, cs);
        if (at < 0)
            break;
        out.append({at, m_query.text.size()});
        from = at + m_query.text.size();
    }
    return out;
}

void LogView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QRect area = viewport()->rect();
    if (!m_doc || !m_doc->isOpen()) {
        m_paintedFirstLine = -1;
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter, tr("No log to show.\nRun a pipeline or open a log file."));
        return;
    }
    const int rows = visibleRowCapacity() + 1;
    const qint64 firstRow = topRow();
    const int hscroll = horizontalScrollBar()->value();
    const int gutter = gutterWidth();
    const int left = textLeft();
    const QColor gutterBg(0xf0, 0xf0, 0xf0);
    const QColor gutterFg(0x90, 0x90, 0x90);
    const QColor errorBg(0xfd, 0xe7, 0xe7), errorMark(0xd0, 0x21, 0x21);
    const QColor warnBg(0xff, 0xf6, 0xd5), warnMark(0xe0, 0xa0, 0x00);
    const QColor selBg(0xb3, 0xd4, 0xfc), matchBg(0xff, 0xe0, 0x66), currentBg(0xff, 0x99, 0x33);
    const QFont normal = font();

    p.fillRect(QRect(0, 0, gutter, area.height()), gutterBg);
    const Position selFrom = std::min(m_anchor, m_cursor);
    const Position selTo = std::max(m_anchor, m_cursor);
    const int firstCol = int(hscroll / m_advance);
    const int visibleCols = int(area.width() / m_advance) + 2;
    m_paintedFirstLine = -1;

    qint64 row = firstRow;
    int y = 0;
    while (y < area.height() && row < rowCount()) {
        // Read the next run of consecutive lines (a fold breaks runs).
        const qint64 line0 = m_folding.lineForRow(row, m_lineCount);
        qint64 run = 1;
        while (run < rows && row + run < rowCount() && m_folding.lineForRow(row + run, m_lineCount) == line0 + run)
            ++run;
        const QList<QByteArray> raw = m_doc->readLines(line0, run);
        if (raw.isEmpty())
            break;
        if (m_paintedFirstLine < 0)
            m_paintedFirstLine = line0;
        for (qsizetype i = 0; i < raw.size() && y < area.height(); ++i, ++row, y += m_lineHeight) {
            const qint64 line = line0 + i;
            const LogDisplayLine d = makeDisplayLine(raw[i]);
            const QString &text = d.parsed.text;
            m_maxColumns = std::max<qsizetype>(m_maxColumns, text.size());
            const QRect lineRect(gutter, y, area.width() - gutter, m_lineHeight);
            const bool isError = d.marker == logs::LogLine::Marker::Error;
            const bool isWarning = d.marker == logs::LogLine::Marker::Warning;
            if (isError || isWarning) {
                p.fillRect(lineRect, isError ? errorBg : warnBg);
                p.fillRect(QRect(gutter, y, kMarkerStrip, m_lineHeight), isError ? errorMark : warnMark);
            }
            // Gutter: line number and fold triangle.
            p.setFont(normal);
            if (m_showLineNumbers) {
                p.setPen(gutterFg);
                p.drawText(QRect(0, y, gutter - kFoldWidthChars * m_charWidth - m_charWidth / 2, m_lineHeight),
                           Qt::AlignRight | Qt::AlignVCenter, QString::number(line + 1));
            }
            if (m_folding.groupAt(line)) {
                const QRect fr = QRect(gutter - kFoldWidthChars * m_charWidth, y, kFoldWidthChars * m_charWidth, m_lineHeight);
                const QPointF c = QRectF(fr).center();
                const qreal s = m_lineHeight * 0.26;
                QPolygonF tri;
                if (m_folding.isCollapsed(line))
                    tri << QPointF(c.x() - s / 2, c.y() - s) << QPointF(c.x() + s / 2, c.y()) << QPointF(c.x() - s / 2, c.y() + s);
                else
                    tri << QPointF(c.x() - s, c.y() - s / 2) << QPointF(c.x() + s, c.y() - s / 2) << QPointF(c.x(), c.y() + s / 2);
                p.setRenderHint(QPainter::Antialiasing, true);
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(0x50, 0x50, 0x50));
                p.drawPolygon(tri);
                p.setRenderHint(QPainter::Antialiasing, false);
                p.setBrush(Qt::NoBrush);
            }
            p.save();
            p.setClipRect(QRect(gutter + kMarkerStrip, y, area.width(), m_lineHeight));
            auto colX = [&](qsizetype col) { return qreal(left) + qreal(col) * m_advance - hscroll; };
            // Backgrounds: search matches, then the selection.
            if (std::binary_search(m_matches.begin(), m_matches.end(), line)) {
                for (const auto &[start, len] : matchesIn(text))
                    p.fillRect(QRectF(colX(start), y, qreal(len) * m_advance, m_lineHeight),
                               line == m_currentMatch ? currentBg : matchBg);
            }
            if (hasSelection() && line >= selFrom.line && line <= selTo.line) {
                const qsizetype a = line == selFrom.line ? selFrom.column : 0;
                const qsizetype b = line == selTo.line ? selTo.column : text.size() + 1;
                if (b > a)
                    p.fillRect(QRectF(colX(a), y, qreal(std::min<qsizetype>(b - a, visibleCols + firstCol)) * m_advance, m_lineHeight), selBg);
            }
            LogLinePainter::paintText(p, d, {qreal(left - hscroll), m_advance, m_ascent, m_lineHeight, firstCol, visibleCols},
                                      y, normal);
            p.restore();
            if (m_cursor.line == line && hasFocus()) {
                p.setPen(QColor(0x30, 0x30, 0x30));
                const int cx = int(colX(std::min<qsizetype>(m_cursor.column, text.size())));
                if (cx >= left)
                    p.drawLine(cx, y + 1, cx, y + m_lineHeight - 2);
            }
        }
    }
    p.setPen(QColor(0xd8, 0xd8, 0xd8));
    p.drawLine(gutter - 1, 0, gutter - 1, area.height());
}

LogView::Position LogView::positionAt(QPoint pt) const
{
    const qint64 row = std::clamp<qint64>(topRow() + std::max(0, pt.y()) / m_lineHeight, 0,
                                          std::max<qint64>(0, rowCount() - 1));
    const qint64 line = m_folding.lineForRow(row, m_lineCount);
    const int x = pt.x() - textLeft() + horizontalScrollBar()->value();
    const qsizetype col = std::max<qsizetype>(0, qsizetype((x + m_advance / 2) / m_advance));
    return {line, col};
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (!m_doc || event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const QPoint pt = event->position().toPoint();
    if (pt.x() < gutterWidth()) {
        const Position pos = positionAt(pt);
        if (m_folding.groupAt(pos.line))
            setGroupCollapsed(pos.line, !m_folding.isCollapsed(pos.line));
        return;
    }
    moveCursorTo(positionAt(pt), event->modifiers() & Qt::ShiftModifier);
    m_dragging = true;
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        moveCursorTo(positionAt(event->position().toPoint()), true);
}

void LogView::mouseReleaseEvent(QMouseEvent *event)
{
    Q_UNUSED(event);
    m_dragging = false;
}

void LogView::moveCursorTo(Position pos, bool extend)
{
    m_cursor = pos;
    if (!extend)
        m_anchor = pos;
    Q_EMIT selectionChanged();
    viewport()->update();
}

void LogView::ensureCursorVisible()
{
    const qint64 row = m_folding.rowForLine(m_cursor.line, m_lineCount);
    const qint64 top = topRow();
    if (row < top)
        setTopRow(row);
    else if (row >= top + visibleRowCapacity())
        setTopRow(row - visibleRowCapacity() + 1);
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (!m_doc || m_lineCount == 0)
        return QAbstractScrollArea::keyPressEvent(event);
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const qint64 row = m_folding.rowForLine(m_cursor.line, m_lineCount);
    const qint64 last = rowCount() - 1;
    auto toRow = [&](qint64 r) { return m_folding.lineForRow(std::clamp<qint64>(r, 0, last), m_lineCount); };
    Position next = m_cursor;
    switch (event->key()) {
    case Qt::Key_Up: next.line = toRow(row - 1); break;
    case Qt::Key_Down: next.line = toRow(row + 1); break;
    case Qt::Key_PageUp: next.line = toRow(row - visibleRowCapacity()); break;
    case Qt::Key_PageDown: next.line = toRow(row + visibleRowCapacity()); break;
    case Qt::Key_Left: next.column = std::max<qsizetype>(0, next.column - 1); break;
    case Qt::Key_Right: next.column += 1; break;
    case Qt::Key_Home:
        next.column = 0;
        if (event->modifiers() & Qt::ControlModifier)
            next.line = toRow(0);
        break;
    case Qt::Key_End:
        if (event->modifiers() & Qt::ControlModifier)
            next.line = toRow(last);
        next.column = displayText(next.line).size();
        break;
    default:
        return QAbstractScrollArea::keyPressEvent(event);
    }
    moveCursorTo(next, extend);
    ensureCursorVisible();
}

void LogView::setSelection(Position anchor, Position cursor)
{
    m_anchor = anchor;
    m_cursor = cursor;
    Q_EMIT selectionChanged();
    viewport()->update();
}

void LogView::clearSelection()
{
    setSelection(m_cursor, m_cursor);
}

QString LogView::selectedText() const
{
    if (!m_doc || !hasSelection())
        return {};
    const Position from = std::min(m_anchor, m_cursor);
    const Position to = std::max(m_anchor, m_cursor);
    const qint64 count = std::min<qint64>(to.line - from.line + 1, kMaxCopyLines);
    const QList<QByteArray> raw = m_doc->readLines(from.line, count);
    QStringList parts;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const qint64 line = from.line + i;
        if (isLineHidden(line))
            continue;
        const QString text = lineText(makeDisplayLine(raw[i]));
        const qsizetype a = line == from.line ? std::min(from.column, text.size()) : 0;
        const qsizetype b = line == to.line ? std::min(to.column, text.size()) : text.size();
        parts.append(text.mid(a, std::max<qsizetype>(0, b - a)));
    }
    return parts.join(QLatin1Char('\n'));
}

void LogView::copy() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void LogView::setSearchHighlight(const logs::SearchQuery &query)
{
    m_query = query;
    m_queryRegex = QRegularExpression();
    if (query.regex) {
        m_queryRegex.setPattern(query.text);
        m_queryRegex.setPatternOptions(query.caseSensitive ? QRegularExpression::NoPatternOption
                                                           : QRegularExpression::CaseInsensitiveOption);
    }
    viewport()->update();
}

void LogView::setMatches(const QList<qint64> &lines)
{
    m_matches = lines;
    viewport()->update();
}

void LogView::setCurrentMatch(qint64 line)
{
    m_currentMatch = line;
    if (line >= 0) {
        if (const qint64 row = m_folding.rowForLine(line, m_lineCount);
            row < topRow() || row >= topRow() + visibleRowCapacity())
            setTopRow(row - visibleRowCapacity() / 3);
        m_cursor = m_anchor = {line, 0};
    }
    viewport()->update();
}

}  // namespace mlops::ui
