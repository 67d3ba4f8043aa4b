// The shell: navigation, empty states, the workspace in the status bar, Ctrl+N / Ctrl+F /
// Delete forwarded to the page, settings (language) and restored geometry.
#include "ui/common/emptystate.h"
#include "ui/common/settings.h"
#include "ui/library/variablegroupeditor.h"
#include "ui/library/variablegroupspage.h"
#include "ui/library/serviceconnectionspage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/navigationpane.h"
#include "ui/shell/settingsdialog.h"
#include "uitestfixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace mlops;
using namespace mlops::ui;
using mlops::ui::test::UiTestFixture;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { UiTestFixture::isolateSettings(); }
    void navigationShowsWorkingAreas();
    void emptyStatesSayWhatToDo();
    void ctrlNCreatesAndCtrlFFinds();
    void deleteAsksThenDeletes_data();
    void deleteAsksThenDeletes();
    void settingsChoosesLanguage();
    void geometryIsRestored();
};

void TestMainWindow::navigationShowsWorkingAreas()
{
    UiTestFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    MainWindow *window = fx.window();
    NavigationPane *nav = window->navigation();
    QCOMPARE(nav->topLevelItemCount(), 3);
    QCOMPARE(nav->topLevelItem(0)->text(0), QStringLiteral("Pipelines"));
    QCOMPARE(nav->topLevelItem(0)->child(0)->text(0), QStringLiteral("Pipelines"));
    QCOMPARE(nav->topLevelItem(0)->child(1)->text(0), QStringLiteral("Runs"));
    QCOMPARE(nav->topLevelItem(0)->child(2)->text(0), QStringLiteral("Library"));
    QCOMPARE(nav->topLevelItem(1)->text(0), QStringLiteral("Project settings"));
    QCOMPARE(nav->topLevelItem(1)->child(0)->text(0), QStringLiteral("Service connections"));
    QCOMPARE(nav->topLevelItem(2)->text(0), QStringLiteral("Models"));
    QCOMPARE(nav->topLevelItem(2)->child(0)->text(0), QStringLiteral("Models"));

    const QRect rect = nav->visualItemRect(nav->topLevelItem(1)->child(0));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(static_cast<QWidget *>(window->currentPage()), static_cast<QWidget *>(window->serviceConnectionsPage()));
    QVERIFY(window->serviceConnectionsPage()->isVisible());
    QVERIFY(window->showPage(QLatin1String(MainWindow::kVariableGroupsKey)));
    QCOMPARE(nav->currentKey(), QLatin1String(MainWindow::kVariableGroupsKey));

    auto *status = window->findChild<QLabel *>(QStringLiteral("workspaceLabel"));
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QDir::toNativeSeparators(fx.workspace()->directory())), qPrintable(status->text()));
}

void TestMainWindow::emptyStatesSayWhatToDo()
{
    UiTestFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    MainWindow *window = fx.window();
    auto *empty = window->findChild<EmptyState *>(QStringLiteral("groupsEmptyState"));
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("No variable groups yet."));
    QVERIFY(empty->hint().contains(QStringLiteral("Ctrl+N")));
    // Its button creates a group, like Ctrl+N.
    QTest::mouseClick(empty->findChild<QPushButton *>(QStringLiteral("emptyStateButton")), Qt::LeftButton);
    QVERIFY(window->findChild<QLineEdit *>(QStringLiteral("groupNameEdit"))->isVisible());

    fx.addGroup(QStringLiteral("alpha-vg"), {});
    window->variableGroupsPage()->reload();
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("groupSearchEdit"));
    QTest::mouseClick(search, Qt::LeftButton);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("zzz"));
    auto *noMatch = window->findChild<EmptyState *>(QStringLiteral("groupsNoMatchState"));
    QVERIFY(noMatch->isVisible());
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QVERIFY(window->findChild<QTableView *>(QStringLiteral("groupTable"))->isVisible());
}

void TestMainWindow::ctrlNCreatesAndCtrlFFinds()
{
    UiTestFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    for (const char *name : {"alpha-vg", "beta-vg", "gamma-vg"})
        fx.addGroup(QLatin1String(name), {{QStringLiteral("A"), QStringLiteral("1")}});
    MainWindow *window = fx.window();
    auto *table = window->findChild<QTableView *>(QStringLiteral("groupTable"));
    QTRY_COMPARE(table->model()->rowCount(), 3);

    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("groupSearchEdit"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("BETA"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("beta-vg"));
    search->clear();

    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    auto *name = window->findChild<QLineEdit *>(QStringLiteral("groupNameEdit"));
    QTRY_VERIFY(name->hasFocus());
    QCOMPARE(name->text(), QString());
    QTest::keyClicks(name, QStringLiteral("delta-vg"));
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(table->model()->rowCount(), 4);
    QVERIFY(fx.groups()->findByName(QStringLiteral("delta-vg")).ok());
    QVERIFY(window->variableGroupsPage()->editor()->groupId() != 0);
}

void TestMainWindow::deleteAsksThenDeletes_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("yes") << true;
    QTest::newRow("no") << false;
}

void TestMainWindow::deleteAsksThenDeletes()
{
    QFETCH(bool, confirm);
    UiTestFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    fx.addGroup(QStringLiteral("doomed-vg"), {{QStringLiteral("A"), QStringLiteral("1")}});
    fx.addGroup(QStringLiteral("kept-vg"), {});
    MainWindow *window = fx.window();
    auto *table = window->findChild<QTableView *>(QStringLiteral("groupTable"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    const QModelIndex first = table->model()->index(0, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("doomed-vg"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    table->setFocus();
    UiTestFixture::answerNextMessageBox(confirm ? QMessageBox::Yes : QMessageBox::No);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(fx.groups()->findByName(QStringLiteral("doomed-vg")).ok(), !confirm);
    QCOMPARE(table->model()->rowCount(), confirm ? 1 : 2);
}

void TestMainWindow::settingsChoosesLanguage()
{
    Settings::language().reset();
    SettingsDialog dialog;
    dialog.show();
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentData().toString(), QString());
    combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
    QVERIFY(note->text().contains(QStringLiteral("restart")));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(Settings::language().get(), QStringLiteral("ja"));
    Settings::language().reset();
}

void TestMainWindow::geometryIsRestored()
{
    QRect saved;
    {
        UiTestFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        MainWindow *window = fx.window();
        window->resize(1000, 640);
        window->showPage(QLatin1String(MainWindow::kServiceConnectionsKey));
        QTest::qWait(20);
        saved = window->geometry();
        QVERIFY(window->close());
    }
    UiTestFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    MainWindow *window = fx.window();
    QCOMPARE(window->size(), saved.size());
    QCOMPARE(static_cast<QWidget *>(window->currentPage()), static_cast<QWidget *>(window->serviceConnectionsPage()));
    Settings::currentPage().reset();
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
