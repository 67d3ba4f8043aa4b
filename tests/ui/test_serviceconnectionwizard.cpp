// Tests of ConnectionWizard, driven through its widgets: inline validation (the message
// of ServiceConnectionService::validate() next to the field, Next/Finish disabled),
// the Azure DevOps path, what is saved for each scope level, and failures of the
// service (duplicate name, keychain unavailable) shown without losing what was typed.
#include "serviceconnectiontestfixture.h"

#include "ui/library/connectionwizard.h"

#include <QLabel>
#include <QSignalSpy>

using namespace mlops;
using library::ConnectionType;
using library::ScopeLevel;
using library::ServiceConnectionService;
using test::child;
using test::click;
using test::typeInto;
using ui::ConnectionWizard;

namespace {

const QString kTenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString kClient = QStringLiteral("0f7c3a2e-1b4d-4e5f-8a9b-0c1d2e3f4a5b");
const QString kSubscription = QStringLiteral("3c8d4f6a-2b1e-4d5c-9a8b-7e6f5d4c3b2a");

QAbstractButton *wizardButton(ConnectionWizard &wizard, QWizard::WizardButton which)
{
    return wizard.button(which);
}

bool problemShown(ConnectionWizard &wizard, const QString &key)
{
    auto *label = wizard.findChild<QLabel *>(key + QStringLiteral("Problem"));
    return label && label->isVisible() && !label->text().isEmpty();
}

QString problemText(ConnectionWizard &wizard, const QString &key)
{
    auto *label = wizard.findChild<QLabel *>(key + QStringLiteral("Problem"));
    return label ? label->text() : QString();
}

}  // namespace

class TestServiceConnectionWizard : public QObject {
    Q_OBJECT

private:
    test::ServiceConnectionTestFixture *m_fixture = nullptr;

    // Fills the ARM pages with valid values up to the scope page (ML workspace scope).
    void fillArmUpToScope(ConnectionWizard &wizard)
    {
        click(child<QRadioButton>(&wizard, "typeAzureResourceManagerRadio"));
        click(wizardButton(wizard, QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(ConnectionWizard::AuthenticationPageId));
        typeInto(child<QLineEdit>(&wizard, "tenantIdEdit"), kTenant);
        typeInto(child<QLineEdit>(&wizard, "clientIdEdit"), kClient);
        typeInto(child<QLineEdit>(&wizard, "secretEdit"), QStringLiteral("sp-secret~1"));
        click(wizardButton(wizard, QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(ConnectionWizard::ScopePageId));
        click(child<QRadioButton>(&wizard, "scopeMachineLearningWorkspaceRadio"));
        typeInto(child<QLineEdit>(&wizard, "subscriptionIdEdit"), kSubscription);
        typeInto(child<QLineEdit>(&wizard, "resourceGroupEdit"), QStringLiteral("mlops-RG"));
        typeInto(child<QLineEdit>(&wizard, "workspaceNameEdit"), QStringLiteral("mlops-AML-WS"));
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

    void freshFieldsBlockNextWithoutShoutingAtTheUser()
    {
        ConnectionWizard wizard(m_fixture->connections);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QCOMPARE(wizard.currentId(), int(ConnectionWizard::TypePageId));
        QVERIFY(wizardButton(wizard, QWizard::NextButton)->isEnabled());
        click(wizardButton(wizard, QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(ConnectionWizard::AuthenticationPageId));
        QVERIFY(!wizardButton(wizard, QWizard::NextButton)->isEnabled());
        QVERIFY(!problemShown(wizard, QStringLiteral("tenantId")));
        QVERIFY(wizard.problems().contains(QStringLiteral("tenantId")));
        // Leaving an empty required field shows why Next is disabled.
        auto *tenant = child<QLineEdit>(&wizard, "tenantIdEdit");
        tenant->setFocus();
        QTRY_VERIFY(tenant->hasFocus());
        QTest::keyClick(tenant, Qt::Key_Tab);
        QTRY_VERIFY(!tenant->hasFocus());
        QVERIFY(problemShown(wizard, QStringLiteral("tenantId")));
        QVERIFY(!problemShown(wizard, QStringLiteral("clientId")));  // not left yet
    }

    void inlineValidation_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("editor");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("good");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("tenant id not a GUID") << int(ConnectionWizard::AuthenticationPageId)
                                              << QStringLiteral("tenantIdEdit") << QStringLiteral("tenantId")
                                              << QStringLiteral("72f988bf-86f1-41af-91ab") << kTenant
                                              << QStringLiteral("GUID");
        QTest::newRow("client id not a GUID")
            << int(ConnectionWizard::AuthenticationPageId) << QStringLiteral("clientIdEdit")
            << QStringLiteral("clientId") << QStringLiteral("my-app") << kClient << QStringLiteral("GUID");
        QTest::newRow("subscription id not a GUID")
            << int(ConnectionWizard::ScopePageId) << QStringLiteral("subscriptionIdEdit")
            << QStringLiteral("subscriptionId") << QStringLiteral("3c8d4f6a2b1e4d5c9a8b7e6f5d4c3b2a") << kSubscription
            << QStringLiteral("GUID");
        QTest::newRow("resource group character")
            << int(ConnectionWizard::ScopePageId) << QStringLiteral("resourceGroupEdit")
            << QStringLiteral("resourceGroup") << QStringLiteral("mlops/rg") << QStringLiteral("mlops-rg")
            << QStringLiteral("mlops/rg");
        QTest::newRow("workspace name too short")
            << int(ConnectionWizard::ScopePageId) << QStringLiteral("workspaceNameEdit")
            << QStringLiteral("workspaceName") << QStringLiteral("ws") << QStringLiteral("mlops-ws")
            << QStringLiteral("3 to 33");
        QTest::newRow("name with a trailing space")
            << int(ConnectionWizard::NamePageId) << QStringLiteral("nameEdit") << QStringLiteral("name")
            << QStringLiteral("ws-svc-connection ") << QStringLiteral("ws-svc-connection") << QStringLiteral("space");
    }

    void inlineValidation()
    {
        QFETCH(int, page);
        QFETCH(QString, editor);
        QFETCH(QString, key);
        QFETCH(QString, bad);
        QFETCH(QString, good);
        QFETCH(QString, mentions);

        ConnectionWizard wizard(m_fixture->connections);
        wizard.show();
        fillArmUpToScope(wizard);
        if (page == ConnectionWizard::NamePageId) {
            click(wizardButton(wizard, QWizard::NextButton));
            typeInto(child<QLineEdit>(&wizard, "nameEdit"), QStringLiteral("ok-name"));
        } else {
            while (wizard.currentId() != page)
                wizard.back();
        }
        QCOMPARE(wizard.currentId(), page);
        QAbstractButton *forward = wizardButton(
            wizard, page == ConnectionWizard::NamePageId ? QWizard::FinishButton : QWizard::NextButton);
        QTRY_VERIFY(forward->isEnabled());

        auto *edit = wizard.findChild<QLineEdit *>(editor);
        QVERIFY(edit);
        typeInto(edit, bad);
        QVERIFY(!forward->isEnabled());
        QVERIFY(problemShown(wizard, key));
        // The message is the service's, word for word: the UI adds no rule of its own.
        QCOMPARE(problemText(wizard, key), ServiceConnectionService::validate(wizard.draft()).value(key));
        QVERIFY2(problemText(wizard, key).contains(mentions), qPrintable(problemText(wizard, key)));
        QCOMPARE(edit->accessibleDescription(), problemText(wizard, key));

        typeInto(edit, good);
        QVERIFY(!problemShown(wizard, key));
        QVERIFY(forward->isEnabled());
    }

    void scopeLevelDecidesWhatIsSaved()
    {
        ConnectionWizard wizard(m_fixture->connections);
        wizard.show();
        fillArmUpToScope(wizard);
        QCOMPARE(wizard.draft().workspaceName, QStringLiteral("mlops-AML-WS"));
        auto *workspaceEdit = child<QLineEdit>(&wizard, "workspaceNameEdit");
        QVERIFY(workspaceEdit->isVisible());

        click(child<QRadioButton>(&wizard, "scopeSubscriptionRadio"));
        QVERIFY(!workspaceEdit->isVisible());
        QVERIFY(!child<QLineEdit>(&wizard, "resourceGroupEdit")->isVisible());
        QCOMPARE(wizard.draft().scopeLevel, ScopeLevel::Subscription);
        QVERIFY(wizard.draft().workspaceName.isEmpty());
        QVERIFY(wizard.draft().resourceGroup.isEmpty());
        // The subscription scope needs the subscription name (the service says so).
        QVERIFY(!wizardButton(wizard, QWizard::NextButton)->isEnabled());
        typeInto(child<QLineEdit>(&wizard, "subscriptionNameEdit"), QStringLiteral("Contoso ML"));
        QVERIFY(wizardButton(wizard, QWizard::NextButton)->isEnabled());

        click(child<QRadioButton>(&wizard, "scopeResourceGroupRadio"));
        QVERIFY(child<QLineEdit>(&wizard, "resourceGroupEdit")->isVisible());
        QCOMPARE(wizard.draft().resourceGroup, QStringLiteral("mlops-RG"));
        QVERIFY(wizard.draft().workspaceName.isEmpty());
    }

    void createsWorkspaceScopedConnection()
    {
        ConnectionWizard wizard(m_fixture->connections);
        QSignalSpy saved(&wizard, &ConnectionWizard::connectionSaved);
        wizard.show();
        fillArmUpToScope(wizard);
        click(wizardButton(wizard, QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(ConnectionWizard::NamePageId));
        QVERIFY(!wizardButton(wizard, QWizard::FinishButton)->isEnabled());
        typeInto(child<QLineEdit>(&wizard, "nameEdit"), QStringLiteral("ws-svc-connection"));
        typeInto(child<QPlainTextEdit>(&wizard, "descriptionEdit"), QStringLiteral("AML workspace"));
        QVERIFY(child<QLabel>(&wizard, "summaryLabel")->text().contains(QStringLiteral("mlops-AML-WS")));
        click(wizardButton(wizard, QWizard::FinishButton));
        QTRY_COMPARE(saved.count(), 1);
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        const auto stored = m_fixture->connections->findByName(QStringLiteral("ws-svc-connection"));
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QCOMPARE(stored->type, ConnectionType::AzureResourceManager);
        QCOMPARE(stored->scopeLevel, ScopeLevel::MachineLearningWorkspace);
        QCOMPARE(stored->tenantId, kTenant);
        QCOMPARE(stored->clientId, kClient);
        QCOMPARE(stored->subscriptionId, kSubscription);
        QCOMPARE(stored->resourceGroup, QStringLiteral("mlops-RG"));
        QCOMPARE(stored->workspaceName, QStringLiteral("mlops-AML-WS"));
        QCOMPARE(stored->description, QStringLiteral("AML workspace"));
        QVERIFY(stored->secretIsSet);
        QCOMPARE(m_fixture->connections->secretValue(stored->id).value(), QStringLiteral("sp-secret~1"));
        QCOMPARE(wizard.savedConnection().id, stored->id);
    }

    void azureDevOpsSkipsTheScopePage()
    {
        ConnectionWizard wizard(m_fixture->connections);
        wizard.show();
        click(child<QRadioButton>(&wizard, "typeAzureDevOpsRadio"));
        click(wizardButton(wizard, QWizard::NextButton));
        QVERIFY(!child<QLineEdit>(&wizard, "tenantIdEdit")->isVisible());
        auto *url = child<QLineEdit>(&wizard, "organizationUrlEdit");
        QVERIFY(url->isVisible());
        typeInto(url, QStringLiteral("http://dev.azure.com/contoso"));
        QVERIFY(problemShown(wizard, QStringLiteral("organizationUrl")));
        QVERIFY(!wizardButton(wizard, QWizard::NextButton)->isEnabled());
        typeInto(url, QStringLiteral("https://dev.azure.com/contoso"));
        typeInto(child<QLineEdit>(&wizard, "secretEdit"), QStringLiteral("pat-123"));
        click(wizardButton(wizard, QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(ConnectionWizard::NamePageId));
        typeInto(child<QLineEdit>(&wizard, "nameEdit"), QStringLiteral("contoso-org"));
        click(wizardButton(wizard, QWizard::FinishButton));
        QTRY_VERIFY(!wizard.isVisible());

        const auto stored = m_fixture->connections->findByName(QStringLiteral("contoso-org"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->type, ConnectionType::AzureDevOps);
        QCOMPARE(stored->organizationUrl, QStringLiteral("https://dev.azure.com/contoso"));
        QVERIFY(stored->tenantId.isEmpty());
        QCOMPARE(m_fixture->connections->secretValue(stored->id).value(), QStringLiteral("pat-123"));
    }

    void duplicateNameIsShownAndNothingIsLost()
    {
        QVERIFY(m_fixture->connections->create(test::ServiceConnectionTestFixture::workspaceConnection(
                                                   QStringLiteral("ws-svc-connection")))
                    .ok());
        ConnectionWizard wizard(m_fixture->connections);
        wizard.show();
        fillArmUpToScope(wizard);
        click(wizardButton(wizard, QWizard::NextButton));
        auto *name = child<QLineEdit>(&wizard, "nameEdit");
        typeInto(name, QStringLiteral("WS-SVC-Connection"));
        click(wizardButton(wizard, QWizard::FinishButton));

        auto *status = child<QLabel>(&wizard, "saveStatusLabel");
        QTRY_VERIFY(status->text().contains(QStringLiteral("already exists")));
        QVERIFY(status->isVisible());
        QVERIFY(wizard.isVisible());
        QVERIFY(problemShown(wizard, QStringLiteral("name")));
        QCOMPARE(name->text(), QStringLiteral("WS-SVC-Connection"));
        QCOMPARE(child<QLineEdit>(&wizard, "tenantIdEdit")->text(), kTenant);
        QCOMPARE(child<QLineEdit>(&wizard, "secretEdit")->text(), QStringLiteral("sp-secret~1"));
        QVERIFY(wizardButton(wizard, QWizard::BackButton)->isEnabled());
        QVERIFY(wizardButton(wizard, QWizard::CancelButton)->isEnabled());

        typeInto(name, QStringLiteral("ws-svc-connection-2"));
        QVERIFY(!problemShown(wizard, QStringLiteral("name")));
        click(wizardButton(wizard, QWizard::FinishButton));
        QTRY_VERIFY(!wizard.isVisible());
        QVERIFY(m_fixture->connections->findByName(QStringLiteral("ws-svc-connection-2")).ok());
    }

    void keychainUnavailableIsShownAndNothingIsLost()
    {
        m_fixture->secrets->setUnavailable(true);
        ConnectionWizard wizard(m_fixture->connections);
        wizard.show();
        fillArmUpToScope(wizard);
        click(wizardButton(wizard, QWizard::NextButton));
        typeInto(child<QLineEdit>(&wizard, "nameEdit"), QStringLiteral("ws-svc-connection"));
        click(wizardButton(wizard, QWizard::FinishButton));

        auto *status = child<QLabel>(&wizard, "saveStatusLabel");
        QTRY_VERIFY(status->text().contains(QStringLiteral("No keychain is reachable")));
        QVERIFY(wizard.isVisible());
        QVERIFY(m_fixture->connections->list().value().isEmpty());
        QCOMPARE(child<QLineEdit>(&wizard, "secretEdit")->text(), QStringLiteral("sp-secret~1"));

        m_fixture->secrets->setUnavailable(false);
        click(wizardButton(wizard, QWizard::FinishButton));
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(m_fixture->connections->list().value().size(), 1);
    }
};

QTEST_MAIN(TestServiceConnectionWizard)
#include "test_serviceconnectionwizard.moc"
