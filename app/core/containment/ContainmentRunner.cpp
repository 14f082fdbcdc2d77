#include "ContainmentRunner.h"

#include "ContainmentContext.h"
#include "base/Logging.h"
#include "okta/OktaClient.h"
#include "store/AuditLog.h"
#include "store/Claims.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLockFile>
#include <QSet>

namespace cordon::core
{

namespace
{

bool isMember(const QList<OktaGroup>& groups, const QString& groupId)
{
    return std::any_of(groups.begin(), groups.end(), [&](const OktaGroup& group) { return group.id == groupId; });
}

} // namespace

bool ContainmentReport::allSucceeded() const
{
    return status == Status::Completed && std::all_of(results.begin(), results.end(), [](const ActionResult& result) {
               return result.succeeded() || result.outcome == ActionResult::Outcome::Planned;
           });
}

int ContainmentReport::exitCode() const
{
    switch (status) {
    case Status::Refused:
        return 5;
    case Status::NotFound:
        return 4;
    case Status::LookupFailed:
        // Okta refused the token itself: a credentials problem, not a passing failure.
        return lookupError.httpStatus == 401 ? 3 : 1;
    case Status::Completed:
        break;
    }
    if (allSucceeded()) {
        return 0;
    }
    // Okta refused the token in the middle of the run (revoked or expired): the analyst needs a new token.
    if (std::any_of(results.begin(), results.end(), [](const ActionResult& result) {
            return result.outcome == ActionResult::Outcome::Failed && result.error.httpStatus == 401;
        })) {
        return 3;
    }
    // A group that does not exist, or whose name matches several groups, is the analyst's to correct.
    const bool onlyUnresolvedGroups = std::all_of(results.begin(), results.end(), [](const ActionResult& result) {
        return result.succeeded() || result.outcome == ActionResult::Outcome::Planned ||
               result.error.kind == OktaError::Kind::NotFound || result.error.kind == OktaError::Kind::Ambiguous;
    });
    return onlyUnresolvedGroups ? 4 : 1;
}
QJsonObject ContainmentReport::toJson() const
{
    QJsonObject userJson{{QStringLiteral("id"), user.id.isEmpty() ? QJsonValue() : QJsonValue(user.id)},
                         {QStringLiteral("login"), user.login.isEmpty() ? QJsonValue(requestedUser) : user.login},
                         {QStringLiteral("status"), user.status.isEmpty() ? QJsonValue() : QJsonValue(user.status)}};
    QJsonArray resultsJson;
    for (const ActionResult& result : results) {
        resultsJson.append(result.toJson());
    }
    QJsonObject json{{QStringLiteral("run"), runId.isEmpty() ? QJsonValue() : QJsonValue(runId)},
                     {QStringLiteral("user"), userJson},
                     {QStringLiteral("results"), resultsJson},
                     {QStringLiteral("audit"), QJsonArray::fromStringList(auditIds)}};
    if (refusal) {
        json.insert(QStringLiteral("refused"), QJsonObject{{QStringLiteral("reason"), refusal->code()},
                                                           {QStringLiteral("message"), refusal->message}});
    }
    if (status == Status::NotFound || status == Status::LookupFailed) {
        json.insert(QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("message"), message},
                                {QStringLiteral("errorCode"),
                                 lookupError.errorCode.isEmpty() ? QJsonValue() : QJsonValue(lookupError.errorCode)},
                                {QStringLiteral("requestId"),
                                 lookupError.requestId.isEmpty() ? QJsonValue() : QJsonValue(lookupError.requestId)}});
    }
    return json;
}

ContainmentRunner::ContainmentRunner(ContainmentContext* context, ContainmentRequest request, QObject* parent)
    : QObject(parent), m_context(context), m_request(std::move(request))
{
    m_report.requestedUser = m_request.user;
    m_report.runId = m_request.runId;
    // Okta suspends only an ACTIVE user, and expiring the password makes them PASSWORD_EXPIRED: in a plan with a
    // lifecycle change, expire-password goes after it (docs/okta.md §Credential calls).
    const bool lifecycle = std::any_of(m_request.actions.begin(), m_request.actions.end(), [](const auto& action) {
        return action.kind == ContainmentAction::Kind::Suspend || action.kind == ContainmentAction::Kind::Unsuspend;
    });
    if (lifecycle) {
        std::stable_partition(m_request.actions.begin(), m_request.actions.end(), [](const ContainmentAction& action) {
            return action.kind != ContainmentAction::Kind::ExpirePassword;
        });
    }
    for (const ContainmentAction& action : std::as_const(m_request.actions)) {
        ActionResult result;
        result.action = action;
        m_report.results.append(result);
    }
}

ContainmentRunner::~ContainmentRunner() = default;

void ContainmentRunner::start()
{
    m_timer.start();
    if (Journal* journal = m_request.dryRun ? nullptr : m_context->journal()) {
        m_journalMark = Claims(journal->database()).journalMark();
    }
    lookUp();
}

bool ContainmentRunner::usePreflight()
{
    const std::optional<ContainmentPreflight>& known = m_request.preflight;
    // On a database other analysts share, what was read when the user was shown may be out of date by another
    // analyst's run: the run reads it again, after noting the journal's head (start), so that a change made in
    // between is either read or found by claimUser.
    const Journal* journal = m_request.dryRun ? nullptr : m_context->journal();
    if (journal && journal->database().isShared()) {
        return false;
    }
    if (!known || known->user.id.isEmpty() ||
        (m_request.user != known->user.id && m_request.user.compare(known->user.login, Qt::CaseInsensitive) != 0)) {
        return false;
    }
    m_report.user = known->user;
    m_actingUserId = known->actingUserId;
    m_userGroups = known->userGroups;
    m_userRoles = known->userRoles;
    m_userGroupsComplete = known->userGroupsComplete;
    m_groups = known->groups;
    m_preflightReadAtMs = known->readAtMs;
    // Only groups the preflight did not resolve are still asked for; the factors and risk level are read afresh.
    m_lookupsPending = 1;
    lookUpGroups();
    lookUpCredentials(known->user.id);
    // Settled on the next turn of the event loop, as a run that reads is: the caller is connected by then.
    QMetaObject::invokeMethod(
        this, [this] { lookupDone(); }, Qt::QueuedConnection);
    return true;
}

void ContainmentRunner::lookUp()
{
    if (usePreflight()) {
        return;
    }
    OktaClient* client = m_context->client();
    // Every look-up the guardrails need goes out at once: one round trip when the user's id is known.
    // One count holds the run until all are issued, since a look-up the context has cached answers at once.
    m_lookupsPending = 2;
    m_context->actingUser(this, [this](const OktaReply& reply, const OktaUser& me) {
        if (!reply.ok()) {
            failLookup(ContainmentReport::Status::LookupFailed, reply,
                       tr("could not tell which account the API token acts as: %1").arg(reply.error.message()));
            return;
        }
        m_actingUserId = me.id;
        lookupDone();
    });

    auto lookUpMemberships = [this, client](const QString& userId) {
        lookUpCredentials(userId);
        m_lookupsPending += 2;
        client->userRoles(userId, this, [this](const OktaReply& reply, const QList<OktaRole>& roles) {
            if (!reply.ok()) {
                failLookup(ContainmentReport::Status::LookupFailed, reply,
                           tr("could not read the user's admin roles, so the admin guardrail cannot be checked: %1")
                               .arg(reply.error.message()));
                return;
            }
            m_userRoles = roles;
            lookupDone();
        });
        client->userGroups(userId, this, [this](const OktaReply& reply, const QList<OktaGroup>& groups) {
            // More groups than are read is the guardrails' to refuse; a page that failed is a failed look-up.
            if (!reply.ok() && !reply.morePages) {
                failLookup(ContainmentReport::Status::LookupFailed, reply,
                           tr("could not read all of the user's groups, so the protected-group guardrail cannot be "
                              "checked: %1")
                               .arg(reply.error.message()));
                return;
            }
            m_userGroups = groups;
            m_userGroupsComplete = reply.ok();
            lookupDone();
        });
    };

    const bool knownId = looksLikeOktaUserId(m_request.user);
    ++m_lookupsPending;
    client->getUser(
        m_request.user, this, [this, knownId, lookUpMemberships](const OktaReply& reply, const OktaUser& user) {
            if (!reply.ok()) {
                const bool notFound = reply.httpStatus == 404 || reply.error.kind == OktaError::Kind::NotFound;
                failLookup(
                    notFound ? ContainmentReport::Status::NotFound : ContainmentReport::Status::LookupFailed, reply,
                    notFound ? tr("no Okta user '%1'").arg(m_request.user)
                             : tr("could not read Okta user '%1': %2").arg(m_request.user, reply.error.message()));
                return;
            }
            m_report.user = user;
            if (!knownId) {
                lookUpMemberships(user.id);
            }
            lookupDone();
        });
    if (knownId) {
        lookUpMemberships(m_request.user);
    }

    lookUpGroups();
    lookupDone();
}

void ContainmentRunner::lookUpGroups()
{
    QSet<QString> asked;
    for (const ContainmentAction& action : std::as_const(m_request.actions)) {
        const QString& ref = action.group;
        if (!action.isGroupAction() || m_groups.contains(ref) || asked.contains(ref)) {
            continue;
        }
        asked.insert(ref);
        ++m_lookupsPending;
        m_context->group(ref, this, [this, ref](const OktaReply& reply, const OktaGroup& group) {
            if (reply.ok()) {
                m_groups.insert(ref, group);
            } else {
                // A group that cannot be found fails its own actions, not the whole run.
                m_groupErrors.insert(ref, reply.error);
            }
            lookupDone();
        });
    }
}

void ContainmentRunner::failLookup(ContainmentReport::Status status, const OktaReply& reply, const QString& message)
{
    if (m_failed || m_finished) {
        return;
    }
    m_failed = true;
    m_report.status = status;
    m_report.lookupError = reply.error;
    m_report.message = message;
    for (ActionResult& result : m_report.results) {
        result.outcome = ActionResult::Outcome::Skipped;
        result.detail = message;
    }
    // Nothing was sent, but the attempt is part of the incident's story: each action is audited as skipped,
    // with the failed look-up's code and request id.
    if (status == ContainmentReport::Status::LookupFailed && !m_request.dryRun) {
        for (int index = 0; index < m_report.results.size(); ++index) {
            ActionResult& result = m_report.results[index];
            result.error = reply.error;
            result.httpStatus = reply.httpStatus;
            result.requestId = reply.error.requestId;
            audit(index);
        }
    }
    maybeFinish();
}

void ContainmentRunner::lookupDone()
{
    if (m_failed || m_finished || --m_lookupsPending > 0) {
        return;
    }
    ContainmentPreflight found;
    found.user = m_report.user;
    found.actingUserId = m_actingUserId;
    found.userGroups = m_userGroups;
    found.userRoles = m_userRoles;
    found.userGroupsComplete = m_userGroupsComplete;
    found.groups = m_groups; // only groups found: one that failed is in m_groupErrors instead
    found.readAtMs = m_preflightReadAtMs > 0 ? m_preflightReadAtMs : QDateTime::currentMSecsSinceEpoch();
    m_report.preflight = found;
    GuardrailInput input{m_report.user, m_actingUserId, m_userGroups, m_userRoles, m_request.adminConfirmed};
    input.groupsComplete = m_userGroupsComplete;
    std::optional<Refusal> refusal = checkGuardrails(input, m_context->policy());
    if (!refusal) {
        refusal = claimUser();
    }
    if (refusal) {
        m_report.status = ContainmentReport::Status::Refused;
        m_report.refusal = refusal;
        m_report.message = refusal->message;
        for (ActionResult& result : m_report.results) {
            result.outcome = ActionResult::Outcome::Skipped;
            result.detail = refusal->message;
        }
        if (!m_request.dryRun && m_context->audit()) {
            AuditEntry entry;
            entry.incidentId = m_request.incidentId;
            entry.oktaUserId = m_report.user.id;
            entry.oktaLogin = m_report.user.login;
            entry.action = QStringLiteral("refused");
            entry.outcome = refusal->code();
            entry.detail = refusal->message;
            m_report.auditIds << m_context->audit()->append(entry);
        }
        m_finished = true;
        Q_EMIT finished(m_report);
        return;
    }
    runActions();
}

std::optional<Refusal> ContainmentRunner::claimUser()
{
    Journal* journal = m_request.dryRun ? nullptr : m_context->journal();
    if (!journal) {
        return std::nullopt;
    }
    Claims claims(journal->database());
    Claims::Outcome outcome = claims.claimUser(m_report.user.id, m_request.runId, m_request.incidentId);
    if (!outcome.held) {
        const QString message =
            outcome.holder ? tr("%1 is being acted on by %2: nothing was sent. Wait for that run to end, or ask them.")
                                 .arg(m_report.user.login, outcome.holder->describe())
                           : tr("%1 could not be claimed for this run, so nothing was sent: %2")
                                 .arg(m_report.user.login, outcome.error);
        return Refusal{Refusal::Reason::ClaimedElsewhere, message};
    }
    // A run that ended between this run's reading of the user and its claim changed what was read.
    if (const std::optional<Claim> other = claims.actedSince(m_report.user.id, m_journalMark, m_request.runId)) {
        return Refusal{Refusal::Reason::ClaimedElsewhere,
                       tr("%1 was just acted on by %2 (run %3), after this run read the user's state: nothing was "
                          "sent. Look at the user again before acting.")
                           .arg(m_report.user.login, other->analyst, other->runId)};
    }
    m_claim = std::move(outcome.held);
    return std::nullopt;
}

QString ContainmentRunner::callFor(const ContainmentAction& action) const
{
    const QString userPath = QStringLiteral("/api/v1/users/") + m_report.user.id;
    const QString groupId = m_groups.value(action.group).id;
    switch (action.kind) {
    case ContainmentAction::Kind::ClearSessions:
        return QStringLiteral("DELETE ") + userPath + QStringLiteral("/sessions?oauthTokens=true&forgetDevices=") +
               (m_context->forgetDevices() ? QStringLiteral("true") : QStringLiteral("false"));
    case ContainmentAction::Kind::Suspend:
        return QStringLiteral("POST ") + userPath + QStringLiteral("/lifecycle/suspend");
    case ContainmentAction::Kind::Unsuspend:
        return QStringLiteral("POST ") + userPath + QStringLiteral("/lifecycle/unsuspend");
    case ContainmentAction::Kind::AddGroup:
        return QStringLiteral("PUT /api/v1/groups/%1/users/%2").arg(groupId, m_report.user.id);
    case ContainmentAction::Kind::RemoveGroup:
        return QStringLiteral("DELETE /api/v1/groups/%1/users/%2").arg(groupId, m_report.user.id);
    case ContainmentAction::Kind::SetRisk:
        return QStringLiteral("PUT ") + userPath + QStringLiteral("/risk");
    case ContainmentAction::Kind::UniversalLogout:
        return QStringLiteral("POST /oauth2/v1/global-token-revocation");
    case ContainmentAction::Kind::RevokeFactorsSince:
        return QStringLiteral("DELETE ") + userPath + QStringLiteral("/factors/{factorId}");
    case ContainmentAction::Kind::ResetFactors:
        return QStringLiteral("POST ") + userPath + QStringLiteral("/lifecycle/reset_factors");
    case ContainmentAction::Kind::ExpirePassword:
        return QStringLiteral("POST ") + userPath + QStringLiteral("/lifecycle/expire_password");
    }
    return {};
}

void ContainmentRunner::runActions()
{
    QList<int> toSend;
    QList<int> already;
    for (int index = 0; index < m_report.results.size(); ++index) {
        if (prepareAction(index)) {
            toSend << index;
        } else if (m_report.results.at(index).outcome == ActionResult::Outcome::Already) {
            already << index;
        }
    }
    auto dispatch = [this](int index, const QList<qint64>& journalIds) {
        if (waitsForLifecycle(index)) {
            m_deferred.append({index, journalIds});
        } else {
            sendAction(index, journalIds);
        }
    };
    Journal* journal = m_request.dryRun ? nullptr : m_context->journal();
    if (!journal || (toSend.isEmpty() && already.isEmpty())) {
        for (int index : std::as_const(toSend)) {
            dispatch(index, {});
        }
        maybeFinish();
        return;
    }
    // Every change is in the journal before any is sent, with one durable write for the run. What the run
    // found already so is written with it: the run acted on the user even when it had nothing to send. A change
    // that waits for another is written pending, and marked sent when it goes.
    QList<JournalEntry> entries;
    QList<int> owners;
    for (int index : toSend + already) {
        const ActionResult& result = m_report.results.at(index);
        JournalEntry entry;
        entry.runId = m_request.runId;
        entry.incidentId = m_request.incidentId;
        entry.oktaUserId = m_report.user.id;
        entry.oktaLogin = m_report.user.login;
        entry.action = result.action.name();
        entry.groupId = m_groups.value(result.action.group).id;
        if (result.outcome == ActionResult::Outcome::Already) {
            entry.state = Journal::Done;
            entry.outcome = ActionResult::outcomeName(result.outcome);
            entry.detail = result.detail;
        } else {
            entry.state = waitsForLifecycle(index) ? Journal::Pending : Journal::Sent;
        }
        if (result.action.kind == ContainmentAction::Kind::RevokeFactorsSince &&
            result.outcome != ActionResult::Outcome::Already) {
            // One entry per factor: resume can tell each removal from the factor list, and sends none twice.
            for (const OktaFactor& factor : m_removals.value(index).factors) {
                entry.targetId = factor.id;
                entry.detail = factor.describe();
                entries << entry;
                owners << index;
            }
            continue;
        }
        entries << entry;
        owners << index;
    }
    if (!toSend.isEmpty()) {
        m_inFlight = journal->holdInFlight(m_request.runId, m_report.user.id);
    }
    const QList<qint64> journalIds = journal->recordAll(entries);
    if (journalIds.size() != entries.size()) {
        for (int index : std::as_const(toSend)) {
            setOutcome(index, ActionResult::Outcome::Failed,
                       tr("the action journal could not be written, so nothing was sent"));
        }
        maybeFinish();
        return;
    }
    QHash<int, QList<qint64>> idsOf;
    for (qsizetype i = 0; i < owners.size(); ++i) {
        idsOf[owners.at(i)] << journalIds.at(i);
    }
    for (int index : std::as_const(toSend)) {
        dispatch(index, idsOf.value(index));
    }
    maybeFinish();
}

bool ContainmentRunner::prepareAction(int index)
{
    ActionResult& result = m_report.results[index];
    const ContainmentAction& action = result.action;
    const OktaUser& user = m_report.user;

    if (action.isGroupAction()) {
        if (m_groupErrors.contains(action.group)) {
            result.error = m_groupErrors.value(action.group);
            result.httpStatus = result.error.httpStatus;
            result.requestId = result.error.requestId;
            setOutcome(index, ActionResult::Outcome::Failed, result.error.message());
            return false;
        }
        const OktaGroup group = m_groups.value(action.group);
        if (group.type != QLatin1String("OKTA_GROUP")) {
            setOutcome(
                index, ActionResult::Outcome::Failed,
                tr("'%1' is a %2 group: Okta only lets OKTA_GROUP memberships change").arg(group.name, group.type));
            return false;
        }
    }
    result.call = callFor(action);
    if (action.isOneShot()) {
        return prepareCredentialAction(index);
    }

    // The wanted state is already there: nothing to send.
    const bool member = action.isGroupAction() && isMember(m_userGroups, m_groups.value(action.group).id);
    if ((action.kind == ContainmentAction::Kind::Suspend && user.status == QLatin1String("SUSPENDED")) ||
        (action.kind == ContainmentAction::Kind::Unsuspend && user.status == QLatin1String("ACTIVE")) ||
        (action.kind == ContainmentAction::Kind::AddGroup && member) ||
        (action.kind == ContainmentAction::Kind::RemoveGroup && !member)) {
        setOutcome(index, ActionResult::Outcome::Already, tr("already in the wanted state; nothing sent"));
        return false;
    }
    if (m_request.dryRun) {
        setOutcome(index, ActionResult::Outcome::Planned);
        return false;
    }
    return true;
}

void ContainmentRunner::sendAction(int index, const QList<qint64>& journalIds)
{
    const ContainmentAction action = m_report.results.at(index).action;
    const QString userId = m_report.user.id;
    setOutcome(index, ActionResult::Outcome::Sent);

    OktaClient* client = m_context->client();
    if (!m_watchingRetries) {
        m_watchingRetries = true;
        connect(client, &OktaClient::retrying, this, &ContainmentRunner::auditRetry);
    }
    // Every action but a factor removal is one call with one journal entry.
    const qint64 journalId = journalIds.value(0);
    auto done = [this, index, journalId](const OktaReply& reply) { finishAction(index, reply, journalId); };
    const QString groupId = m_groups.value(action.group).id;
    switch (action.kind) {
    case ContainmentAction::Kind::ClearSessions:
        client->clearSessions(userId, this, done, m_context->forgetDevices());
        break;
    case ContainmentAction::Kind::Suspend:
        client->suspend(userId, this, done);
        break;
    case ContainmentAction::Kind::Unsuspend:
        client->unsuspend(userId, this, done);
        break;
    case ContainmentAction::Kind::AddGroup:
        client->addToGroup(groupId, userId, this, done);
        break;
    case ContainmentAction::Kind::RemoveGroup:
        client->removeFromGroup(groupId, userId, this, done);
        break;
    case ContainmentAction::Kind::SetRisk:
        client->setUserRisk(userId, action.riskLevel, riskReason(), this, done);
        break;
    case ContainmentAction::Kind::UniversalLogout:
        client->revokeAllTokens(userId, this, done);
        break;
    case ContainmentAction::Kind::ResetFactors:
        client->resetFactors(userId, this, done);
        break;
    case ContainmentAction::Kind::ExpirePassword:
        client->expirePassword(userId, this, [this, done](const OktaReply& reply, const OktaUser& user) {
            if (reply.ok() && !user.status.isEmpty()) {
                m_report.user.status = user.status;
            }
            done(reply);
        });
        break;
    case ContainmentAction::Kind::RevokeFactorsSince: {
        FactorRemoval& removal = m_removals[index];
        removal.pending = int(removal.factors.size());
        for (int factor = 0; factor < removal.factors.size(); ++factor) {
            const qint64 id = journalIds.value(factor);
            client->deleteFactor(
                userId, removal.factors.at(factor).id, this,
                [this, index, factor, id](const OktaReply& reply) { finishFactor(index, factor, reply, id); });
        }
        break;
    }
    }
}

void ContainmentRunner::finishAction(int index, const OktaReply& reply, qint64 journalId)
{
    ActionResult& result = m_report.results[index];
    // Okta's 2xx is what says a change was made; an answer body cut short on its way back does not undo it.
    const bool changed = reply.ok() || (reply.error.kind == OktaError::Kind::InvalidResponse &&
                                        reply.httpStatus >= 200 && reply.httpStatus < 300);
    // No answer at all: the change may or may not have reached Okta.
    const bool unknown =
        !changed && (reply.error.kind == OktaError::Kind::Timeout || reply.error.kind == OktaError::Kind::Network);
    result.httpStatus = reply.httpStatus;
    result.requestId = reply.requestId;
    result.error = changed ? OktaError() : reply.error;
    const auto outcome = changed ? (reply.already ? ActionResult::Outcome::Already : ActionResult::Outcome::Done)
                                 : ActionResult::Outcome::Failed;
    QString detail = changed ? QString() : reply.error.message();
    if (unknown) {
        detail = tr("%1 Okta may have made the change before the answer was lost: the journal keeps it open until "
                    "journal resume settles it from Okta's state.")
                     .arg(detail);
    } else if (!changed && result.action.kind == ContainmentAction::Kind::ExpirePassword &&
               reply.error.isWrongState()) {
        detail = tr("%1 Okta does not expire the password of a user in status %2: expire it at release, after "
                    "unsuspend.")
                     .arg(detail, m_report.user.status);
    } else if (!changed && result.action.isOneShot() && reply.httpStatus == 429) {
        detail = tr("%1 A credential action is not sent again by itself: run it again once the rate limit resets.")
                     .arg(detail);
    }
    // The journal entry is closed with the audit entry that records it, in one write; one whose answer was
    // lost stays open, so that resume reads Okta's state instead of a guess.
    m_closingJournal = [this, journalId, outcome, reply, detail, unknown] {
        Journal* journal = m_context->journal();
        return unknown || !journal || journalId <= 0 ||
               journal->finish(journalId, ActionResult::outcomeName(outcome), reply.requestId, detail);
    };
    setOutcome(index, outcome, detail);
    m_closingJournal = {};
    maybeFinish();
}

void ContainmentRunner::setOutcome(int index, ActionResult::Outcome outcome, const QString& detail)
{
    ActionResult& result = m_report.results[index];
    result.outcome = outcome;
    if (!detail.isEmpty()) {
        result.detail = detail;
    }
    result.ms = m_timer.elapsed();
    if (result.finished() && outcome != ActionResult::Outcome::Planned) {
        audit(index);
    }
    if (result.succeeded()) {
        if (result.action.kind == ContainmentAction::Kind::Suspend) {
            m_report.user.status = QStringLiteral("SUSPENDED");
        } else if (result.action.kind == ContainmentAction::Kind::Unsuspend) {
            m_report.user.status = QStringLiteral("ACTIVE");
        }
    }
    qCDebug(lcContainment) << "action" << result.action.name() << ActionResult::outcomeName(outcome);
    Q_EMIT actionChanged(result);
}

void ContainmentRunner::audit(int index)
{
    AuditLog* log = m_context->audit();
    if (!log) {
        if (m_closingJournal) {
            m_closingJournal();
        }
        return;
    }
    ActionResult& result = m_report.results[index];
    AuditEntry entry;
    entry.incidentId = m_request.incidentId;
    entry.oktaUserId = m_report.user.id;
    entry.oktaLogin = m_report.user.login;
    entry.action = result.action.name();
    entry.outcome = ActionResult::outcomeName(result.outcome);
    entry.httpStatus = result.httpStatus;
    entry.requestId = result.requestId;
    entry.errorCode = result.error.errorCode;
    entry.errorSummary = result.error.isError() ? result.error.message() : QString();
    entry.detail = result.detail;
    // What clearing sessions did is in its query (oauthTokens, forgetDevices), which the audit keeps.
    if (result.action.kind == ContainmentAction::Kind::ClearSessions && !result.call.isEmpty() &&
        result.outcome != ActionResult::Outcome::Skipped) {
        entry.detail = result.detail.isEmpty() ? result.call : result.call + QStringLiteral("; ") + result.detail;
    }
    result.auditId = log->append(entry, m_closingJournal);
    if (!result.auditId.isEmpty()) {
        m_report.auditIds << result.auditId;
    }
}

void ContainmentRunner::auditRetry(const QString& method, const QString& path, const OktaReply& attempt)
{
    AuditLog* log = m_context->audit();
    if (!log || m_finished) {
        return;
    }
    for (const ActionResult& result : std::as_const(m_report.results)) {
        // The call is "METHOD /path?query"; the client names the attempt by method and path.
        const QString call = result.call.section(QLatin1Char('?'), 0, 0);
        if (result.outcome != ActionResult::Outcome::Sent || call != method + QLatin1Char(' ') + path) {
            continue;
        }
        AuditEntry entry;
        entry.incidentId = m_request.incidentId;
        entry.oktaUserId = m_report.user.id;
        entry.oktaLogin = m_report.user.login;
        entry.action = result.action.name();
        entry.outcome = QStringLiteral("retried");
        entry.httpStatus = attempt.httpStatus;
        entry.requestId = attempt.requestId;
        entry.errorCode = attempt.error.errorCode;
        entry.errorSummary = attempt.error.isError() ? attempt.error.message() : QString();
        entry.detail = tr("attempt %1 of %2 was answered %3; Okta made no change, so it is sent again")
                           .arg(attempt.attempts)
                           .arg(result.call)
                           .arg(attempt.httpStatus > 0 ? QStringLiteral("HTTP %1").arg(attempt.httpStatus)
                                                       : attempt.error.message());
        const QString id = log->append(entry);
        if (!id.isEmpty()) {
            m_report.auditIds << id;
        }
        return;
    }
}

void ContainmentRunner::maybeFinish()
{
    if (m_finished) {
        return;
    }
    if (!m_deferred.isEmpty()) {
        bool othersEnded = true;
        for (int index = 0; index < m_report.results.size(); ++index) {
            const bool deferred = std::any_of(m_deferred.begin(), m_deferred.end(),
                                              [index](const auto& held) { return held.first == index; });
            othersEnded = othersEnded && (deferred || m_report.results.at(index).finished());
        }
        if (!othersEnded) {
            return;
        }
        sendDeferred();
    }
    const bool allEnded = std::all_of(m_report.results.begin(), m_report.results.end(),
                                      [](const ActionResult& result) { return result.finished(); });
    if (!allEnded) {
        return;
    }
    m_finished = true;
    m_inFlight.reset();
    m_claim.reset();
    Q_EMIT finished(m_report);
}

void ContainmentRunner::lookUpCredentials(const QString& userId)
{
    const auto needs = [this](auto... kinds) {
        return std::any_of(m_request.actions.begin(), m_request.actions.end(),
                           [&](const ContainmentAction& action) { return ((action.kind == kinds) || ...); });
    };
    OktaClient* client = m_context->client();
    if (needs(ContainmentAction::Kind::RevokeFactorsSince, ContainmentAction::Kind::ResetFactors)) {
        ++m_lookupsPending;
        client->userFactors(userId, this, [this](const OktaReply& reply, const QList<OktaFactor>& factors) {
            // A list that cannot be read fails the factor actions only, not the run.
            if (reply.ok()) {
                m_factors = factors;
            } else {
                m_factorsError = reply.error;
            }
            lookupDone();
        });
    }
    if (needs(ContainmentAction::Kind::SetRisk)) {
        ++m_lookupsPending;
        client->userRisk(userId, this, [this](const OktaReply& reply) {
            if (reply.ok()) {
                m_riskLevel = reply.json.object().value(QStringLiteral("riskLevel")).toString();
            } else {
                m_riskError = reply.error;
            }
            lookupDone();
        });
    }
}

QDateTime ContainmentRunner::factorsSince(const ContainmentAction& action) const
{
    return action.since.isValid() ? action.since : m_request.detectedAt;
}

QList<OktaFactor> ContainmentRunner::factorsToRemove(const ContainmentAction& action) const
{
    const QDateTime since = factorsSince(action);
    QList<OktaFactor> found;
    std::copy_if(m_factors.begin(), m_factors.end(), std::back_inserter(found),
                 [&](const OktaFactor& factor) { return factor.created.isValid() && factor.created >= since; });
    return found;
}

QString ContainmentRunner::riskReason() const
{
    if (!m_request.riskReason.isEmpty()) {
        return m_request.riskReason;
    }
    return defaultRiskReason(m_request.incidentId);
}

bool ContainmentRunner::prepareCredentialAction(int index)
{
    ActionResult& result = m_report.results[index];
    const ContainmentAction& action = result.action;
    auto failWith = [&](const OktaError& error, const QString& why) {
        result.error = error;
        result.httpStatus = error.httpStatus;
        result.requestId = error.requestId;
        setOutcome(index, ActionResult::Outcome::Failed, why);
        return false;
    };
    auto already = [&](const QString& why) {
        setOutcome(index, ActionResult::Outcome::Already, why);
        return false;
    };
    QString plan;
    switch (action.kind) {
    case ContainmentAction::Kind::SetRisk:
        if (m_riskError) {
            return failWith(*m_riskError,
                            tr("Okta would not show the user's risk, so none was set: %1. Without Identity Threat "
                               "Protection, or without okta.userRisk.read and okta.userRisk.manage, Okta refuses "
                               "user risk.")
                                .arg(m_riskError->message()));
        }
        if (const QString problem = riskReasonProblem(riskReason()); !problem.isEmpty()) {
            return failWith(OktaError(), tr("nothing sent: %1").arg(problem));
        }
        if (m_riskLevel == action.riskLevel) {
            return already(tr("the user's risk is already %1; nothing sent").arg(m_riskLevel));
        }
        plan = tr("risk %1 to %2, reason \"%3\"")
                   .arg(m_riskLevel.isEmpty() ? QStringLiteral("?") : m_riskLevel, action.riskLevel, riskReason());
        break;
    case ContainmentAction::Kind::RevokeFactorsSince: {
        if (!factorsSince(action).isValid()) {
            return failWith(OktaError(), tr("nothing sent: the incident has no detection time; name the time, as in "
                                            "revoke-factors-since:2026-12-01T09:30:00Z"));
        }
        if (m_factorsError) {
            return failWith(
                *m_factorsError,
                tr("the user's factors could not be read, so none was removed: %1").arg(m_factorsError->message()));
        }
        const QList<OktaFactor> factors = factorsToRemove(action);
        if (factors.isEmpty()) {
            return already(tr("no factor was enrolled since %1 (%2 enrolled before); nothing sent")
                               .arg(factorsSince(action).toUTC().toString(Qt::ISODate))
                               .arg(m_factors.size()));
        }
        FactorRemoval removal;
        removal.factors = factors;
        m_removals.insert(index, removal);
        QStringList names;
        QStringList ids;
        for (const OktaFactor& factor : factors) {
            names << factor.describe();
            ids << factor.id;
        }
        // The calls themselves, one per factor.
        result.call =
            QStringLiteral("DELETE /api/v1/users/%1/factors/%2").arg(m_report.user.id, ids.join(QStringLiteral(", ")));
        plan = tr("factors to remove: %1").arg(names.join(QStringLiteral("; ")));
        break;
    }
    case ContainmentAction::Kind::ResetFactors:
        if (m_factorsError) {
            return failWith(
                *m_factorsError,
                tr("the user's factors could not be read, so none was reset: %1").arg(m_factorsError->message()));
        }
        if (m_factors.isEmpty()) {
            return already(tr("the user has no MFA factor enrolled; nothing sent"));
        }
        plan = tr("resets every factor; enrolled now: %1").arg(m_factors.size());
        break;
    case ContainmentAction::Kind::ExpirePassword:
        if (m_report.user.status == QLatin1String("PASSWORD_EXPIRED")) {
            return already(tr("the user's password is already expired; nothing sent"));
        }
        if (waitsForLifecycle(index)) {
            plan = tr("after the lifecycle change: Okta suspends only ACTIVE users, and an expired password would "
                      "leave the user PASSWORD_EXPIRED");
        }
        break;
    case ContainmentAction::Kind::UniversalLogout:
    case ContainmentAction::Kind::ClearSessions:
    case ContainmentAction::Kind::Suspend:
    case ContainmentAction::Kind::Unsuspend:
    case ContainmentAction::Kind::AddGroup:
    case ContainmentAction::Kind::RemoveGroup:
        break;
    }
    if (m_request.dryRun) {
        setOutcome(index, ActionResult::Outcome::Planned, plan);
        return false;
    }
    if (!plan.isEmpty()) {
        result.detail = plan;
    }
    return true;
}

bool ContainmentRunner::waitsForLifecycle(int index) const
{
    if (m_report.results.at(index).action.kind != ContainmentAction::Kind::ExpirePassword) {
        return false;
    }
    return std::any_of(m_report.results.begin(), m_report.results.end(), [](const ActionResult& result) {
        const auto kind = result.action.kind;
        return (kind == ContainmentAction::Kind::Suspend || kind == ContainmentAction::Kind::Unsuspend) &&
               (result.outcome == ActionResult::Outcome::Queued || result.outcome == ActionResult::Outcome::Sent ||
                result.outcome == ActionResult::Outcome::Planned);
    });
}

void ContainmentRunner::sendDeferred()
{
    const auto held = std::exchange(m_deferred, {});
    const bool lifecycleFailed = std::any_of(m_report.results.begin(), m_report.results.end(), [](const auto& result) {
        const auto kind = result.action.kind;
        return (kind == ContainmentAction::Kind::Suspend || kind == ContainmentAction::Kind::Unsuspend) &&
               !result.succeeded();
    });
    Journal* journal = m_context->journal();
    for (const auto& [index, journalIds] : held) {
        if (lifecycleFailed) {
            const QString why = tr("not sent: the lifecycle change before it failed, and an expired password would "
                                   "stop Okta from suspending the user later");
            m_closingJournal = [journal, journalIds, why] {
                return !journal || journalIds.isEmpty() ||
                       journal->finish(journalIds.value(0), QStringLiteral("skipped"), {}, why);
            };
            setOutcome(index, ActionResult::Outcome::Skipped, why);
            m_closingJournal = {};
            continue;
        }
        if (journal && !journalIds.isEmpty()) {
            journal->markSent(journalIds.value(0));
        }
        sendAction(index, journalIds);
    }
}

void ContainmentRunner::finishFactor(int index, int factor, const OktaReply& reply, qint64 journalId)
{
    FactorRemoval& removal = m_removals[index];
    const OktaFactor& removed = removal.factors.at(factor);
    // Gone already (the user or another admin removed it): what the action wanted holds.
    const bool gone = reply.httpStatus == 404;
    // Okta's 2xx says the factor was removed, even when the answer's body was cut short.
    const bool changed =
        reply.ok() || gone ||
        (reply.error.kind == OktaError::Kind::InvalidResponse && reply.httpStatus >= 200 && reply.httpStatus < 300);
    const bool unknown =
        !changed && (reply.error.kind == OktaError::Kind::Timeout || reply.error.kind == OktaError::Kind::Network);
    const QString outcome = changed ? QStringLiteral("done") : QStringLiteral("failed");
    QString detail = gone      ? tr("factor %1 was already gone (Okta answered 404)").arg(removed.describe())
                     : changed ? tr("removed factor %1").arg(removed.describe())
                               : tr("factor %1 not removed: %2").arg(removed.describe(), reply.error.message());
    if (unknown) {
        detail += tr("; the answer was lost, so journal resume settles it from the user's factor list");
    }
    (changed ? removal.removed : removal.failed) << removed.id;
    if (!changed && !removal.firstError.isError()) {
        removal.firstError = reply.error;
        removal.firstErrorStatus = reply.httpStatus;
    }
    Journal* journal = m_context->journal();
    auto close = [journal, journalId, outcome, reply, detail, unknown] {
        return unknown || !journal || journalId <= 0 || journal->finish(journalId, outcome, reply.requestId, detail);
    };
    // The audit lists each factor removed, with Okta's request id for its removal.
    if (AuditLog* log = m_context->audit(); log && !m_request.dryRun) {
        AuditEntry entry;
        entry.incidentId = m_request.incidentId;
        entry.oktaUserId = m_report.user.id;
        entry.oktaLogin = m_report.user.login;
        entry.action = m_report.results.at(index).action.name();
        entry.outcome = outcome;
        entry.httpStatus = reply.httpStatus;
        entry.requestId = reply.requestId;
        entry.errorCode = changed ? QString() : reply.error.errorCode;
        entry.errorSummary = changed ? QString() : reply.error.message();
        entry.detail = detail;
        const QString id = log->append(entry, close);
        if (!id.isEmpty()) {
            m_report.auditIds << id;
        }
    } else {
        close();
    }
    if (--removal.pending > 0) {
        return;
    }
    ActionResult& result = m_report.results[index];
    result.error = removal.firstError;
    result.httpStatus = removal.failed.isEmpty() ? reply.httpStatus : removal.firstErrorStatus;
    result.requestId = removal.failed.isEmpty() ? reply.requestId : removal.firstError.requestId;
    QString summary = removal.removed.isEmpty()
                          ? tr("no factor removed")
                          : tr("factors removed: %1").arg(removal.removed.join(QStringLiteral(", ")));
    if (!removal.failed.isEmpty()) {
        summary += tr("; not removed: %1").arg(removal.failed.join(QStringLiteral(", ")));
    }
    setOutcome(index, removal.failed.isEmpty() ? ActionResult::Outcome::Done : ActionResult::Outcome::Failed, summary);
    maybeFinish();
}

} // namespace cordon::core
