#pragma once
// ServiceConnectionTestFixture: a fresh workspace in a temporary folder with the Library
// services over an in-memory secret store, plus small helpers that drive real widgets
// (found by objectName) the way a user does: typing, clicking, choosing radio buttons.
// For the Service connections UI tests (GUI thread).

#include "serviceconnectiontestsecretstore.h"

#include "core/library/serviceconnectionservice.h"
#include "core/library/variablegroupservice.h"
#include "core/store/workspace.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace mlops::test {

struct ServiceConnectionTestFixture {
    QTemporaryDir dir;
    std::shared_ptr<ServiceConnectionTestSecretStore> secrets = std::make_shared<ServiceConnectionTestSecretStore>();
    std::shared_ptr<store::Workspace> workspace;
    std::shared_ptr<library::ServiceConnectionService> connections;
    std::shared_ptr<library::VariableGroupService> groups;

    // False (with the reason in `error`) when the workspace cannot be opened.
    bool open(QString *error)
    {
        Result<std::shared_ptr<store::Workspace>> opened = store::Workspace::open(dir.path() + QStringLiteral("/ws"));
        if (!opened.ok()) {
            *error = opened.error().message;
            return false;
        }
        workspace = opened.value();
        connections = std::make_shared<library::ServiceConnectionService>(workspace, secrets);
        groups = std::make_shared<library::VariableGroupService>(workspace, secrets);
        return true;
    }

    static library::ServiceConnection workspaceConnection(const QString &name)
    {
        library::ServiceConnection c;
        c.name = name;
        c.type = library::ConnectionType::AzureResourceManager;
        c.tenantId = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
        c.clientId = QStringLiteral("0f7c3a2e-1b4d-4e5f-8a9b-0c1d2e3f4a5b");
        c.scopeLevel = library::ScopeLevel::MachineLearningWorkspace;
        c.subscriptionId = QStringLiteral("3c8d4f6a-2b1e-4d5c-9a8b-7e6f5d4c3b2a");
        c.subscriptionName = QStringLiteral("Contoso ML");
        c.resourceGroup = QStringLiteral("mlops-RG");
        c.workspaceName = QStringLiteral("mlops-AML-WS");
        return c;
    }
};

template <typename T>
T *child(QObject *root, const char *objectName)
{
    return root->findChild<T *>(QString::fromLatin1(objectName));
}

// Replaces the text of `edit` by typing, as a user does (textEdited is emitted).
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (!edit->text().isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void typeInto(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

inline void click(QAbstractButton *button)
{
    // Near the left edge: on a radio button that is the indicator, inside its click area
    // even when a layout made the widget wider than its text.
    const QPoint at = qobject_cast<QRadioButton *>(button) ? QPoint(6, button->height() / 2) : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, at);
}

}  // namespace mlops::test
