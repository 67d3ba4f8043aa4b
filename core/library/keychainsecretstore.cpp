#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

#include <qt6keychain/keychain.h>

namespace mlops::library {

namespace {

// A keychain that does not answer within this time is treated as unreachable. The
// Secret Service may show an unlock prompt, so this is generous.
constexpr int kTimeoutMs = 120000;

struct Outcome {
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// Starts `job` (which deletes itself when finished) and waits in a local event loop.
Outcome run(QKeychain::Job *job, bool readText)
{
    Outcome outcome;
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&outcome, &loop, readText](QKeychain::Job *done) {
        outcome.finished = true;
        outcome.error = done->error();
        outcome.errorString = done->errorString();
        if (readText && outcome.error == QKeychain::NoError) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                outcome.text = read->textData();
        }
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome.finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    // On a timeout the job finishes (and deletes itself) later; the connection to the
    // loop is gone by then.
    return outcome;
}

// qtkeychain queues every job through a process-wide executor object that is not
// thread-safe and finishes a job only when the thread it lives in runs events. So all
// jobs run in one dedicated thread with its own event loop; callers on any thread
// block until their job is done. The thread stops when the QCoreApplication goes.
QMutex s_threadMutex;
QThread *s_thread = nullptr;
QObject *s_context = nullptr;  // lives in s_thread; jobs are started through it

void stopKeychainThread()
{
    QMutexLocker lock(&s_threadMutex);
    if (!s_thread)
        return;
    s_thread->quit();
    s_thread->wait();
    delete s_context;  // its thread has finished: nothing can deliver events to it
    s_context = nullptr;
    delete s_thread;
    s_thread = nullptr;
}

QObject *keychainContext()
{
    QMutexLocker lock(&s_threadMutex);
    if (!s_thread) {
        s_thread = new QThread;
        s_thread->setObjectName(QStringLiteral("mlops-keychain"));
        s_context = new QObject;
        s_context->moveToThread(s_thread);
        s_thread->start();
        qAddPostRoutine(stopKeychainThread);
    }
    return s_context;
}

// Runs the job made by `make` in the keychain thread and waits for its outcome.
Outcome runInKeychainThread(const std::function<QKeychain::Job *()> &make, bool readText)
{
    QObject *context = keychainContext();
    if (QThread::currentThread() == context->thread())
        return run(make(), readText);
    struct Shared {
        QSemaphore done;
        Outcome outcome;
    };
    auto shared = std::make_shared<Shared>();
    QMetaObject::invokeMethod(context, [shared, make, readText] {
        shared->outcome = run(make(), readText);
        shared->done.release();
    }, Qt::QueuedConnection);
    if (!shared->done.tryAcquire(1, kTimeoutMs + 10000))
        return Outcome{};  // not finished: reported as an unreachable keychain
    return shared->outcome;
}

Error failure(const Outcome &outcome, const QString &what, const QString &key)
{
    if (!outcome.finished)
        return makeError(ErrorCode::Unavailable,
                         QStringLiteral("The OS keychain did not answer within %1 seconds while %2 (entry %3). Check that "
                                        "the Secret Service (e.g. gnome-keyring) is running and unlocked.")
                             .arg(kTimeoutMs / 1000)
                             .arg(what, key));
    switch (outcome.error) {
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound, QStringLiteral("The OS keychain has no entry %1.").arg(key));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return makeError(ErrorCode::Auth, QStringLiteral("The OS keychain refused access while %1 (entry %2): %3")
                                              .arg(what, key, outcome.errorString));
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return makeError(ErrorCode::Unavailable,
                     QStringLiteral("The OS keychain is not available while %1 (entry %2): %3. Secrets are only kept in "
                                    "the keychain (on Linux the Secret Service, e.g. gnome-keyring); start and unlock it, "
                                    "then try again. Nothing was saved.")
                         .arg(what, key, outcome.errorString.isEmpty() ? QStringLiteral("no keychain service")
                                                                         : outcome.errorString));
}

Error noApplication()
{
    return makeError(ErrorCode::Internal, QStringLiteral("the OS keychain needs a QCoreApplication"));
}

}  // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

Result<void> KeychainSecretStore::write(const QString &key, const QString &value)
{
    if (!QCoreApplication::instance())
        return noApplication();
    const QString service = m_service;
    const Outcome outcome = runInKeychainThread([service, key, value]() -> QKeychain::Job * {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setKey(key);
        job->setTextData(value);
        return job;
    }, false);
    if (!outcome.finished || outcome.error != QKeychain::NoError)
        return failure(outcome, QStringLiteral("saving a secret"), key);
    return {};
}

Result<QString> KeychainSecretStore::read(const QString &key)
{
    if (!QCoreApplication::instance())
        return noApplication();
    const QString service = m_service;
    const Outcome outcome = runInKeychainThread([service, key]() -> QKeychain::Job * {
        auto *job = new QKeychain::ReadPasswordJob(service);
        job->setKey(key);
        return job;
    }, true);
    if (!outcome.finished || outcome.error != QKeychain::NoError)
        return failure(outcome, QStringLiteral("reading a secret"), key);
    return outcome.text;
}

Result<void> KeychainSecretStore::remove(const QString &key)
{
    if (!QCoreApplication::instance())
        return noApplication();
    const QString service = m_service;
    const Outcome outcome = runInKeychainThread([service, key]() -> QKeychain::Job * {
        auto *job = new QKeychain::DeletePasswordJob(service);
        job->setKey(key);
        return job;
    }, false);
    if (outcome.finished && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound))
        return {};
    return failure(outcome, QStringLiteral("removing a secret"), key);
}

}  // namespace mlops::library
