#pragma once

#include <QString>

#include <optional>

namespace cordon::core
{

// One step of containment or release, as named on the command line and in playbooks:
// clear-sessions, suspend, unsuspend, add-group:NAME_OR_ID, remove-group:NAME_OR_ID.
struct ContainmentAction
{
    enum class Kind
    {
        ClearSessions,
        Suspend,
        Unsuspend,
        AddGroup,
        RemoveGroup,
    };

    Kind kind = Kind::ClearSessions;
    // For group actions: the group as given (an Okta id or an exact name) until it is resolved.
    QString group;

    static std::optional<ContainmentAction> parse(const QString& text, QString* error);
    QString name() const;
    // Release actions undo containment; containment actions are refused by `release` and vice versa.
    bool isRelease() const { return kind == Kind::Unsuspend || kind == Kind::RemoveGroup; }
    bool isGroupAction() const { return kind == Kind::AddGroup || kind == Kind::RemoveGroup; }
    // The action that undoes this one, for the undo ledger.
    ContainmentAction inverse() const;

    friend bool operator==(const ContainmentAction&, const ContainmentAction&) = default;
};

// Okta group ids start with 00g and are 20 characters; anything else is taken as a name.
bool looksLikeOktaGroupId(const QString& text);
bool looksLikeOktaUserId(const QString& text);

} // namespace cordon::core
