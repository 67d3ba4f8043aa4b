#include "versioncomparedialog.h"

#include "metricbarchart.h"
#include "ui/common/diffstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mlops::ui {

namespace {

constexpr int kSectionRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;
constexpr int kDifferentRole = Qt::UserRole + 3;

QMap<QString, QString> parametersOf(const registry::ModelVersion &version)
{
    QMap<QString, QString> result;
    const QJsonObject object = QJsonDocument::fromJson(version.lineage.parametersJson.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString())
            result.insert(it.key(), value.toString());
        else if (value.isDouble())
            result.insert(it.key(), QLocale().toString(value.toDouble(), 'g', 10));
        else if (value.isBool())
            result.insert(it.key(), value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else
            result.insert(it.key(), QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), value}})
                                                          .toJson(QJsonDocument::Compact)));
    }
    return result;
}

}  // namespace

VersionCompareDialog::VersionCompareDialog(const QList<registry::ModelVersion> &versions, QWidget *parent)
    : QDialog(parent), m_versions(versions)
{
    setObjectName(QStringLiteral("versionCompareDialog"));
    const QString modelName = versions.isEmpty() ? QString() : versions.first().modelName;
    setWindowTitle(tr("Compare versions of %1").arg(modelName));
    auto *layout = new QVBoxLayout(this);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    QStringList headers{tr("Field")};
    for (const registry::ModelVersion &version : versions)
        headers << tr("v%1").arg(version.version);
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    QList<QMap<QString, QString>> metrics;
    QList<QMap<QString, QString>> parameters;
    QList<QMap<QString, QString>> tags;
    QStringList metricNames;
    for (const registry::ModelVersion &version : versions) {
        QMap<QString, QString> texts;
        for (auto it = version.metrics.cbegin(); it != version.metrics.cend(); ++it) {
            texts.insert(it.key(), QLocale().toString(it.value(), 'g', 10));
            if (!metricNames.contains(it.key()))
                metricNames << it.key();
        }
        metrics << texts;
        parameters << parametersOf(version);
        tags << version.tags;
    }
    metricNames.sort();
    addSection(QStringLiteral("metrics"), tr("Metrics"), metrics);
    addSection(QStringLiteral("parameters"), tr("Parameters"), parameters);
    addSection(QStringLiteral("tags"), tr("Tags"), tags);
    layout->addWidget(m_table, 1);

    auto *legend = new QLabel(tr("Rows marked %1 differ between the versions.")
                                  .arg(DiffStyle::marker(DiffStyle::Kind::Changed)),
                              this);
    layout->addWidget(legend);

    auto *chartBar = new QHBoxLayout;
    auto *metricLabel = new QLabel(tr("Chart metric:"), this);
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("compareMetric"));
    m_metric->addItems(metricNames);
    metricLabel->setBuddy(m_metric);
    chartBar->addWidget(metricLabel);
    chartBar->addWidget(m_metric, 1);
    layout->addLayout(chartBar);
    m_chart = new MetricBarChart(this);
    layout->addWidget(m_chart);
    connect(m_metric, &QComboBox::currentTextChanged, this, &VersionCompareDialog::showMetric);
    showMetric(m_metric->currentText());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 560);
}

void VersionCompareDialog::addSection(const QString &section, const QString &title,
                                      const QList<QMap<QString, QString>> &values)
{
    QStringList keys;
    for (const QMap<QString, QString> &map : values) {
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!keys.contains(it.key()))
                keys << it.key();
        }
    }
    keys.sort();
    int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *heading = new QTableWidgetItem(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_table->setItem(row, 0, heading);
    m_table->setSpan(row, 0, 1, m_table->columnCount());
    if (keys.isEmpty()) {
        m_table->insertRow(++row);
        m_table->setItem(row, 0, new QTableWidgetItem(tr("(none)")));
        return;
    }
    const QBrush changed = DiffStyle::background(DiffStyle::Kind::Changed);
    for (const QString &key : std::as_const(keys)) {
        m_table->insertRow(++row);
        QSet<QString> distinct;
        for (const QMap<QString, QString> &map : values)
            distinct.insert(map.contains(key) ? map.value(key) : QStringLiteral("\x01missing"));
        const bool different = distinct.size() > 1;
        auto *name = new QTableWidgetItem(different ? DiffStyle::marker(DiffStyle::Kind::Changed) + QLatin1Char(' ') + key
                                                    : key);
        name->setData(kSectionRole, section);
        name->setData(kKeyRole, key);
        name->setData(kDifferentRole, different);
        if (different)
            name->setToolTip(tr("The versions differ in %1").arg(key));
        m_table->setItem(row, 0, name);
        for (int column = 0; column < values.size(); ++column) {
            const QMap<QString, QString> &map = values.at(column);
            auto *cell = new QTableWidgetItem(map.contains(key) ? map.value(key) : tr("—"));
            m_table->setItem(row, column + 1, cell);
        }
        if (different) {
            for (int column = 0; column < m_table->columnCount(); ++column)
                m_table->item(row, column)->setBackground(changed);
        }
    }
}

int VersionCompareDialog::rowOf(const QString &section, const QString &key) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        if (item && item->data(kSectionRole).toString() == section && item->data(kKeyRole).toString() == key)
            return row;
    }
    return -1;
}

bool VersionCompareDialog::isDifferent(const QString &section, const QString &key) const
{
    const int row = rowOf(section, key);
    return row >= 0 && m_table->item(row, 0)->data(kDifferentRole).toBool();
}

void VersionCompareDialog::showMetric(const QString &name)
{
    QList<MetricBarChart::Bar> bars;
    for (const registry::ModelVersion &version : std::as_const(m_versions)) {
        MetricBarChart::Bar bar;
        bar.label = tr("v%1").arg(version.version);
        if (version.metrics.contains(name))
            bar.value = version.metrics.value(name);
        bars << bar;
    }
    m_chart->setBars(name, bars);
}

}  // namespace mlops::ui
