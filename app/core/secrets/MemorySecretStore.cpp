#include "MemorySecretStore.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

namespace cordon::core
{

MemorySecretStore::~MemorySecretStore()
{
    for (QByteArray& secret : m_secrets) {
        scrubSecret(secret);
    }
}

SecretResult MemorySecretStore::failureFor(const QString& account) const
{
    return {m_failure, {}, secretStatusMessage(m_failure, backendName(), account)};
}

void MemorySecretStore::read(const QString& account, QObject* ctx, Callback done)
{
    ++m_calls;
    if (m_failure != SecretResult::Status::Ok) {
        answer(ctx, std::move(done), failureFor(account));
    } else if (const auto found = m_secrets.constFind(account); found != m_secrets.constEnd()) {
        answer(ctx, std::move(done), {SecretResult::Status::Ok, *found, {}});
    } else {
        answer(ctx, std::move(done),
               {SecretResult::Status::NotFound,
                {},
                secretStatusMessage(SecretResult::Status::NotFound, backendName(), account)});
    }
}

void MemorySecretStore::write(const QString& account, const QByteArray& secret, QObject* ctx, Callback done)
{
    ++m_calls;
    if (m_failure != SecretResult::Status::Ok) {
        answer(ctx, std::move(done), failureFor(account));
        return;
    }
    QByteArray& stored = m_secrets[account];
    scrubSecret(stored);
    // A deep copy, so that scrubbing it never depends on the caller's buffer.
    stored = QByteArray(secret.constData(), secret.size());
    answer(ctx, std::move(done), {SecretResult::Status::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString& account, QObject* ctx, Callback done)
{
    ++m_calls;
    if (m_failure != SecretResult::Status::Ok) {
        answer(ctx, std::move(done), failureFor(account));
        return;
    }
    // Like the keychains, removing an absent entry is no error.
    if (auto found = m_secrets.find(account); found != m_secrets.end()) {
        scrubSecret(*found);
        m_secrets.erase(found);
    }
    answer(ctx, std::move(done), {SecretResult::Status::Ok, {}, {}});
}

void MemorySecretStore::answer(QObject* ctx, Callback done, SecretResult result)
{
    if (!done) {
        return;
    }
    QTimer::singleShot(0, ctx ? ctx : QCoreApplication::instance(),
                       [done = std::move(done), result = std::move(result)]() { done(result); });
}

} // namespace cordon::core
