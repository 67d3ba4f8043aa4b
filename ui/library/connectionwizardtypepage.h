#pragma once
// ConnectionWizardTypePage: page 1 of the New service connection wizard, the
// connection type (Azure Resource Manager or Azure DevOps). Not shown when editing:
// the type of a saved connection does not change.
//
// Thread safety: GUI thread.

#include "connectionwizardpage.h"

class QRadioButton;

namespace mlops::ui {

class ConnectionWizardTypePage : public ConnectionWizardPage {
    Q_OBJECT
public:
    explicit ConnectionWizardTypePage(ConnectionWizard *wizard);

    library::ConnectionType type() const;
    void setType(library::ConnectionType type);

    void fill(library::ServiceConnection &connection) const override;
    int nextId() const override;

private:
    QRadioButton *m_armRadio;
    QRadioButton *m_devOpsRadio;
};

}  // namespace mlops::ui
