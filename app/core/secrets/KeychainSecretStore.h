#pragma once

#include "secrets/SecretStoreInterface.h"

namespace QKeychain
{
class Job;
}

namespace cordon::core
{

// The secret store over QtKeychain: the Secret Service on Linux, the Keychain on macOS, the
// Credential Manager on Windows. Never falls back to storing a secret in plain text.
class KeychainSecretStore : public SecretStoreInterface
{
public:
    // service is "Cordon" in the programs; tests may use their own.
    explicit KeychainSecretStore(QString service = QStringLiteral("Cordon"));

    void read(const QString& account, QObject* ctx, Callback done) override;
    void write(const QString& account, const QByteArray& secret, QObject* ctx, Callback done) override;
    void remove(const QString& account, QObject* ctx, Callback done) override;
    QString backendName() const override;

    QString service() const { return m_service; }

private:
    void start(QKeychain::Job* job, const QString& account, QObject* ctx, Callback done) const;

    QString m_service;
};

} // namespace cordon::core
