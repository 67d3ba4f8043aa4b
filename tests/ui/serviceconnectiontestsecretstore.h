#pragma once
// ServiceConnectionTestSecretStore: an in-memory SecretStore for the Service connections
// UI tests, so that they never depend on an OS keychain. setUnavailable(true) makes
// every call fail as KeychainSecretStore does when no keychain is reachable.
// Thread safety: any thread (the UI saves in a worker thread).

#include "core/library/secretstore.h"

#include <QMap>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>

namespace mlops::test {

class ServiceConnectionTestSecretStore final : public library::SecretStore {
public:
    Result<void> write(const QString &key, const QString &value) override
    {
        if (m_unavailable)
            return unavailable();
        QMutexLocker lock(&m_mutex);
        m_values.insert(key, value);
        return {};
    }

    Result<QString> read(const QString &key) override
    {
        if (m_unavailable)
            return unavailable();
        QMutexLocker lock(&m_mutex);
        const auto it = m_values.constFind(key);
        if (it == m_values.cend())
            return makeError(ErrorCode::NotFound, QStringLiteral("No secret %1 in the test store.").arg(key));
        return *it;
    }

    Result<void> remove(const QString &key) override
    {
        if (m_unavailable)
            return unavailable();
        QMutexLocker lock(&m_mutex);
        m_values.remove(key);
        return {};
    }

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

    int size() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_values.size());
    }

private:
    static Error unavailable()
    {
        return makeError(ErrorCode::Unavailable, QStringLiteral("No keychain is reachable (test store switched off)."));
    }

    mutable QMutex m_mutex;
    QMap<QString, QString> m_values;
    std::atomic_bool m_unavailable = false;
};

}  // namespace mlops::test
