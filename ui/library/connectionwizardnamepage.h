#pragma once
// ConnectionWizardNamePage: the last page of the wizard, name and description, a
// summary of what will be saved, and the outcome of saving: a failure reported by the
// service (duplicate name, keychain unavailable, stale revision) is shown here and the
// form keeps everything typed so that the user can fix it and press Finish again.
//
// Thread safety: GUI thread.

#include "connectionwizardpage.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mlops::ui {

class ConnectionWizardNamePage : public ConnectionWizardPage {
    Q_OBJECT
public:
    explicit ConnectionWizardNamePage(ConnectionWizard *wizard);

    void load(const library::ServiceConnection &connection);

    // Problems of fields that no page shows (so that Finish is never disabled silently).
    void setOtherProblems(const QStringList &messages);
    // "Saving…" while the service works; empty `message` hides the line.
    void setStatus(const QString &message, bool isError);

    void fill(library::ServiceConnection &connection) const override;
    void initializePage() override;
    bool isComplete() const override;

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLabel *m_summary;
    QLabel *m_otherProblems;
    QLabel *m_status;
};

}  // namespace mlops::ui
