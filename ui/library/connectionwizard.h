#pragma once
// ConnectionWizard: "New service connection" (and "Edit service connection") as in
// Project settings → Service connections of Azure DevOps: type → authentication →
// scope (Azure Resource Manager only) → name and description.
//
// Every field is checked while the user types with ServiceConnectionService::validate()
// (the UI holds no rule of its own); the problem shows next to its field and Next /
// Finish stay disabled until the page is valid. Finish calls create() (new) or update()
// (edit) in a worker thread — the secret store may block on the keychain — and the
// wizard closes only when the service accepted; a refusal (duplicate name, keychain
// unavailable, stale revision) is shown on the last page and nothing typed is lost.
// While saving, Finish, Back and Cancel are disabled.
//
// Editing starts at the authentication page (the type of a saved connection is fixed);
// the secret is write-only: the field starts empty, empty keeps the stored secret.
//
// Ownership: the wizard shares the service; the caller owns the wizard.
// Thread safety: GUI thread.

#include "core/library/serviceconnectionservice.h"

#include <QFutureWatcher>
#include <QWizard>

#include <memory>

namespace mlops::ui {

class ConnectionWizardPage;
class ConnectionWizardTypePage;
class ConnectionWizardAuthPage;
class ConnectionWizardScopePage;
class ConnectionWizardNamePage;

class ConnectionWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { TypePageId, AuthenticationPageId, ScopePageId, NamePageId };

    // New service connection.
    explicit ConnectionWizard(std::shared_ptr<library::ServiceConnectionService> service, QWidget *parent = nullptr);
    // Edit `existing` as read from the service (secret empty, secretIsSet said).
    ConnectionWizard(std::shared_ptr<library::ServiceConnectionService> service,
                     const library::ServiceConnection &existing, QWidget *parent = nullptr);
    ~ConnectionWizard() override;

    bool isEditing() const { return m_editing; }
    bool isSaving() const { return m_saving; }
    library::ConnectionType connectionType() const;

    // What the form holds now, as it would be saved.
    library::ServiceConnection draft() const;
    // validate() of draft(), as of the last revalidate().
    library::FieldProblems problems() const { return m_problems; }
    // The connection as the service saved it (id, revision, secretIsSet); valid after
    // connectionSaved() / accepted().
    const library::ServiceConnection &savedConnection() const { return m_saved; }

    // Validates draft() and shows the problems on every page. Pages call it on edits.
    void revalidate();

    // Finish: saves in a worker thread; the dialog closes only on success.
    void accept() override;
    // Ignored while saving.
    void reject() override;

Q_SIGNALS:
    void connectionSaved(const library::ServiceConnection &connection);

private:
    void buildPages();
    void setSaving(bool saving);
    void saveFinished();
    QList<ConnectionWizardPage *> pages() const;

    std::shared_ptr<library::ServiceConnectionService> m_service;
    bool m_editing = false;
    bool m_ready = false;
    bool m_saving = false;
    library::ServiceConnection m_original;
    library::ServiceConnection m_saved;
    library::FieldProblems m_problems;
    ConnectionWizardTypePage *m_typePage = nullptr;
    ConnectionWizardAuthPage *m_authPage = nullptr;
    ConnectionWizardScopePage *m_scopePage = nullptr;
    ConnectionWizardNamePage *m_namePage = nullptr;
    QFutureWatcher<Result<library::ServiceConnection>> m_saveWatcher;
};

}  // namespace mlops::ui
