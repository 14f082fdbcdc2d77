#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace cordon::core
{

class Clock;
class SigningKey;

// The JWT with which a service app proves who it is at the token endpoint instead of a client secret:
// RFC 7523 §2.2 and §3, which Okta calls private_key_jwt. Each sign() makes a new one, with its own "jti",
// as a token request must not reuse an assertion.
class ClientAssertion
{
public:
    // Short: a stolen assertion is of use for no longer than this. Okta refuses more than an hour.
    static constexpr int DefaultLifetimeSecs = 300;
    static constexpr int MaximumLifetimeSecs = 3600;

    // The token request's client_assertion_type.
    static QString assertionType();

    // tokenUrl is the audience: the org's https://{org}/oauth2/v1/token.
    ClientAssertion(const QString& clientId, const QUrl& tokenUrl);

    // The "kid" of the key as registered with the app; Okta picks the key by it.
    void setKeyId(const QString& keyId);
    // Clamped to 1..MaximumLifetimeSecs.
    void setLifetimeSecs(int secs);
    // Tests fix the time here; nullptr is the system clock.
    void setClock(const Clock* clock);

    // Header alg (from the key) and kid; claims iss = sub = the client id, aud, iat, exp and a random jti.
    // Empty if the key is null or signing fails.
    QByteArray sign(const SigningKey& key) const;

private:
    QString m_clientId;
    QUrl m_tokenUrl;
    QString m_keyId;
    int m_lifetimeSecs = DefaultLifetimeSecs;
    const Clock* m_clock = nullptr;
};

} // namespace cordon::core
