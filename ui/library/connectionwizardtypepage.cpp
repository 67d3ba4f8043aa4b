#include "connectionwizardtypepage.h"

#include "connectionwizard.h"
#include "serviceconnectiontext.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mlops::ui {

using library::ConnectionType;

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setContentsMargins(24, 0, 0, 8);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

}  // namespace

ConnectionWizardTypePage::ConnectionWizardTypePage(ConnectionWizard *wizard) : ConnectionWizardPage(wizard)
{
    setObjectName(QStringLiteral("typePage"));
    setTitle(tr("Choose a connection type"));
    setSubTitle(tr("What will pipelines connect to with this service connection?"));

    m_armRadio = new QRadioButton(ServiceConnectionText::typeLabel(ConnectionType::AzureResourceManager), this);
    m_armRadio->setObjectName(QStringLiteral("typeAzureResourceManagerRadio"));
    m_devOpsRadio = new QRadioButton(ServiceConnectionText::typeLabel(ConnectionType::AzureDevOps), this);
    m_devOpsRadio->setObjectName(QStringLiteral("typeAzureDevOpsRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_armRadio);
    group->addButton(m_devOpsRadio);
    m_armRadio->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_armRadio);
    layout->addWidget(explanation(tr("Deploy to Azure and use Azure Machine Learning through a service principal, "
                                     "at the level of a subscription, a resource group or a Machine Learning "
                                     "workspace."),
                                  this));
    layout->addWidget(m_devOpsRadio);
    layout->addWidget(explanation(tr("Reach another Azure DevOps organization (repositories, pipelines, "
                                     "artifacts) with a personal access token."),
                                  this));
    layout->addStretch(1);

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            notifyChanged();
    });
}

ConnectionType ConnectionWizardTypePage::type() const
{
    return m_devOpsRadio->isChecked() ? ConnectionType::AzureDevOps : ConnectionType::AzureResourceManager;
}

void ConnectionWizardTypePage::setType(ConnectionType type)
{
    (type == ConnectionType::AzureDevOps ? m_devOpsRadio : m_armRadio)->setChecked(true);
}

void ConnectionWizardTypePage::fill(library::ServiceConnection &connection) const
{
    connection.type = type();
}

int ConnectionWizardTypePage::nextId() const
{
    return ConnectionWizard::AuthenticationPageId;
}

}  // namespace mlops::ui
