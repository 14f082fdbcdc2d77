#include "oauth/Jwk.h"

#include "oauth/Base64Url.h"
#include "oauth/OpenSslSupport.h"

#include <QStringList>

#include <algorithm>

namespace cordon::core
{

namespace
{

// Base64url text (and the curve name "P-256"): what each required member holds. Anything else would need JSON
// escaping to hash, and no valid key needs it.
bool isPlainMember(const QJsonValue& value)
{
    if (!value.isString() || value.toString().isEmpty()) {
        return false;
    }
    const QString text = value.toString();
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' ||
               c == u'_';
    });
}

} // namespace

QString Jwk::thumbprint(const QJsonObject& jwk)
{
    const QString type = jwk.value(QLatin1String("kty")).toString();
    QStringList members;
    if (type == QLatin1String("RSA")) {
        members = {QStringLiteral("e"), QStringLiteral("kty"), QStringLiteral("n")};
    } else if (type == QLatin1String("EC")) {
        members = {QStringLiteral("crv"), QStringLiteral("kty"), QStringLiteral("x"), QStringLiteral("y")};
    } else {
        return {};
    }
    QString canonical = QStringLiteral("{");
    for (const QString& name : members) {
        const QJsonValue value = jwk.value(name);
        if (!isPlainMember(value)) {
            return {};
        }
        if (canonical.size() > 1) {
            canonical += u',';
        }
        canonical += u'"' + name + QStringLiteral("\":\"") + value.toString() + u'"';
    }
    canonical += u'}';
    return QString::fromLatin1(base64url::encode(openssl::sha256(canonical.toLatin1())));
}

bool Jwk::hasPrivateMembers(const QJsonObject& jwk)
{
    static const QStringList PrivateMembers = {QStringLiteral("d"),   QStringLiteral("p"),  QStringLiteral("q"),
                                               QStringLiteral("dp"),  QStringLiteral("dq"), QStringLiteral("qi"),
                                               QStringLiteral("oth"), QStringLiteral("k")};
    return std::any_of(PrivateMembers.begin(), PrivateMembers.end(),
                       [&jwk](const QString& name) { return jwk.contains(name); });
}

} // namespace cordon::core
