#pragma once

#include "PendingApproval.h"
#include "Playbook.h"
#include "PlaybookNotification.h"
#include "containment/ContainmentRunner.h"
#include "feed/Incident.h"
#include "identity/IdentityMatcher.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace cordon::core
{

class ContainmentContext;
class IdentityLinkStore;
class IncidentStore;

// Runs playbooks when threats are identified (incidents newly added in state new or in_progress) and
// remediated (an incident's state changing to resolved), by hand, or after the analyst's approval.
//
// An automatic playbook runs by itself only when the endpoint identity has exactly one exact Okta
// candidate (MatchResult::autoApprove; a link an analyst confirmed counts) and every guardrail passes;
// a user with admin roles is never acted on without the analyst. Otherwise the run waits for approval.
// A release undoes only what Cordon did for that incident and user (the undo ledger of the journal),
// unless the analyst explicitly releases anyway.
//
// Each incident, playbook and trigger runs at most once per engine: the engine remembers what it
// triggered in memory. Across restarts the incident store does not report an incident as new or its
// state as changed again, and the journal keeps a release from undoing anything twice.
class PlaybookEngine : public QObject
{
    Q_OBJECT
public:
    // The context's journal is the undo ledger; without one, releases only run with releaseAnyway.
    PlaybookEngine(ContainmentContext* context, IdentityMatcher* matcher, QObject* parent = nullptr);

    void setPlaybooks(const QList<Playbook>& playbooks) { m_playbooks = playbooks; }
    const QList<Playbook>& playbooks() const { return m_playbooks; }
    // The restricted group of settings (AppSettings::restrictedGroupId(), else its name).
    void setRestrictedGroup(const QString& idOrName) { m_restrictedGroup = idOrName; }
    // Remembered identity links take part in matching (the store must outlive the engine). The engine then sets
    // the matcher's decision source for each incident it matches, so give it a matcher of its own.
    void setLinkStore(IdentityLinkStore* links) { m_links = links; }

    // Follows the store's new incidents and state changes.
    void watch(IncidentStore* store);
    // Incidents detected longer ago than this are a backlog, not a threat just identified: they trigger
    // no playbook when they arrive (an old feed loaded for the first time must not ask a thousand
    // questions or search Okta a thousand times). Zero, the default, takes every incident.
    void setMaxIdentifiedAgeSeconds(qint64 seconds) { m_maxIdentifiedAgeSeconds = seconds; }
    // Incidents the window left out since the engine started.
    int backlogSkipped() const { return m_backlogSkipped; }

    QList<PendingApproval> pendingApprovals() const { return m_pending.values(); }
    std::optional<PendingApproval> pendingApproval(const QString& pendingId) const;
    // Runs the waiting playbook on the Okta user the analyst chose. adminConfirmed is the second,
    // explicit confirmation for an administrator; releaseAnyway undoes what Cordon did not do too.
    // False when there is no such pending approval or no user.
    bool approve(const QString& pendingId,
                 const QString& oktaUserId,
                 bool adminConfirmed = false,
                 bool releaseAnyway = false);
    bool dismiss(const QString& pendingId);
    // The analyst runs a playbook on an incident's user now.
    void runManually(const Playbook& playbook,
                     const Incident& incident,
                     const QString& oktaUserId,
                     bool adminConfirmed = false,
                     bool releaseAnyway = false);

    bool hasTriggered(const QString& incidentId, const QString& playbookId, Playbook::Trigger trigger) const;

public Q_SLOTS:
    void handleIncidentsAdded(const QList<cordon::core::Incident>& incidents);
    void handleIncidentStateChanged(const cordon::core::Incident& incident, cordon::core::Incident::State previous);

Q_SIGNALS:
    void approvalNeeded(const cordon::core::PendingApproval& pending);
    // Approved or dismissed: no longer waiting.
    void approvalClosed(const QString& pendingId);
    void
    playbookRan(const QString& incidentId, const QString& playbookId, const cordon::core::ContainmentReport& report);
    // Nothing to run: a release finds nothing of Cordon's to undo, or no restricted group is set.
    void playbookSkipped(const QString& incidentId, const QString& playbookId, const QString& reason);
    // For the tray and the webhook: approval needed, or a playbook ran by itself.
    void notified(const cordon::core::PlaybookNotification& notification);

private:
    struct Run
    {
        Playbook playbook;
        Incident incident;
        QString oktaUserId;
        QList<Candidate> candidates;
        bool automatic = false;
        bool adminConfirmed = false;
        bool releaseAnyway = false;
    };

    void trigger(const Playbook& playbook, const Incident& incident);
    void matched(const Playbook& playbook, const Incident& incident, const MatchResult& result);
    // The actions to send: the restricted group filled in and, for a release, only what Cordon did (the
    // undo ledger) unless the analyst releases anyway. Nothing, with playbookSkipped, when none is left.
    std::optional<QList<ContainmentAction>> actionsFor(const Run& run);
    void start(const Run& run);
    void finished(const Run& run, const ContainmentReport& report);
    void ask(const Run& run, PendingApproval::Reason reason, const QString& message);
    void notify(PlaybookNotification::Kind kind,
                const Run& run,
                const QString& message,
                bool succeeded,
                const QString& pendingId = {});
    static QString triggerKey(const QString& incidentId, const QString& playbookId, Playbook::Trigger trigger);

    ContainmentContext* m_context;
    IdentityMatcher* m_matcher;
    IdentityLinkStore* m_links = nullptr;
    QList<Playbook> m_playbooks;
    QString m_restrictedGroup;
    qint64 m_maxIdentifiedAgeSeconds = 0;
    int m_backlogSkipped = 0;
    QSet<QString> m_triggered;
    QHash<QString, PendingApproval> m_pending;
};

} // namespace cordon::core
