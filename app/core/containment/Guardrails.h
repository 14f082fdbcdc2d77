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

class AppSettings;

// Who Cordon must never act on, from settings.
struct GuardrailPolicy
{
    // Okta ids of resolved entries; the text of unresolved ones, compared case-insensitively with the
    // user's login, email, short login (the login before "@") and AD username.
    QStringList protectedAccounts;
    // Okta group ids, or names compared case-insensitively as Okta compares them.
    QStringList protectedGroups;
    // The profile attribute holding the AD username (AppSettings::adUsernameAttribute).
    QString adUsernameAttribute = QStringLiteral("samAccountName");

    static GuardrailPolicy fromSettings(const AppSettings& settings);
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
        GroupsIncomplete,
        ClaimedElsewhere, // another run, here or on another workstation, is acting on the user
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
    // False when Okta listed more of the user's groups than were read: no protected group can then be ruled out.
    bool groupsComplete = true;
};

// Whether a protected-account entry names the user: its Okta id, or (for text) the login, email, short login
// or AD username, case-insensitively.
bool protectedEntryNames(const QString& entry, const OktaUser& user, const QString& adUsernameAttribute);

// The first rule the run breaks, or nothing when every guardrail passes.
std::optional<Refusal> checkGuardrails(const GuardrailInput& input, const GuardrailPolicy& policy);

} // namespace cordon::core
