#include "uitestfixture.h"

#include "memorysecretstore.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

namespace mlops::ui::test {

UiTestFixture::UiTestFixture(std::shared_ptr<library::SecretStore> secrets)
    : m_secrets(secrets ? std::move(secrets) : std::make_shared<MemorySecretStore>())
{
    auto opened = store::Workspace::open(m_dir.path());
    if (!opened) {
        m_error = opened.error().message;
        return;
    }
    m_workspace = *opened;
    m_groups = std::make_shared<library::VariableGroupService>(m_workspace, m_secrets);
    m_connections = std::make_shared<library::ServiceConnectionService>(m_workspace, m_secrets);
}

UiTestFixture::~UiTestFixture()
{
    if (m_window) {
        // Unsaved edits would ask on close; tests end without asking.
        m_window->hide();
        m_window.reset();
    }
}

MainWindow *UiTestFixture::window()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(m_workspace, m_groups, m_connections);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("main window did not become active");
    }
    return m_window.get();
}

library::VariableGroup UiTestFixture::addGroup(const QString &name, const QList<std::pair<QString, QString>> &variables,
                                               const QString &description)
{
    library::VariableGroup group;
    group.name = name;
    group.description = description;
    for (const auto &[variableName, value] : variables) {
        library::Variable variable;
        variable.name = variableName;
        variable.value = value;
        group.variables.append(variable);
    }
    auto created = m_groups->create(group);
    if (!created)
        qFatal("cannot create %s: %s", qPrintable(name), qPrintable(created.error().message));
    return *created;
}

void UiTestFixture::isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MLOpsWorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("mlops-workbench-uitest"));
    QSettings().clear();
}

bool UiTestFixture::typeIntoCell(QAbstractItemView *view, const QModelIndex &index, const QString &text)
{
    // Close an editor that is still open (e.g. the one "Add" opened) before editing again.
    view->setFocus(Qt::OtherFocusReason);
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    view->setCurrentIndex(index);
    view->edit(index);
    QApplication::processEvents();
    QLineEdit *editor = nullptr;
    const QList<QLineEdit *> editors = view->viewport()->findChildren<QLineEdit *>();
    for (QLineEdit *candidate : editors) {
        if (candidate->isVisible())
            editor = candidate;
    }
    if (editor == nullptr)
        return false;
    editor->selectAll();
    QTest::keyClicks(editor, text);
    if (editor->text() != text)
        return false;
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();  // the delegate commits on Return through a queued call
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}

void UiTestFixture::answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer(qApp);
    auto *tries = new int(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box != nullptr) {
            if (QAbstractButton *b = box->button(button))
                QTest::mouseClick(b, Qt::LeftButton);
        }
        if (box != nullptr || ++*tries > 250) {
            timer->stop();
            delete tries;
            timer->deleteLater();
        }
    });
    timer->start();
}

bool UiTestFixture::keychainReachable(library::SecretStore &store, QString *why)
{
    const QString key = QStringLiteral("uitest-probe");
    const Result<void> written = store.write(key, QStringLiteral("probe"));
    if (!written) {
        *why = written.error().message;
        return false;
    }
    (void)store.remove(key);
    return true;
}

}  // namespace mlops::ui::test
