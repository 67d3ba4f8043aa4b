#pragma once
// NavigationPane: the left navigation of the main window, grouped like the Azure DevOps
// portal ("Pipelines › Library", "Project settings › Service connections"). Areas are
// headers; pages are selectable items identified by a stable key ("variableGroups").
// Only pages that exist are added. Thread: GUI thread.

#include <QTreeWidget>

namespace mlops::ui {

class NavigationPane : public QTreeWidget {
    Q_OBJECT
public:
    explicit NavigationPane(QWidget *parent = nullptr);

    // Adds (or finds) the area header `areaTitle` and a page item under it.
    void addPage(const QString &areaTitle, const QString &key, const QString &title);
    // Selects the page item `key`; false when there is none.
    bool selectPage(const QString &key);
    QString currentKey() const;

Q_SIGNALS:
    void pageSelected(const QString &key);
};

}  // namespace mlops::ui
