#pragma once

#include "okta/OktaScopes.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace cordon::core
{

// One step of containment or release, as named on the command line and in playbooks:
// clear-sessions, suspend, unsuspend, add-group:NAME_OR_ID, remove-group:NAME_OR_ID; and the credential actions
// (docs/okta.md §Credential calls): risk:HIGH|MEDIUM|LOW, universal-logout, revoke-factors-since[:TIME],
// reset-factors, expire-password.
struct ContainmentAction
{
    enum class Kind
    {
        ClearSessions,
        Suspend,
        Unsuspend,
        AddGroup,
        RemoveGroup,
        SetRisk,
        UniversalLogout,
        RevokeFactorsSince,
        ResetFactors,
        ExpirePassword,
    };

    ContainmentAction() = default;
    ContainmentAction(Kind actionKind, QString actionGroup = {}) : kind(actionKind), group(std::move(actionGroup)) {}

    Kind kind = Kind::ClearSessions;
    // For group actions: the group as given (an Okta id or an exact name) until it is resolved.
    QString group;
    // For SetRisk: HIGH, MEDIUM or LOW.
    QString riskLevel;
    // For RevokeFactorsSince: factors enrolled at or after it are removed. Invalid: the incident's detection time.
    QDateTime since;

    // now: what a TIME is checked against (one in the future is refused); the current time when invalid.
    static std::optional<ContainmentAction> parse(const QString& text, QString* error, const QDateTime& now = {});
    QString name() const;
    // Release actions undo containment; containment actions are refused by `release` and vice versa. Lowering
    // the risk to LOW is the release of a raised risk.
    bool isRelease() const
    {
        return kind == Kind::Unsuspend || kind == Kind::RemoveGroup ||
               (kind == Kind::SetRisk && riskLevel == QLatin1String("LOW"));
    }
    bool isGroupAction() const { return kind == Kind::AddGroup || kind == Kind::RemoveGroup; }
    // The credential actions: Okta cannot take them back, and one may not be sent twice without reading what the
    // first did, so they are never retried by themselves.
    bool isOneShot() const
    {
        return kind == Kind::SetRisk || kind == Kind::UniversalLogout || kind == Kind::RevokeFactorsSince ||
               kind == Kind::ResetFactors || kind == Kind::ExpirePassword;
    }
    // Whether a release has something to send to undo it.
    bool hasInverse() const;
    // The action that undoes this one, for the undo ledger: risk:LOW for a raised risk (Okta cannot set NONE).
    ContainmentAction inverse() const;
    // What the analyst confirms before a credential action: what it reaches beyond the user's Okta sign-in, and
    // what a release can and cannot give back. Empty for the other actions.
    QString blastRadius() const;

    friend bool operator==(const ContainmentAction&, const ContainmentAction&) = default;
};

// Okta group ids start with 00g and are 20 characters; anything else is taken as a name.
bool looksLikeOktaGroupId(const QString& text);

// The step whose scopes an action needs (OktaScopes).
OktaScopes::Step scopeStepOf(ContainmentAction::Kind kind);

// Okta takes a risk reason of at most 500 letters, digits, spaces, hyphens, commas and periods. Why reason is
// refused, or empty when Okta takes it.
QString riskReasonProblem(const QString& reason);
// A reason Okta takes, made from free text (an incident's id and title): other characters become spaces, runs of
// spaces one, and it is cut to Okta's length.
QString riskReasonFrom(const QString& text);
// The reason a risk action gives Okta when the analyst gives none: "Cordon incident ID", as Okta takes it.
QString defaultRiskReason(const QString& incidentId);
bool looksLikeOktaUserId(const QString& text);

} // namespace cordon::core
