#pragma once

#include "oauth/SigningKey.h"
#include "secrets/SecretStoreInterface.h"

#include <QString>

class QObject;
class QUrl;

namespace cordon::core
{

class AppSettings;
struct ServiceAppConfig;

// Setting Cordon up to sign in as an OAuth 2.0 service app, the same from cordonctl and the console: a key
// pair of Cordon's own, named by its thumbprint; the private key in the keychain and nowhere else; the app's
// settings beside the org's.
namespace ServiceAppSetup
{

// A new EC P-256 key pair; null only if OpenSSL fails.
SigningKey makeKey();
// The "kid" a key is registered under: its RFC 7638 thumbprint, stable and the same wherever it is computed.
QString keyId(const SigningKey& key);
// Writes the private key (PEM) to the org's keychain entry; the PEM is scrubbed once the keychain has answered.
void storeKey(SecretStoreInterface* secrets,
              const QUrl& orgUrl,
              const SigningKey& key,
              QObject* context,
              SecretStoreInterface::Callback done);
// The client id, key id and scopes, and the mode PrivateKey; false when the settings refused one.
bool writeSettings(AppSettings& settings, const ServiceAppConfig& config);

} // namespace ServiceAppSetup

} // namespace cordon::core
