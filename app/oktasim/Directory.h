#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace cordon::sim
{

// The org's state: users, groups, memberships, admin roles, API tokens and each user's sessions.
//
// It loads from a directory file (docs/simulator.md §Directory file) and keeps the file's objects as Okta returns them,
// without `_links`, which depend on the server's address and are added when answering. Besides the
// users, groups, groupMembers, adminRoles and tokens, a directory file may carry
// "sessions": {"00u…": {"sessions": N, "oauthTokens": M, "rememberedDevices": K}}, "clients", the OAuth 2.0
// service apps: [{"clientId", "jwks": [public JWKs with "kid"], "scopes": [granted], "dpopRequired", "roles"}],
// and "itp": true when the org has Identity Threat Protection. A user may carry "factors" (Okta's UserFactor
// fields) and "risk": {"level", "reason"}; both are kept apart from the user object, which Okta answers without them.
// Users and groups are kept in id order, which is also the order of every list and of its cursor.
class Directory
{
public:
    struct Sessions
    {
        int sessions = 0;
        int oauthTokens = 0;
        // Devices on which the user's factors are remembered, so that sign-in asks less there.
        int rememberedDevices = 0;
    };

    // An OAuth 2.0 service app: the keys it signs its client assertions with, the Okta API scopes it was granted,
    // whether its tokens must be DPoP-bound, and its admin roles, which decide what it may do as a user's do.
    struct Client
    {
        QString clientId;
        QJsonArray jwks;
        QStringList scopes;
        bool dpopRequired = true;
        QJsonArray roles;
    };

    // A user's risk object as set by an admin or a risk provider; a user without one is at NONE.
    struct Risk
    {
        QString level;
        QString reason;
    };

    bool load(const QJsonObject& json, QString* error);

    // Identity Threat Protection, licensed per org: user risk and global token revocation need it.
    bool itp() const { return m_itp; }
    void setItp(bool enabled) { m_itp = enabled; }

    std::optional<Risk> risk(const QString& userId) const;
    void setRisk(const QString& userId, const Risk& risk) { m_risks.insert(userId, risk); }

    // The user's enrolled factors in enrolment order, as stored (Okta's fields, without _links).
    QList<QJsonObject> factors(const QString& userId) const { return m_factors.value(userId); }
    void setFactors(const QString& userId, const QList<QJsonObject>& factors);
    // One factor from a directory file or a test, checked: a clear reason in error when it cannot be used.
    static std::optional<QJsonObject> parseFactor(const QJsonObject& json, QString* error);

    // A password expired while the user was suspended: unsuspending leaves them PASSWORD_EXPIRED.
    bool passwordExpiredWhileSuspended(const QString& userId) const { return m_expiredWhileSuspended.contains(userId); }
    void setPasswordExpiredWhileSuspended(const QString& userId, bool expired);

    // How many times the user's app sessions were ended by a global token revocation.
    int appSessionsRevoked(const QString& userId) const { return m_appSessionsRevoked.value(userId); }
    void countAppSessionsRevoked(const QString& userId) { ++m_appSessionsRevoked[userId]; }
    // The API tokens a user created: a global token revocation ends them too.
    int apiTokenCount(const QString& userId) const;
    void revokeApiTokensOf(const QString& userId);

    // One entry of "clients", checked: a clear reason in error when it cannot be used.
    static std::optional<Client> parseClient(const QJsonObject& json, QString* error);
    const QMap<QString, Client>& clients() const { return m_clients; }
    // Registers a client or replaces the one with its id.
    void setClient(const Client& client) { m_clients.insert(client.clientId, client); }

    const QMap<QString, QJsonObject>& users() const { return m_users; }
    const QMap<QString, QJsonObject>& groups() const { return m_groups; }

    // An id, a login (case-insensitive) or an unambiguous login short name, as Okta accepts in paths.
    QString findUserId(const QString& idOrLogin) const;
    bool hasGroup(const QString& id) const { return m_groups.contains(id); }

    // The admin a token acts as, or an empty string for an unknown token.
    QString tokenUser(const QString& token) const { return m_tokens.value(token); }
    QJsonArray roles(const QString& userId) const { return m_roles.value(userId); }

    Sessions sessions(const QString& userId) const { return m_sessions.value(userId); }
    void setSessions(const QString& userId, Sessions sessions) { m_sessions.insert(userId, sessions); }

    QStringList groupsOf(const QString& userId) const;
    QStringList membersOf(const QString& groupId) const;
    bool isMember(const QString& groupId, const QString& userId) const;
    void addMember(const QString& groupId, const QString& userId, const QString& now);
    void removeMember(const QString& groupId, const QString& userId, const QString& now);

    void setStatus(const QString& userId, const QString& status, qint64 nowEpochMs);

    // The users as a search index saw them at cutoffEpochMs: Okta's search is eventually consistent,
    // so a change made after the cutoff is not yet visible to it.
    QMap<QString, QJsonObject> usersAsOf(qint64 cutoffEpochMs) const;

    // Profile attributes beyond Okta's base user profile, declared by the org's schema.
    QStringList customAttributes() const;

private:
    QMap<QString, QJsonObject> m_users;
    QMap<QString, QJsonObject> m_groups;
    QMap<QString, QSet<QString>> m_members;
    QMap<QString, QJsonArray> m_roles;
    QMap<QString, QString> m_tokens;
    QMap<QString, Sessions> m_sessions;
    QMap<QString, Client> m_clients;
    bool m_itp = false;
    QMap<QString, Risk> m_risks;
    QMap<QString, QList<QJsonObject>> m_factors;
    QSet<QString> m_expiredWhileSuspended;
    QMap<QString, int> m_appSessionsRevoked;

    struct Change
    {
        qint64 atEpochMs = 0;
        QJsonObject before;
    };
    QMap<QString, QList<Change>> m_history; // per user, oldest first
};

// The attributes of Okta's base user profile (the spec's UserProfile), in the spec's order.
const QStringList& baseProfileAttributes();

} // namespace cordon::sim
