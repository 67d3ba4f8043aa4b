#include "connectionwizardscopepage.h"

#include "connectionwizard.h"
#include "serviceconnectiontext.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mlops::ui {

using library::ConnectionType;
using library::ScopeLevel;

namespace {

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    return edit;
}

}  // namespace

ConnectionWizardScopePage::ConnectionWizardScopePage(ConnectionWizard *wizard) : ConnectionWizardPage(wizard)
{
    setObjectName(QStringLiteral("scopePage"));
    setTitle(tr("Scope"));
    setSubTitle(tr("What pipelines may reach through this connection: a whole subscription, one resource group or "
                   "one Machine Learning workspace."));

    auto *levels = new QWidget(this);
    auto *levelsLayout = new QVBoxLayout(levels);
    levelsLayout->setContentsMargins(0, 0, 0, 0);
    m_subscriptionRadio = new QRadioButton(ServiceConnectionText::scopeLabel(ScopeLevel::Subscription), levels);
    m_subscriptionRadio->setObjectName(QStringLiteral("scopeSubscriptionRadio"));
    m_resourceGroupRadio = new QRadioButton(ServiceConnectionText::scopeLabel(ScopeLevel::ResourceGroup), levels);
    m_resourceGroupRadio->setObjectName(QStringLiteral("scopeResourceGroupRadio"));
    m_workspaceRadio =
        new QRadioButton(ServiceConnectionText::scopeLabel(ScopeLevel::MachineLearningWorkspace), levels);
    m_workspaceRadio->setObjectName(QStringLiteral("scopeMachineLearningWorkspaceRadio"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *radio : {m_subscriptionRadio, m_resourceGroupRadio, m_workspaceRadio}) {
        group->addButton(radio);
        levelsLayout->addWidget(radio);
    }
    m_subscriptionRadio->setChecked(true);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Scope level:"), levels);

    m_subscriptionId = lineEdit(QStringLiteral("subscriptionIdEdit"), this);
    m_subscriptionId->setPlaceholderText(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    addField(form, QStringLiteral("subscriptionId"), tr("Subscription &id:"), m_subscriptionId);
    m_subscriptionName = lineEdit(QStringLiteral("subscriptionNameEdit"), this);
    addField(form, QStringLiteral("subscriptionName"), tr("Subscription na&me:"), m_subscriptionName);
    m_resourceGroup = lineEdit(QStringLiteral("resourceGroupEdit"), this);
    addField(form, QStringLiteral("resourceGroup"), tr("&Resource group:"), m_resourceGroup);
    m_workspaceName = lineEdit(QStringLiteral("workspaceNameEdit"), this);
    addField(form, QStringLiteral("workspaceName"), tr("Machine Learning &workspace:"), m_workspaceName);

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (!checked)
            return;
        updateVisibility();
        notifyChanged();
    });
    updateVisibility();
}

void ConnectionWizardScopePage::load(const library::ServiceConnection &connection)
{
    switch (connection.scopeLevel) {
    case ScopeLevel::Subscription:
        m_subscriptionRadio->setChecked(true);
        break;
    case ScopeLevel::ResourceGroup:
        m_resourceGroupRadio->setChecked(true);
        break;
    case ScopeLevel::MachineLearningWorkspace:
        m_workspaceRadio->setChecked(true);
        break;
    }
    m_subscriptionId->setText(connection.subscriptionId);
    m_subscriptionName->setText(connection.subscriptionName);
    m_resourceGroup->setText(connection.resourceGroup);
    m_workspaceName->setText(connection.workspaceName);
    updateVisibility();
}

ScopeLevel ConnectionWizardScopePage::scopeLevel() const
{
    if (m_workspaceRadio->isChecked())
        return ScopeLevel::MachineLearningWorkspace;
    if (m_resourceGroupRadio->isChecked())
        return ScopeLevel::ResourceGroup;
    return ScopeLevel::Subscription;
}

void ConnectionWizardScopePage::fill(library::ServiceConnection &connection) const
{
    const bool arm = connection.type == ConnectionType::AzureResourceManager;
    const ScopeLevel level = scopeLevel();
    connection.scopeLevel = arm ? level : ScopeLevel::Subscription;
    connection.subscriptionId = arm ? m_subscriptionId->text() : QString();
    connection.subscriptionName = arm ? m_subscriptionName->text() : QString();
    connection.resourceGroup = arm && level != ScopeLevel::Subscription ? m_resourceGroup->text() : QString();
    connection.workspaceName = arm && level == ScopeLevel::MachineLearningWorkspace ? m_workspaceName->text() : QString();
}

void ConnectionWizardScopePage::updateVisibility()
{
    const bool arm = connectionWizard()->connectionType() == ConnectionType::AzureResourceManager;
    const ScopeLevel level = scopeLevel();
    setFieldVisible(QStringLiteral("subscriptionId"), arm);
    setFieldVisible(QStringLiteral("subscriptionName"), arm);
    setFieldVisible(QStringLiteral("resourceGroup"), arm && level != ScopeLevel::Subscription);
    setFieldVisible(QStringLiteral("workspaceName"), arm && level == ScopeLevel::MachineLearningWorkspace);
}

void ConnectionWizardScopePage::initializePage()
{
    updateVisibility();
    connectionWizard()->revalidate();
}

int ConnectionWizardScopePage::nextId() const
{
    return ConnectionWizard::NamePageId;
}

}  // namespace mlops::ui
