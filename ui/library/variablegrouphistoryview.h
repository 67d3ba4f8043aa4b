#pragma once
// VariableGroupHistoryView: the History tab of the group editor. Lists the saved
// versions of a group; selecting one shows what it changed against the version before
// it, selecting two shows the differences between them (older on the left). "Restore
// this version" calls VariableGroupService::restore() (a new version; history is kept)
// and emits restored() with the group as saved. Errors are shown in the view.
// Thread: GUI thread; the service calls are short database reads/writes.

#include "core/library/variablegroup.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace mlops::library {
class VariableGroupService;
}

namespace mlops::ui {

class VariableGroupDiffModel;
class VariableGroupHistoryModel;

class VariableGroupHistoryView : public QWidget {
    Q_OBJECT
public:
    explicit VariableGroupHistoryView(std::shared_ptr<library::VariableGroupService> groups, QWidget *parent = nullptr);

    // 0 clears the view (a group not saved yet).
    void setGroupId(qint64 id);
    qint64 groupId() const { return m_groupId; }
    void reload();
    // Selects the versions with these revisions (one or two); false when one is missing.
    bool selectRevisions(const QList<int> &revisions);
    // When non-empty, restoring is refused with this reason (e.g. unsaved changes).
    void setRestoreBlockedReason(const QString &reason);

    VariableGroupHistoryModel *historyModel() const { return m_history; }
    VariableGroupDiffModel *diffModel() const { return m_diff; }

Q_SIGNALS:
    void restored(const mlops::library::VariableGroup &group);
    void statusMessage(const QString &message);

private:
    void updateDiff();
    void restoreSelected();
    QList<int> selectedRows() const;

    std::shared_ptr<library::VariableGroupService> m_groups;
    qint64 m_groupId = 0;
    QString m_restoreBlocked;
    VariableGroupHistoryModel *m_history;
    VariableGroupDiffModel *m_diff;
    QTableView *m_versionsView;
    QTableView *m_diffView;
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_restoreButton;
};

}  // namespace mlops::ui
