#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace cordon::core
{

class SigningKey;

// What checking a compact JWS found. The header is filled once it could be read; the claims only when the
// signature holds.
struct JwsVerification
{
    enum class Failure
    {
        None,
        Malformed,            // not three base64url parts of JSON objects, too long, or a header it cannot honour
        AlgorithmNone,        // an unsecured JWS (RFC 7515 §A.5), never accepted
        UnsupportedAlgorithm, // anything but RS256 and ES256, HS256 included
        KeyMismatch,          // the algorithm does not fit the key, or the key's own "alg" says otherwise
        BadKey,               // the JWK is not a usable RSA (2048 bits or more) or P-256 public key
        PrivateKeyInHeader,   // the header's "jwk" holds private members
        BadSignature,
    };

    Failure failure = Failure::Malformed;
    // One sentence for a log or an error_description; it quotes nothing from the token but the algorithm's name.
    QString reason;
    QJsonObject header;
    QJsonObject claims;

    bool isValid() const { return failure == Failure::None; }
};

// Compact JWS (RFC 7515 §7.1) with RS256 or ES256 (RFC 7518 §3.3, §3.4): signing for Cordon's own client
// assertions and DPoP proofs, checking for the simulator's token endpoint and resource server.
class Jws
{
public:
    // Longer tokens are refused unread. A DPoP proof with a 4096-bit RSA key is under 2 KiB.
    static constexpr qsizetype MaximumSize = 16 * 1024;

    // header with "alg" set from the key, then claims, signed. Empty if the key is null or signing fails.
    static QByteArray sign(const QJsonObject& header, const QJsonObject& claims, const SigningKey& key);

    // Checks the signature with a known public key, such as a client's registered key.
    static JwsVerification verify(QByteArrayView compact, const QJsonObject& publicJwk);
    // Checks the signature with the public key the header itself carries in "jwk", as a DPoP proof does (RFC 9449
    // §4.3); a private key there is refused.
    static JwsVerification verifyWithHeaderKey(QByteArrayView compact);

    // The header, not checked in any way: only to choose a key by its "kid" before verify(). Empty if unreadable.
    static QJsonObject unverifiedHeader(QByteArrayView compact);
};

} // namespace cordon::core
