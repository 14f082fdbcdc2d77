#pragma once

#include "secrets/SecretResult.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace cordon::core
{

// The seam on the OS keychain. Every call is asynchronous: the callback runs later on the event
// loop, and not at all once ctx is destroyed.
class SecretStoreInterface
{
public:
    using Callback = std::function<void(SecretResult)>;

    virtual ~SecretStoreInterface() = default;

    virtual void read(const QString& account, QObject* ctx, Callback done) = 0;
    // Stores or replaces the secret.
    virtual void write(const QString& account, const QByteArray& secret, QObject* ctx, Callback done) = 0;
    // Removing an absent entry succeeds.
    virtual void remove(const QString& account, QObject* ctx, Callback done) = 0;
    // "Secret Service", "macOS Keychain", "Windows Credential Manager": what to tell the user.
    virtual QString backendName() const = 0;
};

} // namespace cordon::core
