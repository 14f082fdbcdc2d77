#include "Guardrails.h"

#include "ContainmentAction.h"
#include "store/AppSettings.h"

#include <QCoreApplication>

#include <algorithm>

namespace cordon::core
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("Guardrails", text);
}

bool sameGroup(const QString& entry, const OktaGroup& group)
{
    const QString wanted = entry.trimmed();
    return !wanted.isEmpty() && (wanted == group.id || wanted.compare(group.name, Qt::CaseInsensitive) == 0);
}

} // namespace

bool protectedEntryNames(const QString& entry, const OktaUser& user, const QString& adUsernameAttribute)
{
    const QString wanted = entry.trimmed();
    if (wanted.isEmpty()) {
        return false;
    }
    if (wanted == user.id) {
        return true;
    }
    if (looksLikeOktaUserId(wanted)) {
        return false;
    }
    // An unresolved entry: any name the analyst may have meant the user by protects it, and an AD username may
    // come with its domain (AD_DOMAIN\jdoe).
    QStringList names{user.login, user.email, user.profile.value(adUsernameAttribute).toString()};
    if (user.login.contains(QLatin1Char('@'))) {
        names << user.login.section(QLatin1Char('@'), 0, 0);
    }
    const QString withoutDomain = wanted.section(QLatin1Char('\\'), -1);
    return std::any_of(names.begin(), names.end(), [&](const QString& name) {
        return !name.isEmpty() && (name.compare(wanted, Qt::CaseInsensitive) == 0 ||
                                   name.compare(withoutDomain, Qt::CaseInsensitive) == 0);
    });
}

GuardrailPolicy GuardrailPolicy::fromSettings(const AppSettings& settings)
{
    return {settings.protectedAccounts(), settings.protectedGroups(), settings.adUsernameAttribute()};
}

QString Refusal::code() const
{
    switch (reason) {
    case Reason::OwnUser:
        return QStringLiteral("own-user");
    case Reason::ProtectedAccount:
        return QStringLiteral("protected-account");
    case Reason::ProtectedGroup:
        return QStringLiteral("protected-group");
    case Reason::Deprovisioned:
        return QStringLiteral("deprovisioned");
    case Reason::AdminNeedsConfirmation:
        return QStringLiteral("admin-needs-confirmation");
    case Reason::GroupsIncomplete:
        return QStringLiteral("groups-incomplete");
    case Reason::ClaimedElsewhere:
        return QStringLiteral("claimed");
    }
    return {};
}

std::optional<Refusal> checkGuardrails(const GuardrailInput& input, const GuardrailPolicy& policy)
{
    const OktaUser& user = input.target;
    if (!input.actingUserId.isEmpty() && user.id == input.actingUserId) {
        return Refusal{
            Refusal::Reason::OwnUser,
            tr("%1 is the account the API token acts as; Cordon never acts on its own account").arg(user.login)};
    }
    for (const QString& entry : policy.protectedAccounts) {
        if (protectedEntryNames(entry, user, policy.adUsernameAttribute)) {
            return Refusal{Refusal::Reason::ProtectedAccount,
                           tr("%1 is a protected account (settings: protected accounts)").arg(user.login)};
        }
    }
    for (const OktaGroup& group : input.targetGroups) {
        for (const QString& entry : policy.protectedGroups) {
            if (sameGroup(entry, group)) {
                return Refusal{Refusal::Reason::ProtectedGroup,
                               tr("%1 is a member of the protected group '%2'").arg(user.login, group.name)};
            }
        }
    }
    if (!input.groupsComplete) {
        // A protected group may be among those not read, and membership actions would judge from a partial list.
        return Refusal{Refusal::Reason::GroupsIncomplete,
                       tr("not all of %1's groups could be read at Okta (%2 read, more listed), so Cordon cannot tell "
                          "whether a protected group holds the user")
                           .arg(user.login)
                           .arg(input.targetGroups.size())};
    }
    if (user.status == QLatin1String("DEPROVISIONED")) {
        return Refusal{Refusal::Reason::Deprovisioned,
                       tr("%1 is already DEPROVISIONED at Okta: there is nothing left to contain").arg(user.login)};
    }
    if (!input.targetRoles.isEmpty() && !input.adminConfirmed) {
        QStringList roles;
        for (const OktaRole& role : input.targetRoles) {
            roles << (role.label.isEmpty() ? role.type : role.label);
        }
        return Refusal{Refusal::Reason::AdminNeedsConfirmation,
                       tr("%1 holds admin roles (%2): acting on an administrator needs a second, explicit "
                          "confirmation")
                           .arg(user.login, roles.join(QStringLiteral(", ")))};
    }
    return std::nullopt;
}

} // namespace cordon::core
