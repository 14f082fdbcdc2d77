#include "RememberedDecisions.h"

#include "store/IdentityLinkStore.h"

namespace cordon::core
{

RememberedDecisions RememberedDecisions::fromLinks(const IdentityLinkStore& links,
                                                   const QString& source,
                                                   const QString& rawIdentity,
                                                   const QString& endpoint)
{
    RememberedDecisions decisions;
    if (const auto link = links.lookup(source, rawIdentity, endpoint)) {
        decisions.confirmedUserId = link->oktaUserId;
        decisions.confirmedBy = link->analyst;
        decisions.confirmedAt = link->createdAt.toUTC().toString(Qt::ISODate);
    }
    for (const IdentityLink& rejected : links.rejected(source, rawIdentity, endpoint)) {
        decisions.rejectedUserIds.insert(rejected.oktaUserId);
    }
    return decisions;
}

} // namespace cordon::core
