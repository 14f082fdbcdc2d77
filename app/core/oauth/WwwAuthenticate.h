#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace cordon::core
{

// One challenge of a WWW-Authenticate header: Okta answers a DPoP call it refuses with one such as
// DPoP algs="RS256 ES256", error="insufficient_scope", scope="okta.users.manage", resource="/api/v1/users".
struct AuthChallenge
{
    QString scheme; // as written ("DPoP", "Bearer"); compare it without regard to case
    // Parameter names in lower case (they are case-insensitive), values unquoted.
    QHash<QString, QString> params;
    QString token68; // the rare challenge that carries one opaque value instead of parameters

    bool isScheme(const QString& name) const { return scheme.compare(name, Qt::CaseInsensitive) == 0; }
    QString param(const QString& name) const { return params.value(name.toLower()); }
};

// The challenges of a WWW-Authenticate header (RFC 9110 §11.6.1; the DPoP scheme's parameters are RFC 9449
// §7.1 and RFC 6750 §3). What does not parse ends the list: the challenges read before it are kept. Headers
// longer than MaximumSize are not read.
class WwwAuthenticate
{
public:
    static constexpr qsizetype MaximumSize = 8 * 1024;

    static QList<AuthChallenge> parse(QByteArrayView header);
};

} // namespace cordon::core
