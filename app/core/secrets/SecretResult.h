#pragma once

#include <QByteArray>
#include <QDebug>
#include <QString>

namespace cordon::core
{

// Overwrites a buffer that held a secret before it is released. A buffer shared with another
// QByteArray is left to its last owner, who scrubs it in turn.
void scrubSecret(QByteArray& buffer);

// The answer of a secret store. It holds the secret on a successful read, scrubs it when the last
// copy goes, and deliberately cannot be written to QDebug.
struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound,
        NoBackend,
        AccessDenied,
        Other,
    };

    SecretResult() = default;
    SecretResult(Status status, QByteArray secret, QString message);
    SecretResult(const SecretResult&) = default;
    SecretResult(SecretResult&&) noexcept = default;
    SecretResult& operator=(const SecretResult&) = default;
    SecretResult& operator=(SecretResult&&) noexcept = default;
    ~SecretResult();

    bool ok() const { return status == Status::Ok; }

    Status status = Status::Other;
    QByteArray secret;
    QString message; // for a person: what went wrong and what to do; never holds the secret
};

// A secret never reaches a log by accident.
QDebug operator<<(QDebug, const SecretResult&) = delete;

// A message a person understands for each status; backend names the keychain ("Secret Service"),
// account the entry, detail what the keychain itself said.
QString secretStatusMessage(SecretResult::Status status,
                            const QString& backend,
                            const QString& account,
                            const QString& detail = {});

} // namespace cordon::core
