#include "CredentialCapabilities.h"

#include "okta/OktaClient.h"
#include "okta/OktaScopes.h"

namespace cordon::core
{

namespace
{

using Kind = ContainmentAction::Kind;

// Okta's admin comparison: Super, Org and Group Administrators reset passwords and MFA factors, and so does the
// Help Desk Administrator; the others do not (docs/okta.md §Admin roles). A custom role's permissions are not
// listed with it, so it is given the benefit of the doubt and the action shows Okta's answer.
bool rolesMayResetCredentials(const QStringList& roles)
{
    for (const QString& role : roles) {
        if (role == QLatin1String("SUPER_ADMIN") || role == QLatin1String("ORG_ADMIN") ||
            role == QLatin1String("USER_ADMIN") || role == QLatin1String("HELP_DESK_ADMIN") ||
            role == QLatin1String("CUSTOM")) {
            return true;
        }
    }
    return false;
}

} // namespace

QList<ContainmentAction::Kind> CredentialCapabilities::kinds()
{
    return {Kind::SetRisk, Kind::UniversalLogout, Kind::RevokeFactorsSince, Kind::ResetFactors, Kind::ExpirePassword};
}

QString CredentialCapabilities::kindName(ContainmentAction::Kind kind)
{
    return OktaScopes::stepName(scopeStepOf(kind));
}

QJsonObject CredentialCapabilities::toJson() const
{
    QJsonObject json;
    for (const Kind kind : kinds()) {
        QJsonObject entry{{QStringLiteral("available"), allows(kind)}};
        if (!allows(kind)) {
            entry.insert(QStringLiteral("reason"), reason(kind));
        }
        json.insert(kindName(kind), entry);
    }
    return json;
}

CredentialProbe::CredentialProbe(OktaClient* client, QStringList grantedScopes, QStringList roleTypes, QObject* parent)
    : QObject(parent), m_client(client), m_grantedScopes(std::move(grantedScopes)), m_roleTypes(std::move(roleTypes))
{}

void CredentialProbe::start(const QString& userId)
{
    m_result = {};
    // A service app's token carries only the scopes it was granted.
    if (!m_grantedScopes.isEmpty()) {
        for (const Kind kind : CredentialCapabilities::kinds()) {
            const QStringList missing = OktaScopes::missing(scopeStepOf(kind), m_grantedScopes);
            if (!missing.isEmpty()) {
                m_result.unavailable.insert(kind, tr("the service app was not granted %1 (or Cordon does not ask for "
                                                     "it: add it to the scopes in Settings)")
                                                      .arg(missing.join(QLatin1Char(' '))));
            }
        }
    }
    if (!m_roleTypes.isEmpty() && !rolesMayResetCredentials(m_roleTypes)) {
        const QString why = tr("the admin roles (%1) may not reset passwords or MFA factors")
                                .arg(m_roleTypes.join(QStringLiteral(", ")));
        for (const Kind kind : {Kind::RevokeFactorsSince, Kind::ResetFactors, Kind::ExpirePassword}) {
            m_result.unavailable.insert(kind, why);
        }
    }
    if (!m_client || userId.isEmpty()) {
        m_pending = 1;
        readDone();
        return;
    }
    // One count holds the end until both reads are asked.
    m_pending = 3;
    m_client->userRisk(userId, this, [this](const OktaReply& reply) {
        if (reply.httpStatus == 403 || reply.error.httpStatus == 403) {
            const QString why = tr("Okta refused to read user risk (%1): the org does not have Identity Threat "
                                   "Protection, or the credentials may not use it")
                                    .arg(reply.error.message());
            m_result.unavailable.insert(Kind::SetRisk, why);
            m_result.unavailable.insert(Kind::UniversalLogout, why);
        }
        readDone();
    });
    m_client->userFactors(userId, this, [this](const OktaReply& reply, const QList<OktaFactor>&) {
        if (reply.httpStatus == 403 || reply.error.httpStatus == 403) {
            const QString why =
                tr("Okta refused to list the user's factors (%1): the credentials may not manage MFA factors")
                    .arg(reply.error.message());
            m_result.unavailable.insert(Kind::RevokeFactorsSince, why);
            m_result.unavailable.insert(Kind::ResetFactors, why);
        }
        readDone();
    });
    readDone();
}

void CredentialProbe::readDone()
{
    if (--m_pending > 0) {
        return;
    }
    // Other failures (the network, a 404) tell nothing of the licence: the action stays offered and shows Okta's
    // answer when it runs.
    m_result.probed = true;
    Q_EMIT finished(m_result);
}

} // namespace cordon::core
