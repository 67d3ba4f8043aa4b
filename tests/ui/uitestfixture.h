#pragma once
// UiTestFixture: a throwaway workspace, its services and a MainWindow for one UI test.
// Settings go to QStandardPaths' test locations (call UiTestFixture::isolateSettings()
// in initTestCase). The secret store is MemorySecretStore unless one is given.
// Helpers drive real widgets: type into a table cell, answer the next message box.

#include "core/library/secretstore.h"
#include "core/library/serviceconnectionservice.h"
#include "core/library/variablegroupservice.h"
#include "core/store/workspace.h"

#include <QMessageBox>
#include <QModelIndex>
#include <QTemporaryDir>

#include <memory>

class QAbstractItemView;

namespace mlops::ui {
class MainWindow;
}

namespace mlops::ui::test {

class UiTestFixture {
public:
    explicit UiTestFixture(std::shared_ptr<library::SecretStore> secrets = {});
    ~UiTestFixture();

    bool ok() const { return m_workspace != nullptr; }
    QString error() const { return m_error; }
    // Builds, shows and activates the main window (after the data is in place).
    MainWindow *window();

    std::shared_ptr<store::Workspace> workspace() const { return m_workspace; }
    std::shared_ptr<library::VariableGroupService> groups() const { return m_groups; }
    std::shared_ptr<library::ServiceConnectionService> connections() const { return m_connections; }
    std::shared_ptr<library::SecretStore> secrets() const { return m_secrets; }

    // A group made through the service (as the CLI would).
    library::VariableGroup addGroup(const QString &name, const QList<std::pair<QString, QString>> &variables,
                                    const QString &description = {});

    static void isolateSettings();
    // Opens the editor of `index` in `view`, types `text` and commits with Return.
    static bool typeIntoCell(QAbstractItemView *view, const QModelIndex &index, const QString &text);
    // Clicks `button` on the next modal message box that appears (within 5 s).
    static void answerNextMessageBox(QMessageBox::StandardButton button);
    // True when a Secret Service answers; else QFAIL-worthy on CI. Uses a probe entry.
    static bool keychainReachable(library::SecretStore &store, QString *why);

private:
    QTemporaryDir m_dir;
    QString m_error;
    std::shared_ptr<store::Workspace> m_workspace;
    std::shared_ptr<library::SecretStore> m_secrets;
    std::shared_ptr<library::VariableGroupService> m_groups;
    std::shared_ptr<library::ServiceConnectionService> m_connections;
    std::unique_ptr<MainWindow> m_window;
};

}  // namespace mlops::ui::test
