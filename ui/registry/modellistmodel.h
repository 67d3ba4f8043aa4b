#pragma once
// ModelListModel: the registered models (name, latest version, version in Production,
// description) in name order, read a page at a time with ModelRegistry::listModels():
// reload() reads the first page, and views pull the next ones through canFetchMore() /
// fetchMore() as they scroll, so a workspace with thousands of models opens at once.
// reload() returns the registry's error and keeps the old rows; an error while fetching
// more stops the paging and is kept in lastError().
// RawRole gives the unformatted value (name, versions as int, 0 when none).
// GUI thread only.

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
    enum Column { NameColumn, LatestColumn, ProductionColumn, DescriptionColumn, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;
    static constexpr int kDefaultPageSize = 200;

    explicit ModelListModel(std::shared_ptr<registry::ModelRegistry> registry, QObject *parent = nullptr);

    // Models per page (1 … 1000); takes effect at the next reload().
    void setPageSize(int models) { m_pageSize = models; }
    Result<void> reload();
    registry::RegisteredModel modelAt(int row) const { return m_models.value(row); }
    int rowOf(const QString &name) const;  // -1 when not listed (yet)
    // Fetches pages until model `name` is listed or cannot be (names are in order, so
    // this stops at the first page past it). Returns its row or -1.
    int ensureListed(const QString &name);
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    std::shared_ptr<registry::ModelRegistry> m_registry;
    QList<registry::RegisteredModel> m_models;
    QString m_nextPageToken;
    QString m_lastError;
    bool m_fetching = false;
    int m_pageSize = kDefaultPageSize;
};

}  // namespace mlops::ui
