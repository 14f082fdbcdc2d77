#pragma once

#include "oktasim/ApiMessage.h"
#include "oktasim/Directory.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace cordon::sim
{

// The Okta Management API endpoints Cordon uses, answered from a Directory as Okta answers them
// (docs/okta.md and Okta's OpenAPI spec): SSWS auth, admin-role permissions, users, groups,
// memberships, lifecycle, sessions, roles, the user schema and the org. Transport concerns (rate
// limits, faults, latency) belong to OktaSimServer.
class OktaApi
{
public:
    explicit OktaApi(Directory* directory);

    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }
    // How long a change takes to reach `search` results; Okta's index is "typically" under a second behind.
    void setSearchLagMs(int ms) { m_searchLagMs = ms; }
    // What clearing sessions does to remembered devices when the call does not say (forgetDevices).
    void setForgetDevicesByDefault(bool forget) { m_forgetDevicesByDefault = forget; }
    ApiReply handle(const ApiRequest& request);

private:
    enum class Permission
    {
        Read,
        Lifecycle,
        ClearSessions,
        GroupMembership,
    };
    using Handler = std::function<ApiReply()>;
    struct Route
    {
        QString method;
        std::optional<Permission> permission; // none: any valid token, as for /users/me
        Handler handler;
    };

    QList<Route> routesFor(const ApiRequest& request);
    bool permits(const QString& adminId, Permission permission) const;

    ApiReply listUsers(const ApiRequest& request);
    // sortBy and sortOrder of a search: by an attribute's value, ties kept in id order.
    void sortUsers(QStringList* ids, const QString& attribute, bool descending) const;
    ApiReply getUser(const QString& idOrLogin);
    ApiReply userGroups(const ApiRequest& request, const QString& idOrLogin);
    ApiReply userRoles(const QString& idOrLogin);
    ApiReply clearSessions(const ApiRequest& request, const QString& idOrLogin);
    ApiReply lifecycle(const QString& idOrLogin, const QString& operation);
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

    Directory* m_directory;
    QUrl m_baseUrl;
    QString m_adminId; // the user the current request's token acts as
    int m_searchLagMs = 0;
    bool m_forgetDevicesByDefault = true;
};

} // namespace cordon::sim
