#include "memorysecretstore.h"

namespace mlops::ui::test {

Result<void> MemorySecretStore::write(const QString &key, const QString &value)
{
    const QMutexLocker lock(&m_mutex);
    m_values.insert(key, value);
    return {};
}

Result<QString> MemorySecretStore::read(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return makeError(ErrorCode::NotFound, QStringLiteral("no secret %1").arg(key));
    return *it;
}

Result<void> MemorySecretStore::remove(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    m_values.remove(key);
    return {};
}

int MemorySecretStore::size() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_values.size());
}

bool MemorySecretStore::containsValue(const QString &value) const
{
    const QMutexLocker lock(&m_mutex);
    for (const QString &stored : m_values) {
        if (stored == value)
            return true;
    }
    return false;
}

}  // namespace mlops::ui::test
