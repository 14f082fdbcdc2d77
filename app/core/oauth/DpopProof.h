#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUrl>

namespace cordon::core
{

class Clock;
class SigningKey;

// A DPoP proof (RFC 9449 §4): the JWT that goes in the DPoP header of one HTTP request, showing that the
// sender holds the key an access token is bound to. Every request, retries included, needs a new one: each
// sign() has its own "jti", and a server refuses a jti it has seen.
class DpopProof
{
public:
    // The proof's "htu" for a request URL (RFC 9449 §4.2): scheme, host, the port when it is not the scheme's
    // default, and the percent-decoded path, with no query and no fragment. Okta compares "htu" with the path
    // it decoded, so "/api/v1/users/a%40b.example" is written "/api/v1/users/a@b.example" (docs/oauth.md).
    static QString htu(const QUrl& url);
    // "ath" (RFC 9449 §4.2): base64url of the SHA-256 of the access token.
    static QString accessTokenHash(QByteArrayView accessToken);

    DpopProof(const QByteArray& method, const QUrl& url);

    // The server's latest DPoP-Nonce, sent back in the "nonce" claim.
    void setNonce(const QString& nonce);
    // For a request that carries an access token. Only the token's hash is kept.
    void setAccessToken(QByteArrayView accessToken);
    // Tests fix the time here; nullptr is the system clock.
    void setClock(const Clock* clock);

    // Header typ "dpop+jwt", alg and the key's public JWK; claims jti, htm, htu, iat, and nonce and ath when
    // set. Empty if the key is null or signing fails.
    QByteArray sign(const SigningKey& key) const;

private:
    QString m_method;
    QString m_htu;
    QString m_nonce;
    QString m_accessTokenHash;
    const Clock* m_clock = nullptr;
};

} // namespace cordon::core
