#include "oktasim/Directory.h"

#include "oauth/Jwk.h"

#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

namespace cordon::sim
{

namespace
{

const QStringList kStatuses = {
    QStringLiteral("ACTIVE"),           QStringLiteral("DEPROVISIONED"), QStringLiteral("LOCKED_OUT"),
    QStringLiteral("PASSWORD_EXPIRED"), QStringLiteral("PROVISIONED"),   QStringLiteral("RECOVERY"),
    QStringLiteral("STAGED"),           QStringLiteral("SUSPENDED"),
};

const QStringList kRiskLevels = {QStringLiteral("HIGH"), QStringLiteral("MEDIUM"), QStringLiteral("LOW"),
                                 QStringLiteral("NONE")};

// Okta's UserFactorType and UserFactorStatus enums.
const QStringList kFactorTypes = {
    QStringLiteral("call"),         QStringLiteral("email"),
    QStringLiteral("push"),         QStringLiteral("question"),
    QStringLiteral("signed_nonce"), QStringLiteral("sms"),
    QStringLiteral("token"),        QStringLiteral("token:hardware"),
    QStringLiteral("token:hotp"),   QStringLiteral("token:software:totp"),
    QStringLiteral("u2f"),          QStringLiteral("web"),
    QStringLiteral("webauthn"),
};
const QStringList kFactorStatuses = {
    QStringLiteral("ACTIVE"),
    QStringLiteral("DISABLED"),
    QStringLiteral("ENROLLED"),
    QStringLiteral("EXPIRED"),
    QStringLiteral("INACTIVE"),
    QStringLiteral("NOT_SETUP"),
    QStringLiteral("PENDING_ACTIVATION"),
};

const QStringList kGroupTypes = {QStringLiteral("OKTA_GROUP"), QStringLiteral("APP_GROUP"), QStringLiteral("BUILT_IN")};

bool fail(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return false;
}

} // namespace

const QStringList& baseProfileAttributes()
{
    static const QStringList attributes = {
        QStringLiteral("city"),
        QStringLiteral("costCenter"),
        QStringLiteral("countryCode"),
        QStringLiteral("department"),
        QStringLiteral("displayName"),
        QStringLiteral("division"),
        QStringLiteral("email"),
        QStringLiteral("employeeNumber"),
        QStringLiteral("firstName"),
        QStringLiteral("honorificPrefix"),
        QStringLiteral("honorificSuffix"),
        QStringLiteral("lastName"),
        QStringLiteral("locale"),
        QStringLiteral("login"),
        QStringLiteral("manager"),
        QStringLiteral("managerId"),
        QStringLiteral("middleName"),
        QStringLiteral("mobilePhone"),
        QStringLiteral("nickName"),
        QStringLiteral("organization"),
        QStringLiteral("postalAddress"),
        QStringLiteral("preferredLanguage"),
        QStringLiteral("primaryPhone"),
        QStringLiteral("profileUrl"),
        QStringLiteral("secondEmail"),
        QStringLiteral("state"),
        QStringLiteral("streetAddress"),
        QStringLiteral("timezone"),
        QStringLiteral("title"),
        QStringLiteral("userType"),
        QStringLiteral("zipCode"),
    };
    return attributes;
}

bool Directory::load(const QJsonObject& json, QString* error)
{
    const QJsonValue itp = json.value(QLatin1String("itp"));
    if (!itp.isUndefined() && !itp.isBool()) {
        return fail(error, QStringLiteral("\"itp\" is not true or false"));
    }
    QMap<QString, QJsonObject> users;
    QSet<QString> logins;
    QMap<QString, Risk> risks;
    QMap<QString, QList<QJsonObject>> factors;
    for (const QJsonValue& value : json.value(QLatin1String("users")).toArray()) {
        QJsonObject user = value.toObject();
        const QString id = user.value(QLatin1String("id")).toString();
        const QString login = user.value(QLatin1String("profile")).toObject().value(QLatin1String("login")).toString();
        if (id.isEmpty() || login.isEmpty()) {
            return fail(error, QStringLiteral("a user has no id or no profile.login"));
        }
        if (users.contains(id) || logins.contains(login.toCaseFolded())) {
            return fail(error, QStringLiteral("user %1 (%2) is listed twice").arg(id, login));
        }
        if (!kStatuses.contains(user.value(QLatin1String("status")).toString())) {
            return fail(error, QStringLiteral("user %1 has an unknown status").arg(id));
        }
        const QJsonValue risk = user.take(QLatin1String("risk"));
        if (!risk.isUndefined()) {
            const QString level = risk.toObject().value(QLatin1String("level")).toString();
            if (!kRiskLevels.contains(level)) {
                return fail(error, QStringLiteral("user %1's risk level is not HIGH, MEDIUM, LOW or NONE").arg(id));
            }
            // NONE is the absence of a risk object: Okta cannot set it.
            if (level != QLatin1String("NONE")) {
                risks.insert(
                    id, {level,
                         risk.toObject().value(QLatin1String("reason")).toString(QStringLiteral("override.by.admin"))});
            }
        }
        QSet<QString> factorIds;
        for (const QJsonValue& factorValue : user.take(QLatin1String("factors")).toArray()) {
            QString reason;
            const std::optional<QJsonObject> factor = parseFactor(factorValue.toObject(), &reason);
            if (!factor) {
                return fail(error, QStringLiteral("user %1: %2").arg(id, reason));
            }
            const QString factorId = factor->value(QLatin1String("id")).toString();
            if (factorIds.contains(factorId)) {
                return fail(error, QStringLiteral("user %1 lists factor %2 twice").arg(id, factorId));
            }
            factorIds.insert(factorId);
            factors[id].append(*factor);
        }
        users.insert(id, user);
        logins.insert(login.toCaseFolded());
    }

    QMap<QString, QJsonObject> groups;
    for (const QJsonValue& value : json.value(QLatin1String("groups")).toArray()) {
        const QJsonObject group = value.toObject();
        const QString id = group.value(QLatin1String("id")).toString();
        if (id.isEmpty() || groups.contains(id)) {
            return fail(error, QStringLiteral("a group has no id or is listed twice"));
        }
        if (!kGroupTypes.contains(group.value(QLatin1String("type")).toString())) {
            return fail(error, QStringLiteral("group %1 has an unknown type").arg(id));
        }
        groups.insert(id, group);
    }

    QMap<QString, QSet<QString>> members;
    const QJsonObject memberLists = json.value(QLatin1String("groupMembers")).toObject();
    for (auto it = memberLists.begin(); it != memberLists.end(); ++it) {
        if (!groups.contains(it.key())) {
            return fail(error, QStringLiteral("groupMembers names an unknown group %1").arg(it.key()));
        }
        for (const QJsonValue& member : it.value().toArray()) {
            if (!users.contains(member.toString())) {
                return fail(error,
                            QStringLiteral("group %1 lists an unknown user %2").arg(it.key(), member.toString()));
            }
            members[it.key()].insert(member.toString());
        }
    }

    QMap<QString, QJsonArray> roles;
    const QJsonObject roleLists = json.value(QLatin1String("adminRoles")).toObject();
    for (auto it = roleLists.begin(); it != roleLists.end(); ++it) {
        if (!users.contains(it.key())) {
            return fail(error, QStringLiteral("adminRoles names an unknown user %1").arg(it.key()));
        }
        roles.insert(it.key(), it.value().toArray());
    }

    QMap<QString, QString> tokens;
    const QJsonObject tokenMap = json.value(QLatin1String("tokens")).toObject();
    for (auto it = tokenMap.begin(); it != tokenMap.end(); ++it) {
        if (!users.contains(it.value().toString())) {
            return fail(error, QStringLiteral("a token acts as an unknown user %1").arg(it.value().toString()));
        }
        tokens.insert(it.key(), it.value().toString());
    }

    QMap<QString, Sessions> sessions;
    const QJsonObject sessionMap = json.value(QLatin1String("sessions")).toObject();
    for (auto it = sessionMap.begin(); it != sessionMap.end(); ++it) {
        if (!users.contains(it.key())) {
            return fail(error, QStringLiteral("sessions names an unknown user %1").arg(it.key()));
        }
        const QJsonObject counts = it.value().toObject();
        sessions.insert(it.key(), {counts.value(QLatin1String("sessions")).toInt(),
                                   counts.value(QLatin1String("oauthTokens")).toInt(),
                                   counts.value(QLatin1String("rememberedDevices")).toInt()});
    }

    QMap<QString, Client> clients;
    for (const QJsonValue& value : json.value(QLatin1String("clients")).toArray()) {
        QString reason;
        const std::optional<Client> client = parseClient(value.toObject(), &reason);
        if (!client) {
            return fail(error, reason);
        }
        if (clients.contains(client->clientId)) {
            return fail(error, QStringLiteral("client %1 is listed twice").arg(client->clientId));
        }
        clients.insert(client->clientId, *client);
    }

    m_users = std::move(users);
    m_groups = std::move(groups);
    m_members = std::move(members);
    m_roles = std::move(roles);
    m_tokens = std::move(tokens);
    m_sessions = std::move(sessions);
    m_clients = std::move(clients);
    m_itp = itp.toBool(false);
    m_risks = std::move(risks);
    m_factors = std::move(factors);
    m_expiredWhileSuspended.clear();
    m_appSessionsRevoked.clear();
    m_history.clear();
    return true;
}

std::optional<QJsonObject> Directory::parseFactor(const QJsonObject& json, QString* error)
{
    const auto refuse = [error](const QString& message) -> std::optional<QJsonObject> {
        fail(error, message);
        return std::nullopt;
    };
    const QString id = json.value(QLatin1String("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9]{1,40}$"));
    if (!idPattern.match(id).hasMatch()) {
        return refuse(QStringLiteral("a factor has no id, or one with characters other than letters and digits"));
    }
    if (!kFactorTypes.contains(json.value(QLatin1String("factorType")).toString())) {
        return refuse(QStringLiteral("factor %1 has an unknown factorType").arg(id));
    }
    const QString provider = json.value(QLatin1String("provider")).toString();
    if (provider.isEmpty()) {
        return refuse(QStringLiteral("factor %1 has no provider").arg(id));
    }
    if (!kFactorStatuses.contains(json.value(QLatin1String("status")).toString())) {
        return refuse(QStringLiteral("factor %1 has an unknown status").arg(id));
    }
    const QString created = json.value(QLatin1String("created")).toString();
    const QDateTime when = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (!when.isValid() || !created.endsWith(QLatin1Char('Z'))) {
        return refuse(QStringLiteral("factor %1's \"created\" is not a UTC timestamp such as "
                                     "2026-11-27T08:27:53.000Z")
                          .arg(id));
    }
    // The fields Okta answers that a directory file may leave out.
    QJsonObject factor = json;
    if (!factor.contains(QLatin1String("vendorName"))) {
        factor.insert(QStringLiteral("vendorName"), provider);
    }
    if (!factor.contains(QLatin1String("lastUpdated"))) {
        factor.insert(QStringLiteral("lastUpdated"), created);
    }
    if (!factor.value(QLatin1String("profile")).isObject()) {
        factor.insert(QStringLiteral("profile"), QJsonObject());
    }
    factor.remove(QStringLiteral("_links"));
    return factor;
}

std::optional<Directory::Risk> Directory::risk(const QString& userId) const
{
    if (!m_risks.contains(userId)) {
        return std::nullopt;
    }
    return m_risks.value(userId);
}

void Directory::setFactors(const QString& userId, const QList<QJsonObject>& factors)
{
    if (factors.isEmpty()) {
        m_factors.remove(userId);
    } else {
        m_factors.insert(userId, factors);
    }
}

void Directory::setPasswordExpiredWhileSuspended(const QString& userId, bool expired)
{
    if (expired) {
        m_expiredWhileSuspended.insert(userId);
    } else {
        m_expiredWhileSuspended.remove(userId);
    }
}

int Directory::apiTokenCount(const QString& userId) const
{
    return int(std::count(m_tokens.begin(), m_tokens.end(), userId));
}

void Directory::revokeApiTokensOf(const QString& userId)
{
    m_tokens.removeIf([&userId](QMap<QString, QString>::iterator it) { return it.value() == userId; });
}

std::optional<Directory::Client> Directory::parseClient(const QJsonObject& json, QString* error)
{
    const auto refuse = [error](const QString& message) -> std::optional<Client> {
        fail(error, message);
        return std::nullopt;
    };
    Client client;
    client.clientId = json.value(QLatin1String("clientId")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._-]{1,100}$"));
    if (!idPattern.match(client.clientId).hasMatch()) {
        return refuse(QStringLiteral("a client has no clientId, or one with characters other than letters, digits, "
                                     "'.', '_' and '-'"));
    }
    const QString name = client.clientId;
    // Okta takes up to 50 keys per app, each with its own kid.
    const QJsonArray jwks = json.value(QLatin1String("jwks")).toArray();
    if (jwks.isEmpty() || jwks.size() > 50) {
        return refuse(QStringLiteral("client %1 needs between 1 and 50 public keys in \"jwks\"").arg(name));
    }
    QSet<QString> keyIds;
    for (const QJsonValue& value : jwks) {
        const QJsonObject jwk = value.toObject();
        const QString kid = jwk.value(QLatin1String("kid")).toString();
        if (kid.isEmpty() || keyIds.contains(kid)) {
            return refuse(QStringLiteral("client %1 has a key without a kid, or two with one kid").arg(name));
        }
        if (core::Jwk::hasPrivateMembers(jwk)) {
            return refuse(
                QStringLiteral("client %1's key %2 holds private members: register public keys only").arg(name, kid));
        }
        if (core::Jwk::thumbprint(jwk).isEmpty()) {
            return refuse(QStringLiteral("client %1's key %2 is not an RSA or EC public key").arg(name, kid));
        }
        keyIds.insert(kid);
        client.jwks.append(jwk);
    }
    const QJsonValue scopes = json.value(QLatin1String("scopes"));
    if (!scopes.isArray()) {
        return refuse(QStringLiteral("client %1 has no \"scopes\" list").arg(name));
    }
    for (const QJsonValue& scope : scopes.toArray()) {
        const QString text = scope.toString();
        if (text.isEmpty() || text.contains(QLatin1Char(' '))) {
            return refuse(QStringLiteral("client %1 has a scope that is not one word").arg(name));
        }
        client.scopes.append(text);
    }
    const QJsonValue dpop = json.value(QLatin1String("dpopRequired"));
    if (!dpop.isUndefined() && !dpop.isBool()) {
        return refuse(QStringLiteral("client %1's \"dpopRequired\" is not true or false").arg(name));
    }
    // New service apps require DPoP unless switched off.
    client.dpopRequired = dpop.toBool(true);
    for (const QJsonValue& role : json.value(QLatin1String("roles")).toArray()) {
        if (role.toObject().value(QLatin1String("type")).toString().isEmpty()) {
            return refuse(QStringLiteral("client %1 has a role without a type").arg(name));
        }
        client.roles.append(role);
    }
    return client;
}

QString Directory::findUserId(const QString& idOrLogin) const
{
    if (m_users.contains(idOrLogin)) {
        return idOrLogin;
    }
    const QString wanted = idOrLogin.toCaseFolded();
    QStringList byShortName;
    for (auto it = m_users.begin(); it != m_users.end(); ++it) {
        const QString login = it.value()
                                  .value(QLatin1String("profile"))
                                  .toObject()
                                  .value(QLatin1String("login"))
                                  .toString()
                                  .toCaseFolded();
        if (login == wanted) {
            return it.key();
        }
        if (login.section(QLatin1Char('@'), 0, 0) == wanted) {
            byShortName.append(it.key());
        }
    }
    return byShortName.size() == 1 ? byShortName.first() : QString();
}

QStringList Directory::groupsOf(const QString& userId) const
{
    QStringList ids;
    for (auto it = m_members.begin(); it != m_members.end(); ++it) {
        if (it.value().contains(userId)) {
            ids.append(it.key());
        }
    }
    return ids;
}

QStringList Directory::membersOf(const QString& groupId) const
{
    QStringList ids(m_members.value(groupId).begin(), m_members.value(groupId).end());
    ids.sort();
    return ids;
}

bool Directory::isMember(const QString& groupId, const QString& userId) const
{
    return m_members.value(groupId).contains(userId);
}

void Directory::addMember(const QString& groupId, const QString& userId, const QString& now)
{
    if (!isMember(groupId, userId)) {
        m_members[groupId].insert(userId);
        m_groups[groupId].insert(QLatin1String("lastMembershipUpdated"), now);
    }
}

void Directory::removeMember(const QString& groupId, const QString& userId, const QString& now)
{
    if (isMember(groupId, userId)) {
        m_members[groupId].remove(userId);
        m_groups[groupId].insert(QLatin1String("lastMembershipUpdated"), now);
    }
}

void Directory::setStatus(const QString& userId, const QString& status, qint64 nowEpochMs)
{
    QJsonObject& user = m_users[userId];
    QList<Change>& history = m_history[userId];
    history.append({nowEpochMs, user});
    // A few changes back are enough for any search lag a test asks for.
    if (history.size() > 16) {
        history.removeFirst();
    }
    const QString now = QDateTime::fromMSecsSinceEpoch(nowEpochMs, Qt::UTC).toString(Qt::ISODateWithMs);
    user.insert(QLatin1String("status"), status);
    user.insert(QLatin1String("statusChanged"), now);
    user.insert(QLatin1String("lastUpdated"), now);
}

QMap<QString, QJsonObject> Directory::usersAsOf(qint64 cutoffEpochMs) const
{
    QMap<QString, QJsonObject> users = m_users;
    for (auto it = m_history.begin(); it != m_history.end(); ++it) {
        // The state before the oldest change made after the cutoff.
        for (const Change& change : it.value()) {
            if (change.atEpochMs > cutoffEpochMs) {
                users.insert(it.key(), change.before);
                break;
            }
        }
    }
    return users;
}

QStringList Directory::customAttributes() const
{
    QStringList custom;
    for (const QJsonObject& user : m_users) {
        const QJsonObject profile = user.value(QLatin1String("profile")).toObject();
        for (auto it = profile.begin(); it != profile.end(); ++it) {
            if (!baseProfileAttributes().contains(it.key()) && !custom.contains(it.key())) {
                custom.append(it.key());
            }
        }
    }
    custom.sort();
    return custom;
}

} // namespace cordon::sim
