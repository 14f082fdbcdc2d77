#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cordon::core
{

// One Okta call Cordon makes, with the OAuth 2.0 scope Okta's management API states for it. An OAuth service
// app's token carries only the scopes it was granted; an SSWS token acts with its user's admin roles and has no
// scopes (docs/okta.md §4).
struct OktaEndpoint
{
    QByteArray method;
    // As Okta's spec writes it: "/api/v1/users/{id}/lifecycle/suspend".
    QString path;
    QString scope;
};

// The scopes Cordon needs, in one table: per call, per step of a containment, and in all.
class OktaScopes
{
public:
    // What Cordon does at Okta, each needing one or more calls.
    enum class Step
    {
        FindUser,       // search users, read a user, their groups
        ReadAdminRoles, // a user's or the service app's admin roles
        ReadSchema,     // the user schema (the AD username attribute)
        FindGroup,      // the restricted group by name or id
        ClearSessions,
        Suspend,
        Unsuspend,
        AddToGroup,
        RemoveFromGroup,
        SetRisk,         // Identity Threat Protection
        UniversalLogout, // global token revocation
        RevokeFactors,   // list the factors, remove those enrolled since a time
        ResetFactors,
        ExpirePassword,
    };

    static const QList<OktaEndpoint>& endpoints();
    // The scope a request needs: method and the decoded path without its query. Empty when the call is not
    // one Cordon makes (and so not granted by what Cordon asks for).
    static QString forRequest(const QByteArray& method, const QString& path);
    // The scopes a step needs, its look-ups included (suspending reads the user first).
    static QStringList forStep(Step step);
    // Every scope Cordon asks for unless told otherwise, in a stable order: what the service app is granted for
    // containment and release. The credential actions' scopes are not among them.
    static QStringList all();
    // all(), and the scopes of the credential actions (risk, Universal Logout, factors, password).
    static QStringList withCredentialActions();
    static bool isCredentialStep(Step step);
    // Those of step's scopes not in granted.
    static QStringList missing(Step step, const QStringList& granted);
    static QString stepName(Step step);
    static QList<Step> steps();
};

} // namespace cordon::core
