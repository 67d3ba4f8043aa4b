#pragma once
// MemorySecretStore: an in-memory SecretStore for UI tests that do not exercise the OS
// keychain. Not thread-safe beyond a mutex around the map; never used by the product.

#include "core/library/secretstore.h"

#include <QHash>
#include <QMutex>

namespace mlops::ui::test {

class MemorySecretStore final : public library::SecretStore {
public:
    Result<void> write(const QString &key, const QString &value) override;
    Result<QString> read(const QString &key) override;
    Result<void> remove(const QString &key) override;
    int size() const;
    // Whether any stored secret equals `value` (tests check where secrets went).
    bool containsValue(const QString &value) const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_values;
};

}  // namespace mlops::ui::test
