#pragma once
// LogView: a scroll area that shows a LogDocument of any size. It paints only the visible
// lines (read from the document per paint, a few KiB), so opening or scrolling a 1 GB log
// costs the same as a small one. Features: "##[group]" folding (click the triangle),
// ANSI colours, error/warning lines marked red/yellow, optional line numbers and
// timestamps, selection by mouse and keyboard with copy, follow mode (stays at the bottom
// while the log grows), search-match highlighting with a current match.
//
// The view does not own the document. GUI thread only. Line and row numbers are 0-based;
// "rows" are lines left visible by folding. Vertical scrolling maps the scroll bar onto the
// row range, scaled when the rows exceed what an int scroll bar can hold.
#include "core/logs/ansiparser.h"
#include "core/logs/logline.h"
#include "core/logs/logsearch.h"
#include "ui/runs/logfolding.h"
#include "ui/runs/loglinepainter.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QRegularExpression>

namespace mlops::logs {
class LogDocument;
}

namespace mlops::ui {

class LogView : public QAbstractScrollArea {
    Q_OBJECT
public:
    struct Position {
        qint64 line = 0;
        qsizetype column = 0;  // in characters of the displayed text
        bool operator==(const Position &) const = default;
        bool operator<(const Position &o) const { return line < o.line || (line == o.line && column < o.column); }
    };

    explicit LogView(QWidget *parent = nullptr);

    void setDocument(logs::LogDocument *document);
    logs::LogDocument *document() const { return m_doc; }

    void setShowLineNumbers(bool on);
    bool showLineNumbers() const { return m_showLineNumbers; }
    void setShowTimestamps(bool on);
    bool showTimestamps() const { return m_showTimestamps; }
    void setFollow(bool on);
    bool follow() const { return m_follow; }

    // Scrolling (line numbers; a hidden line scrolls to its group header).
    void scrollToLine(qint64 line);
    void scrollToEnd();
    qint64 topLine() const;
    // The first line number painted by the last paint event (-1 before any paint).
    qint64 lastPaintedFirstLine() const { return m_paintedFirstLine; }
    int visibleRowCapacity() const;

    // Folding.
    bool setGroupCollapsed(qint64 header, bool collapsed);
    bool isGroupCollapsed(qint64 header) const { return m_folding.isCollapsed(header); }
    bool isLineHidden(qint64 line) const;
    // Expands the collapsed groups that hide `line`.
    void revealLine(qint64 line);
    qint64 rowCount() const;
    // The triangle of a visible group header in viewport coordinates (empty if none).
    QRect foldMarkerRect(qint64 line) const;
    QPoint pointForPosition(Position pos) const;

    // The text shown for a line (timestamps and markers as currently displayed, no ANSI).
    QString displayText(qint64 line) const;

    // Selection.
    void setSelection(Position anchor, Position cursor);
    void clearSelection();
    bool hasSelection() const { return !(m_anchor == m_cursor); }
    QString selectedText() const;
    void copy() const;  // to the clipboard

    // Search highlighting: matching lines (ascending) and the current one (-1 = none).
    void setSearchHighlight(const logs::SearchQuery &query);
    void setMatches(const QList<qint64> &lines);
    void setCurrentMatch(qint64 line);

    static constexpr qint64 kMaxCopyLines = 200000;

Q_SIGNALS:
    void followChanged(bool on);
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    LogDisplayLine makeDisplayLine(const QByteArray &raw) const;
    QString lineText(const LogDisplayLine &d) const;

    void onLineCountChanged();
    void onGroupsChanged();
    void updateScrollBars();
    void updateMetrics();
    qint64 topRow() const;
    void setTopRow(qint64 row);
    qint64 maxTopRow() const;
    int gutterWidth() const;
    int textLeft() const;
    Position positionAt(QPoint p) const;
    void moveCursorTo(Position pos, bool extend);
    void ensureCursorVisible();
    QList<std::pair<qsizetype, qsizetype>> matchesIn(const QString &text) const;

    logs::LogDocument *m_doc = nullptr;
    LogFolding m_folding;
    qint64 m_lineCount = 0;
    bool m_showLineNumbers = true;
    bool m_showTimestamps = true;
    bool m_follow = false;
    bool m_settingScroll = false;
    qint64 m_paintedFirstLine = -1;
    Position m_anchor;
    Position m_cursor;
    bool m_dragging = false;
    int m_lineHeight = 16;
    int m_charWidth = 8;     // gutter metrics
    qreal m_advance = 8.0;   // exact column width of the monospace font
    int m_ascent = 12;
    qsizetype m_maxColumns = 0;
    logs::SearchQuery m_query;
    QRegularExpression m_queryRegex;
    QList<qint64> m_matches;
    qint64 m_currentMatch = -1;
};

}  // namespace mlops::ui
