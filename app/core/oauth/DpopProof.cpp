#include "oauth/DpopProof.h"

#include "base/Clock.h"
#include "oauth/Base64Url.h"
#include "oauth/Jws.h"
#include "oauth/OpenSslSupport.h"
#include "oauth/SigningKey.h"

#include <QJsonObject>

namespace cordon::core
{

QString DpopProof::htu(const QUrl& url)
{
    QUrl origin;
    const QString scheme = url.scheme().toLower();
    origin.setScheme(scheme);
    origin.setHost(url.host());
    const int port = url.port();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    if (port != defaultPort) {
        origin.setPort(port);
    }
    const QString path = url.path(QUrl::FullyDecoded);
    return origin.toString(QUrl::FullyEncoded) + (path.isEmpty() ? QStringLiteral("/") : path);
}

QString DpopProof::accessTokenHash(QByteArrayView accessToken)
{
    return QString::fromLatin1(base64url::encode(openssl::sha256(accessToken)));
}

DpopProof::DpopProof(const QByteArray& method, const QUrl& url) : m_method(QString::fromLatin1(method)), m_htu(htu(url))
{}

void DpopProof::setNonce(const QString& nonce)
{
    m_nonce = nonce;
}

void DpopProof::setAccessToken(QByteArrayView accessToken)
{
    m_accessTokenHash = accessToken.isEmpty() ? QString() : accessTokenHash(accessToken);
}

void DpopProof::setClock(const Clock* clock)
{
    m_clock = clock;
}

QByteArray DpopProof::sign(const SigningKey& key) const
{
    const QString jti = openssl::randomId();
    const QJsonObject jwk = key.publicJwk();
    if (jwk.isEmpty() || jti.isEmpty()) {
        return {};
    }
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("dpop+jwt")}, {QStringLiteral("jwk"), jwk}};
    QJsonObject claims{
        {QStringLiteral("jti"), jti},
        {QStringLiteral("htm"), m_method},
        {QStringLiteral("htu"), m_htu},
        {QStringLiteral("iat"), (m_clock ? m_clock : Clock::system())->now().toSecsSinceEpoch()},
    };
    if (!m_nonce.isEmpty()) {
        claims.insert(QStringLiteral("nonce"), m_nonce);
    }
    if (!m_accessTokenHash.isEmpty()) {
        claims.insert(QStringLiteral("ath"), m_accessTokenHash);
    }
    return Jws::sign(header, claims, key);
}

} // namespace cordon::core
