#pragma once

#include "okta/OktaGroup.h"
#include "okta/OktaReply.h"
#include "okta/OktaRole.h"
#include "okta/OktaUser.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cordon::core
{

// Who Cordon must never act on, from settings.
struct GuardrailPolicy
{
    QStringList protectedAccounts; // Okta ids or logins
    QStringList protectedGroups;   // Okta group ids or exact names
};

// Why an action on a user was refused. Every refusal says why, in words and as a stable code.
struct Refusal
{
    enum class Reason
    {
        OwnUser,
        ProtectedAccount,
        ProtectedGroup,
        Deprovisioned,
        AdminNeedsConfirmation,
    };
    Reason reason;
    QString message;

    QString code() const;
};

struct GuardrailInput
{
    OktaUser target;
    QString actingUserId; // the user the API token acts as
    QList<OktaGroup> targetGroups;
    QList<OktaRole> targetRoles;
    bool adminConfirmed = false;
};

// The first rule the run breaks, or nothing when every guardrail passes.
std::optional<Refusal> checkGuardrails(const GuardrailInput& input, const GuardrailPolicy& policy);

} // namespace cordon::core
