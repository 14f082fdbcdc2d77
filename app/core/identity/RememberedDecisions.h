#pragma once

#include <QSet>
#include <QString>

namespace cordon::core
{

class IdentityLinkStore;

// What analysts decided before about this identity.
struct RememberedDecisions
{
    QString confirmedUserId;
    QString confirmedBy;
    QString confirmedAt; // ISO 8601 in UTC, "2026-03-01T09:30:00Z"
    QSet<QString> rejectedUserIds;

    // The decisions in force in the identity links for an identity as a feed source reported it (see
    // Incident::linkSource()) on an endpoint: the confirmed link made for that endpoint or for any, and every
    // rejection. The one way the console and the playbooks recall them.
    static RememberedDecisions fromLinks(const IdentityLinkStore& links,
                                         const QString& source,
                                         const QString& rawIdentity,
                                         const QString& endpoint);

    friend bool operator==(const RememberedDecisions&, const RememberedDecisions&) = default;
};

} // namespace cordon::core
