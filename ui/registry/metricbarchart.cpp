#include "metricbarchart.h"

#include <QLocale>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace mlops::ui {

MetricBarChart::MetricBarChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("metricBarChart"));
}

void MetricBarChart::setBars(const QString &metricName, const QList<Bar> &bars)
{
    m_metric = metricName;
    m_bars = bars;
    update();
}

QSize MetricBarChart::sizeHint() const
{
    return {420, 200};
}

QSize MetricBarChart::minimumSizeHint() const
{
    return {200, 120};
}

void MetricBarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int textHeight = metrics.height();
    const QRect area = rect().adjusted(8, textHeight + 8, -8, -(textHeight + 8));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(0, 2, width(), textHeight), Qt::AlignHCenter, m_metric);
    if (m_bars.isEmpty() || area.width() <= 0 || area.height() <= 0)
        return;

    double maxAbs = 0;
    for (const Bar &bar : std::as_const(m_bars)) {
        if (bar.value)
            maxAbs = std::max(maxAbs, std::abs(*bar.value));
    }
    const int slot = area.width() / int(m_bars.size());
    const int barWidth = std::max(4, slot * 3 / 5);
    const QColor fill = palette().color(QPalette::Highlight);
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const int x = area.left() + i * slot + (slot - barWidth) / 2;
        const QRect labelRect(area.left() + i * slot, area.bottom() + 4, slot, textHeight);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop, bar.label);
        const int valueHeight = textHeight + 2;
        if (!bar.value) {
            painter.drawText(QRect(x - slot / 4, area.bottom() - valueHeight, barWidth + slot / 2, valueHeight),
                             Qt::AlignHCenter | Qt::AlignBottom, tr("n/a"));
            continue;
        }
        const double ratio = maxAbs > 0 ? std::abs(*bar.value) / maxAbs : 0;
        const int height = int(std::lround(ratio * (area.height() - valueHeight)));
        const QRect barRect(x, area.bottom() - height, barWidth, height);
        painter.fillRect(barRect, fill);
        painter.drawText(QRect(x - slot / 4, barRect.top() - valueHeight, barWidth + slot / 2, valueHeight),
                         Qt::AlignHCenter | Qt::AlignBottom, QLocale().toString(*bar.value, 'g', 5));
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
}

}  // namespace mlops::ui
