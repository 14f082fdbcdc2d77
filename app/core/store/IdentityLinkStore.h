#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cordon::core
{

class Clock;
class Database;

// An analyst's remembered decision about an endpoint identity: "AD_DOMAIN\joren on LAPTOP-7 is
// Okta user 00u…" (confirmed) or "… is not 00u…" (rejected).
struct IdentityLink
{
    enum class Decision
    {
        Confirmed,
        Rejected,
    };

    qint64 id = 0;
    QString source; // the feed source the identity came from
    QString rawIdentity;
    QString endpoint; // empty: the decision holds on any endpoint
    QString oktaUserId;
    QString oktaLogin;
    Decision decision = Decision::Confirmed;
    QString analyst;
    QString incidentId;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime revokedAt; // invalid while in force
    QString revokedBy;

    bool isActiveAt(const QDateTime& time) const { return !revokedAt.isValid() && expiresAt > time; }
};

// Remembered links between endpoint identities and Okta users. Identities and endpoints compare
// case-insensitively; expired and revoked links are kept for the record but never used.
class IdentityLinkStore
{
public:
    static constexpr int DefaultValidityDays = 90;

    explicit IdentityLinkStore(Database& database, Clock* clock = nullptr);

    // Records that the identity is this Okta user. It replaces the identity's earlier confirmed link
    // and a rejection of the same user. Returns the link's id, 0 on failure.
    qint64 confirm(const QString& source,
                   const QString& rawIdentity,
                   const QString& endpoint,
                   const QString& oktaUserId,
                   const QString& oktaLogin,
                   const QString& analyst,
                   const QString& incidentId,
                   int validityDays = DefaultValidityDays);
    // Records that the identity is not this Okta user; revokes a confirmed link to that user.
    qint64 reject(const QString& source,
                  const QString& rawIdentity,
                  const QString& endpoint,
                  const QString& oktaUserId,
                  const QString& oktaLogin,
                  const QString& analyst,
                  const QString& incidentId,
                  int validityDays = DefaultValidityDays);
    bool revoke(qint64 id, const QString& analyst = {});

    // The confirmed link in force for the identity: one made for this endpoint first, else one made
    // for any endpoint.
    std::optional<IdentityLink>
    lookup(const QString& source, const QString& rawIdentity, const QString& endpoint = {}) const;
    // The rejections in force for the identity on this endpoint (or on any endpoint).
    QList<IdentityLink> rejected(const QString& source, const QString& rawIdentity, const QString& endpoint = {}) const;
    // Every link ever recorded, newest first, with expired and revoked ones.
    QList<IdentityLink> all() const;

    static QString key(const QString& text);

private:
    qint64 record(IdentityLink::Decision decision,
                  const QString& source,
                  const QString& rawIdentity,
                  const QString& endpoint,
                  const QString& oktaUserId,
                  const QString& oktaLogin,
                  const QString& analyst,
                  const QString& incidentId,
                  int validityDays);
    QList<IdentityLink> active(IdentityLink::Decision decision,
                               const QString& source,
                               const QString& rawIdentity,
                               const QString& endpoint) const;

    Database& m_database;
    Clock* m_clock;
};

} // namespace cordon::core
