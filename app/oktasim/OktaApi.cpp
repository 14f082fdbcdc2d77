#include "oktasim/OktaApi.h"

#include "okta/OktaScopes.h"
#include "oktasim/SearchExpression.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cordon::sim
{

namespace
{

const QString kActive = QStringLiteral("ACTIVE");
const QString kSuspended = QStringLiteral("SUSPENDED");
const QString kDeprovisioned = QStringLiteral("DEPROVISIONED");
const QString kPasswordExpired = QStringLiteral("PASSWORD_EXPIRED");
const QString kSchemaId = QStringLiteral("oscsim0userschema001");

QString profileText(const QJsonObject& object, const QString& key)
{
    return object.value(QLatin1String("profile")).toObject().value(key).toString();
}

// `limit` as Okta reads it: a positive number, capped; anything else falls back to the default.
int readLimit(const QUrlQuery& query, int defaultLimit, int maxLimit)
{
    bool ok = false;
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0) {
        return defaultLimit;
    }
    return qMin(limit, maxLimit);
}

QString queryValue(const QUrlQuery& query, const QString& key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

ApiReply searchError(SearchExpression::Error error, const QString& text, bool isFilter)
{
    // Okta answers a malformed expression with E0000031; an unsupported filter with E0000094.
    if (isFilter && error == SearchExpression::Error::Unsupported) {
        return ApiReply::error(400, QStringLiteral("E0000094"), QStringLiteral("The provided filter is unsupported."),
                               {text});
    }
    return ApiReply::error(400, QStringLiteral("E0000031"), QStringLiteral("Invalid search criteria."), {text});
}

// The ids of the objects an expression selects, or Okta's answer to a bad expression.
std::optional<ApiReply> select(const QMap<QString, QJsonObject>& objects,
                               const QString& text,
                               const SearchExpression::Rules& rules,
                               bool isFilter,
                               QStringList* ids)
{
    SearchExpression expression;
    const SearchExpression::Error error = expression.parse(text, rules);
    if (error != SearchExpression::Error::None) {
        return searchError(error, expression.errorText(), isFilter);
    }
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        if (expression.matches(it.value())) {
            ids->append(it.key());
        }
    }
    return std::nullopt;
}

QString titleFor(const QString& attribute)
{
    QString title;
    for (const QChar c : attribute) {
        if (c.isUpper() && !title.isEmpty()) {
            title.append(QLatin1Char(' '));
        }
        title.append(title.isEmpty() ? c.toUpper() : c);
    }
    return title;
}

// ISO 8601 with milliseconds in UTC, as Okta writes timestamps.
QString oktaTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

OktaApi::OktaApi(Directory* directory) : m_directory(directory), m_oauth(directory) {}

QString OktaApi::scopeFor(const ApiRequest& request)
{
    const QByteArray method = request.method == QLatin1String("HEAD") ? QByteArray("GET") : request.method.toLatin1();
    const QString scope = core::OktaScopes::forRequest(method, request.path);
    if (!scope.isEmpty()) {
        return scope;
    }
    // Calls the simulator answers beyond Cordon's table, with the scope Okta's specs give each.
    if (request.path == QLatin1String("/oauth2/v1/global-token-revocation")) {
        return method == "POST" ? QStringLiteral("okta.universalLogout.manage") : QString();
    }
    if (!request.path.startsWith(QLatin1String("/api/v1/"))) {
        return {};
    }
    const QStringList& s = request.segments;
    const qsizetype n = s.size();
    if (method == "GET" && n == 3 && s[0] == QLatin1String("groups") && s[2] == QLatin1String("users")) {
        return QStringLiteral("okta.groups.read");
    }
    if (method == "GET" && request.path == QLatin1String("/api/v1/org")) {
        return QStringLiteral("okta.orgs.read");
    }
    if (n < 3 || s[0] != QLatin1String("users")) {
        return {};
    }
    if (n == 3 && s[2] == QLatin1String("risk")) {
        if (method == "GET") {
            return QStringLiteral("okta.userRisk.read");
        }
        return method == "PUT" ? QStringLiteral("okta.userRisk.manage") : QString();
    }
    if ((n == 3 || n == 4) && s[2] == QLatin1String("factors") && method == "GET") {
        return QStringLiteral("okta.users.read");
    }
    if (n == 4 && s[2] == QLatin1String("factors") && method == "DELETE") {
        return QStringLiteral("okta.users.manage");
    }
    if (n == 4 && s[2] == QLatin1String("lifecycle") && method == "POST" &&
        (s[3] == QLatin1String("expire_password") || s[3] == QLatin1String("reset_factors"))) {
        return QStringLiteral("okta.users.manage");
    }
    return {};
}

ApiReply OktaApi::handle(const ApiRequest& request)
{
    if (request.path == QLatin1String("/oauth2/v1/token")) {
        if (request.method != QLatin1String("POST")) {
            return ApiReply::error(405, QStringLiteral("E0000022"),
                                   QStringLiteral("The endpoint does not support the provided HTTP method"));
        }
        return m_oauth.token(request);
    }
    const QByteArray scheme("SSWS ");
    const QByteArray authorization = request.authorization.trimmed();
    m_adminId.clear();
    m_callerRoles = {};
    if (authorization.size() > scheme.size() &&
        authorization.left(scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0) {
        m_adminId = m_directory->tokenUser(QString::fromUtf8(authorization.mid(scheme.size()).trimmed()));
        if (m_adminId.isEmpty()) {
            return ApiReply::error(401, QStringLiteral("E0000011"), QStringLiteral("Invalid token provided"));
        }
        // A deactivated admin's tokens are deprovisioned with them (docs/okta.md §Authentication).
        if (m_directory->users().value(m_adminId).value(QLatin1String("status")).toString() == kDeprovisioned) {
            return ApiReply::error(401, QStringLiteral("E0000011"), QStringLiteral("Invalid token provided"));
        }
        m_callerRoles = m_directory->roles(m_adminId);
    } else if (authorization.startsWith("DPoP ") || authorization.startsWith("Bearer ")) {
        // A service app's access token: it must be sound, and carry the scope the call needs; then the app's
        // admin roles decide, as a user's do. A service app is no user, so "me" names nobody.
        const QString scope = scopeFor(request);
        auto outcome = m_oauth.authenticate(request, scope);
        if (const ApiReply* refused = std::get_if<ApiReply>(&outcome)) {
            return *refused;
        }
        const OAuthServer::Caller caller = std::get<OAuthServer::Caller>(outcome);
        if (!scope.isEmpty() && !caller.scopes.contains(scope)) {
            return m_oauth.insufficientScope(request, scope);
        }
        m_callerRoles = m_directory->clients().value(caller.clientId).roles;
    } else {
        return ApiReply::error(401, QStringLiteral("E0000011"), QStringLiteral("Invalid token provided"));
    }

    const QList<Route> routes = routesFor(request);
    if (routes.isEmpty()) {
        return ApiReply::error(404, QStringLiteral("E0000007"),
                               QStringLiteral("Not found: Resource not found: %1 (GenericResource)").arg(request.path));
    }
    // HEAD is GET without the body, which the server leaves out.
    const QString method = request.method == QLatin1String("HEAD") ? QStringLiteral("GET") : request.method;
    for (const Route& route : routes) {
        if (route.method != method) {
            continue;
        }
        if (route.permission && !permits(*route.permission)) {
            return ApiReply::error(403, QStringLiteral("E0000006"),
                                   QStringLiteral("You do not have permission to perform the requested action"));
        }
        return route.handler();
    }
    return ApiReply::error(405, QStringLiteral("E0000022"),
                           QStringLiteral("The endpoint does not support the provided HTTP method"));
}

QList<OktaApi::Route> OktaApi::routesFor(const ApiRequest& request)
{
    const QStringList& s = request.segments;
    const qsizetype n = s.size();
    const auto read = std::optional<Permission>(Permission::Read);
    if (request.path.startsWith(QLatin1String("/oauth2/v1/"))) {
        if (n == 3 && s[0] == QLatin1String("clients") && s[2] == QLatin1String("roles")) {
            const QString clientId = s[1];
            return {{QStringLiteral("GET"), read, [this, clientId] { return clientRoles(clientId); }}};
        }
        if (s == QStringList{QStringLiteral("global-token-revocation")}) {
            // Which admin roles may end a user's sessions everywhere is unverified; the lifecycle roles may.
            return {{QStringLiteral("POST"), Permission::Lifecycle,
                     [this, &request] { return globalTokenRevocation(request); }}};
        }
        return {};
    }
    if (n >= 1 && s[0] == QLatin1String("users")) {
        if (n == 1) {
            return {{QStringLiteral("GET"), read, [this, &request] { return listUsers(request); }}};
        }
        const QString user = s[1];
        // Any valid token may ask who it acts as; other users need an admin role that can view users.
        const auto readUser = user == QLatin1String("me") ? std::optional<Permission>() : read;
        if (n == 2) {
            return {{QStringLiteral("GET"), readUser, [this, user] { return getUser(user); }}};
        }
        if (n == 3 && s[2] == QLatin1String("groups")) {
            return {{QStringLiteral("GET"), readUser, [this, &request, user] { return userGroups(request, user); }}};
        }
        if (n == 3 && s[2] == QLatin1String("roles")) {
            return {{QStringLiteral("GET"), readUser, [this, user] { return userRoles(user); }}};
        }
        if (n == 3 && s[2] == QLatin1String("sessions")) {
            return {{QStringLiteral("DELETE"), Permission::ClearSessions,
                     [this, &request, user] { return clearSessions(request, user); }}};
        }
        if (n == 4 && s[2] == QLatin1String("lifecycle") &&
            (s[3] == QLatin1String("suspend") || s[3] == QLatin1String("unsuspend"))) {
            const QString operation = s[3];
            return {{QStringLiteral("POST"), Permission::Lifecycle,
                     [this, user, operation] { return lifecycle(user, operation); }}};
        }
        if (n == 4 && s[2] == QLatin1String("lifecycle") && s[3] == QLatin1String("expire_password")) {
            return {{QStringLiteral("POST"), Permission::Credentials, [this, user] { return expirePassword(user); }}};
        }
        if (n == 4 && s[2] == QLatin1String("lifecycle") && s[3] == QLatin1String("reset_factors")) {
            return {{QStringLiteral("POST"), Permission::Credentials, [this, user] { return resetFactors(user); }}};
        }
        if (n == 3 && s[2] == QLatin1String("factors")) {
            return {{QStringLiteral("GET"), readUser, [this, user] { return listFactors(user); }}};
        }
        if (n == 4 && s[2] == QLatin1String("factors")) {
            const QString factor = s[3];
            return {{QStringLiteral("GET"), readUser, [this, user, factor] { return getFactor(user, factor); }},
                    {QStringLiteral("DELETE"), Permission::Credentials,
                     [this, user, factor] { return deleteFactor(user, factor); }}};
        }
        if (n == 3 && s[2] == QLatin1String("risk")) {
            // Which admin roles may set a user's risk is unverified; the lifecycle roles may.
            return {{QStringLiteral("GET"), readUser, [this, user] { return getRisk(user); }},
                    {QStringLiteral("PUT"), Permission::Lifecycle,
                     [this, &request, user] { return putRisk(request, user); }}};
        }
        return {};
    }
    if (n >= 1 && s[0] == QLatin1String("groups")) {
        if (n == 1) {
            return {{QStringLiteral("GET"), read, [this, &request] { return listGroups(request); }}};
        }
        const QString group = s[1];
        if (n == 2) {
            return {{QStringLiteral("GET"), read, [this, group] { return getGroup(group); }}};
        }
        if (n == 3 && s[2] == QLatin1String("users")) {
            return {{QStringLiteral("GET"), read, [this, &request, group] { return groupMembers(request, group); }}};
        }
        if (n == 4 && s[2] == QLatin1String("users")) {
            const QString user = s[3];
            return {{QStringLiteral("PUT"), Permission::GroupMembership,
                     [this, group, user] { return changeMembership(QStringLiteral("PUT"), group, user); }},
                    {QStringLiteral("DELETE"), Permission::GroupMembership,
                     [this, group, user] { return changeMembership(QStringLiteral("DELETE"), group, user); }}};
        }
        return {};
    }
    if (s == QStringList{QStringLiteral("meta"), QStringLiteral("schemas"), QStringLiteral("user"),
                         QStringLiteral("default")}) {
        return {{QStringLiteral("GET"), read, [this] { return userSchema(); }}};
    }
    if (s == QStringList{QStringLiteral("org")}) {
        return {{QStringLiteral("GET"), read, [this] { return org(); }}};
    }
    return {};
}

bool OktaApi::permits(Permission permission) const
{
    // Standard roles per docs/okta.md §Admin roles (Okta's admin comparison table).
    static const QStringList viewers = {
        QStringLiteral("SUPER_ADMIN"),
        QStringLiteral("ORG_ADMIN"),
        QStringLiteral("USER_ADMIN"),
        QStringLiteral("APP_ADMIN"),
        QStringLiteral("READ_ONLY_ADMIN"),
        QStringLiteral("MOBILE_ADMIN"),
        QStringLiteral("HELP_DESK_ADMIN"),
        QStringLiteral("API_ACCESS_MANAGEMENT_ADMIN"),
        QStringLiteral("GROUP_MEMBERSHIP_ADMIN"),
        QStringLiteral("CUSTOM"),
    };
    static const QStringList lifecycle = {QStringLiteral("SUPER_ADMIN"), QStringLiteral("ORG_ADMIN"),
                                          QStringLiteral("USER_ADMIN")};
    static const QStringList sessions = lifecycle + QStringList{QStringLiteral("HELP_DESK_ADMIN")};
    static const QStringList membership = lifecycle + QStringList{QStringLiteral("GROUP_MEMBERSHIP_ADMIN")};
    const QStringList* allowed = &viewers;
    switch (permission) {
    case Permission::Read:
        allowed = &viewers;
        break;
    case Permission::Lifecycle:
        allowed = &lifecycle;
        break;
    case Permission::ClearSessions:
        allowed = &sessions;
        break;
    case Permission::GroupMembership:
        allowed = &membership;
        break;
    case Permission::Credentials:
        // "Password resets, MFA resets" go to the same roles as clearing sessions.
        allowed = &sessions;
        break;
    }
    return std::any_of(m_callerRoles.begin(), m_callerRoles.end(), [&](const QJsonValue& role) {
        return role.toObject().value(QLatin1String("status")).toString(kActive) == kActive &&
               allowed->contains(role.toObject().value(QLatin1String("type")).toString());
    });
}

QString OktaApi::href(const QString& path) const
{
    return m_baseUrl.toString(QUrl::StripTrailingSlash) + path;
}

QString OktaApi::resolveUser(const QString& idOrLogin) const
{
    if (idOrLogin == QLatin1String("me")) {
        return m_adminId;
    }
    return m_directory->findUserId(idOrLogin);
}

ApiReply OktaApi::userNotFound(const QString& idOrLogin)
{
    return ApiReply::error(404, QStringLiteral("E0000007"),
                           QStringLiteral("Not found: Resource not found: %1 (User)").arg(idOrLogin));
}

ApiReply OktaApi::factorNotFound(const QString& factorId)
{
    return ApiReply::error(404, QStringLiteral("E0000007"),
                           QStringLiteral("Not found: Resource not found: %1 (UserFactor)").arg(factorId));
}

ApiReply OktaApi::wrongStatus()
{
    return ApiReply::error(403, QStringLiteral("E0000038"),
                           QStringLiteral("This operation is not allowed in the user's current status."));
}

ApiReply OktaApi::itpUnlicensed()
{
    return ApiReply::error(403, QStringLiteral("E0000006"),
                           QStringLiteral("You do not have permission to perform the requested action"));
}

ApiReply OktaApi::groupNotFound(const QString& groupId)
{
    return ApiReply::error(404, QStringLiteral("E0000007"),
                           QStringLiteral("Not found: Resource not found: %1 (UserGroup)").arg(groupId));
}

QJsonObject OktaApi::renderUser(const QString& id, bool full) const
{
    QJsonObject user = m_directory->users().value(id);
    const QString self = QStringLiteral("/api/v1/users/") + id;
    QJsonObject links{{QStringLiteral("self"), QJsonObject{{QStringLiteral("href"), href(self)}}}};
    if (full) {
        // The lifecycle links Okta offers per status; like Okta's (docs/okta.md §Users), they are a hint,
        // not a promise: a PROVISIONED user is offered suspend, which still fails.
        static const QMap<QString, QStringList> operations = {
            {QStringLiteral("ACTIVE"),
             {QStringLiteral("suspend"), QStringLiteral("resetPassword"), QStringLiteral("expirePassword"),
              QStringLiteral("resetFactors"), QStringLiteral("deactivate")}},
            {QStringLiteral("SUSPENDED"), {QStringLiteral("unsuspend"), QStringLiteral("deactivate")}},
            {QStringLiteral("STAGED"), {QStringLiteral("activate"), QStringLiteral("deactivate")}},
            {QStringLiteral("PROVISIONED"),
             {QStringLiteral("suspend"), QStringLiteral("reactivate"), QStringLiteral("deactivate")}},
            {QStringLiteral("LOCKED_OUT"),
             {QStringLiteral("unlock"), QStringLiteral("resetPassword"), QStringLiteral("deactivate")}},
            {QStringLiteral("PASSWORD_EXPIRED"),
             {QStringLiteral("resetPassword"), QStringLiteral("expirePassword"), QStringLiteral("resetFactors"),
              QStringLiteral("deactivate")}},
            {QStringLiteral("RECOVERY"),
             {QStringLiteral("resetPassword"), QStringLiteral("expirePassword"), QStringLiteral("deactivate")}},
            {QStringLiteral("DEPROVISIONED"), {QStringLiteral("activate")}},
        };
        static const QMap<QString, QString> paths = {
            {QStringLiteral("resetPassword"), QStringLiteral("reset_password")},
            {QStringLiteral("expirePassword"), QStringLiteral("expire_password")},
            {QStringLiteral("resetFactors"), QStringLiteral("reset_factors")},
        };
        const bool enrolled = !m_directory->factors(id).isEmpty();
        for (const QString& operation : operations.value(user.value(QLatin1String("status")).toString())) {
            // "This link is present only if the user is currently enrolled in one or more MFA factors."
            if (operation == QLatin1String("resetFactors") && !enrolled) {
                continue;
            }
            links.insert(operation, QJsonObject{
                                        {QStringLiteral("href"), href(self + QStringLiteral("/lifecycle/") +
                                                                      paths.value(operation, operation))},
                                        {QStringLiteral("method"), QStringLiteral("POST")},
                                    });
        }
        links.insert(
            QStringLiteral("schema"),
            QJsonObject{{QStringLiteral("href"), href(QStringLiteral("/api/v1/meta/schemas/user/") + kSchemaId)}});
        links.insert(
            QStringLiteral("type"),
            QJsonObject{{QStringLiteral("href"),
                         href(QStringLiteral("/api/v1/meta/types/user/") +
                              user.value(QLatin1String("type")).toObject().value(QLatin1String("id")).toString())}});
    }
    user.insert(QStringLiteral("_links"), links);
    return user;
}

QJsonObject OktaApi::renderGroup(const QString& id, bool withStats) const
{
    QJsonObject group = m_directory->groups().value(id);
    const QString self = QStringLiteral("/api/v1/groups/") + id;
    QJsonObject links{
        {QStringLiteral("logo"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), QStringLiteral("medium")},
                         {QStringLiteral("href"), href(QStringLiteral("/assets/img/logos/groups/okta-medium.png"))},
                         {QStringLiteral("type"), QStringLiteral("image/png")}}}},
        {QStringLiteral("users"), QJsonObject{{QStringLiteral("href"), href(self + QStringLiteral("/users"))}}},
        {QStringLiteral("apps"), QJsonObject{{QStringLiteral("href"), href(self + QStringLiteral("/apps"))}}},
    };
    const QString source = group.value(QLatin1String("source")).toObject().value(QLatin1String("id")).toString();
    if (!source.isEmpty()) {
        links.insert(QStringLiteral("source"),
                     QJsonObject{{QStringLiteral("href"), href(QStringLiteral("/api/v1/apps/") + source)}});
    }
    group.insert(QStringLiteral("_links"), links);
    if (withStats) {
        group.insert(QStringLiteral("_embedded"),
                     QJsonObject{{QStringLiteral("stats"),
                                  QJsonObject{{QStringLiteral("usersCount"), int(m_directory->membersOf(id).size())},
                                              {QStringLiteral("appsCount"), 0},
                                              {QStringLiteral("groupPushMappingsCount"), 0},
                                              // The spec's own spelling.
                                              {QStringLiteral("hasAdminPrivlege"), false}}}});
    }
    return group;
}

ApiReply OktaApi::page(const ApiRequest& request,
                       const QStringList& ids,
                       int limit,
                       bool pageable,
                       const std::function<QJsonObject(const QString&)>& render) const
{
    // The cursor is the last id of the previous page. A list in id order goes on after it even when
    // that user is gone; a sorted list goes on after its position.
    const QString after = pageable ? queryValue(request.query, QStringLiteral("after")) : QString();
    const qsizetype position = after.isEmpty() ? -1 : ids.indexOf(after);
    QJsonArray items;
    QString last;
    bool more = false;
    for (qsizetype i = position + 1; i < ids.size(); ++i) {
        const QString& id = ids.at(i);
        if (position < 0 && !after.isEmpty() && id <= after) {
            continue;
        }
        if (items.size() == limit) {
            more = true;
            break;
        }
        items.append(render(id));
        last = id;
    }
    ApiReply reply = ApiReply::json(200, items);
    const auto link = [&](const QUrlQuery& query, const char* rel) {
        QUrl url(href(QStringLiteral("/api/v1/")) + request.segments.join(QLatin1Char('/')));
        url.setQuery(query);
        return QByteArray("<") + url.toEncoded() + ">; rel=\"" + rel + "\"";
    };
    reply.addHeader("Link", link(request.query, "self"));
    if (pageable && more) {
        QUrlQuery next = request.query;
        next.removeAllQueryItems(QStringLiteral("after"));
        next.removeAllQueryItems(QStringLiteral("limit"));
        next.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        next.addQueryItem(QStringLiteral("after"), last);
        reply.addHeader("Link", link(next, "next"));
    }
    return reply;
}

ApiReply OktaApi::listUsers(const ApiRequest& request)
{
    const QString search = queryValue(request.query, QStringLiteral("search"));
    const QString filter = queryValue(request.query, QStringLiteral("filter"));
    const QString q = queryValue(request.query, QStringLiteral("q"));
    const auto& users = m_directory->users();
    QStringList ids;
    bool pageable = true;
    int limit = readLimit(request.query, 200, 200);
    if (request.query.hasQueryItem(QStringLiteral("search")) || request.query.hasQueryItem(QStringLiteral("filter"))) {
        // Both include DEPROVISIONED users (docs/okta.md §User search); search takes precedence.
        const bool isFilter = !request.query.hasQueryItem(QStringLiteral("search"));
        const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - m_searchLagMs;
        const auto error =
            select(isFilter || m_searchLagMs == 0 ? users : m_directory->usersAsOf(cutoff), isFilter ? filter : search,
                   isFilter ? SearchExpression::userFilterRules()
                            : SearchExpression::userSearchRules(m_directory->customAttributes()),
                   isFilter, &ids);
        if (error) {
            return *error;
        }
        if (!isFilter && request.query.hasQueryItem(QStringLiteral("sortBy"))) {
            sortUsers(&ids, queryValue(request.query, QStringLiteral("sortBy")),
                      queryValue(request.query, QStringLiteral("sortOrder")).toLower() == QLatin1String("desc"));
        }
    } else if (request.query.hasQueryItem(QStringLiteral("q"))) {
        // q: startsWith on firstName, lastName or email, without DEPROVISIONED users, unpaged, 10 by default.
        pageable = false;
        limit = readLimit(request.query, 10, 200);
        const QString wanted = q.toCaseFolded();
        for (auto it = users.begin(); it != users.end(); ++it) {
            if (it.value().value(QLatin1String("status")).toString() == kDeprovisioned) {
                continue;
            }
            const QJsonObject& user = it.value();
            if (profileText(user, QStringLiteral("firstName")).toCaseFolded().startsWith(wanted) ||
                profileText(user, QStringLiteral("lastName")).toCaseFolded().startsWith(wanted) ||
                profileText(user, QStringLiteral("email")).toCaseFolded().startsWith(wanted)) {
                ids.append(it.key());
            }
        }
    } else {
        for (auto it = users.begin(); it != users.end(); ++it) {
            if (it.value().value(QLatin1String("status")).toString() != kDeprovisioned) {
                ids.append(it.key());
            }
        }
    }
    return page(request, ids, limit, pageable, [this](const QString& id) { return renderUser(id, false); });
}

void OktaApi::sortUsers(QStringList* ids, const QString& attribute, bool descending) const
{
    const auto key = [&](const QString& id) {
        QJsonValue value = m_directory->users().value(id);
        for (const QString& part : attribute.split(QLatin1Char('.'))) {
            value = value.toObject().value(part);
        }
        return value.toVariant().toString().toCaseFolded();
    };
    std::stable_sort(ids->begin(), ids->end(), [&](const QString& a, const QString& b) {
        const int order = key(a).compare(key(b));
        return descending ? order > 0 : order < 0;
    });
}

ApiReply OktaApi::getUser(const QString& idOrLogin)
{
    const QString id = resolveUser(idOrLogin);
    if (id.isEmpty()) {
        return userNotFound(idOrLogin);
    }
    ApiReply reply = ApiReply::json(200, renderUser(id, true));
    const QByteArray tag = QCryptographicHash::hash(reply.body, QCryptographicHash::Md5).toHex();
    reply.addHeader("ETag", "W/\"" + tag + "\"");
    return reply;
}

ApiReply OktaApi::userGroups(const ApiRequest& request, const QString& idOrLogin)
{
    const QString id = resolveUser(idOrLogin);
    if (id.isEmpty()) {
        return userNotFound(idOrLogin);
    }
    // Okta lists the Everyone group first (a recorded answer, docs/okta.md §Recorded answers).
    QStringList groups = m_directory->groupsOf(id);
    std::stable_partition(groups.begin(), groups.end(), [this](const QString& groupId) {
        return m_directory->groups().value(groupId).value(QLatin1String("type")).toString() ==
               QLatin1String("BUILT_IN");
    });
    // Okta pages a user's groups at 200, naming the next page in the Link header (a recorded answer's self link
    // carries limit=200).
    return page(request, groups, readLimit(request.query, 200, 200), true,
                [this](const QString& groupId) { return renderGroup(groupId, false); });
}

ApiReply OktaApi::userRoles(const QString& idOrLogin)
{
    const QString id = resolveUser(idOrLogin);
    if (id.isEmpty()) {
        return userNotFound(idOrLogin);
    }
    QJsonArray roles;
    for (const QJsonValue& value : m_directory->roles(id)) {
        QJsonObject role = value.toObject();
        role.insert(QStringLiteral("_links"),
                    QJsonObject{{QStringLiteral("assignee"),
                                 QJsonObject{{QStringLiteral("href"), href(QStringLiteral("/api/v1/users/") + id)}}}});
        roles.append(role);
    }
    return ApiReply::json(200, roles);
}

ApiReply OktaApi::clientRoles(const QString& clientId)
{
    if (!m_directory->clients().contains(clientId)) {
        return ApiReply::error(404, QStringLiteral("E0000007"),
                               QStringLiteral("Not found: Resource not found: %1 (AppInstance)").arg(clientId));
    }
    QJsonArray roles;
    for (const QJsonValue& value : m_directory->clients().value(clientId).roles) {
        QJsonObject role = value.toObject();
        role.insert(QStringLiteral("_links"),
                    QJsonObject{{QStringLiteral("assignee"),
                                 QJsonObject{{QStringLiteral("href"),
                                              href(QStringLiteral("/oauth2/v1/clients/") + clientId)}}}});
        roles.append(role);
    }
    return ApiReply::json(200, roles);
}

ApiReply OktaApi::clearSessions(const ApiRequest& request, const QString& idOrLogin)
{
    const QString id = resolveUser(idOrLogin);
    if (id.isEmpty()) {
        return userNotFound(idOrLogin);
    }
    // Okta's default keeps OAuth tokens alive; only oauthTokens=true revokes them. forgetDevices clears the
    // factors remembered on every device; its default depends on the engine (Okta's spec).
    Directory::Sessions sessions = m_directory->sessions(id);
    sessions.sessions = 0;
    if (queryValue(request.query, QStringLiteral("oauthTokens")).compare(QLatin1String("true"), Qt::CaseInsensitive) ==
        0) {
        sessions.oauthTokens = 0;
    }
    const QString forgetText = queryValue(request.query, QStringLiteral("forgetDevices"));
    const bool forget = forgetText.isEmpty() ? m_forgetDevicesByDefault
                                             : forgetText.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    if (forget) {
        sessions.rememberedDevices = 0;
    }
    m_directory->setSessions(id, sessions);
    ApiReply reply = ApiReply::empty(204);
    reply.effects.insert(QStringLiteral("forgetDevices"), forget);
    return reply;
}

ApiReply OktaApi::lifecycle(const QString& idOrLogin, const QString& operation)
{
    const QString id = resolveUser(idOrLogin);
    if (id.isEmpty()) {
        return userNotFound(idOrLogin);
    }
    const bool suspend = operation == QLatin1String("suspend");
    const QString from = suspend ? kActive : kSuspended;
    if (m_directory->users().value(id).value(QLatin1String("status")).toString() != from) {
        // 400 E0000001 is documented for both; the summary's wording is unverified (docs/okta.md §Lifecycle).
        const QString cause = suspend ? QStringLiteral("Cannot suspend a user that is not active")
                                      : QStringLiteral("Cannot unsuspend a user that is not suspended");
        return ApiReply::error(400, QStringLiteral("E0000001"), QStringLiteral("Api validation failed: ") + cause,
                               {cause});
    }
    // A password expired during the suspension still is once the user is back (the simulator's assumption,
    // docs/okta.md §Credential calls).
    const bool expired = !suspend && m_directory->passwordExpiredWhileSuspended(id);
    m_directory->setPasswordExpiredWhileSuspended(id, false);
    m_directory->setStatus(id, suspend ? kSuspended : (expired ? kPasswordExpired : kActive),
                           QDateTime::currentMSecsSinceEpoch());
    if (suspend) {
        // "When a user is suspended, their user sessions are also cleared" (docs/okta.md §Lifecycle).
        Directory::Sessions sessions = m_directory->sessions(id);
        sessions.sessions = 0;
        m_directory->setSessions(id, sessions);
    }
    return ApiReply::json(200, QJsonObject());
}

ApiReply OktaApi::expirePassword(const QString& idOrLogin)
{
    const QString id = resolveUser(idOrLogin);
    if (id.isEmpty()) {
        return userNotFound(idOrLogin);
    }
    const QString status = m_directory->users().value(id).value(QLatin1String("status")).toString();
    if (status == kSuspended) {
        // Okta's docs do not say; the simulator takes it and keeps the user suspended until unsuspended.
        m_directory->setPasswordExpiredWhileSuspended(id, true);
    } else if (status == kActive || status == QLatin1String("RECOVERY")) {
        m_directory->setStatus(id, kPasswordExpired, QDateTime::currentMSecsSinceEpoch());
    } else if (status != kPasswordExpired) {
        return wrongStatus();
    }
    return ApiReply::json(200, renderUser(id, true));
}

ApiReply OktaApi::resetFactors(const QString& idOrLogin)
{
    const QString id = resolveUser(idOrLogin);
    if (id.isEmpty()) {
        return userNotFound(idOrLogin);
    }
    // Okta offers the operation only to a user enrolled in a factor; what it answers otherwise is unverified.
    if (m_directory->users().value(id).value(QLatin1String("status")).toString() == kDeprovisioned ||
        m_directory->factors(id).isEmpty()) {
        return wrongStatus();
    }
    m_directory->setFactors(id, {});
    return ApiReply::empty(200);
}

QJsonObject OktaApi::renderFactor(const QString& userId, const QJsonObject& factor) const
{
    const QString user = QStringLiteral("/api/v1/users/") + userId;
    const auto link = [this](const QString& path, const QStringList& methods) {
        return QJsonObject{
            {QStringLiteral("href"), href(path)},
            {QStringLiteral("hints"), QJsonObject{{QStringLiteral("allow"), QJsonArray::fromStringList(methods)}}}};
    };
    QJsonObject rendered = factor;
    rendered.insert(QStringLiteral("_links"),
                    QJsonObject{{QStringLiteral("self"),
                                 link(user + QStringLiteral("/factors/") + factor.value(QLatin1String("id")).toString(),
                                      {QStringLiteral("GET"), QStringLiteral("DELETE")})},
                                {QStringLiteral("user"), link(user, {QStringLiteral("GET")})}});
    return rendered;
}

ApiReply OktaApi::listFactors(const QString& idOrLogin)
{
    const QString id = resolveUser(idOrLogin);
    if (id.isEmpty()) {
        return userNotFound(idOrLogin);
    }
    QJsonArray factors;
    for (const QJsonObject& factor : m_directory->factors(id)) {
        factors.append(renderFactor(id, factor));
    }
    return ApiReply::json(200, factors);
}

ApiReply OktaApi::getFactor(const QString& idOrLogin, const QString& factorId)
{
    const QString id = resolveUser(idOrLogin);
    if (id.isEmpty()) {
        return userNotFound(idOrLogin);
    }
    for (const QJsonObject& factor : m_directory->factors(id)) {
        if (factor.value(QLatin1String("id")).toString() == factorId) {
            return ApiReply::json(200, renderFactor(id, factor));
        }
    }
    return factorNotFound(factorId);
}

ApiReply OktaApi::deleteFactor(const QString& idOrLogin, const QString& factorId)
{
    const QString id = resolveUser(idOrLogin);
    if (id.isEmpty()) {
        return userNotFound(idOrLogin);
    }
    // "You can't unenroll a factor from a deactivated user"; the error Okta gives is unverified.
    if (m_directory->users().value(id).value(QLatin1String("status")).toString() == kDeprovisioned) {
        return wrongStatus();
    }
    QList<QJsonObject> factors = m_directory->factors(id);
    const auto found = std::find_if(factors.begin(), factors.end(), [&](const QJsonObject& factor) {
        return factor.value(QLatin1String("id")).toString() == factorId;
    });
    if (found == factors.end()) {
        return factorNotFound(factorId);
    }
    const QString type = found->value(QLatin1String("factorType")).toString();
    factors.erase(found);
    // Unenrolling Okta Verify's push or signed_nonce also unenrolls the user's other totp, signed_nonce and
    // Okta Verify push factors (Okta's spec).
    if (type == QLatin1String("push") || type == QLatin1String("signed_nonce")) {
        factors.removeIf([](const QJsonObject& factor) {
            const QString other = factor.value(QLatin1String("factorType")).toString();
            return factor.value(QLatin1String("provider")).toString() == QLatin1String("OKTA") &&
                   (other == QLatin1String("push") || other == QLatin1String("signed_nonce") ||
                    other == QLatin1String("token:software:totp"));
        });
    }
    m_directory->setFactors(id, factors);
    return ApiReply::empty(204);
}

QJsonObject OktaApi::renderRisk(const QString& id) const
{
    const std::optional<Directory::Risk> risk = m_directory->risk(id);
    const QString user = QStringLiteral("/api/v1/users/") + id;
    QJsonObject body{
        {QStringLiteral("riskLevel"), risk ? risk->level : QStringLiteral("NONE")},
        {QStringLiteral("_links"),
         QJsonObject{{QStringLiteral("self"),
                      QJsonObject{{QStringLiteral("href"), href(user + QStringLiteral("/risk"))},
                                  {QStringLiteral("hints"),
                                   QJsonObject{{QStringLiteral("allow"),
                                                QJsonArray{QStringLiteral("GET"), QStringLiteral("PUT")}}}}}},
                     {QStringLiteral("user"),
                      QJsonObject{{QStringLiteral("href"), href(user)},
                                  {QStringLiteral("hints"),
                                   QJsonObject{{QStringLiteral("allow"), QJsonArray{QStringLiteral("GET")}}}}}}}},
    };
    // A user at NONE has no reason.
    if (risk) {
        body.insert(QStringLiteral("reason"), risk->reason);
    }
    return body;
}

ApiReply OktaApi::getRisk(const QString& idOrLogin)
{
    if (!m_directory->itp()) {
        return itpUnlicensed();
    }
    const QString id = resolveUser(idOrLogin);
    if (id.isEmpty()) {
        return userNotFound(idOrLogin);
    }
    return ApiReply::json(200, renderRisk(id));
}

ApiReply OktaApi::putRisk(const ApiRequest& request, const QString& idOrLogin)
{
    if (!m_directory->itp()) {
        return itpUnlicensed();
    }
    const QString id = resolveUser(idOrLogin);
    if (id.isEmpty()) {
        return userNotFound(idOrLogin);
    }
    const auto invalid = [](const QString& cause) {
        return ApiReply::error(400, QStringLiteral("E0000001"), QStringLiteral("Api validation failed: ") + cause,
                               {cause});
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return invalid(QStringLiteral("The request body is not a JSON object"));
    }
    const QJsonObject body = document.object();
    // The request's enum: HIGH, MEDIUM or LOW; NONE cannot be set.
    static const QStringList levels = {QStringLiteral("HIGH"), QStringLiteral("MEDIUM"), QStringLiteral("LOW")};
    const QString level = body.value(QLatin1String("riskLevel")).toString();
    if (!levels.contains(level)) {
        return invalid(QStringLiteral("riskLevel: must be one of HIGH, MEDIUM or LOW"));
    }
    QString reason = QStringLiteral("override.by.admin");
    const QJsonValue given = body.value(QLatin1String("riskReason"));
    if (!given.isUndefined() && !given.isNull()) {
        // Letters, digits, white space, '-', ',' and '.', as the spec's pattern has them (ASCII only).
        static const QRegularExpression allowed(QStringLiteral("^[a-zA-Z0-9 \\t\\n\\x0B\\f\\r,.-]*$"));
        const QString text = given.toString();
        if (!given.isString() || text.size() > 500 || !allowed.match(text).hasMatch()) {
            return invalid(QStringLiteral("riskReason: at most 500 letters, digits, spaces, hyphens, commas and "
                                          "periods"));
        }
        if (!text.isEmpty()) {
            reason = text;
        }
    }
    const bool existed = m_directory->risk(id).has_value();
    m_directory->setRisk(id, {level, reason});
    return ApiReply::json(existed ? 200 : 201, renderRisk(id));
}

ApiReply OktaApi::globalTokenRevocation(const ApiRequest& request)
{
    if (!m_directory->itp()) {
        return itpUnlicensed();
    }
    // Okta's spec gives a 400 without a body for a request it cannot act on, and lists no 404: an unknown
    // user is answered as a bad request (unverified). iss_sub names users of external IdPs; this org has none.
    const QJsonObject subject =
        QJsonDocument::fromJson(request.body).object().value(QLatin1String("sub_id")).toObject();
    const QString userId = subject.value(QLatin1String("id")).toString();
    if (subject.value(QLatin1String("format")).toString() != QLatin1String("opaque") ||
        !m_directory->users().contains(userId)) {
        return ApiReply::empty(400);
    }
    m_directory->setSessions(userId, {});
    m_directory->countAppSessionsRevoked(userId);
    // The API also revokes the user's own API tokens.
    m_directory->revokeApiTokensOf(userId);
    return ApiReply::empty(204);
}

ApiReply OktaApi::listGroups(const ApiRequest& request)
{
    const auto& groups = m_directory->groups();
    QStringList ids;
    bool pageable = true;
    int limit = readLimit(request.query, 10000, 10000);
    if (request.query.hasQueryItem(QStringLiteral("search")) || request.query.hasQueryItem(QStringLiteral("filter"))) {
        const bool isFilter = !request.query.hasQueryItem(QStringLiteral("search"));
        const auto error = select(
            groups, queryValue(request.query, isFilter ? QStringLiteral("filter") : QStringLiteral("search")),
            isFilter ? SearchExpression::groupFilterRules() : SearchExpression::groupSearchRules(), isFilter, &ids);
        if (error) {
            return *error;
        }
    } else if (request.query.hasQueryItem(QStringLiteral("q"))) {
        // "You can't page a query. The default limit for a query is 300 results."
        pageable = false;
        limit = readLimit(request.query, 300, 10000);
        const QString wanted = queryValue(request.query, QStringLiteral("q")).toCaseFolded();
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            if (profileText(it.value(), QStringLiteral("name")).toCaseFolded().startsWith(wanted)) {
                ids.append(it.key());
            }
        }
    } else {
        ids = groups.keys();
    }
    const bool stats = queryValue(request.query, QStringLiteral("expand")) == QLatin1String("stats");
    return page(request, ids, limit, pageable, [this, stats](const QString& id) { return renderGroup(id, stats); });
}

ApiReply OktaApi::getGroup(const QString& groupId)
{
    if (!m_directory->hasGroup(groupId)) {
        return groupNotFound(groupId);
    }
    return ApiReply::json(200, renderGroup(groupId, false));
}

ApiReply OktaApi::groupMembers(const ApiRequest& request, const QString& groupId)
{
    if (!m_directory->hasGroup(groupId)) {
        return groupNotFound(groupId);
    }
    return page(request, m_directory->membersOf(groupId), readLimit(request.query, 1000, 10000), true,
                [this](const QString& id) { return renderUser(id, false); });
}

ApiReply OktaApi::changeMembership(const QString& method, const QString& groupId, const QString& userId)
{
    if (!m_directory->hasGroup(groupId)) {
        return groupNotFound(groupId);
    }
    if (!m_directory->users().contains(userId)) {
        return userNotFound(userId);
    }
    const QString type = m_directory->groups().value(groupId).value(QLatin1String("type")).toString();
    if (type != QLatin1String("OKTA_GROUP")) {
        // Only OKTA_GROUP memberships can change (Okta's spec); the error Okta gives for APP_GROUP and
        // BUILT_IN groups is unverified, so this answers with the generic validation failure.
        const QString cause = QStringLiteral("Cannot change the membership of a group of type %1").arg(type);
        return ApiReply::error(400, QStringLiteral("E0000001"), QStringLiteral("Api validation failed: ") + cause,
                               {cause});
    }
    if (method == QLatin1String("PUT")) {
        m_directory->addMember(groupId, userId, oktaTimestamp());
    } else {
        m_directory->removeMember(groupId, userId, oktaTimestamp());
    }
    return ApiReply::empty(204);
}

ApiReply OktaApi::userSchema() const
{
    const auto property = [](const QString& name, bool required) {
        QJsonObject p{
            {QStringLiteral("title"), titleFor(name)},
            {QStringLiteral("type"), QStringLiteral("string")},
            {QStringLiteral("mutability"), QStringLiteral("READ_WRITE")},
            {QStringLiteral("scope"), QStringLiteral("NONE")},
            {QStringLiteral("permissions"),
             QJsonArray{QJsonObject{{QStringLiteral("principal"), QStringLiteral("SELF")},
                                    {QStringLiteral("action"), QStringLiteral("READ_WRITE")}}}},
            {QStringLiteral("master"), QJsonObject{{QStringLiteral("type"), QStringLiteral("PROFILE_MASTER")}}},
        };
        if (required) {
            p.insert(QStringLiteral("required"), true);
        }
        return p;
    };
    const QStringList required = {QStringLiteral("login"), QStringLiteral("firstName"), QStringLiteral("lastName"),
                                  QStringLiteral("email")};
    QJsonObject baseProperties;
    for (const QString& name : baseProfileAttributes()) {
        baseProperties.insert(name, property(name, required.contains(name)));
    }
    QJsonObject customProperties;
    for (const QString& name : m_directory->customAttributes()) {
        customProperties.insert(name, property(name, false));
    }
    const QJsonObject schema{
        {QStringLiteral("id"), href(QStringLiteral("/meta/schemas/user/") + kSchemaId)},
        {QStringLiteral("$schema"), QStringLiteral("http://json-schema.org/draft-04/schema#")},
        {QStringLiteral("name"), QStringLiteral("user")},
        {QStringLiteral("title"), QStringLiteral("User")},
        {QStringLiteral("description"), QStringLiteral("Okta user profile template")},
        {QStringLiteral("created"), QStringLiteral("2024-11-04T08:00:00.000Z")},
        {QStringLiteral("lastUpdated"), QStringLiteral("2024-11-04T08:00:00.000Z")},
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("definitions"),
         QJsonObject{
             {QStringLiteral("custom"), QJsonObject{{QStringLiteral("id"), QStringLiteral("#custom")},
                                                    {QStringLiteral("type"), QStringLiteral("object")},
                                                    {QStringLiteral("properties"), customProperties},
                                                    {QStringLiteral("required"), QJsonArray()}}},
             {QStringLiteral("base"), QJsonObject{{QStringLiteral("id"), QStringLiteral("#base")},
                                                  {QStringLiteral("type"), QStringLiteral("object")},
                                                  {QStringLiteral("properties"), baseProperties},
                                                  {QStringLiteral("required"), QJsonArray::fromStringList(required)}}},
         }},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("profile"),
              QJsonObject{{QStringLiteral("allOf"),
                           QJsonArray{QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/definitions/custom")}},
                                      QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/definitions/base")}}}}}}}},
        {QStringLiteral("_links"),
         QJsonObject{
             {QStringLiteral("self"),
              QJsonObject{{QStringLiteral("href"), href(QStringLiteral("/api/v1/meta/schemas/user/default"))}}}}},
    };
    return ApiReply::json(200, schema);
}

ApiReply OktaApi::org() const
{
    return ApiReply::json(
        200, QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("00osim0demo0org00001")},
                 {QStringLiteral("subdomain"), QStringLiteral("example")},
                 {QStringLiteral("companyName"), QStringLiteral("Example Org")},
                 {QStringLiteral("status"), kActive},
                 {QStringLiteral("website"), QStringLiteral("https://example.com")},
                 {QStringLiteral("created"), QStringLiteral("2024-11-04T08:00:00.000Z")},
                 {QStringLiteral("lastUpdated"), QStringLiteral("2024-11-04T08:00:00.000Z")},
                 {QStringLiteral("_links"),
                  QJsonObject{{QStringLiteral("self"),
                               QJsonObject{{QStringLiteral("href"), href(QStringLiteral("/api/v1/org"))}}}}},
             });
}

} // namespace cordon::sim
