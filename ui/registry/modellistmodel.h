#pragma once
// ModelListModel: the registered models (name, latest version, description), as read by
// ModelRegistry::models(). reload() returns the registry's error and keeps the old rows.
// RawRole gives the unformatted value (name, latest version as int). GUI thread only.

#include "core/common/result.h"
#include "core/registry/registrytypes.h"

#include <QAbstractTableModel>

#include <memory>

namespace mlops::registry {
class ModelRegistry;
}

namespace mlops::ui {

class ModelListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, LatestColumn, DescriptionColumn, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit ModelListModel(std::shared_ptr<registry::ModelRegistry> registry, QObject *parent = nullptr);

    Result<void> reload();
    registry::RegisteredModel modelAt(int row) const { return m_models.value(row); }
    int rowOf(const QString &name) const;  // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<registry::ModelRegistry> m_registry;
    QList<registry::RegisteredModel> m_models;
};

}  // namespace mlops::ui
