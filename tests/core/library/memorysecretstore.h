#pragma once
// MemorySecretStore: a SecretStore test double that keeps entries in memory and can be
// told to behave like an unreachable keychain.

#include "core/library/secretstore.h"

#include <QHash>
#include <QString>

namespace mlops::library::test {

class MemorySecretStore final : public SecretStore {
public:
    Result<void> write(const QString &key, const QString &value) override
    {
        if (unavailable)
            return makeError(ErrorCode::Unavailable, QStringLiteral("test keychain is unavailable"));
        entries.insert(key, value);
        ++writes;
        return {};
    }
    Result<QString> read(const QString &key) override
    {
        if (unavailable)
            return makeError(ErrorCode::Unavailable, QStringLiteral("test keychain is unavailable"));
        const auto it = entries.constFind(key);
        if (it == entries.constEnd())
            return makeError(ErrorCode::NotFound, QStringLiteral("no entry %1").arg(key));
        return *it;
    }
    Result<void> remove(const QString &key) override
    {
        if (unavailable)
            return makeError(ErrorCode::Unavailable, QStringLiteral("test keychain is unavailable"));
        entries.remove(key);
        return {};
    }

    QHash<QString, QString> entries;
    int writes = 0;
    bool unavailable = false;
};

}  // namespace mlops::library::test
