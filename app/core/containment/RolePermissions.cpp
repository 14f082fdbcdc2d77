#include "RolePermissions.h"

#include <QCoreApplication>

namespace cordon::core
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("RolePermissions", text);
}

} // namespace

RolePermissions RolePermissions::fromRoles(const QList<OktaRole>& roles)
{
    RolePermissions permissions;
    bool superAdmin = false;
    bool groupScoped = false;
    for (const OktaRole& role : roles) {
        const QString type = role.type;
        if (type == QLatin1String("SUPER_ADMIN") || type == QLatin1String("ORG_ADMIN")) {
            permissions.clearSessions = permissions.suspend = permissions.groupMembership = true;
            superAdmin = superAdmin || type == QLatin1String("SUPER_ADMIN");
        } else if (type == QLatin1String("USER_ADMIN")) {
            // Group Admin: lifecycle and sessions, and membership, for the groups it manages.
            permissions.clearSessions = permissions.suspend = permissions.groupMembership = true;
            groupScoped = true;
        } else if (type == QLatin1String("HELP_DESK_ADMIN")) {
            permissions.clearSessions = true;
            groupScoped = true;
        } else if (type == QLatin1String("GROUP_MEMBERSHIP_ADMIN")) {
            permissions.groupMembership = true;
            groupScoped = true;
        } else if (type == QLatin1String("CUSTOM")) {
            permissions.dependsOnCustomRole = true;
        }
    }
    if (superAdmin) {
        permissions.warnings << tr("The token acts as a Super Administrator: far more than containment needs. Use "
                                   "a dedicated service account with a custom role (okta.users.read, "
                                   "okta.users.lifecycle.suspend, okta.users.lifecycle.unsuspend, "
                                   "okta.users.lifecycle.clearSessions, okta.groups.members.manage) or Group "
                                   "Admin plus Group Membership Admin.");
    }
    if (groupScoped) {
        permissions.warnings << tr("The token's roles are limited to the groups they manage: users outside them "
                                   "cannot be contained, and groups that hold admin roles cannot be changed.");
    }
    if (roles.isEmpty()) {
        permissions.warnings << tr("The token's account holds no admin role: it can contain no one.");
    } else if (!permissions.allowsAll() && !permissions.dependsOnCustomRole) {
        QStringList missing;
        if (!permissions.clearSessions) {
            missing << tr("clear sessions");
        }
        if (!permissions.suspend) {
            missing << tr("suspend and unsuspend");
        }
        if (!permissions.groupMembership) {
            missing << tr("change group membership");
        }
        permissions.warnings << tr("The token's roles cannot: %1.").arg(missing.join(QStringLiteral(", ")));
    }
    if (permissions.dependsOnCustomRole) {
        permissions.warnings << tr("A custom role's permissions are not listed with the role; what it allows "
                                   "shows when an action runs.");
    }
    return permissions;
}

QJsonObject RolePermissions::toJson() const
{
    return {{QStringLiteral("clear-sessions"), clearSessions},
            {QStringLiteral("suspend"), suspend},
            {QStringLiteral("unsuspend"), suspend},
            {QStringLiteral("add-group"), groupMembership},
            {QStringLiteral("remove-group"), groupMembership}};
}

} // namespace cordon::core
