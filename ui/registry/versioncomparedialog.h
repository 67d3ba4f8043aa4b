#pragma once
// VersionCompareDialog: two or more versions of one model side by side — metrics,
// parameters (lineage parametersJson) and tags, one row per key. A row whose values are
// not all equal is highlighted with DiffStyle's colour and its "≠" marker. Below, a
// MetricBarChart of the metric chosen in the combo box across the versions.
// The versions are copied; the dialog owns nothing else. GUI thread only.

#include "core/registry/registrytypes.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace mlops::ui {

class MetricBarChart;

class VersionCompareDialog : public QDialog {
    Q_OBJECT
public:
    explicit VersionCompareDialog(const QList<registry::ModelVersion> &versions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *metricChooser() const { return m_metric; }
    MetricBarChart *chart() const { return m_chart; }
    // The row of `key` in `section` ("metrics", "parameters", "tags"), or -1.
    int rowOf(const QString &section, const QString &key) const;
    // True when the row of `key` in `section` is marked as differing.
    bool isDifferent(const QString &section, const QString &key) const;

private:
    void addSection(const QString &section, const QString &title, const QList<QMap<QString, QString>> &values);
    void showMetric(const QString &name);

    QList<registry::ModelVersion> m_versions;
    QTableWidget *m_table = nullptr;
    QComboBox *m_metric = nullptr;
    MetricBarChart *m_chart = nullptr;
};

}  // namespace mlops::ui
