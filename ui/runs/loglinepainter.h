#pragma once
// LogLinePainter: turns one raw log line into what LogView shows (timestamp kept or cut,
// Azure marker removed and remembered, UTF-8 decoded for display, ANSI colours parsed)
// and paints its text on a fixed-pitch grid, only the visible columns. Colours of the
// markers (error red, warning amber, command blue, section green, debug purple) and of
// ANSI text adapted to the light background live here. GUI thread only; stateless.
#include "core/logs/ansiparser.h"
#include "core/logs/logline.h"

#include <QColor>
#include <QString>

class QFont;
class QPainter;

namespace mlops::ui {

struct LogDisplayLine {
    logs::ParsedText parsed;  // the text shown (timestamp included when shown) and its styles
    logs::LogLine::Marker marker = logs::LogLine::Marker::None;
    QString timestamp;        // the shown timestamp prefix ("" when hidden or absent)
};

class LogLinePainter {
public:
    struct Grid {
        qreal left = 0;        // x of column 0 (horizontal scroll applied)
        qreal advance = 8;     // width of one column
        int ascent = 12;
        int lineHeight = 16;
        qsizetype firstCol = 0;     // first visible column
        qsizetype visibleCols = 0;  // columns that fit
    };

    static LogDisplayLine prepare(const QByteArray &raw, bool showTimestamps);
    static void paintText(QPainter &p, const LogDisplayLine &line, const Grid &grid, int y, const QFont &font);

    static QColor rgb(quint32 color);
    // ANSI colours suit dark terminals; very light ones are darkened on the light view.
    static QColor foregroundOnLight(quint32 color);
};

}  // namespace mlops::ui
