#include "workspace/ServiceAppSetup.h"

#include "okta/ServiceAppAuth.h"
#include "secrets/SecretAccounts.h"
#include "store/AppSettings.h"

#include <memory>

namespace cordon::core::ServiceAppSetup
{

SigningKey makeKey()
{
    return SigningKey::generate(SigningKey::Kind::EcP256);
}

QString keyId(const SigningKey& key)
{
    return key.thumbprint();
}

void storeKey(SecretStoreInterface* secrets,
              const QUrl& orgUrl,
              const SigningKey& key,
              QObject* context,
              SecretStoreInterface::Callback done)
{
    // Held until the keychain has answered, when its copy is gone too and the buffer can be overwritten.
    auto pem = std::make_shared<QByteArray>(key.privateKeyPem());
    secrets->write(SecretAccounts::oktaServiceAppKey(orgUrl), *pem, context,
                   [pem, done = std::move(done)](SecretResult result) {
                       SigningKey::scrub(*pem);
                       done(std::move(result));
                   });
}

bool writeSettings(AppSettings& settings, const ServiceAppConfig& config)
{
    return settings.setOauthClientId(config.clientId) && settings.setOauthKeyId(config.keyId) &&
           settings.setOauthScopes(config.scopes) && settings.setOktaAuthorizationMode(QStringLiteral("PrivateKey"));
}

} // namespace cordon::core::ServiceAppSetup
