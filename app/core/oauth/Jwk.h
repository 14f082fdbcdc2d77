#pragma once

#include <QJsonObject>
#include <QString>

namespace cordon::core
{

// JSON Web Keys (RFC 7517) as Okta uses them: RSA and EC P-256 public keys.
class Jwk
{
public:
    // RFC 7638 §3: SHA-256 over the required members in lexicographic order without whitespace, base64url.
    // Empty when the JWK is not an RSA or EC key with those members as base64url text.
    static QString thumbprint(const QJsonObject& jwk);
    // True when the JWK carries a private key's members (RFC 7518 §6.2.2 and §6.3.2) or a symmetric key.
    static bool hasPrivateMembers(const QJsonObject& jwk);
};

} // namespace cordon::core
