#pragma once
// SecretStore: where secret values live. Never SQLite, logs or exports.
//
// The product uses KeychainSecretStore (the OS keychain through qtkeychain: the
// Secret Service on Linux). When no keychain is reachable, every call fails with
// ErrorCode::Unavailable and a message that says so; nothing is written anywhere else.
//
// Calls block until the keychain answers (they run a local event loop), so call them
// from a worker thread in the GUI when the keychain may prompt. Requires a
// QCoreApplication.

#include "core/common/result.h"

#include <QString>

namespace mlops::library {

class SecretStore {
public:
    virtual ~SecretStore() = default;
    virtual Result<void> write(const QString &key, const QString &value) = 0;
    // ErrorCode::NotFound when there is no entry for `key`.
    virtual Result<QString> read(const QString &key) = 0;
    // Removing a missing entry succeeds.
    virtual Result<void> remove(const QString &key) = 0;
};

}  // namespace mlops::library
