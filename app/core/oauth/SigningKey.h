#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace cordon::core
{

// A private key that signs JWS (RFC 7515) for Okta: an EC P-256 key (ES256) or an RSA key of 2048 bits or
// more (RS256), the two kinds Okta takes for a service app and for DPoP. It holds the key in OpenSSL's own
// memory and hands out only what is needed: the public JWK, its thumbprint, signatures, and the PEM for
// the keychain. Move-only, so that the key has one owner and leaves memory with it.
class SigningKey
{
public:
    enum class Kind
    {
        EcP256,  // ES256: small keys and signatures, the default
        Rsa2048, // RS256
    };
    enum class Algorithm
    {
        None,
        ES256,
        RS256,
    };

    SigningKey();
    SigningKey(SigningKey&& other) noexcept;
    SigningKey& operator=(SigningKey&& other) noexcept;
    SigningKey(const SigningKey&) = delete;
    SigningKey& operator=(const SigningKey&) = delete;
    ~SigningKey();

    // A new key from the system's random source; null only if OpenSSL fails.
    static SigningKey generate(Kind kind = Kind::EcP256);
    // An unencrypted private key in PEM: PKCS#8 ("PRIVATE KEY") or the traditional RSA and EC forms. On
    // failure the key is null and errorMessage says why, never quoting the text it was given.
    static SigningKey fromPem(QByteArrayView pem, QString* errorMessage = nullptr);

    bool isNull() const;
    Algorithm algorithm() const;
    // "ES256" or "RS256", as a JWS header's "alg" names it.
    QString algorithmName() const;

    // PKCS#8 PEM of the private key, for the keychain. The caller owns the only copy: scrub() it when stored.
    QByteArray privateKeyPem() const;
    // The public key's required members only (RFC 7638 §3.2): what a DPoP proof's header carries.
    QJsonObject publicJwk() const;
    // The public key as registered with an Okta app: the required members with "kid", "alg" and "use".
    QJsonObject registrationJwk(const QString& keyId) const;
    // RFC 7638 thumbprint with SHA-256, base64url: DPoP's "jkt".
    QString thumbprint() const;

    // The JWS signature of signingInput (RFC 7518 §3.3 and §3.4): PKCS #1 v1.5 for RS256, the 64-byte R||S
    // for ES256. Empty on failure.
    QByteArray sign(QByteArrayView signingInput) const;

    // Overwrites a buffer that held key material, then empties it. A buffer shared with another copy is only
    // released, as writing to it would first copy it.
    static void scrub(QByteArray& secret);

private:
    struct Private;
    explicit SigningKey(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

QString algorithmName(SigningKey::Algorithm algorithm);

} // namespace cordon::core
