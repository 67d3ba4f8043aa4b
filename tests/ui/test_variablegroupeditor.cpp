// The group editor driven through real widgets: create a group with a secret variable,
// save, reopen and see it masked; undo/redo; save errors shown inline without losing
// what was typed; a conflict with a change made elsewhere; import errors.
#include "core/library/keychainsecretstore.h"
#include "memorysecretstore.h"
#include "ui/library/variablegroupeditor.h"
#include "ui/library/variablegrouplistmodel.h"
#include "ui/library/variablegroupspage.h"
#include "ui/library/variabletablemodel.h"
#include "ui/shell/mainwindow.h"
#include "uitestfixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryFile>
#include <QTest>
#include <QUndoStack>

using namespace mlops;
using namespace mlops::ui;
using mlops::ui::test::UiTestFixture;

namespace {

template <typename T>
T *child(QWidget *root, const char *name)
{
    auto *widget = root->findChild<T *>(QLatin1String(name));
    if (widget == nullptr)
        qWarning("no child named %s", name);
    return widget;
}

void clickRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

int rowNamed(QTableView *view, const QString &name)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

}  // namespace

class TestVariableGroupEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createSecretSaveReopenMasked_data();
    void createSecretSaveReopenMasked();
    void undoRedo();
    void saveErrorsKeepWhatWasTyped_data();
    void saveErrorsKeepWhatWasTyped();
    void conflictOffersReload();
    void replaceSecret();
    void importErrorShowsPosition();
    void importThenSave();
};

void TestVariableGroupEditor::initTestCase()
{
    UiTestFixture::isolateSettings();
}

void TestVariableGroupEditor::createSecretSaveReopenMasked_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::newRow("memory store") << false;
    QTest::newRow("OS keychain") << true;
}

void TestVariableGroupEditor::createSecretSaveReopenMasked()
{
    QFETCH(bool, keychain);
    std::shared_ptr<library::SecretStore> store;
    if (keychain) {
        store = std::make_shared<library::KeychainSecretStore>(QStringLiteral("mlops-workbench-uitest"));
        QString why;
        if (!UiTestFixture::keychainReachable(*store, &why)) {
            const QString message = QStringLiteral("no Secret Service reachable (run inside tests/with-keyring.sh): ") + why;
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL(qPrintable(message));
            QSKIP(qPrintable(message));
        }
    }
    UiTestFixture fx(store);
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    fx.addGroup(QStringLiteral("other-vg"), {{QStringLiteral("X"), QStringLiteral("1")}});
    MainWindow *window = fx.window();

    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    auto *name = child<QLineEdit>(window, "groupNameEdit");
    QVERIFY(name);
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("app-secrets"));
    QTest::mouseClick(child<QPushButton>(window, "addVariableButton"), Qt::LeftButton);
    auto *table = child<QTableView>(window, "variablesTable");
    VariableTableModel *model = window->variableGroupsPage()->editor()->variableModel();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(UiTestFixture::typeIntoCell(table, model->index(0, VariableTableModel::NameColumn), QStringLiteral("API_TOKEN")));
    QVERIFY(UiTestFixture::typeIntoCell(table, model->index(0, VariableTableModel::ValueColumn), QStringLiteral("s3cr3t-value")));
    table->setCurrentIndex(model->index(0, VariableTableModel::NameColumn));
    QTest::mouseClick(child<QPushButton>(window, "toggleSecretButton"), Qt::LeftButton);
    QVERIFY(model->variable(0).isSecret);
    QCOMPARE(model->index(0, VariableTableModel::ValueColumn).data().toString(), QStringLiteral("********"));

    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(window->variableGroupsPage()->editor()->errorText(), QString());
    auto saved = fx.groups()->findByName(QStringLiteral("app-secrets"));
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QCOMPARE(saved->variables.size(), 1);
    QVERIFY(saved->variables.first().isSecret);
    QVERIFY(saved->variables.first().secretIsSet);
    QCOMPARE(saved->variables.first().value, QString());
    auto secret = fx.groups()->secretValue(saved->id, QStringLiteral("API_TOKEN"));
    QVERIFY(secret.ok());
    QCOMPARE(*secret, QStringLiteral("s3cr3t-value"));
    QVERIFY(!window->variableGroupsPage()->editor()->isModified());

    // Reopen: select the other group, then this one again.
    auto *groups = child<QTableView>(window, "groupTable");
    QTRY_COMPARE(groups->model()->rowCount(), 2);
    clickRow(groups, rowNamed(groups, QStringLiteral("other-vg")));
    QCOMPARE(window->variableGroupsPage()->editor()->groupName(), QStringLiteral("other-vg"));
    clickRow(groups, rowNamed(groups, QStringLiteral("app-secrets")));
    QCOMPARE(window->variableGroupsPage()->editor()->groupName(), QStringLiteral("app-secrets"));
    const QModelIndex value = model->index(0, VariableTableModel::ValueColumn);
    QCOMPARE(value.data().toString(), QStringLiteral("********"));
    QCOMPARE(value.data(Qt::EditRole).toString(), QString());
    QVERIFY(!value.data(Qt::ToolTipRole).toString().contains(QStringLiteral("s3cr3t")));

    if (keychain)
        QVERIFY(fx.groups()->remove(saved->id).ok());  // leaves the keychain clean
}

void TestVariableGroupEditor::undoRedo()
{
    UiTestFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    MainWindow *window = fx.window();
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    auto *name = child<QLineEdit>(window, "groupNameEdit");
    QTest::keyClicks(name, QStringLiteral("undo-vg"));
    QTest::mouseClick(child<QPushButton>(window, "addVariableButton"), Qt::LeftButton);
    auto *table = child<QTableView>(window, "variablesTable");
    VariableTableModel *model = window->variableGroupsPage()->editor()->variableModel();
    QVERIFY(UiTestFixture::typeIntoCell(table, model->index(0, VariableTableModel::NameColumn), QStringLiteral("A")));
    QUndoStack *stack = window->variableGroupsPage()->undoStack();
    QCOMPARE(stack->count(), 3);  // name (merged keystrokes), add, rename

    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);  // rename undone
    QCOMPARE(model->variable(0).name, QString());
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);  // add undone
    QCOMPARE(model->rowCount(), 0);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);  // name undone
    QCOMPARE(name->text(), QString());
    QVERIFY(!window->variableGroupsPage()->editor()->isModified());
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(name->text(), QStringLiteral("undo-vg"));
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->rowCount(), 1);
    QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(model->variable(0).name, QStringLiteral("A"));
    QVERIFY(window->variableGroupsPage()->editor()->isModified());

    // Delete with the variables table focused removes the variable, undoably.
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 0);
    stack->undo();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->variable(0).name, QStringLiteral("A"));
}

void TestVariableGroupEditor::saveErrorsKeepWhatWasTyped_data()
{
    QTest::addColumn<QString>("groupName");
    QTest::addColumn<QString>("variableName");
    QTest::addColumn<QString>("expected");  // part of the message shown
    QTest::newRow("duplicate group") << QStringLiteral("EXISTING-vg") << QStringLiteral("A") << QStringLiteral("EXISTING-vg");
    QTest::newRow("invalid variable name") << QStringLiteral("new-vg") << QStringLiteral("secret.KEY") << QStringLiteral("secret.KEY");
    QTest::newRow("empty group name") << QString() << QStringLiteral("A") << QStringLiteral("name");
}

void TestVariableGroupEditor::saveErrorsKeepWhatWasTyped()
{
    QFETCH(QString, groupName);
    QFETCH(QString, variableName);
    QFETCH(QString, expected);
    UiTestFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    fx.addGroup(QStringLiteral("existing-vg"), {});
    MainWindow *window = fx.window();
    QTest::mouseClick(child<QPushButton>(window, "newGroupButton"), Qt::LeftButton);
    auto *name = child<QLineEdit>(window, "groupNameEdit");
    QTest::keyClicks(name, groupName);
    QTest::mouseClick(child<QPushButton>(window, "addVariableButton"), Qt::LeftButton);
    auto *table = child<QTableView>(window, "variablesTable");
    VariableTableModel *model = window->variableGroupsPage()->editor()->variableModel();
    QVERIFY(UiTestFixture::typeIntoCell(table, model->index(0, VariableTableModel::NameColumn), variableName));
    QVERIFY(UiTestFixture::typeIntoCell(table, model->index(0, VariableTableModel::ValueColumn), QStringLiteral("typed")));
    QTest::mouseClick(child<QPushButton>(window, "saveButton"), Qt::LeftButton);

    auto *banner = child<QWidget>(window, "errorBanner");
    QVERIFY(banner->isVisible());
    const QString shown = child<QLabel>(window, "errorLabel")->text();
    QVERIFY2(shown.contains(expected, Qt::CaseInsensitive), qPrintable(shown));
    QCOMPARE(name->text(), groupName);
    QCOMPARE(model->variable(0).name, variableName);
    QCOMPARE(model->variable(0).value, QStringLiteral("typed"));
    QVERIFY(window->variableGroupsPage()->editor()->isModified());
    QCOMPARE(fx.groups()->list()->size(), 1);
}

void TestVariableGroupEditor::conflictOffersReload()
{
    UiTestFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const library::VariableGroup group = fx.addGroup(QStringLiteral("shared-vg"), {{QStringLiteral("A"), QStringLiteral("1")}});
    MainWindow *window = fx.window();
    auto *groups = child<QTableView>(window, "groupTable");
    clickRow(groups, rowNamed(groups, QStringLiteral("shared-vg")));
    VariableGroupEditor *editor = window->variableGroupsPage()->editor();
    QCOMPARE(editor->groupId(), group.id);

    // Someone else (the CLI) saves first.
    library::VariableGroup other = group;
    other.variables.first().value = QStringLiteral("from-cli");
    QVERIFY(fx.groups()->update(other).ok());

    auto *table = child<QTableView>(window, "variablesTable");
    QVERIFY(UiTestFixture::typeIntoCell(table, editor->variableModel()->index(0, VariableTableModel::ValueColumn),
                                        QStringLiteral("from-gui")));
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    auto *reload = child<QPushButton>(window, "reloadButton");
    QVERIFY(reload->isVisible());
    QVERIFY(editor->errorText().contains(QStringLiteral("Reload")));
    QCOMPARE(editor->variableModel()->variable(0).value, QStringLiteral("from-gui"));  // nothing lost
    QTest::mouseClick(reload, Qt::LeftButton);
    QCOMPARE(editor->variableModel()->variable(0).value, QStringLiteral("from-cli"));
    QVERIFY(!editor->isModified());
    QVERIFY(!child<QWidget>(window, "errorBanner")->isVisible());
}

void TestVariableGroupEditor::replaceSecret()
{
    auto secrets = std::make_shared<test::MemorySecretStore>();
    UiTestFixture fx(secrets);
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    library::VariableGroup group;
    group.name = QStringLiteral("secret-vg");
    library::Variable token;
    token.name = QStringLiteral("TOKEN");
    token.value = QStringLiteral("old-secret");
    token.isSecret = true;
    token.replaceSecret = true;
    group.variables.append(token);
    auto created = fx.groups()->create(group);
    QVERIFY(created.ok());
    MainWindow *window = fx.window();
    QVERIFY(window->variableGroupsPage()->openGroupByName(QStringLiteral("secret-vg")));
    VariableGroupEditor *editor = window->variableGroupsPage()->editor();
    const QModelIndex value = editor->variableModel()->index(0, VariableTableModel::ValueColumn);
    QCOMPARE(value.data().toString(), QStringLiteral("********"));
    QVERIFY(UiTestFixture::typeIntoCell(child<QTableView>(window, "variablesTable"), value, QStringLiteral("new-secret")));
    QVERIFY(editor->save());
    QCOMPARE(*fx.groups()->secretValue(created->id, QStringLiteral("TOKEN")), QStringLiteral("new-secret"));
    QCOMPARE(editor->variableModel()->index(0, VariableTableModel::ValueColumn).data().toString(), QStringLiteral("********"));
    QVERIFY(!secrets->containsValue(QStringLiteral("old-secret")));
}

void TestVariableGroupEditor::importErrorShowsPosition()
{
    UiTestFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    MainWindow *window = fx.window();
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/broken-XXXXXX.json"));
    QVERIFY(file.open());
    file.write("{\n  \"name\": \"x\",\n  \"variables\": { \"A\": { \"value\": 1 ,, } }\n}\n");
    file.close();
    QVERIFY(!window->variableGroupsPage()->importFile(file.fileName()));
    auto *error = child<QLabel>(window->variableGroupsPage(), "groupsErrorLabel");
    QVERIFY2(error->isVisible(), qPrintable(error->text()));
    // file:line:column
    const QRegularExpression position(QRegularExpression::escape(file.fileName()) + QStringLiteral(":\\d+:\\d+"));
    QVERIFY2(position.match(error->text()).hasMatch(), qPrintable(error->text()));
}

void TestVariableGroupEditor::importThenSave()
{
    UiTestFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    MainWindow *window = fx.window();
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/import-XXXXXX.json"));
    QVERIFY(file.open());
    file.write(R"({"name": "imported-vg", "description": "from ADO", "type": "Vsts",
                  "variables": {"LOCATION": {"value": "japaneast"}, "KEY": {"value": null, "isSecret": true}}})");
    file.close();
    QVERIFY(window->variableGroupsPage()->importFile(file.fileName()));
    VariableGroupEditor *editor = window->variableGroupsPage()->editor();
    QVERIFY(editor->isModified());
    QCOMPARE(editor->groupName(), QStringLiteral("imported-vg"));
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(editor->errorText().isEmpty(), qPrintable(editor->errorText()));
    auto saved = fx.groups()->findByName(QStringLiteral("imported-vg"));
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QCOMPARE(saved->variables.size(), 2);

    // Export writes the Azure DevOps shape, secrets as null.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(window->variableGroupsPage()->exportSelected(out));
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray json = exported.readAll();
    QVERIFY(json.contains("\"imported-vg\""));
    QVERIFY(json.contains("japaneast"));
}

QTEST_MAIN(TestVariableGroupEditor)
#include "test_variablegroupeditor.moc"
