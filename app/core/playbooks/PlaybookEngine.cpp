#include "PlaybookEngine.h"

#include "UndoLedger.h"
#include "base/Logging.h"
#include "containment/ContainmentContext.h"
#include "feed/IncidentStore.h"
#include "store/IdentityLinkStore.h"
#include "store/Journal.h"

#include <QDateTime>
#include <QUuid>

namespace cordon::core
{

namespace
{

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<Candidate> candidatesFor(const QList<Candidate>& candidates, const QString& oktaUserId)
{
    QList<Candidate> chosen;
    for (const Candidate& candidate : candidates) {
        if (candidate.user.id == oktaUserId) {
            chosen << candidate;
        }
    }
    return chosen;
}

} // namespace

PlaybookEngine::PlaybookEngine(ContainmentContext* context, IdentityMatcher* matcher, QObject* parent)
    : QObject(parent), m_context(context), m_matcher(matcher)
{}

void PlaybookEngine::watch(IncidentStore* store)
{
    connect(store, &IncidentStore::incidentsAdded, this, &PlaybookEngine::handleIncidentsAdded);
    connect(store, &IncidentStore::incidentStateChanged, this, &PlaybookEngine::handleIncidentStateChanged);
}

std::optional<PendingApproval> PlaybookEngine::pendingApproval(const QString& pendingId) const
{
    const auto it = m_pending.constFind(pendingId);
    return it == m_pending.cend() ? std::nullopt : std::optional<PendingApproval>(*it);
}

QString PlaybookEngine::triggerKey(const QString& incidentId, const QString& playbookId, Playbook::Trigger trigger)
{
    return incidentId + QLatin1Char('\n') + playbookId + QLatin1Char('\n') + Playbook::triggerName(trigger);
}

bool PlaybookEngine::hasTriggered(const QString& incidentId, const QString& playbookId, Playbook::Trigger trigger) const
{
    return m_triggered.contains(triggerKey(incidentId, playbookId, trigger));
}

void PlaybookEngine::handleIncidentsAdded(const QList<Incident>& incidents)
{
    const QDateTime oldest = m_maxIdentifiedAgeSeconds > 0
                                 ? QDateTime::currentDateTimeUtc().addSecs(-m_maxIdentifiedAgeSeconds)
                                 : QDateTime();
    for (const Incident& incident : incidents) {
        if (incident.state != Incident::State::New && incident.state != Incident::State::InProgress) {
            continue;
        }
        if (oldest.isValid() && incident.detectedAt.isValid() && incident.detectedAt < oldest) {
            ++m_backlogSkipped;
            continue;
        }
        for (const Playbook& playbook : std::as_const(m_playbooks)) {
            if (playbook.enabled && playbook.trigger == Playbook::Trigger::ThreatIdentified &&
                playbook.matches(incident)) {
                trigger(playbook, incident);
            }
        }
    }
}

void PlaybookEngine::handleIncidentStateChanged(const Incident& incident, Incident::State previous)
{
    if (incident.state != Incident::State::Resolved || previous == Incident::State::Resolved) {
        return;
    }
    for (const Playbook& playbook : std::as_const(m_playbooks)) {
        if (playbook.enabled && playbook.trigger == Playbook::Trigger::ThreatRemediated && playbook.matches(incident)) {
            trigger(playbook, incident);
        }
    }
}

void PlaybookEngine::trigger(const Playbook& playbook, const Incident& incident)
{
    const QString key = triggerKey(incident.id, playbook.id, playbook.trigger);
    if (m_triggered.contains(key)) {
        return;
    }
    // SYSTEM, root, a machine or service account: no Okta user to act on, nothing to ask about.
    if (!incident.user.matchable()) {
        qCInfo(lcContainment) << "playbook" << playbook.id << "not run for" << incident.id
                              << "- the endpoint user is not matched to Okta:" << incident.user.reason;
        return;
    }
    m_triggered.insert(key);
    qCInfo(lcContainment) << "playbook" << playbook.id << "triggered by" << incident.id;

    if (m_links) {
        // The matcher asks for remembered decisions as the match starts, so this incident's are the ones read.
        m_matcher->setDecisionSource([links = m_links, source = incident.linkSource(),
                                      endpoint = incident.hostname](const EndpointIdentity& identity) {
            return RememberedDecisions::fromLinks(*links, source, identity.raw, endpoint);
        });
    }
    m_matcher->match(incident.user, this,
                     [this, playbook, incident](const MatchResult& result) { matched(playbook, incident, result); });
}

void PlaybookEngine::matched(const Playbook& playbook, const Incident& incident, const MatchResult& result)
{
    Run run;
    run.playbook = playbook;
    run.incident = incident;
    run.candidates = result.candidates;
    run.oktaUserId = result.autoApprove;

    // With the user known, a release that finds nothing of Cordon's to undo neither runs nor asks.
    if (playbook.releases() && !run.oktaUserId.isEmpty() && !actionsFor(run)) {
        return;
    }
    if (playbook.mode == Playbook::Mode::Ask) {
        ask(run, PendingApproval::Reason::PlaybookAsks, tr("the playbook asks before it runs"));
        return;
    }
    if (run.oktaUserId.isEmpty()) {
        QString why = tr("the endpoint user has no single exact Okta match");
        if (result.error.isError()) {
            why = tr("the Okta search failed: %1").arg(result.error.message());
        } else if (!result.note.isEmpty()) {
            why = result.note;
        }
        ask(run, PendingApproval::Reason::IdentityNotExact, why);
        return;
    }
    run.automatic = true;
    start(run);
}

std::optional<QList<ContainmentAction>> PlaybookEngine::actionsFor(const Run& run)
{
    const Playbook& playbook = run.playbook;
    auto actions = playbook.resolvedActions(m_restrictedGroup);
    if (!actions) {
        Q_EMIT playbookSkipped(run.incident.id, playbook.id, tr("no restricted group is set in settings"));
        return std::nullopt;
    }
    if (playbook.releases() && !run.releaseAnyway) {
        const Journal* journal = m_context->journal();
        const UndoLedger ledger(journal ? journal->doneForIncident(run.incident.id, run.oktaUserId)
                                        : QList<JournalEntry>());
        QList<ContainmentAction> notCordons;
        *actions = ledger.filter(*actions, {}, &notCordons);
        for (const ContainmentAction& action : std::as_const(notCordons)) {
            qCInfo(lcContainment) << "release leaves" << action.name() << "alone: Cordon did not do it for"
                                  << run.incident.id;
        }
        if (actions->isEmpty()) {
            Q_EMIT playbookSkipped(run.incident.id, playbook.id,
                                   tr("Cordon changed nothing for this user in this incident that the playbook would "
                                      "undo"));
            return std::nullopt;
        }
    }
    return actions;
}

void PlaybookEngine::start(const Run& run)
{
    const auto actions = actionsFor(run);
    if (!actions) {
        return;
    }
    ContainmentRequest request;
    request.user = run.oktaUserId;
    request.actions = *actions;
    request.incidentId = run.incident.id;
    request.runId = newId();
    request.adminConfirmed = run.adminConfirmed;
    // revoke-factors-since without a time removes what was enrolled since the endpoint saw the threat.
    request.detectedAt = run.incident.detectedAt;
    // A shared context answers look-ups it has cached at once, inside the runner's start, before the runner has
    // counted its other look-ups; a context of the run's own keeps every answer asynchronous.
    auto* context = new ContainmentContext(m_context->client(), m_context->journal(), m_context->audit(), this);
    context->setPolicy(m_context->policy());
    context->setForgetDevices(m_context->forgetDevices());
    auto* runner = new ContainmentRunner(context, request, context);
    connect(runner, &ContainmentRunner::finished, this, [this, context, runner, run](const ContainmentReport& report) {
        // One report per run, whatever the runner emits after it.
        disconnect(runner, &ContainmentRunner::finished, this, nullptr);
        context->deleteLater();
        finished(run, report);
    });
    runner->start();
}

void PlaybookEngine::finished(const Run& run, const ContainmentReport& report)
{
    if (run.automatic && report.status != ContainmentReport::Status::Completed) {
        // Nothing was sent: the analyst decides instead.
        PendingApproval::Reason reason = PendingApproval::Reason::Failed;
        if (report.status == ContainmentReport::Status::Refused && report.refusal) {
            reason = report.refusal->reason == Refusal::Reason::AdminNeedsConfirmation
                         ? PendingApproval::Reason::AdminUser
                         : PendingApproval::Reason::Guardrail;
        }
        Run waiting = run;
        waiting.automatic = false;
        ask(waiting, reason, report.message);
        return;
    }
    Q_EMIT playbookRan(run.incident.id, run.playbook.id, report);
    if (run.automatic) {
        const QString message = report.allSucceeded() ? tr("every action succeeded")
                                                      : tr("some actions failed; see the incident's results");
        notify(PlaybookNotification::Kind::PlaybookRan, run, message, report.allSucceeded());
    }
}

void PlaybookEngine::ask(const Run& run, PendingApproval::Reason reason, const QString& message)
{
    PendingApproval pending;
    pending.id = newId();
    pending.incident = run.incident;
    pending.playbook = run.playbook;
    pending.candidates = run.candidates;
    pending.suggestedUserId = run.oktaUserId;
    pending.reason = reason;
    pending.message = message;
    m_pending.insert(pending.id, pending);
    Q_EMIT approvalNeeded(pending);
    notify(PlaybookNotification::Kind::ApprovalNeeded, run, message, false, pending.id);
}

void PlaybookEngine::notify(
    PlaybookNotification::Kind kind, const Run& run, const QString& message, bool succeeded, const QString& pendingId)
{
    PlaybookNotification notification;
    notification.kind = kind;
    notification.id = newId();
    notification.incident = run.incident;
    notification.playbookId = run.playbook.id;
    notification.playbookName = run.playbook.name;
    // The user acted on or suggested; every candidate when the analyst has to choose.
    notification.candidates = run.oktaUserId.isEmpty() ? run.candidates : candidatesFor(run.candidates, run.oktaUserId);
    notification.pendingId = pendingId;
    notification.message = message;
    notification.succeeded = succeeded;
    Q_EMIT notified(notification);
}

bool PlaybookEngine::approve(const QString& pendingId,
                             const QString& oktaUserId,
                             bool adminConfirmed,
                             bool releaseAnyway)
{
    const auto it = m_pending.constFind(pendingId);
    if (it == m_pending.cend() || oktaUserId.isEmpty()) {
        return false;
    }
    const PendingApproval pending = *it;
    m_pending.erase(it);
    Q_EMIT approvalClosed(pendingId);

    Run run;
    run.playbook = pending.playbook;
    run.incident = pending.incident;
    run.oktaUserId = oktaUserId;
    run.candidates = candidatesFor(pending.candidates, oktaUserId);
    run.adminConfirmed = adminConfirmed;
    run.releaseAnyway = releaseAnyway;
    start(run);
    return true;
}

bool PlaybookEngine::dismiss(const QString& pendingId)
{
    if (!m_pending.remove(pendingId)) {
        return false;
    }
    Q_EMIT approvalClosed(pendingId);
    return true;
}

void PlaybookEngine::runManually(const Playbook& playbook,
                                 const Incident& incident,
                                 const QString& oktaUserId,
                                 bool adminConfirmed,
                                 bool releaseAnyway)
{
    Run run;
    run.playbook = playbook;
    run.incident = incident;
    run.oktaUserId = oktaUserId;
    run.adminConfirmed = adminConfirmed;
    run.releaseAnyway = releaseAnyway;
    start(run);
}

} // namespace cordon::core
