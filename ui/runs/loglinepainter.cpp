#include "ui/runs/loglinepainter.h"

#include <QFont>
#include <QPainter>

#include <algorithm>

namespace mlops::ui {

QColor LogLinePainter::rgb(quint32 color)
{
    return QColor::fromRgb(QRgb(0xff000000u | color));
}

QColor LogLinePainter::foregroundOnLight(quint32 color)
{
    const QColor c = rgb(color);
    const double luminance = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue();
    return luminance > 160 ? c.darker(170) : c;
}

LogDisplayLine LogLinePainter::prepare(const QByteArray &raw, bool showTimestamps)
{
    LogDisplayLine d;
    QByteArrayView content(raw);
    if (content.endsWith('\r'))
        content.chop(1);
    const qsizetype tsLen = logs::LogLine::timestampLength(content);
    if (tsLen > 0) {
        if (showTimestamps)
            d.timestamp = QString::fromLatin1(content.first(tsLen));
        content = content.sliced(tsLen);
    }
    qsizetype markerLen = 0;
    d.marker = logs::LogLine::marker(content, &markerLen);
    if (d.marker != logs::LogLine::Marker::None)
        content = content.sliced(markerLen);
    const QString decoded = logs::LogLine::decodeForDisplay(content);
    d.parsed = logs::AnsiParser::parse(QString(d.timestamp + decoded));
    return d;
}

void LogLinePainter::paintText(QPainter &p, const LogDisplayLine &d, const Grid &g, int y, const QFont &normal)
{
    const qsizetype tsLen = d.timestamp.size();
    const QString &text = d.parsed.text;
    const qsizetype firstCol = g.firstCol;
    const qsizetype visibleCols = g.visibleCols;
    auto colX = [&](qsizetype col) { return g.left + qreal(col) * g.advance; };
    QFont bold = normal;
    bold.setBold(true);
    QColor baseFg(0x1e, 0x1e, 0x1e);
    const QColor tsFg(0x7a, 0x7a, 0x7a);
    QFont baseFont = normal;
    switch (d.marker) {
    case logs::LogLine::Marker::Error: baseFg = QColor(0xd0, 0x21, 0x21); break;
    case logs::LogLine::Marker::Warning: baseFg = QColor(0x9a, 0x67, 0x00); break;
    case logs::LogLine::Marker::Command: baseFg = QColor(0x1f, 0x5f, 0xbf); break;
    case logs::LogLine::Marker::Debug: baseFg = QColor(0x80, 0x40, 0xa0); break;
    case logs::LogLine::Marker::Section: baseFg = QColor(0x10, 0x7c, 0x10); baseFont = bold; break;
    case logs::LogLine::Marker::Group: baseFont = bold; break;
    default: break;
    }
    auto drawRun = [&](qsizetype start, qsizetype end, const logs::TextStyle *style) {
        const qsizetype a = std::max<qsizetype>(start, firstCol);
        const qsizetype b = std::min<qsizetype>(end, firstCol + visibleCols);
        if (b <= a)
            return;
        QColor fg = a < tsLen ? tsFg : baseFg;
        QFont f = baseFont;
        if (style) {
            if (style->foreground)
                fg = foregroundOnLight(*style->foreground);
            if (style->background)
                p.fillRect(QRectF(colX(a), y, qreal(b - a) * g.advance, g.lineHeight), rgb(*style->background));
            if (style->bold)
                f.setBold(true);
            if (style->italic)
                f.setItalic(true);
            if (style->underline)
                f.setUnderline(true);
        }
        p.setFont(f);
        p.setPen(fg);
        // Draw character by character cells so wide glyphs cannot shift columns.
        const QString part = text.mid(a, b - a);
        bool ascii = true;
        for (const QChar ch : part)
            ascii = ascii && ch.unicode() < 0x80;
        if (ascii) {
            p.drawText(QPointF(colX(a), y + g.ascent), part);
        } else {
            for (qsizetype k = 0; k < part.size(); ++k)
                p.drawText(QPointF(colX(a + k), y + g.ascent), QString(part[k]));
        }
    };
    auto drawPlain = [&](qsizetype start, qsizetype end) {
        if (tsLen > start && tsLen < end) {
            drawRun(start, tsLen, nullptr);
            drawRun(tsLen, end, nullptr);
        } else {
            drawRun(start, end, nullptr);
        }
    };
    qsizetype at = 0;
    for (const auto &span : d.parsed.spans) {
        if (span.start > at)
            drawPlain(at, span.start);
        drawRun(span.start, span.start + span.length, &span.style);
        at = span.start + span.length;
    }
    if (at < text.size())
        drawPlain(at, text.size());
}

}  // namespace mlops::ui
