#pragma once
// ConnectionWizardScopePage: page 3 of the wizard (Azure Resource Manager only), the
// scope level: Subscription (subscription id and name), Resource group (and the
// resource group) or Machine Learning workspace (and the workspace name).
//
// Thread safety: GUI thread.

#include "connectionwizardpage.h"

class QLineEdit;
class QRadioButton;

namespace mlops::ui {

class ConnectionWizardScopePage : public ConnectionWizardPage {
    Q_OBJECT
public:
    explicit ConnectionWizardScopePage(ConnectionWizard *wizard);

    void load(const library::ServiceConnection &connection);
    library::ScopeLevel scopeLevel() const;

    void fill(library::ServiceConnection &connection) const override;
    void updateVisibility() override;
    void initializePage() override;
    int nextId() const override;

private:
    QRadioButton *m_subscriptionRadio;
    QRadioButton *m_resourceGroupRadio;
    QRadioButton *m_workspaceRadio;
    QLineEdit *m_subscriptionId;
    QLineEdit *m_subscriptionName;
    QLineEdit *m_resourceGroup;
    QLineEdit *m_workspaceName;
};

}  // namespace mlops::ui
