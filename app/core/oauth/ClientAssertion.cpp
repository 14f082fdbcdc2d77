#include "oauth/ClientAssertion.h"

#include "base/Clock.h"
#include "oauth/Jws.h"
#include "oauth/OpenSslSupport.h"
#include "oauth/SigningKey.h"

#include <QJsonObject>

#include <algorithm>

namespace cordon::core
{

QString ClientAssertion::assertionType()
{
    return QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
}

ClientAssertion::ClientAssertion(const QString& clientId, const QUrl& tokenUrl)
    : m_clientId(clientId), m_tokenUrl(tokenUrl)
{}

void ClientAssertion::setKeyId(const QString& keyId)
{
    m_keyId = keyId;
}

void ClientAssertion::setLifetimeSecs(int secs)
{
    m_lifetimeSecs = std::clamp(secs, 1, MaximumLifetimeSecs);
}

void ClientAssertion::setClock(const Clock* clock)
{
    m_clock = clock;
}

QByteArray ClientAssertion::sign(const SigningKey& key) const
{
    const QString jti = openssl::randomId();
    if (key.isNull() || jti.isEmpty()) {
        return {};
    }
    const qint64 now = (m_clock ? m_clock : Clock::system())->now().toSecsSinceEpoch();
    QJsonObject header;
    if (!m_keyId.isEmpty()) {
        header.insert(QStringLiteral("kid"), m_keyId);
    }
    const QJsonObject claims{
        {QStringLiteral("iss"), m_clientId},
        {QStringLiteral("sub"), m_clientId},
        {QStringLiteral("aud"), m_tokenUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + m_lifetimeSecs},
        {QStringLiteral("jti"), jti},
    };
    return Jws::sign(header, claims, key);
}

} // namespace cordon::core
