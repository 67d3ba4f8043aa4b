#include "variablegrouphistoryview.h"

#include "core/library/variablegroupservice.h"
#include "ui/common/busycursor.h"
#include "variablegroupdiffmodel.h"
#include "variablegrouphistorymodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mlops::ui {

VariableGroupHistoryView::VariableGroupHistoryView(std::shared_ptr<library::VariableGroupService> groups, QWidget *parent)
    : QWidget(parent), m_groups(std::move(groups)), m_history(new VariableGroupHistoryModel(this)),
      m_diff(new VariableGroupDiffModel(this)), m_versionsView(new QTableView(this)), m_diffView(new QTableView(this)),
      m_summary(new QLabel(this)), m_error(new QLabel(this)), m_restoreButton(new QPushButton(tr("&Restore this version"), this))
{
    m_versionsView->setObjectName(QStringLiteral("historyTable"));
    m_diffView->setObjectName(QStringLiteral("historyDiffTable"));
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_error->setObjectName(QStringLiteral("historyError"));
    m_restoreButton->setObjectName(QStringLiteral("restoreVersionButton"));

    m_versionsView->setModel(m_history);
    m_versionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_versionsView->verticalHeader()->hide();
    m_versionsView->horizontalHeader()->setStretchLastSection(true);
    m_versionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionsView->setAlternatingRowColors(true);

    m_diffView->setModel(m_diff);
    m_diffView->verticalHeader()->hide();
    m_diffView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diffView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diffView->horizontalHeader()->setSectionResizeMode(VariableGroupDiffModel::MarkerColumn, QHeaderView::Fixed);
    m_diffView->horizontalHeader()->resizeSection(VariableGroupDiffModel::MarkerColumn, 28);
    m_diffView->horizontalHeader()->setSectionResizeMode(VariableGroupDiffModel::NameColumn, QHeaderView::ResizeToContents);
    m_diffView->horizontalHeader()->setSectionResizeMode(VariableGroupDiffModel::LeftColumn, QHeaderView::Stretch);
    m_diffView->horizontalHeader()->setSectionResizeMode(VariableGroupDiffModel::RightColumn, QHeaderView::Stretch);

    m_summary->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_error->hide();
    m_restoreButton->setEnabled(false);

    auto *hint = new QLabel(tr("Select one version to see what it changed, or two (Ctrl+click) to compare them."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(hint);
    topLayout->addWidget(m_versionsView);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(m_restoreButton);
    bottomLayout->addLayout(row);
    bottomLayout->addWidget(m_diffView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(splitter);

    connect(m_versionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VariableGroupHistoryView::updateDiff);
    connect(m_restoreButton, &QPushButton::clicked, this, &VariableGroupHistoryView::restoreSelected);
    updateDiff();
}

void VariableGroupHistoryView::setGroupId(qint64 id)
{
    m_groupId = id;
    reload();
}

void VariableGroupHistoryView::setRestoreBlockedReason(const QString &reason)
{
    m_restoreBlocked = reason;
    updateDiff();
}

void VariableGroupHistoryView::reload()
{
    m_error->hide();
    if (m_groupId == 0) {
        m_history->setVersions({});
        updateDiff();
        return;
    }
    const auto versions = m_groups->history(m_groupId);
    if (!versions) {
        m_history->setVersions({});
        m_error->setText(tr("Could not read the history: %1").arg(versions.error().message));
        m_error->show();
    } else {
        m_history->setVersions(*versions);
        if (m_history->rowCount() > 0)
            m_versionsView->selectRow(0);
    }
    m_versionsView->resizeColumnsToContents();
    m_versionsView->horizontalHeader()->setStretchLastSection(true);
    updateDiff();
}

bool VariableGroupHistoryView::selectRevisions(const QList<int> &revisions)
{
    QItemSelection selection;
    for (int revision : revisions) {
        bool found = false;
        for (int row = 0; row < m_history->rowCount(); ++row) {
            if (m_history->version(row).revision == revision) {
                selection.select(m_history->index(row, 0), m_history->index(row, VariableGroupHistoryModel::ColumnCount - 1));
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    m_versionsView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    return true;
}

QList<int> VariableGroupHistoryView::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_versionsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void VariableGroupHistoryView::updateDiff()
{
    const QList<int> rows = selectedRows();
    m_restoreButton->setEnabled(false);
    m_restoreButton->setToolTip(QString());
    if (rows.isEmpty() || rows.size() > 2) {
        m_diff->setRows({});
        m_diff->setSideTitles(QString(), QString());
        m_summary->setText(m_groupId == 0 ? tr("The history starts when the group is saved.")
                                          : tr("Select one or two versions."));
        return;
    }
    // Rows are newest first: the higher row is the older version.
    const library::VariableGroupVersion &newer = m_history->version(rows.first());
    library::VariableGroup older;
    QString olderTitle = tr("(none)");
    if (rows.size() == 2) {
        older = m_history->version(rows.last()).snapshot;
        olderTitle = tr("Version %1").arg(m_history->version(rows.last()).revision);
    } else if (rows.first() + 1 < m_history->rowCount()) {
        older = m_history->version(rows.first() + 1).snapshot;
        olderTitle = tr("Version %1").arg(m_history->version(rows.first() + 1).revision);
    }
    const QString newerTitle = tr("Version %1").arg(newer.revision);
    m_diff->setSideTitles(olderTitle, newerTitle);
    m_diff->setRows(library::VariableGroupDiff::compare(older, newer.snapshot));
    const int count = m_diff->differenceCount();
    QString summary = count == 0 ? tr("%1 and %2 have the same variables.").arg(olderTitle, newerTitle)
                                 : tr("Differences between %1 and %2: %3.").arg(olderTitle, newerTitle).arg(count);
    if (older.description != newer.snapshot.description && rows.size() == 2)
        summary += QLatin1Char(' ') + tr("The descriptions differ.");
    m_summary->setText(summary);

    if (rows.size() == 1 && rows.first() != 0) {
        m_restoreButton->setEnabled(m_restoreBlocked.isEmpty());
        m_restoreButton->setToolTip(m_restoreBlocked.isEmpty()
                                        ? tr("Make the group look like version %1 again (saved as a new version).").arg(newer.revision)
                                        : m_restoreBlocked);
    } else if (rows.size() == 1) {
        m_restoreButton->setToolTip(tr("This is the current version."));
    }
}

void VariableGroupHistoryView::restoreSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || !m_restoreBlocked.isEmpty())
        return;
    const library::VariableGroupVersion &version = m_history->version(rows.first());
    const int revision = version.revision;
    const auto result = [&] {
        const BusyCursor busy;  // may touch the keychain; a short block, shown with the cursor
        return m_groups->restore(m_groupId, version.auditId);
    }();
    if (!result) {
        m_error->setText(tr("Could not restore version %1: %2").arg(revision).arg(result.error().message));
        m_error->show();
        return;
    }
    Q_EMIT statusMessage(tr("Restored version %1 of %2").arg(revision).arg(result->name));
    Q_EMIT restored(*result);
    reload();
}

}  // namespace mlops::ui
