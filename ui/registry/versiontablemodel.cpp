#include "versiontablemodel.h"

#include "core/registry/modelregistry.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>

namespace mlops::ui {

namespace {

QString tagsText(const QMap<QString, QString> &tags)
{
    QStringList parts;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QStringLiteral(", "));
}

}  // namespace

VersionTableModel::VersionTableModel(std::shared_ptr<registry::ModelRegistry> registry, QObject *parent)
    : QAbstractTableModel(parent), m_registry(std::move(registry))
{
}

Result<void> VersionTableModel::setModelName(const QString &modelName)
{
    m_modelName = modelName;
    return reload();
}

registry::VersionQuery VersionTableModel::query() const
{
    registry::VersionQuery query;
    query.modelName = m_modelName;
    query.maxResults = m_pageSize;
    return query;
}

namespace {

QStringList metricNamesOf(const QList<registry::ModelVersion> &versions)
{
    QSet<QString> seen;
    for (const registry::ModelVersion &version : versions) {
        for (auto it = version.metrics.cbegin(); it != version.metrics.cend(); ++it)
            seen.insert(it.key());
    }
    QStringList names(seen.cbegin(), seen.cend());
    names.sort();
    return names;
}

}  // namespace

Result<void> VersionTableModel::reload()
{
    registry::VersionPage page;
    if (!m_modelName.isEmpty()) {
        Result<registry::VersionPage> first = m_registry->searchVersions(query());
        if (!first)
            return first.error();
        page = *first;
    }
    beginResetModel();
    m_versions = page.versions;
    m_metricNames = metricNamesOf(m_versions);
    m_nextPageToken.clear();  // nothing to fetch while modelReset is emitted
    m_lastError.clear();
    endResetModel();
    m_nextPageToken = page.nextPageToken;
    return {};
}

bool VersionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && !m_nextPageToken.isEmpty();
}

void VersionTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Views and testers may ask for more while the rows below are being inserted.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    registry::VersionQuery next = query();
    next.pageToken = m_nextPageToken;
    Result<registry::VersionPage> page = m_registry->searchVersions(next);
    if (!page) {
        m_lastError = page.error().message;
        m_nextPageToken.clear();
        return;
    }
    m_nextPageToken = page->nextPageToken;
    if (page->versions.isEmpty())
        return;
    addMetricColumns(page->versions);
    const int first = int(m_versions.size());
    beginInsertRows({}, first, first + int(page->versions.size()) - 1);
    m_versions << page->versions;
    endInsertRows();
}

void VersionTableModel::addMetricColumns(const QList<registry::ModelVersion> &versions)
{
    for (const QString &name : metricNamesOf(versions)) {
        const auto at = std::lower_bound(m_metricNames.cbegin(), m_metricNames.cend(), name);
        if (at != m_metricNames.cend() && *at == name)
            continue;
        const int position = int(at - m_metricNames.cbegin());
        beginInsertColumns({}, kFixedLeading + position, kFixedLeading + position);
        m_metricNames.insert(position, name);
        endInsertColumns();
    }
}

int VersionTableModel::rowOfVersion(int version) const
{
    for (int row = 0; row < m_versions.size(); ++row) {
        if (m_versions.at(row).version == version)
            return row;
    }
    return -1;
}

int VersionTableModel::ensureListed(int version)
{
    int row = rowOfVersion(version);
    while (row < 0 && canFetchMore({}) && m_versions.constLast().version < version) {
        fetchMore({});
        row = rowOfVersion(version);
    }
    return row;
}

int VersionTableModel::metricColumn(const QString &name) const
{
    const qsizetype at = m_metricNames.indexOf(name);
    return at < 0 ? -1 : kFixedLeading + int(at);
}

QString VersionTableModel::stageText(registry::Stage stage)
{
    switch (stage) {
    case registry::Stage::None:
        return tr("None");
    case registry::Stage::Staging:
        return tr("Staging");
    case registry::Stage::Production:
        return tr("Production");
    case registry::Stage::Archived:
        return tr("Archived");
    }
    return {};
}

int VersionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int VersionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : runColumn() + 1;
}

QVariant VersionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const registry::ModelVersion &version = m_versions.at(index.row());
    const int column = index.column();
    if (role == RawRole) {
        if (column == VersionColumn)
            return version.version;
        if (column == StageColumn)
            return int(version.stage);
        if (column == CreatedColumn)
            return version.createdAt;
        if (column == tagsColumn())
            return tagsText(version.tags);
        if (column == runColumn())
            return version.lineage.runId;
        const QString metric = m_metricNames.value(column - kFixedLeading);
        return version.metrics.contains(metric) ? QVariant(version.metrics.value(metric)) : QVariant();
    }
    if (role == Qt::DisplayRole) {
        if (column == VersionColumn)
            return tr("v%1").arg(version.version);
        if (column == StageColumn)
            return stageText(version.stage);
        if (column == CreatedColumn)
            return QLocale().toString(version.createdAt.toLocalTime(), QLocale::ShortFormat);
        if (column == tagsColumn())
            return tagsText(version.tags);
        if (column == runColumn())
            return version.lineage.runId;
        const QString metric = m_metricNames.value(column - kFixedLeading);
        return version.metrics.contains(metric) ? QLocale().toString(version.metrics.value(metric), 'g', 6)
                                                : QString();
    }
    if (column == runColumn() && version.lineage.runId.toLongLong() > 0) {
        if (role == Qt::ToolTipRole)
            return tr("Click to open run %1").arg(version.lineage.runId);
        if (role == Qt::FontRole) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
    }
    if (role == Qt::TextAlignmentRole && column >= kFixedLeading && column < tagsColumn())
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && column == StageColumn) {
        switch (version.stage) {
        case registry::Stage::Production:
            return QBrush(QColor(0xc8, 0xe6, 0xc9));
        case registry::Stage::Staging:
            return QBrush(QColor(0xff, 0xec, 0xb3));
        case registry::Stage::Archived:
            return QBrush(QColor(0xe0, 0xe0, 0xe0));
        case registry::Stage::None:
            return {};
        }
    }
    return {};
}

QVariant VersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == VersionColumn)
        return tr("Version");
    if (section == StageColumn)
        return tr("Stage");
    if (section == CreatedColumn)
        return tr("Created");
    if (section == tagsColumn())
        return tr("Tags");
    if (section == runColumn())
        return tr("Source run");
    return m_metricNames.value(section - kFixedLeading);
}

}  // namespace mlops::ui
