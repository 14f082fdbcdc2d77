#include "okta/OktaScopes.h"

#include <QSet>

namespace cordon::core
{

namespace
{

const QString UsersRead = QStringLiteral("okta.users.read");
const QString UsersManage = QStringLiteral("okta.users.manage");
const QString GroupsRead = QStringLiteral("okta.groups.read");
const QString GroupsManage = QStringLiteral("okta.groups.manage");
const QString RolesRead = QStringLiteral("okta.roles.read");
const QString SchemasRead = QStringLiteral("okta.schemas.read");
const QString UserRiskRead = QStringLiteral("okta.userRisk.read");
const QString UserRiskManage = QStringLiteral("okta.userRisk.manage");
const QString UniversalLogoutManage = QStringLiteral("okta.universalLogout.manage");

// Whether path fills template: each {name} takes one whole segment that is neither empty nor a dot segment.
bool fills(const QString& path, const QString& pattern)
{
    const QStringList segments = path.split(QLatin1Char('/'));
    const QStringList expected = pattern.split(QLatin1Char('/'));
    if (segments.size() != expected.size()) {
        return false;
    }
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& want = expected.at(i);
        const QString& have = segments.at(i);
        if (want.startsWith(QLatin1Char('{')) && want.endsWith(QLatin1Char('}'))) {
            if (have.isEmpty() || have == QLatin1String(".") || have == QLatin1String("..")) {
                return false;
            }
        } else if (want != have) {
            return false;
        }
    }
    return true;
}

} // namespace

const QList<OktaEndpoint>& OktaScopes::endpoints()
{
    // Each scope as Okta's management API spec gives it for the operation (tests/contract/okta).
    static const QList<OktaEndpoint> table{
        {"GET", QStringLiteral("/api/v1/users"), UsersRead},
        {"GET", QStringLiteral("/api/v1/users/{id}"), UsersRead},
        {"GET", QStringLiteral("/api/v1/users/{id}/groups"), UsersRead},
        {"GET", QStringLiteral("/api/v1/users/{userId}/roles"), RolesRead},
        {"GET", QStringLiteral("/oauth2/v1/clients/{clientId}/roles"), RolesRead},
        {"GET", QStringLiteral("/api/v1/meta/schemas/user/{schemaId}"), SchemasRead},
        {"GET", QStringLiteral("/api/v1/groups"), GroupsRead},
        {"GET", QStringLiteral("/api/v1/groups/{groupId}"), GroupsRead},
        {"DELETE", QStringLiteral("/api/v1/users/{userId}/sessions"), UsersManage},
        {"POST", QStringLiteral("/api/v1/users/{id}/lifecycle/suspend"), UsersManage},
        {"POST", QStringLiteral("/api/v1/users/{id}/lifecycle/unsuspend"), UsersManage},
        {"PUT", QStringLiteral("/api/v1/groups/{groupId}/users/{userId}"), GroupsManage},
        {"DELETE", QStringLiteral("/api/v1/groups/{groupId}/users/{userId}"), GroupsManage},
        {"GET", QStringLiteral("/api/v1/users/{userId}/risk"), UserRiskRead},
        {"PUT", QStringLiteral("/api/v1/users/{userId}/risk"), UserRiskManage},
        {"POST", QStringLiteral("/oauth2/v1/global-token-revocation"), UniversalLogoutManage},
        {"GET", QStringLiteral("/api/v1/users/{userId}/factors"), UsersRead},
        {"DELETE", QStringLiteral("/api/v1/users/{userId}/factors/{factorId}"), UsersManage},
        {"POST", QStringLiteral("/api/v1/users/{id}/lifecycle/reset_factors"), UsersManage},
        {"POST", QStringLiteral("/api/v1/users/{id}/lifecycle/expire_password"), UsersManage},
    };
    return table;
}

QString OktaScopes::forRequest(const QByteArray& method, const QString& path)
{
    for (const OktaEndpoint& endpoint : endpoints()) {
        if (endpoint.method == method && fills(path, endpoint.path)) {
            return endpoint.scope;
        }
    }
    return {};
}

QStringList OktaScopes::forStep(Step step)
{
    switch (step) {
    case Step::FindUser:
        return {UsersRead};
    case Step::ReadAdminRoles:
        return {RolesRead};
    case Step::ReadSchema:
        return {SchemasRead};
    case Step::FindGroup:
        return {GroupsRead};
    case Step::ClearSessions:
    case Step::Suspend:
    case Step::Unsuspend:
        // The user is read first (their status, and that they are who the analyst confirmed), and their admin
        // roles, which the guardrails refuse.
        return {UsersRead, RolesRead, UsersManage};
    case Step::AddToGroup:
    case Step::RemoveFromGroup:
        // Also the group, by its id or name, and the user's groups, to tell what is already so.
        return {UsersRead, RolesRead, GroupsRead, GroupsManage};
    case Step::SetRisk:
        // The level is read first, to tell one already set.
        return {UsersRead, RolesRead, UserRiskRead, UserRiskManage};
    case Step::UniversalLogout:
        return {UsersRead, RolesRead, UniversalLogoutManage};
    case Step::RevokeFactors:
    case Step::ResetFactors:
    case Step::ExpirePassword:
        return {UsersRead, RolesRead, UsersManage};
    }
    return {};
}

QList<OktaScopes::Step> OktaScopes::steps()
{
    return {Step::FindUser,        Step::ReadAdminRoles, Step::ReadSchema,   Step::FindGroup,       Step::ClearSessions,
            Step::Suspend,         Step::Unsuspend,      Step::AddToGroup,   Step::RemoveFromGroup, Step::SetRisk,
            Step::UniversalLogout, Step::RevokeFactors,  Step::ResetFactors, Step::ExpirePassword};
}

QStringList OktaScopes::all()
{
    QStringList scopes;
    for (const Step step : steps()) {
        // An org without the credential actions' scopes granted refuses a token request that names them, so they
        // are asked for only when the analyst adds them.
        if (isCredentialStep(step)) {
            continue;
        }
        for (const QString& scope : forStep(step)) {
            if (!scopes.contains(scope)) {
                scopes << scope;
            }
        }
    }
    return scopes;
}

bool OktaScopes::isCredentialStep(Step step)
{
    return step == Step::SetRisk || step == Step::UniversalLogout || step == Step::RevokeFactors ||
           step == Step::ResetFactors || step == Step::ExpirePassword;
}

QStringList OktaScopes::withCredentialActions()
{
    QStringList scopes = all();
    for (const Step step : steps()) {
        for (const QString& scope : forStep(step)) {
            if (!scopes.contains(scope)) {
                scopes << scope;
            }
        }
    }
    return scopes;
}

QStringList OktaScopes::missing(Step step, const QStringList& granted)
{
    QStringList absent;
    for (const QString& scope : forStep(step)) {
        if (!granted.contains(scope)) {
            absent << scope;
        }
    }
    return absent;
}

QString OktaScopes::stepName(Step step)
{
    switch (step) {
    case Step::FindUser:
        return QStringLiteral("find-user");
    case Step::ReadAdminRoles:
        return QStringLiteral("read-admin-roles");
    case Step::ReadSchema:
        return QStringLiteral("read-schema");
    case Step::FindGroup:
        return QStringLiteral("find-group");
    case Step::ClearSessions:
        return QStringLiteral("clear-sessions");
    case Step::Suspend:
        return QStringLiteral("suspend");
    case Step::Unsuspend:
        return QStringLiteral("unsuspend");
    case Step::AddToGroup:
        return QStringLiteral("add-group");
    case Step::RemoveFromGroup:
        return QStringLiteral("remove-group");
    case Step::SetRisk:
        return QStringLiteral("risk");
    case Step::UniversalLogout:
        return QStringLiteral("universal-logout");
    case Step::RevokeFactors:
        return QStringLiteral("revoke-factors-since");
    case Step::ResetFactors:
        return QStringLiteral("reset-factors");
    case Step::ExpirePassword:
        return QStringLiteral("expire-password");
    }
    return {};
}

} // namespace cordon::core
