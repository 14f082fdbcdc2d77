#include "UndoLedger.h"

namespace cordon::core
{

UndoLedger::UndoLedger(const QList<JournalEntry>& doneEntries)
{
    for (const JournalEntry& entry : doneEntries) {
        auto action = ContainmentAction::parse(entry.action, nullptr);
        if (!action || (!action->hasInverse() && !action->isRelease())) {
            continue; // cleared sessions, revoked tokens, removed factors and an expired password cannot be given back
        }
        const auto sameKindOfChange = [&](const Change& held) {
            // A user has one risk level: the last raise is the one a release lowers.
            return held.action == *action || (held.action.kind == ContainmentAction::Kind::SetRisk &&
                                              action->kind == ContainmentAction::Kind::SetRisk);
        };
        Change change{*action, action->isGroupAction() ? QStringList{action->group} : QStringList{}};
        if (action->isGroupAction() && !entry.groupId.isEmpty()) {
            change.action.group = entry.groupId;
        }
        if (!action->isRelease()) {
            // Made again after someone else undid it: one change, the later one.
            for (const Change& held : std::as_const(m_inForce)) {
                if (held.action == change.action) {
                    change.givenGroups = held.givenGroups + change.givenGroups;
                    change.givenGroups.removeDuplicates();
                }
            }
            m_inForce.removeIf(sameKindOfChange);
            m_inForce.append(change);
            continue;
        }
        // A release of the same incident undid an earlier change.
        const ContainmentAction undone = change.action.inverse();
        m_inForce.removeIf([&](const Change& held) {
            return held.action == undone || sameKindOfChange(held) ||
                   (undone.isGroupAction() && held.action.kind == undone.kind &&
                    held.givenGroups.contains(action->group));
        });
    }
}

bool UndoLedger::suspendedByCordon() const
{
    return std::any_of(m_inForce.begin(), m_inForce.end(),
                       [](const Change& change) { return change.action.kind == ContainmentAction::Kind::Suspend; });
}

QStringList UndoLedger::groupsAddedByCordon() const
{
    QStringList groups;
    for (const Change& change : m_inForce) {
        if (change.action.kind == ContainmentAction::Kind::AddGroup) {
            groups << change.action.group;
        }
    }
    return groups;
}

QList<ContainmentAction> UndoLedger::releaseActions() const
{
    QList<ContainmentAction> actions;
    for (auto it = m_inForce.crbegin(); it != m_inForce.crend(); ++it) {
        actions << it->action.inverse();
    }
    return actions;
}

bool UndoLedger::covers(const ContainmentAction& release, const QString& restrictedGroup) const
{
    if (!release.isRelease()) {
        return false;
    }
    const QString group = release.group.isEmpty() ? restrictedGroup : release.group;
    return std::any_of(m_inForce.begin(), m_inForce.end(), [&](const Change& change) {
        if (change.action.inverse().kind != release.kind) {
            return false;
        }
        return !release.isGroupAction() ||
               (!group.isEmpty() && (change.action.group == group || change.givenGroups.contains(group)));
    });
}

QList<ContainmentAction> UndoLedger::filter(const QList<ContainmentAction>& releases,
                                            const QString& restrictedGroup,
                                            QList<ContainmentAction>* notCordons) const
{
    QList<ContainmentAction> kept;
    for (const ContainmentAction& action : releases) {
        if (covers(action, restrictedGroup)) {
            kept << action;
        } else if (notCordons) {
            notCordons->append(action);
        }
    }
    return kept;
}

} // namespace cordon::core
