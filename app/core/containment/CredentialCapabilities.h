#pragma once

#include "ContainmentAction.h"
#include "okta/OktaError.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace cordon::core
{

class OktaClient;

// Which credential actions the org and the credentials allow, and why not where they do not: Identity Threat
// Protection is licensed per org (Okta answers 403 to user risk without it), a service app needs each action's
// scopes, and the factor calls need an admin role that may manage MFA (docs/okta.md §Credential calls).
struct CredentialCapabilities
{
    // False until a probe has answered: then nothing is known to be unavailable.
    bool probed = false;
    // The reason per unavailable action; an action not listed is available.
    QMap<ContainmentAction::Kind, QString> unavailable;

    bool allows(ContainmentAction::Kind kind) const { return !unavailable.contains(kind); }
    QString reason(ContainmentAction::Kind kind) const { return unavailable.value(kind); }
    // The credential actions, in the order the console and `check` show them.
    static QList<ContainmentAction::Kind> kinds();
    // The action's name on the command line: risk, universal-logout, revoke-factors-since, reset-factors,
    // expire-password.
    static QString kindName(ContainmentAction::Kind kind);
    // {"risk": {"available": bool, "reason": "…"}, …}
    QJsonObject toJson() const;
};

// Finds out what the org and the credentials allow by reading, never by changing: the user's risk level (403 means
// no ITP, or no right to it) and the user's factors (403 means no right to them), for one user the credentials
// may read; the service app's granted scopes; and the admin roles' reach.
class CredentialProbe : public QObject
{
    Q_OBJECT
public:
    // grantedScopes: a service app's (empty for an API token); roleTypes: the acting admin's or app's role types.
    CredentialProbe(OktaClient* client, QStringList grantedScopes, QStringList roleTypes, QObject* parent = nullptr);

    // userId: an Okta user id the reads are made on (the incident's user, or the acting admin).
    void start(const QString& userId);
    const CredentialCapabilities& result() const { return m_result; }

Q_SIGNALS:
    void finished(const cordon::core::CredentialCapabilities& capabilities);

private:
    void readDone();

    QPointer<OktaClient> m_client;
    QStringList m_grantedScopes;
    QStringList m_roleTypes;
    CredentialCapabilities m_result;
    int m_pending = 0;
};

} // namespace cordon::core
