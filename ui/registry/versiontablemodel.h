#pragma once
// VersionTableModel: the versions of one model, one row each: version, stage badge text,
// created, one column per metric present in any listed version, tags, source run id.
// reload() pages through ModelRegistry::searchVersions() and returns its error (the old
// rows stay). RawRole gives the unformatted value (int version, Stage as int, QDateTime,
// double metric — invalid when the version lacks it). GUI thread only.

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

    explicit VersionTableModel(std::shared_ptr<registry::ModelRegistry> registry, QObject *parent = nullptr);

    // Shows the versions of `modelName` (empty: none).
    Result<void> setModelName(const QString &modelName);
    Result<void> reload();
    QString modelName() const { return m_modelName; }

    const QList<registry::ModelVersion> &versions() const { return m_versions; }
    registry::ModelVersion versionAt(int row) const { return m_versions.value(row); }
    int rowOfVersion(int version) const;  // -1 when not listed
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

    static constexpr int VersionColumn = 0;
    static constexpr int StageColumn = 1;
    static constexpr int CreatedColumn = 2;

private:
    static constexpr int kFixedLeading = 3;

    std::shared_ptr<registry::ModelRegistry> m_registry;
    QString m_modelName;
    QList<registry::ModelVersion> m_versions;
    QStringList m_metricNames;
};

}  // namespace mlops::ui
