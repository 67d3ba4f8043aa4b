#include "connectionwizard.h"

#include "connectionwizardauthpage.h"
#include "connectionwizardnamepage.h"
#include "connectionwizardscopepage.h"
#include "connectionwizardtypepage.h"

#include <QAbstractButton>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace mlops::ui {

using library::ServiceConnection;
using library::ServiceConnectionService;

ConnectionWizard::ConnectionWizard(std::shared_ptr<ServiceConnectionService> service, QWidget *parent)
    : QWizard(parent), m_service(std::move(service))
{
    setWindowTitle(tr("New service connection"));
    buildPages();
    setStartId(TypePageId);
    m_ready = true;
    revalidate();
}

ConnectionWizard::ConnectionWizard(std::shared_ptr<ServiceConnectionService> service,
                                   const ServiceConnection &existing, QWidget *parent)
    : QWizard(parent), m_service(std::move(service)), m_editing(true), m_original(existing)
{
    setWindowTitle(tr("Edit service connection: %1").arg(existing.name));
    buildPages();
    m_typePage->setType(existing.type);
    m_authPage->load(existing);
    m_scopePage->load(existing);
    m_namePage->load(existing);
    setStartId(AuthenticationPageId);
    m_ready = true;
    for (ConnectionWizardPage *page : pages())
        page->touchAll();
    revalidate();
}

ConnectionWizard::~ConnectionWizard()
{
    // A save still running finishes in its thread; its result is dropped with the wizard.
    disconnect(&m_saveWatcher, nullptr, this, nullptr);
}

void ConnectionWizard::buildPages()
{
    setObjectName(QStringLiteral("connectionWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setMinimumSize(620, 460);

    m_typePage = new ConnectionWizardTypePage(this);
    m_authPage = new ConnectionWizardAuthPage(this);
    m_scopePage = new ConnectionWizardScopePage(this);
    m_namePage = new ConnectionWizardNamePage(this);
    setPage(TypePageId, m_typePage);
    setPage(AuthenticationPageId, m_authPage);
    setPage(ScopePageId, m_scopePage);
    setPage(NamePageId, m_namePage);

    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    setButtonText(QWizard::FinishButton, m_editing ? tr("&Save") : tr("&Create"));

    connect(&m_saveWatcher, &QFutureWatcherBase::finished, this, &ConnectionWizard::saveFinished);
}

QList<ConnectionWizardPage *> ConnectionWizard::pages() const
{
    return {m_typePage, m_authPage, m_scopePage, m_namePage};
}

library::ConnectionType ConnectionWizard::connectionType() const
{
    return m_typePage->type();
}

ServiceConnection ConnectionWizard::draft() const
{
    ServiceConnection connection = m_original;
    for (const ConnectionWizardPage *page : pages())
        page->fill(connection);
    return connection;
}

void ConnectionWizard::revalidate()
{
    if (!m_ready)
        return;
    m_problems = ServiceConnectionService::validate(draft());
    QSet<QString> shown;
    for (ConnectionWizardPage *page : pages()) {
        page->updateVisibility();
        const QStringList keys = page->showProblems(m_problems);
        for (const QString &key : keys)
            shown.insert(key);
    }
    QStringList others;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        if (!shown.contains(it.key()))
            others.append(it.value());
    }
    m_namePage->setOtherProblems(others);
}

void ConnectionWizard::accept()
{
    if (m_saving)
        return;
    revalidate();
    if (!m_problems.isEmpty())
        return;  // Finish is disabled in this state; the problems are on the pages.
    const ServiceConnection connection = draft();
    const bool editing = m_editing;
    std::shared_ptr<ServiceConnectionService> service = m_service;
    setSaving(true);
    m_namePage->setStatus(tr("Saving…"), false);
    m_saveWatcher.setFuture(QtConcurrent::run([service, connection, editing]() -> Result<ServiceConnection> {
        return editing ? service->update(connection) : service->create(connection);
    }));
}

void ConnectionWizard::reject()
{
    if (m_saving)
        return;
    QWizard::reject();
}

void ConnectionWizard::saveFinished()
{
    const Result<ServiceConnection> result = m_saveWatcher.result();
    setSaving(false);
    if (!result.ok()) {
        const Error &error = result.error();
        m_namePage->setStatus(m_editing ? tr("The service connection was not saved: %1").arg(error.message)
                                        : tr("The service connection was not created: %1").arg(error.message),
                              true);
        if (error.code == ErrorCode::AlreadyExists)
            m_namePage->setSaveProblem(QStringLiteral("name"), error.message);
        return;
    }
    m_saved = result.value();
    m_namePage->setStatus(QString(), false);
    Q_EMIT connectionSaved(m_saved);
    QWizard::accept();
}

void ConnectionWizard::setSaving(bool saving)
{
    m_saving = saving;
    for (ConnectionWizardPage *page : pages())
        Q_EMIT page->completeChanged();
    if (saving)
        button(QWizard::BackButton)->setEnabled(false);
    button(QWizard::CancelButton)->setEnabled(!saving);
}

}  // namespace mlops::ui
