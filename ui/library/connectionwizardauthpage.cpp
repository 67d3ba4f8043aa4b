#include "connectionwizardauthpage.h"

#include "connectionwizard.h"
#include "serviceconnectiontext.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace mlops::ui {

using library::ConnectionType;

namespace {

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    return edit;
}

const QString kGuidPlaceholder = QStringLiteral("00000000-0000-0000-0000-000000000000");

}  // namespace

ConnectionWizardAuthPage::ConnectionWizardAuthPage(ConnectionWizard *wizard) : ConnectionWizardPage(wizard)
{
    setObjectName(QStringLiteral("authenticationPage"));
    setTitle(tr("Authentication"));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_method = new QLabel(this);
    m_method->setObjectName(QStringLiteral("authenticationMethodLabel"));
    form->addRow(tr("Authentication method:"), m_method);

    m_tenantId = lineEdit(QStringLiteral("tenantIdEdit"), this);
    m_tenantId->setPlaceholderText(kGuidPlaceholder);
    addField(form, QStringLiteral("tenantId"), tr("&Tenant id:"), m_tenantId);

    m_clientId = lineEdit(QStringLiteral("clientIdEdit"), this);
    m_clientId->setPlaceholderText(kGuidPlaceholder);
    m_clientId->setToolTip(tr("The application (client) id of the service principal."));
    addField(form, QStringLiteral("clientId"), tr("&Client id:"), m_clientId);

    m_organizationUrl = lineEdit(QStringLiteral("organizationUrlEdit"), this);
    m_organizationUrl->setPlaceholderText(tr("https://dev.azure.com/your-organization"));
    addField(form, QStringLiteral("organizationUrl"), tr("&Organization URL:"), m_organizationUrl);

    m_secret = lineEdit(QStringLiteral("secretEdit"), this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(false);
    addField(form, QStringLiteral("secret"), tr("Client &secret:"), m_secret);

    auto *note = new QLabel(tr("The secret is kept in the system keychain. It is never shown again; "
                               "you can replace it later."),
                            this);
    note->setObjectName(QStringLiteral("secretNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);

    updateVisibility();
}

void ConnectionWizardAuthPage::load(const library::ServiceConnection &connection)
{
    m_tenantId->setText(connection.tenantId);
    m_clientId->setText(connection.clientId);
    m_organizationUrl->setText(connection.organizationUrl);
    m_secret->clear();
    m_storedSecret = connection.secretIsSet;
    updateVisibility();
}

void ConnectionWizardAuthPage::fill(library::ServiceConnection &connection) const
{
    const bool arm = connection.type == ConnectionType::AzureResourceManager;
    connection.tenantId = arm ? m_tenantId->text() : QString();
    connection.clientId = arm ? m_clientId->text() : QString();
    connection.organizationUrl = arm ? QString() : m_organizationUrl->text();
    connection.secret = m_secret->text();
    connection.replaceSecret = !connection.secret.isEmpty();
}

void ConnectionWizardAuthPage::updateVisibility()
{
    const ConnectionType type = connectionWizard()->connectionType();
    const bool arm = type == ConnectionType::AzureResourceManager;
    setSubTitle(arm ? tr("A service principal that you created in Microsoft Entra ID, with a client secret.")
                    : tr("A personal access token of the organization, with the scopes your pipelines need."));
    m_method->setText(ServiceConnectionText::authenticationLabel(type));
    setFieldVisible(QStringLiteral("tenantId"), arm);
    setFieldVisible(QStringLiteral("clientId"), arm);
    setFieldVisible(QStringLiteral("organizationUrl"), !arm);
    setFieldLabel(QStringLiteral("secret"), arm ? tr("Client &secret:") : tr("Personal access &token:"));
    if (!connectionWizard()->isEditing())
        m_secret->setPlaceholderText(QString());
    else if (m_storedSecret)
        m_secret->setPlaceholderText(tr("Stored — leave empty to keep it, type to replace it"));
    else
        m_secret->setPlaceholderText(tr("Not set — type one to set it"));
}

void ConnectionWizardAuthPage::initializePage()
{
    updateVisibility();
    connectionWizard()->revalidate();
}

int ConnectionWizardAuthPage::nextId() const
{
    return connectionWizard()->connectionType() == ConnectionType::AzureResourceManager
               ? ConnectionWizard::ScopePageId
               : ConnectionWizard::NamePageId;
}

}  // namespace mlops::ui
