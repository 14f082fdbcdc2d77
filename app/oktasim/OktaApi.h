#pragma once

#include "oktasim/ApiMessage.h"
#include "oktasim/Directory.h"
#include "oktasim/OAuthServer.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace cordon::sim
{

// The Okta Management API endpoints Cordon uses, answered from a Directory as Okta answers them
// (docs/okta.md and Okta's OpenAPI spec): SSWS and OAuth 2.0 auth (OAuthServer: the token endpoint, DPoP
// and each call's scope), admin-role permissions, users, groups, memberships, lifecycle, sessions, roles
// of users and of service apps, the user schema and the org; and the credential calls: factors, expiring a
// password, user risk and global token revocation, the last two only in an org with Identity Threat Protection.
// Transport concerns (rate limits, faults, latency) belong to OktaSimServer.
class OktaApi
{
public:
    explicit OktaApi(Directory* directory);

    void setBaseUrl(const QUrl& url)
    {
        m_baseUrl = url;
        m_oauth.setBaseUrl(url);
    }
    OAuthServer& oauth() { return m_oauth; }
    // How long a change takes to reach `search` results; Okta's index is "typically" under a second behind.
    void setSearchLagMs(int ms) { m_searchLagMs = ms; }
    // What clearing sessions does to remembered devices when the call does not say (forgetDevices).
    void setForgetDevicesByDefault(bool forget) { m_forgetDevicesByDefault = forget; }
    ApiReply handle(const ApiRequest& request);
    // The scope an OAuth token needs for a call: Cordon's table, and Okta's spec for the few the
    // simulator also answers. Empty for a call that has no route.
    static QString scopeFor(const ApiRequest& request);

private:
    enum class Permission
    {
        Read,
        Lifecycle,
        ClearSessions,
        GroupMembership,
        // Password and MFA resets: expiring a password, removing factors.
        Credentials,
    };
    using Handler = std::function<ApiReply()>;
    struct Route
    {
        QString method;
        std::optional<Permission> permission; // none: any valid token, as for /users/me
        Handler handler;
    };

    QList<Route> routesFor(const ApiRequest& request);
    // Whether the caller's admin roles (a token user's, or a service app's) allow it.
    bool permits(Permission permission) const;

    ApiReply listUsers(const ApiRequest& request);
    // sortBy and sortOrder of a search: by an attribute's value, ties kept in id order.
    void sortUsers(QStringList* ids, const QString& attribute, bool descending) const;
    ApiReply getUser(const QString& idOrLogin);
    ApiReply userGroups(const ApiRequest& request, const QString& idOrLogin);
    ApiReply userRoles(const QString& idOrLogin);
    ApiReply clientRoles(const QString& clientId);
    ApiReply clearSessions(const ApiRequest& request, const QString& idOrLogin);
    ApiReply lifecycle(const QString& idOrLogin, const QString& operation);
    ApiReply expirePassword(const QString& idOrLogin);
    ApiReply resetFactors(const QString& idOrLogin);
    ApiReply listFactors(const QString& idOrLogin);
    ApiReply getFactor(const QString& idOrLogin, const QString& factorId);
    ApiReply deleteFactor(const QString& idOrLogin, const QString& factorId);
    ApiReply getRisk(const QString& idOrLogin);
    ApiReply putRisk(const ApiRequest& request, const QString& idOrLogin);
    ApiReply globalTokenRevocation(const ApiRequest& request);
    QJsonObject renderRisk(const QString& id) const;
    QJsonObject renderFactor(const QString& userId, const QJsonObject& factor) const;
    ApiReply listGroups(const ApiRequest& request);
    ApiReply getGroup(const QString& groupId);
    ApiReply groupMembers(const ApiRequest& request, const QString& groupId);
    ApiReply changeMembership(const QString& method, const QString& groupId, const QString& userId);
    ApiReply userSchema() const;
    ApiReply org() const;

    // A page of ids in id order after the `after` cursor, with Okta's Link headers.
    ApiReply page(const ApiRequest& request,
                  const QStringList& ids,
                  int limit,
                  bool pageable,
                  const std::function<QJsonObject(const QString&)>& render) const;

    QJsonObject renderUser(const QString& id, bool full) const;
    QJsonObject renderGroup(const QString& id, bool withStats) const;
    QString href(const QString& path) const;
    QString resolveUser(const QString& idOrLogin) const;
    static ApiReply userNotFound(const QString& idOrLogin);
    static ApiReply groupNotFound(const QString& groupId);
    static ApiReply factorNotFound(const QString& factorId);
    // Okta's 403 for a call the user's status does not allow.
    static ApiReply wrongStatus();
    // Okta's answer for an org without Identity Threat Protection (the code for this case is unverified).
    static ApiReply itpUnlicensed();

    Directory* m_directory;
    QUrl m_baseUrl;
    OAuthServer m_oauth;
    QString m_adminId;        // the user the current request's SSWS token acts as; empty for a service app
    QJsonArray m_callerRoles; // the admin roles of that user or of the service app
    int m_searchLagMs = 0;
    bool m_forgetDevicesByDefault = true;
};

} // namespace cordon::sim
