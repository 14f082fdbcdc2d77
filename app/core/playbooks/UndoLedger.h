#pragma once

#include "containment/ContainmentAction.h"
#include "store/Journal.h"

#include <QList>
#include <QString>

namespace cordon::core
{

// What Cordon itself changed for one incident and user, from the journal (Journal::doneForIncident),
// and so what a release may undo: the one rule for the console's Release, release playbooks and their
// warnings. Changes already undone by a later release of the same incident cancel out; a suspension or
// membership that was there before Cordon acted ("already") is not Cordon's. A change Cordon made twice
// (someone else undid it in between) is one change, as recent as its last time. A group is named by its
// Okta id, which outlives a rename at Okta.
class UndoLedger
{
public:
    explicit UndoLedger(const QList<JournalEntry>& doneEntries);

    // Whether Cordon's suspension is still in force.
    bool suspendedByCordon() const;
    // The Okta ids of the groups Cordon added the user to and has not removed them from.
    QStringList groupsAddedByCordon() const;
    bool isEmpty() const { return m_inForce.isEmpty(); }
    // The release actions that reverse everything still in force, the last change first, each once.
    QList<ContainmentAction> releaseActions() const;

    // Whether a release action undoes a change of Cordon's. A group is compared by Okta id, or by the
    // name or id it was given when added; a restricted-group action (no group) is compared against
    // restrictedGroup.
    bool covers(const ContainmentAction& release, const QString& restrictedGroup = {}) const;
    // The actions that undo Cordon's changes; the others go to *notCordons.
    QList<ContainmentAction> filter(const QList<ContainmentAction>& releases,
                                    const QString& restrictedGroup = {},
                                    QList<ContainmentAction>* notCordons = nullptr) const;

private:
    struct Change
    {
        ContainmentAction action; // a group action carries the group's Okta id
        QStringList givenGroups;  // the group as the contain actions named it (a name or an id)
    };
    // Suspensions and memberships of Cordon's still in force, oldest first.
    QList<Change> m_inForce;
};

} // namespace cordon::core
