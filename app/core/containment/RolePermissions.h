#pragma once

#include "okta/OktaRole.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace cordon::core
{

// What a token's admin roles let Cordon do, from Okta's standard-role table (docs/okta.md §Admin roles).
struct RolePermissions
{
    bool clearSessions = false;
    bool suspend = false; // and unsuspend
    bool groupMembership = false;
    // Custom roles: what they allow depends on their permissions, which the roles list does not show.
    bool dependsOnCustomRole = false;
    // Broader than containment needs, or too narrow to contain: words for the analyst.
    QStringList warnings;

    static RolePermissions fromRoles(const QList<OktaRole>& roles);
    bool allowsAll() const { return clearSessions && suspend && groupMembership; }
    // {"clear-sessions": bool, "suspend": bool, "unsuspend": bool, "add-group": bool, "remove-group": bool}
    QJsonObject toJson() const;
};

} // namespace cordon::core
