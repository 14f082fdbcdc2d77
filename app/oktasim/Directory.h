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
// "sessions": {"00u…": {"sessions": N, "oauthTokens": M, "rememberedDevices": K}} and "clients", the OAuth 2.0
// service apps: [{"clientId", "jwks": [public JWKs with "kid"], "scopes": [granted], "dpopRequired", "roles"}].
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

    bool load(const QJsonObject& json, QString* error);

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
