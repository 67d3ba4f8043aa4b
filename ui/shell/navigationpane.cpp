#include "navigationpane.h"

#include <QHeaderView>

namespace mlops::ui {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
}

NavigationPane::NavigationPane(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigationPane"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(false);
    setIndentation(14);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(190);
    setStyleSheet(QStringLiteral("QTreeWidget#navigationPane { background: palette(window); }"
                                 "QTreeWidget#navigationPane::item { padding: 5px 4px; }"));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current != nullptr && !current->data(0, kKeyRole).toString().isEmpty())
            Q_EMIT pageSelected(current->data(0, kKeyRole).toString());
    });
}

void NavigationPane::addPage(const QString &areaTitle, const QString &key, const QString &title)
{
    QTreeWidgetItem *area = nullptr;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->text(0) == areaTitle)
            area = topLevelItem(i);
    }
    if (area == nullptr) {
        area = new QTreeWidgetItem(this, {areaTitle});
        area->setFlags(Qt::ItemIsEnabled);
        QFont font = area->font(0);
        font.setBold(true);
        area->setFont(0, font);
        area->setExpanded(true);
    }
    auto *item = new QTreeWidgetItem(area, {title});
    item->setData(0, kKeyRole, key);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    area->setExpanded(true);
}

bool NavigationPane::selectPage(const QString &key)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *area = topLevelItem(i);
        for (int j = 0; j < area->childCount(); ++j) {
            if (area->child(j)->data(0, kKeyRole).toString() == key) {
                setCurrentItem(area->child(j));
                return true;
            }
        }
    }
    return false;
}

QString NavigationPane::currentKey() const
{
    return currentItem() != nullptr ? currentItem()->data(0, kKeyRole).toString() : QString();
}

}  // namespace mlops::ui
