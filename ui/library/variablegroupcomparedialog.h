#pragma once
// VariableGroupCompareDialog: pick two variable groups and see them side by side; rows
// that differ are coloured and carry a marker (≠ changed, − only left, + only right).
// Reads groups through VariableGroupService::get(); errors are shown in the dialog.
// Thread: GUI thread.

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QTableView;

namespace mlops::library {
class VariableGroupService;
}

namespace mlops::ui {

class VariableGroupDiffModel;

class VariableGroupCompareDialog : public QDialog {
    Q_OBJECT
public:
    explicit VariableGroupCompareDialog(std::shared_ptr<library::VariableGroupService> groups, QWidget *parent = nullptr);

    // Fills the two pickers from the service and selects `leftId` / `rightId` (0: first /
    // second group). Returns false (and shows why) when the groups cannot be listed.
    bool reload(qint64 leftId = 0, qint64 rightId = 0);
    VariableGroupDiffModel *diffModel() const { return m_diff; }
    QString summaryText() const;

private:
    void compare();

    std::shared_ptr<library::VariableGroupService> m_groups;
    QComboBox *m_left;
    QComboBox *m_right;
    QTableView *m_view;
    QLabel *m_summary;
    VariableGroupDiffModel *m_diff;
};

}  // namespace mlops::ui
