#pragma once
// MetricBarChart: a painted bar chart of one metric across a few versions (label and
// value per bar; a version without the metric is a labelled gap). No QtCharts. GUI thread.

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

namespace mlops::ui {

class MetricBarChart : public QWidget {
    Q_OBJECT
public:
    struct Bar {
        QString label;
        std::optional<double> value;
    };

    explicit MetricBarChart(QWidget *parent = nullptr);

    void setBars(const QString &metricName, const QList<Bar> &bars);
    QList<Bar> bars() const { return m_bars; }
    QString metricName() const { return m_metric; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_metric;
    QList<Bar> m_bars;
};

}  // namespace mlops::ui
