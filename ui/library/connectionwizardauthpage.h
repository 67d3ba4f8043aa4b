#pragma once
// ConnectionWizardAuthPage: page 2 of the wizard, authentication. Azure Resource
// Manager: service principal (manual) — tenant id, client id, client secret. Azure
// DevOps: organization URL and personal access token.
//
// The secret is write-only. Creating: what is typed is stored (nothing when left
// empty, if the service allows that). Editing: the field starts empty and says whether
// a secret is stored; leaving it empty keeps the stored one, typing replaces it.
//
// Thread safety: GUI thread.

#include "connectionwizardpage.h"

class QLabel;
class QLineEdit;

namespace mlops::ui {

class ConnectionWizardAuthPage : public ConnectionWizardPage {
    Q_OBJECT
public:
    explicit ConnectionWizardAuthPage(ConnectionWizard *wizard);

    // Fills the fields from a saved connection (edit mode); the secret stays empty.
    void load(const library::ServiceConnection &connection);

    void fill(library::ServiceConnection &connection) const override;
    void updateVisibility() override;
    void initializePage() override;
    int nextId() const override;

private:
    QLabel *m_method;
    QLineEdit *m_tenantId;
    QLineEdit *m_clientId;
    QLineEdit *m_organizationUrl;
    QLineEdit *m_secret;
    bool m_storedSecret = false;
};

}  // namespace mlops::ui
