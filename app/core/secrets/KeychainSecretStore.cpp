#include "KeychainSecretStore.h"

#include "base/Logging.h"

#include <QObject>
#include <qt6keychain/keychain.h>

namespace cordon::core
{

namespace
{

SecretResult::Status statusOf(QKeychain::Error error, const QString& detail)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretResult::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretResult::Status::NotFound;
    case QKeychain::NoBackendAvailable:
        return SecretResult::Status::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretResult::Status::AccessDenied;
    default:
        // libsecret reports a missing session bus or Secret Service as a plain error; to the user it
        // is the same as no keychain at all.
        if (detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
            detail.contains(QLatin1String("org.freedesktop.secrets"))) {
            return SecretResult::Status::NoBackend;
        }
        return SecretResult::Status::Other;
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#else
    return QStringLiteral("Secret Service");
#endif
}

void KeychainSecretStore::read(const QString& account, QObject* ctx, Callback done)
{
    start(new QKeychain::ReadPasswordJob(m_service), account, ctx, std::move(done));
}

void KeychainSecretStore::write(const QString& account, const QByteArray& secret, QObject* ctx, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(secret);
    start(job, account, ctx, std::move(done));
}

void KeychainSecretStore::remove(const QString& account, QObject* ctx, Callback done)
{
    // Keychains differ on removing an absent entry; for Cordon the entry is gone either way.
    start(new QKeychain::DeletePasswordJob(m_service), account, ctx, [done = std::move(done)](SecretResult result) {
        if (result.status == SecretResult::Status::NotFound) {
            result = SecretResult(SecretResult::Status::Ok, {}, {});
        }
        if (done) {
            done(std::move(result));
        }
    });
}

void KeychainSecretStore::start(QKeychain::Job* job, const QString& account, QObject* ctx, Callback done) const
{
    job->setAutoDelete(true);
    // Where no keychain works, QtKeychain could keep the secret in a plain settings file: never.
    job->setInsecureFallback(false);
    job->setKey(account);
    const QString backend = backendName();
    // Without a context the job itself is one: the callback then runs for as long as the job lives.
    QObject::connect(job, &QKeychain::Job::finished, ctx ? ctx : job,
                     [done = std::move(done), backend, account](QKeychain::Job* finished) {
                         SecretResult result;
                         result.status = statusOf(finished->error(), finished->errorString());
                         if (result.ok()) {
                             if (auto* reading = qobject_cast<QKeychain::ReadPasswordJob*>(finished)) {
                                 result.secret = reading->binaryData();
                             }
                         } else {
                             result.message =
                                 secretStatusMessage(result.status, backend, account, finished->errorString());
                             qCInfo(lcSecrets)
                                 << "keychain" << account << "failed:" << finished->error() << finished->errorString();
                         }
                         if (done) {
                             done(std::move(result));
                         }
                     });
    job->start();
}

} // namespace cordon::core
