#pragma once

#include "secrets/SecretStoreInterface.h"

#include <QHash>

namespace cordon::core
{

// A secret store in memory, for the tests of code that uses secrets. Answers asynchronously like
// the real one; setFailure() makes every call fail the way a keychain can.
class MemorySecretStore : public SecretStoreInterface
{
public:
    MemorySecretStore() = default;
    ~MemorySecretStore() override;
    MemorySecretStore(const MemorySecretStore&) = delete;
    MemorySecretStore& operator=(const MemorySecretStore&) = delete;

    void read(const QString& account, QObject* ctx, Callback done) override;
    void write(const QString& account, const QByteArray& secret, QObject* ctx, Callback done) override;
    void remove(const QString& account, QObject* ctx, Callback done) override;
    QString backendName() const override { return QStringLiteral("memory keychain"); }

    // Status::Ok answers normally again.
    void setFailure(SecretResult::Status status) { m_failure = status; }
    bool contains(const QString& account) const { return m_secrets.contains(account); }
    int calls() const { return m_calls; }

private:
    void answer(QObject* ctx, Callback done, SecretResult result);
    SecretResult failureFor(const QString& account) const;

    QHash<QString, QByteArray> m_secrets;
    SecretResult::Status m_failure = SecretResult::Status::Ok;
    int m_calls = 0;
};

} // namespace cordon::core
