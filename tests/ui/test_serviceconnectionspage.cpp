// Tests of ServiceConnectionsPage, clicking real widgets found by objectName: the empty
// state, New (Ctrl+N) through the wizard to the list and the service, the details pane
// with "Used by", Edit that keeps the secret unless it is replaced, Delete with its
// confirmation, and the filter (Ctrl+F).
#include "serviceconnectiontestfixture.h"

#include "ui/common/emptystate.h"
#include "ui/library/connectionwizard.h"
#include "ui/library/serviceconnectionlistmodel.h"
#include "ui/library/serviceconnectionspage.h"

#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace mlops;
using library::ScopeLevel;
using test::child;
using test::click;
using test::typeInto;
using ui::ConnectionWizard;
using ui::Page;
using ui::ServiceConnectionsPage;

namespace {

QString label(QWidget *root, const char *objectName)
{
    auto *l = child<QLabel>(root, objectName);
    return l ? l->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(objectName));
}

}  // namespace

class TestServiceConnectionsPage : public QObject {
    Q_OBJECT

private:
    test::ServiceConnectionTestFixture *m_fixture = nullptr;

    qint64 createStored(const QString &name, const QString &secret)
    {
        library::ServiceConnection c = test::ServiceConnectionTestFixture::workspaceConnection(name);
        c.secret = secret;
        c.replaceSecret = !secret.isEmpty();
        const auto created = m_fixture->connections->create(c);
        if (!created.ok())
            qWarning("%s", qPrintable(created.error().message));
        return created.ok() ? created->id : 0;
    }

    ConnectionWizard *openWizardWith(ServiceConnectionsPage &page, QAbstractButton *button)
    {
        click(button);
        auto *wizard = page.findChild<ConnectionWizard *>();
        if (wizard && !wizard->isVisible())
            return nullptr;
        return wizard;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = new test::ServiceConnectionTestFixture;
        QString error;
        QVERIFY2(m_fixture->open(&error), qPrintable(error));
    }

    void cleanup()
    {
        delete m_fixture;
        m_fixture = nullptr;
    }

    void emptyStateSaysWhatToDo()
    {
        ServiceConnectionsPage page(m_fixture->connections, m_fixture->groups);
        page.show();
        QCOMPARE(page.title(), QStringLiteral("Service connections"));
        auto *empty = child<ui::EmptyState>(&page, "connectionEmptyState");
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No service connections. Press Ctrl+N to create one."));
        QVERIFY(page.supports(Page::Action::New));
        QVERIFY(page.supports(Page::Action::Find));
        QVERIFY(!page.supports(Page::Action::Delete));
        QVERIFY(!page.supports(Page::Action::Save));
        QVERIFY(!child<QPushButton>(&page, "deleteConnectionButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "editConnectionButton")->isEnabled());

        // The empty state's button starts the wizard.
        click(child<QPushButton>(empty, "emptyStateButton"));
        auto *wizard = page.findChild<ConnectionWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        wizard->reject();
    }

    void newConnectionThroughTheWizardAppearsInListAndService()
    {
        ServiceConnectionsPage page(m_fixture->connections, m_fixture->groups);
        QSignalSpy status(&page, &Page::statusMessage);
        page.show();
        page.trigger(Page::Action::New);  // Ctrl+N in the main window
        auto *wizard = page.findChild<ConnectionWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());

        click(child<QRadioButton>(wizard, "typeAzureResourceManagerRadio"));
        click(wizard->button(QWizard::NextButton));
        typeInto(child<QLineEdit>(wizard, "tenantIdEdit"), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"));
        typeInto(child<QLineEdit>(wizard, "clientIdEdit"), QStringLiteral("0f7c3a2e-1b4d-4e5f-8a9b-0c1d2e3f4a5b"));
        typeInto(child<QLineEdit>(wizard, "secretEdit"), QStringLiteral("very-secret"));
        click(wizard->button(QWizard::NextButton));
        click(child<QRadioButton>(wizard, "scopeMachineLearningWorkspaceRadio"));
        typeInto(child<QLineEdit>(wizard, "subscriptionIdEdit"), QStringLiteral("3c8d4f6a-2b1e-4d5c-9a8b-7e6f5d4c3b2a"));
        typeInto(child<QLineEdit>(wizard, "subscriptionNameEdit"), QStringLiteral("Contoso ML"));
        typeInto(child<QLineEdit>(wizard, "resourceGroupEdit"), QStringLiteral("mlops-RG"));
        typeInto(child<QLineEdit>(wizard, "workspaceNameEdit"), QStringLiteral("mlops-AML-WS"));
        click(wizard->button(QWizard::NextButton));
        typeInto(child<QLineEdit>(wizard, "nameEdit"), QStringLiteral("ws-svc-connection"));
        click(wizard->button(QWizard::FinishButton));

        QTRY_COMPARE(page.model()->rowCount(), 1);
        QTRY_VERIFY(page.findChild<ConnectionWizard *>() == nullptr);  // closed and deleted
        const auto stored = m_fixture->connections->findByName(QStringLiteral("ws-svc-connection"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->scopeLevel, ScopeLevel::MachineLearningWorkspace);
        QCOMPARE(stored->workspaceName, QStringLiteral("mlops-AML-WS"));
        QCOMPARE(m_fixture->connections->secretValue(stored->id).value(), QStringLiteral("very-secret"));

        auto *table = child<QTableView>(&page, "connectionTable");
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("ws-svc-connection"));
        QCOMPARE(page.selectedId(), stored->id);
        QCOMPARE(label(&page, "detailName"), QStringLiteral("ws-svc-connection"));
        QCOMPARE(label(&page, "detailType"), QStringLiteral("Azure Resource Manager"));
        QCOMPARE(label(&page, "detailAuthentication"), QStringLiteral("Service principal (manual)"));
        QCOMPARE(label(&page, "detailScope"), QStringLiteral("Machine Learning workspace"));
        QCOMPARE(label(&page, "detailWorkspace"), QStringLiteral("mlops-AML-WS"));
        QCOMPARE(label(&page, "detailSecret"), QStringLiteral("set"));
        QVERIFY(!label(&page, "detailSecret").contains(QStringLiteral("very-secret")));
        QVERIFY(status.count() >= 1);
        QCOMPARE(status.last().at(0).toString(), QStringLiteral("Created service connection ws-svc-connection"));
        QVERIFY(page.supports(Page::Action::Delete));
    }

    void detailsListWhatUsesTheConnection()
    {
        const qint64 used = createStored(QStringLiteral("ws-svc-connection"), {});
        const qint64 unused = createStored(QStringLiteral("spare-connection"), {});
        QVERIFY(used != 0 && unused != 0);
        library::VariableGroup group;
        group.name = QStringLiteral("devopsforai-aml-vg");
        group.description = QStringLiteral("MLOpsPython variables");
        library::Variable variable;
        variable.name = QStringLiteral("WORKSPACE_SVC_CONNECTION");
        variable.value = QStringLiteral("ws-svc-connection");
        group.variables.append(variable);
        const auto created = m_fixture->groups->create(group);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));

        ServiceConnectionsPage page(m_fixture->connections, m_fixture->groups);
        page.show();
        QVERIFY(page.selectConnection(used));
        auto *usedBy = child<QListWidget>(&page, "usedByList");
        QTRY_VERIFY(usedBy->isVisible());
        QCOMPARE(usedBy->count(), 1);
        QVERIFY(usedBy->item(0)->text().contains(QStringLiteral("devopsforai-aml-vg")));
        QVERIFY(usedBy->item(0)->text().contains(QStringLiteral("WORKSPACE_SVC_CONNECTION")));
        QVERIFY(usedBy->item(0)->toolTip().contains(QStringLiteral("MLOpsPython variables")));
        QVERIFY(!child<QLabel>(&page, "usedByEmptyLabel")->isVisible());
        QCOMPARE(label(&page, "detailSecret"), QStringLiteral("not set — edit the connection to set it"));

        QVERIFY(page.selectConnection(unused));
        QVERIFY(!usedBy->isVisible());
        QVERIFY(child<QLabel>(&page, "usedByEmptyLabel")->isVisible());
        QVERIFY(label(&page, "usedByEmptyLabel").startsWith(QStringLiteral("Nothing uses this connection")));
    }

    void editKeepsTheSecretUnlessReplaced()
    {
        const qint64 id = createStored(QStringLiteral("ws-svc-connection"), QStringLiteral("first-secret"));
        QVERIFY(id != 0);
        ServiceConnectionsPage page(m_fixture->connections, m_fixture->groups);
        page.show();
        QVERIFY(page.selectConnection(id));

        // Change the description only: the stored secret stays.
        ConnectionWizard *wizard = openWizardWith(page, child<QPushButton>(&page, "editConnectionButton"));
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(ConnectionWizard::AuthenticationPageId));
        auto *secret = child<QLineEdit>(wizard, "secretEdit");
        QVERIFY(secret->text().isEmpty());  // never shown
        QVERIFY(secret->placeholderText().contains(QStringLiteral("Stored")));
        QCOMPARE(child<QLineEdit>(wizard, "tenantIdEdit")->text(), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"));
        click(wizard->button(QWizard::NextButton));
        QVERIFY(child<QRadioButton>(wizard, "scopeMachineLearningWorkspaceRadio")->isChecked());
        click(wizard->button(QWizard::NextButton));
        QCOMPARE(child<QLineEdit>(wizard, "nameEdit")->text(), QStringLiteral("ws-svc-connection"));
        typeInto(child<QPlainTextEdit>(wizard, "descriptionEdit"), QStringLiteral("Now with a description"));
        click(wizard->button(QWizard::FinishButton));
        QTRY_VERIFY(page.findChild<ConnectionWizard *>() == nullptr);
        auto stored = m_fixture->connections->get(id);
        QCOMPARE(stored->description, QStringLiteral("Now with a description"));
        QCOMPARE(stored->revision, 2);
        QCOMPARE(m_fixture->connections->secretValue(id).value(), QStringLiteral("first-secret"));
        QCOMPARE(label(&page, "detailDescription"), QStringLiteral("Now with a description"));

        // Type a new secret: it replaces the stored one.
        wizard = openWizardWith(page, child<QPushButton>(&page, "editConnectionButton"));
        QVERIFY(wizard);
        typeInto(child<QLineEdit>(wizard, "secretEdit"), QStringLiteral("second-secret"));
        click(wizard->button(QWizard::NextButton));
        click(wizard->button(QWizard::NextButton));
        click(wizard->button(QWizard::FinishButton));
        QTRY_VERIFY(page.findChild<ConnectionWizard *>() == nullptr);
        QCOMPARE(m_fixture->connections->secretValue(id).value(), QStringLiteral("second-secret"));
        QCOMPARE(m_fixture->connections->get(id)->revision, 3);
        QCOMPARE(m_fixture->secrets->size(), 1);  // the replaced entry was removed
    }

    void deleteAsksFirst()
    {
        const qint64 id = createStored(QStringLiteral("ws-svc-connection"), QStringLiteral("a-secret"));
        QVERIFY(id != 0);
        ServiceConnectionsPage page(m_fixture->connections, m_fixture->groups);
        QSignalSpy status(&page, &Page::statusMessage);
        page.show();
        QVERIFY(page.selectConnection(id));

        // Cancel: nothing happens.
        page.trigger(Page::Action::Delete);
        auto *box = page.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("ws-svc-connection")));
        click(child<QPushButton>(box, "cancelDeleteButton"));
        QTRY_VERIFY(page.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation")) == nullptr);
        QVERIFY(m_fixture->connections->get(id).ok());

        // Accept (with the Delete button of the page this time).
        click(child<QPushButton>(&page, "deleteConnectionButton"));
        box = page.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
        QVERIFY(box);
        click(child<QPushButton>(box, "confirmDeleteButton"));
        QTRY_COMPARE(page.model()->rowCount(), 0);
        QCOMPARE(m_fixture->connections->get(id).error().code, ErrorCode::NotFound);
        QCOMPARE(m_fixture->secrets->size(), 0);
        QVERIFY(child<ui::EmptyState>(&page, "connectionEmptyState")->isVisible());
        QCOMPARE(status.last().at(0).toString(), QStringLiteral("Deleted service connection ws-svc-connection"));
        QVERIFY(!page.supports(Page::Action::Delete));
    }

    void filterNarrowsTheList()
    {
        QVERIFY(createStored(QStringLiteral("ws-svc-connection"), {}) != 0);
        library::ServiceConnection devOps;
        devOps.name = QStringLiteral("contoso-org");
        devOps.type = library::ConnectionType::AzureDevOps;
        devOps.organizationUrl = QStringLiteral("https://dev.azure.com/contoso");
        QVERIFY(m_fixture->connections->create(devOps).ok());

        ServiceConnectionsPage page(m_fixture->connections, m_fixture->groups);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *table = child<QTableView>(&page, "connectionTable");
        QCOMPARE(table->model()->rowCount(), 2);

        page.trigger(Page::Action::Find);  // Ctrl+F in the main window
        auto *filter = child<QLineEdit>(&page, "connectionFilterEdit");
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("azure devops"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("contoso-org"));

        typeInto(filter, QStringLiteral("no-such-thing"));
        auto *empty = child<ui::EmptyState>(&page, "connectionEmptyState");
        QVERIFY(empty->isVisible());
        QVERIFY(empty->title().contains(QStringLiteral("no-such-thing")));
        click(child<QPushButton>(empty, "emptyStateButton"));  // "Clear the filter"
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(table->isVisible());

        // Escape in the filter clears it too.
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("dev.azure"));
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::keyClick(filter, Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(table->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestServiceConnectionsPage)
#include "test_serviceconnectionspage.moc"
