// History (versions, diff of any two, restore) and Compare, through real widgets.
#include "ui/library/variablegroupcomparedialog.h"
#include "ui/library/variablegroupdiffmodel.h"
#include "ui/library/variablegroupeditor.h"
#include "ui/library/variablegrouphistorymodel.h"
#include "ui/library/variablegrouphistoryview.h"
#include "ui/library/variablegroupspage.h"
#include "ui/library/variabletablemodel.h"
#include "ui/shell/mainwindow.h"
#include "uitestfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace mlops;
using namespace mlops::ui;
using mlops::ui::test::UiTestFixture;

namespace {

void clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers = {})
{
    const QModelIndex index = view->model()->index(row, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

int diffRowOf(const VariableGroupDiffModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rows().at(row).name == name)
            return row;
    }
    return -1;
}

}  // namespace

class TestVariableGroupHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { UiTestFixture::isolateSettings(); }
    void historyDiffAndRestore();
    void restoreBlockedWhileEditing();
    void compare_data();
    void compare();
};

void TestVariableGroupHistory::historyDiffAndRestore()
{
    UiTestFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    library::VariableGroup group = fx.addGroup(QStringLiteral("hist-vg"), {{QStringLiteral("A"), QStringLiteral("1")},
                                                                           {QStringLiteral("B"), QStringLiteral("2")}});
    group.variables[0].value = QStringLiteral("10");
    group = *fx.groups()->update(group);  // version 2: A changed
    group.variables.removeLast();
    library::Variable c;
    c.name = QStringLiteral("C");
    c.value = QStringLiteral("3");
    group.variables.append(c);
    group = *fx.groups()->update(group);  // version 3: B removed, C added

    MainWindow *window = fx.window();
    QVERIFY(window->variableGroupsPage()->openGroupByName(QStringLiteral("hist-vg")));
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    tabs->setCurrentIndex(1);
    auto *versions = window->findChild<QTableView *>(QStringLiteral("historyTable"));
    QTRY_VERIFY(versions->isVisible());
    QCOMPARE(versions->model()->rowCount(), 3);
    VariableGroupHistoryView *history = window->variableGroupsPage()->editor()->historyView();

    // Version 1 (bottom row) and version 3 (top row): Ctrl+click both.
    clickRow(versions, 2);
    clickRow(versions, 0, Qt::ControlModifier);
    VariableGroupDiffModel *diff = history->diffModel();
    using Kind = library::VariableDiffRow::Kind;
    QCOMPARE(diff->headerData(VariableGroupDiffModel::LeftColumn, Qt::Horizontal).toString(), QStringLiteral("Version 1"));
    QCOMPARE(diff->headerData(VariableGroupDiffModel::RightColumn, Qt::Horizontal).toString(), QStringLiteral("Version 3"));
    QCOMPARE(diff->rows().at(diffRowOf(diff, QStringLiteral("A"))).kind, Kind::Changed);
    QCOMPARE(diff->rows().at(diffRowOf(diff, QStringLiteral("B"))).kind, Kind::OnlyLeft);
    QCOMPARE(diff->rows().at(diffRowOf(diff, QStringLiteral("C"))).kind, Kind::OnlyRight);
    auto *restore = window->findChild<QPushButton *>(QStringLiteral("restoreVersionButton"));
    QVERIFY(!restore->isEnabled());  // two versions selected

    // Version 1 alone: "Restore this version".
    clickRow(versions, 2);
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    auto restored = fx.groups()->get(group.id);
    QVERIFY(restored.ok());
    QCOMPARE(restored->revision, 4);
    QCOMPARE(restored->variables.size(), 2);
    QCOMPARE(restored->variables.at(0).value, QStringLiteral("1"));
    QCOMPARE(restored->variables.at(1).name, QStringLiteral("B"));
    // The editor shows the restored group and the history the new version.
    VariableTableModel *variables = window->variableGroupsPage()->editor()->variableModel();
    QCOMPARE(variables->rowCount(), 2);
    QCOMPARE(variables->variable(0).value, QStringLiteral("1"));
    QCOMPARE(versions->model()->rowCount(), 4);
    QVERIFY(!window->variableGroupsPage()->editor()->isModified());
}

void TestVariableGroupHistory::restoreBlockedWhileEditing()
{
    UiTestFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    library::VariableGroup group = fx.addGroup(QStringLiteral("busy-vg"), {{QStringLiteral("A"), QStringLiteral("1")}});
    group.variables[0].value = QStringLiteral("2");
    QVERIFY(fx.groups()->update(group).ok());
    MainWindow *window = fx.window();
    QVERIFY(window->variableGroupsPage()->openGroupByName(QStringLiteral("busy-vg")));
    VariableGroupEditor *editor = window->variableGroupsPage()->editor();
    editor->variableModel()->setData(editor->variableModel()->index(0, VariableTableModel::ValueColumn), QStringLiteral("3"));
    QVERIFY(editor->isModified());
    editor->showHistoryTab();
    auto *versions = window->findChild<QTableView *>(QStringLiteral("historyTable"));
    clickRow(versions, 1);
    auto *restore = window->findChild<QPushButton *>(QStringLiteral("restoreVersionButton"));
    QVERIFY(!restore->isEnabled());
    QVERIFY(!restore->toolTip().isEmpty());
    editor->undoStack()->undo();
    QVERIFY(restore->isEnabled());
}

void TestVariableGroupHistory::compare_data()
{
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("differences");
    QTest::newRow("changed, only left, only right") << QStringLiteral("staging-vg") << 3;
    QTest::newRow("identical") << QStringLiteral("copy-vg") << 0;
}

void TestVariableGroupHistory::compare()
{
    QFETCH(QString, right);
    QFETCH(int, differences);
    UiTestFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    fx.addGroup(QStringLiteral("prod-vg"), {{QStringLiteral("LOCATION"), QStringLiteral("japaneast")},
                                            {QStringLiteral("ONLY_PROD"), QStringLiteral("x")},
                                            {QStringLiteral("SAME"), QStringLiteral("s")}});
    fx.addGroup(QStringLiteral("staging-vg"), {{QStringLiteral("LOCATION"), QStringLiteral("westeurope")},
                                               {QStringLiteral("SAME"), QStringLiteral("s")},
                                               {QStringLiteral("ONLY_STAGING"), QStringLiteral("y")}});
    fx.addGroup(QStringLiteral("copy-vg"), {{QStringLiteral("LOCATION"), QStringLiteral("japaneast")},
                                            {QStringLiteral("ONLY_PROD"), QStringLiteral("x")},
                                            {QStringLiteral("SAME"), QStringLiteral("s")}});
    MainWindow *window = fx.window();
    auto *button = window->findChild<QPushButton *>(QStringLiteral("compareGroupsButton"));
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = window->findChild<VariableGroupCompareDialog *>(QStringLiteral("compareDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *left = dialog->findChild<QComboBox *>(QStringLiteral("leftGroupCombo"));
    auto *rightCombo = dialog->findChild<QComboBox *>(QStringLiteral("rightGroupCombo"));
    left->setCurrentIndex(left->findText(QStringLiteral("prod-vg")));
    rightCombo->setCurrentIndex(rightCombo->findText(right));
    VariableGroupDiffModel *diff = dialog->diffModel();
    QCOMPARE(diff->differenceCount(), differences);
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("compareTable"));
    QCOMPARE(table->model(), diff);
    QCOMPARE(diff->headerData(VariableGroupDiffModel::RightColumn, Qt::Horizontal).toString(), right);
    if (differences > 0) {
        const int row = diffRowOf(diff, QStringLiteral("LOCATION"));
        QCOMPARE(diff->index(row, VariableGroupDiffModel::LeftColumn).data().toString(), QStringLiteral("japaneast"));
        QCOMPARE(diff->index(row, VariableGroupDiffModel::RightColumn).data().toString(), QStringLiteral("westeurope"));
        QVERIFY(!diff->index(row, VariableGroupDiffModel::MarkerColumn).data().toString().isEmpty());
    }
    QVERIFY(!dialog->summaryText().isEmpty());
    dialog->close();
}

QTEST_MAIN(TestVariableGroupHistory)
#include "test_variablegrouphistory.moc"
