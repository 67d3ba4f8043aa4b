#pragma once
// VersionTableModel: the versions of one model in version order, one row each: version,
// stage badge text, created, one column per metric present in any listed version, tags,
// source run id. Rows are read a page at a time with ModelRegistry::searchVersions():
// setModelName()/reload() read the first page and return the registry's error (the old
// rows stay); views pull the next pages through canFetchMore()/fetchMore() (the page
// token) as they scroll, so a model with 100,000 versions opens at once. A page that
// brings a new metric inserts its column. An error while fetching more stops the paging
// and is kept in lastError().
// RawRole gives the unformatted value (int version, Stage as int, QDateTime, double
// metric — invalid when the version lacks it). GUI thread only.

#include "core/common/result.h"
#include "core/registry/registrytypes.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <memory>

namespace mlops::registry {
class ModelRegistry;
}

namespace mlops::ui {

class VersionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int RawRole = Qt::UserRole + 1;

    static constexpr int kDefaultPageSize = 200;

    explicit VersionTableModel(std::shared_ptr<registry::ModelRegistry> registry, QObject *parent = nullptr);

    // Versions per page (1 … 1000); takes effect at the next reload().
    void setPageSize(int versions) { m_pageSize = versions; }
    // Shows the versions of `modelName` (empty: none).
    Result<void> setModelName(const QString &modelName);
    Result<void> reload();
    QString modelName() const { return m_modelName; }

    // The versions read so far.
    const QList<registry::ModelVersion> &versions() const { return m_versions; }
    registry::ModelVersion versionAt(int row) const { return m_versions.value(row); }
    int rowOfVersion(int version) const;  // -1 when not listed (yet)
    // Fetches pages until `version` is listed or cannot be. Returns its row or -1.
    int ensureListed(int version);
    QString lastError() const { return m_lastError; }
    QStringList metricNames() const { return m_metricNames; }
    // The column of metric `name`, or -1.
    int metricColumn(const QString &name) const;
    int tagsColumn() const { return kFixedLeading + int(m_metricNames.size()); }
    int runColumn() const { return tagsColumn() + 1; }

    // "Production", "Staging", … as shown in the stage badge (translated).
    static QString stageText(registry::Stage stage);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int VersionColumn = 0;
    static constexpr int StageColumn = 1;
    static constexpr int CreatedColumn = 2;

private:
    static constexpr int kFixedLeading = 3;

    registry::VersionQuery query() const;
    // Adds the metric columns that `versions` bring (in sorted place).
    void addMetricColumns(const QList<registry::ModelVersion> &versions);

    std::shared_ptr<registry::ModelRegistry> m_registry;
    QString m_modelName;
    QList<registry::ModelVersion> m_versions;
    QStringList m_metricNames;
    QString m_nextPageToken;
    QString m_lastError;
    bool m_fetching = false;
    int m_pageSize = kDefaultPageSize;
};

}  // namespace mlops::ui
