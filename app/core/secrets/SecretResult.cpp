#include "SecretResult.h"

#include <QCoreApplication>

#include <algorithm>

namespace cordon::core
{

void scrubSecret(QByteArray& buffer)
{
    if (buffer.isDetached()) {
        std::fill(buffer.begin(), buffer.end(), '\0');
    }
    buffer.clear();
}

SecretResult::SecretResult(Status status_, QByteArray secret_, QString message_)
    : status(status_), secret(std::move(secret_)), message(std::move(message_))
{}

SecretResult::~SecretResult()
{
    scrubSecret(secret);
}

QString
secretStatusMessage(SecretResult::Status status, const QString& backend, const QString& account, const QString& detail)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("cordon::core::SecretStore", text); };
    QString message;
    switch (status) {
    case SecretResult::Status::Ok:
        return {};
    case SecretResult::Status::NotFound:
        message = tr("No secret is stored in the %1 for %2.").arg(backend, account);
        break;
    case SecretResult::Status::NoBackend:
        message =
            tr("The %1 is not available, so Cordon cannot read or store secrets. Cordon never keeps them in "
               "plain text instead: start or unlock it (on Linux, GNOME Keyring, KWallet or another Secret Service "
               "in the desktop session) and try again.")
                .arg(backend);
        break;
    case SecretResult::Status::AccessDenied:
        message = tr("The %1 refused access to %2. Unlock it, or allow Cordon when it asks, and try again.")
                      .arg(backend, account);
        break;
    case SecretResult::Status::Other:
        message = tr("The %1 could not complete the request for %2.").arg(backend, account);
        break;
    }
    if (!detail.isEmpty()) {
        message += QLatin1Char(' ') + tr("(It said: %1)").arg(detail);
    }
    return message;
}

} // namespace cordon::core
