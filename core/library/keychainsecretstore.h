#pragma once
// KeychainSecretStore: SecretStore over the OS keychain (qtkeychain; the Secret
// Service on Linux, e.g. gnome-keyring). Entries are named `<service>/<key>`; the
// insecure plaintext fallback of qtkeychain is never enabled.
// Contract as SecretStore (blocking calls; needs a QCoreApplication). Any thread may
// call: the jobs run in one internal keychain thread (qtkeychain's job queue is not
// thread-safe), which stops when the QCoreApplication is destroyed. A keychain that
// does not answer within two minutes counts as Unavailable.

#include "secretstore.h"

namespace mlops::library {

class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("mlops-workbench"));

    Result<void> write(const QString &key, const QString &value) override;
    Result<QString> read(const QString &key) override;
    Result<void> remove(const QString &key) override;

private:
    QString m_service;
};

}  // namespace mlops::library
