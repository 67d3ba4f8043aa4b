#pragma once
// VariableGroupFilterModel: the search box of the group list. Keeps the rows of a
// VariableGroupListModel whose name or description contains the search text
// (case-insensitive; every row when it is empty) and sorts on the raw values. It reads the
// summaries directly (no QVariant per row), so filtering 10,000 groups stays fast.

#include <QSortFilterProxyModel>

namespace mlops::ui {

class VariableGroupListModel;

class VariableGroupFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit VariableGroupFilterModel(QObject *parent = nullptr);

    // Precondition: `model` is a VariableGroupListModel (or nullptr).
    void setSourceModel(QAbstractItemModel *model) override;
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Compares the raw summary fields directly (same order as RawRole, without QVariant).
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    VariableGroupListModel *m_groups = nullptr;
    QString m_search;
};

}  // namespace mlops::ui
