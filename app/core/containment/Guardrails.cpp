#include "Guardrails.h"

#include <QCoreApplication>

namespace cordon::core
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("Guardrails", text);
}

bool sameAccount(const QString& entry, const OktaUser& user)
{
    const QString wanted = entry.trimmed();
    return !wanted.isEmpty() && (wanted == user.id || wanted.compare(user.login, Qt::CaseInsensitive) == 0 ||
                                 wanted.compare(user.email, Qt::CaseInsensitive) == 0);
}

} // namespace

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
        if (sameAccount(entry, user)) {
            return Refusal{Refusal::Reason::ProtectedAccount,
                           tr("%1 is a protected account (settings: protected accounts)").arg(user.login)};
        }
    }
    for (const OktaGroup& group : input.targetGroups) {
        for (const QString& entry : policy.protectedGroups) {
            const QString wanted = entry.trimmed();
            if (!wanted.isEmpty() && (wanted == group.id || wanted == group.name)) {
                return Refusal{Refusal::Reason::ProtectedGroup,
                               tr("%1 is a member of the protected group '%2'").arg(user.login, group.name)};
            }
        }
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
