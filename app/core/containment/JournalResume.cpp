#include "JournalResume.h"

#include "ContainmentAction.h"
#include "ContainmentContext.h"
#include "Guardrails.h"
#include "okta/OktaClient.h"
#include "store/AuditLog.h"

#include <QHash>
#include <QMap>
#include <QTimer>

#include <memory>

namespace cordon::core
{

namespace
{

// Okta's clock and this computer's may disagree by a little: a change at Okta up to this long before an entry
// was written counts as made after it, so that a skewed clock errs towards asking.
constexpr qint64 ClockSlackSecs = 60;

const QString Done = QStringLiteral("done");
const QString Resent = QStringLiteral("resent");
const QString Failed = QStringLiteral("failed");
const QString Superseded = QStringLiteral("superseded");
const QString Refused = QStringLiteral("refused");
const QString Undecided = QStringLiteral("undecided");
const QString Declined = QStringLiteral("declined");
const QString InFlight = QStringLiteral("in-flight");

QString who(const JournalEntry& entry)
{
    return entry.oktaLogin.isEmpty() ? entry.oktaUserId : entry.oktaLogin;
}

QString stamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QJsonObject SettledEntry::toJson() const
{
    return {{QStringLiteral("journalId"), entry.id},
            {QStringLiteral("run"), entry.runId},
            {QStringLiteral("incident"), entry.incidentId},
            {QStringLiteral("user"), who(entry)},
            {QStringLiteral("userId"), entry.oktaUserId},
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("wasState"), entry.state},
            {QStringLiteral("resolution"), resolution},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("requestId"), requestId.isEmpty() ? QJsonValue() : QJsonValue(requestId)},
            {QStringLiteral("supersededBy"), supersededBy.isEmpty() ? QJsonValue() : QJsonValue(supersededBy)},
            {QStringLiteral("guardrail"), guardrail.isEmpty() ? QJsonValue() : QJsonValue(guardrail)},
            {QStringLiteral("detail"), detail}};
}

struct JournalResume::UserState
{
    OktaUser user;
    QString actingUserId;
    QList<OktaGroup> groups;
    QList<OktaRole> roles;
    QHash<QString, OktaGroup> entryGroups; // the groups the entries name, by id
    // For the credential actions: the user's factors and risk level, and why they could not be read.
    QList<OktaFactor> factors;
    OktaError factorsError;
    QString riskLevel;
    OktaError riskError;
    int pending = 0;
    OktaError error;
};

JournalResume::JournalResume(ContainmentContext* context, QObject* parent)
    : QObject(parent), m_context(context), m_journal(context->journal()), m_audit(context->audit())
{}

void JournalResume::setAnswers(const QSet<qint64>& confirmed, const QSet<qint64>& declined)
{
    m_confirmed = confirmed;
    m_declined = declined;
}

bool JournalResume::allSettled() const
{
    return !anyWithResolution(Failed);
}

bool JournalResume::anyWithResolution(const QString& resolution) const
{
    return std::any_of(m_settled.begin(), m_settled.end(),
                       [&](const SettledEntry& settled) { return settled.resolution == resolution; });
}

QList<SettledEntry> JournalResume::undecided() const
{
    QList<SettledEntry> found;
    std::copy_if(m_settled.begin(), m_settled.end(), std::back_inserter(found),
                 [](const SettledEntry& settled) { return settled.resolution == Undecided; });
    return found;
}

void JournalResume::start()
{
    QMap<QString, QList<JournalEntry>> byUser;
    for (const JournalEntry& entry : m_journal->unfinished()) {
        if (m_journal->isInFlight(entry)) {
            // A run of a live program (the console, or another cordonctl) is waiting for Okta's answer.
            record({entry, InFlight, QString(), QString(),
                    tr("left alone: a running Cordon program is waiting for Okta's answer to it")});
        } else {
            byUser[entry.oktaUserId] << entry;
        }
    }
    // One count holds the end until every user is under way: a user whose entries are all superseded is
    // settled without a call.
    m_pending = int(byUser.size()) + 1;
    for (auto it = byUser.cbegin(); it != byUser.cend(); ++it) {
        settleUser(it.key(), it.value());
    }
    done();
}

void JournalResume::settleUser(const QString& userId, const QList<JournalEntry>& entries)
{
    QList<JournalEntry> open;
    for (const JournalEntry& entry : entries) {
        if (const auto later = m_journal->supersededBy(entry)) {
            supersede(entry, *later);
        } else {
            open << entry;
        }
    }
    if (open.isEmpty()) {
        done();
        return;
    }
    // Another program acting on the user, here or on another workstation, has its state in front of it: what
    // it does decides these entries, so they wait for it.
    Claims::Outcome claim = Claims(m_journal->database()).claimUser(userId, QStringLiteral("resume"), {});
    if (!claim.held) {
        const QString who = claim.holder ? claim.holder->describe() : claim.error;
        for (const JournalEntry& entry : std::as_const(open)) {
            record({entry, InFlight, QString(), QString(), tr("left alone: %1 is acting on this user").arg(who)});
        }
        done();
        return;
    }
    m_claims[userId] = std::move(claim.held);

    auto state = std::make_shared<UserState>();
    auto decideAll = [this, state, open]() {
        if (--state->pending > 0) {
            return;
        }
        for (const JournalEntry& entry : open) {
            decide(entry, *state);
        }
        done();
    };
    auto failed = [state](const OktaReply& reply) {
        if (!reply.ok() && !state->error.isError()) {
            state->error = reply.error;
        }
    };
    QSet<QString> groupIds;
    bool needFactors = false;
    bool needRisk = false;
    for (const JournalEntry& entry : open) {
        if (!entry.groupId.isEmpty()) {
            groupIds.insert(entry.groupId);
        }
        needFactors = needFactors || entry.action.startsWith(QLatin1String("revoke-factors-since")) ||
                      entry.action == QLatin1String("reset-factors");
        needRisk = needRisk || entry.action.startsWith(QLatin1String("risk:"));
    }
    // Everything the guardrails of a fresh run read, and the groups the entries name; one count holds the
    // decision until every read is issued, as a cached one answers at once.
    state->pending = 5 + int(groupIds.size()) + (needFactors ? 1 : 0) + (needRisk ? 1 : 0);
    OktaClient* client = m_context->client();
    if (needFactors) {
        client->userFactors(userId, this, [state, decideAll](const OktaReply& reply, const QList<OktaFactor>& factors) {
            state->factors = factors;
            state->factorsError = reply.error;
            decideAll();
        });
    }
    if (needRisk) {
        client->userRisk(userId, this, [state, decideAll](const OktaReply& reply) {
            state->riskLevel = reply.json.object().value(QStringLiteral("riskLevel")).toString();
            state->riskError = reply.error;
            decideAll();
        });
    }
    client->getUser(userId, this, [state, decideAll, failed](const OktaReply& reply, const OktaUser& user) {
        state->user = user;
        failed(reply);
        decideAll();
    });
    client->userGroups(userId, this,
                       [state, decideAll, failed](const OktaReply& reply, const QList<OktaGroup>& groups) {
                           state->groups = groups;
                           failed(reply);
                           decideAll();
                       });
    client->userRoles(userId, this, [state, decideAll, failed](const OktaReply& reply, const QList<OktaRole>& roles) {
        state->roles = roles;
        failed(reply);
        decideAll();
    });
    m_context->actingUser(this, [state, decideAll, failed](const OktaReply& reply, const OktaUser& me) {
        state->actingUserId = me.id;
        failed(reply);
        decideAll();
    });
    for (const QString& groupId : std::as_const(groupIds)) {
        client->getGroup(groupId, this, [state, decideAll, failed](const OktaReply& reply, const OktaGroup& group) {
            state->entryGroups.insert(group.id, group);
            failed(reply);
            decideAll();
        });
    }
    decideAll();
}

void JournalResume::decide(const JournalEntry& entry, const UserState& state)
{
    if (state.error.isError()) {
        record({entry, Failed, QString(), state.error.requestId,
                tr("could not read the user at Okta: %1").arg(state.error.message())});
        return;
    }
    QString problem;
    const auto action = ContainmentAction::parse(entry.action, &problem);
    if (!action) {
        record({entry, Failed, QString(), QString(), problem});
        return;
    }
    const bool member = std::any_of(state.groups.begin(), state.groups.end(),
                                    [&](const OktaGroup& group) { return group.id == entry.groupId; });
    if (action->isOneShot()) {
        decideCredential(entry, *action, state);
        return;
    }
    bool shown = false;
    switch (action->kind) {
    case ContainmentAction::Kind::Suspend:
        shown = state.user.status == QLatin1String("SUSPENDED");
        break;
    case ContainmentAction::Kind::Unsuspend:
        shown = state.user.status == QLatin1String("ACTIVE");
        break;
    case ContainmentAction::Kind::AddGroup:
        shown = member;
        break;
    case ContainmentAction::Kind::RemoveGroup:
        shown = !member;
        break;
    case ContainmentAction::Kind::ClearSessions:
        // Okta cannot be asked whether a user's sessions were cleared; clearing again has no effect beyond the
        // first clear, so it is settled by clearing, once the guardrails below allow it.
        break;
    case ContainmentAction::Kind::SetRisk:
    case ContainmentAction::Kind::UniversalLogout:
    case ContainmentAction::Kind::RevokeFactorsSince:
    case ContainmentAction::Kind::ResetFactors:
    case ContainmentAction::Kind::ExpirePassword:
        break;
    }
    if (shown) {
        record({entry, Done, Done, entry.requestId,
                tr("Okta's state shows the action took effect (user is %1); nothing was sent again")
                    .arg(state.user.status)});
        return;
    }
    if (!maySendAgain(entry, state)) {
        return;
    }
    const bool confirmed = m_confirmed.contains(entry.id);
    if (const QString change = changeSince(entry, state); !change.isEmpty() && !confirmed) {
        hold(entry, change);
        return;
    }
    if (action->kind == ContainmentAction::Kind::ClearSessions) {
        resend(entry, tr("Okta cannot tell whether the sessions were cleared; clearing is idempotent, so it was "
                         "sent again"));
    } else if (entry.state == Journal::Pending) {
        resend(entry, tr("it had not been sent; it was sent now"));
    } else {
        resend(entry, tr("Okta's state does not show it (user is %1), so it was sent again").arg(state.user.status));
    }
}

bool JournalResume::maySendAgain(const JournalEntry& entry, const UserState& state)
{
    if (m_declined.contains(entry.id)) {
        record({entry, Declined, Declined, QString(), tr("the analyst chose not to send it again")});
        return false;
    }
    // The same check as a fresh run's, with today's policy and today's roles and groups.
    const GuardrailInput input{state.user, state.actingUserId, state.groups, state.roles,
                               m_adminConfirmed || m_confirmed.contains(entry.id)};
    if (const auto refusal = checkGuardrails(input, m_context->policy())) {
        if (refusal->reason == Refusal::Reason::AdminNeedsConfirmation) {
            hold(entry, refusal->message, refusal->code());
        } else {
            SettledEntry refused{entry, Refused, Refused, QString(), tr("not sent again: %1").arg(refusal->message)};
            refused.guardrail = refusal->code();
            record(refused);
        }
        return false;
    }
    return true;
}

QString JournalResume::changeSince(const JournalEntry& entry, const UserState& state) const
{
    const QDateTime since = entry.createdAt.addSecs(-ClockSlackSecs);
    if (entry.action == QLatin1String("suspend") || entry.action == QLatin1String("unsuspend")) {
        if (state.user.statusChanged.isValid() && state.user.statusChanged > since) {
            return tr("the user's status at Okta changed at %1, after this action was written at %2: someone may "
                      "have undone it on purpose since")
                .arg(stamp(state.user.statusChanged), stamp(entry.createdAt));
        }
    } else if (!entry.groupId.isEmpty()) {
        const OktaGroup group = state.entryGroups.value(entry.groupId);
        if (group.lastMembershipUpdated.isValid() && group.lastMembershipUpdated > since) {
            return tr("the members of group %1 changed at %2, after this action was written at %3: someone may have "
                      "undone it on purpose since")
                .arg(group.name.isEmpty() ? entry.groupId : group.name, stamp(group.lastMembershipUpdated),
                     stamp(entry.createdAt));
        }
    }
    return {};
}

void JournalResume::supersede(const JournalEntry& entry, const JournalEntry& later)
{
    SettledEntry settled{
        entry, Superseded, Superseded, QString(),
        tr("not sent again: superseded by run %1, which acted on %2 at %3 (%4)")
            .arg(later.runId, who(entry), stamp(later.createdAt),
                 later.outcome.isEmpty() ? later.action : later.action + QStringLiteral(": ") + later.outcome)};
    settled.supersededBy = later.runId;
    record(settled);
}

void JournalResume::hold(const JournalEntry& entry, const QString& why, const QString& guardrail)
{
    SettledEntry held{entry, Undecided, QString(), QString(), tr("not sent again: %1").arg(why)};
    held.guardrail = guardrail;
    record(held);
}

void JournalResume::resend(const JournalEntry& entry, const QString& why)
{
    QString problem;
    const auto action = ContainmentAction::parse(entry.action, &problem);
    ++m_pending;
    m_journal->markSent(entry.id);
    auto answered = [this, entry, why](const OktaReply& reply) {
        const QString outcome = reply.ok() ? (reply.already ? QStringLiteral("already") : Done) : Failed;
        record({entry, reply.ok() ? Resent : Failed, outcome, reply.requestId,
                reply.ok() ? why : why + QStringLiteral("; ") + reply.error.message()});
        done();
    };
    OktaClient* client = m_context->client();
    switch (action->kind) {
    case ContainmentAction::Kind::ClearSessions:
        client->clearSessions(entry.oktaUserId, this, answered, m_context->forgetDevices());
        break;
    case ContainmentAction::Kind::Suspend:
        client->suspend(entry.oktaUserId, this, answered);
        break;
    case ContainmentAction::Kind::Unsuspend:
        client->unsuspend(entry.oktaUserId, this, answered);
        break;
    case ContainmentAction::Kind::AddGroup:
        client->addToGroup(entry.groupId, entry.oktaUserId, this, answered);
        break;
    case ContainmentAction::Kind::RemoveGroup:
        client->removeFromGroup(entry.groupId, entry.oktaUserId, this, answered);
        break;
    case ContainmentAction::Kind::SetRisk:
        client->setUserRisk(entry.oktaUserId, action->riskLevel, defaultRiskReason(entry.incidentId), this, answered);
        break;
    case ContainmentAction::Kind::UniversalLogout:
        client->revokeAllTokens(entry.oktaUserId, this, answered);
        break;
    case ContainmentAction::Kind::RevokeFactorsSince:
        client->deleteFactor(entry.oktaUserId, entry.targetId, this, [answered](const OktaReply& reply) {
            // Gone by now: what the entry wanted holds.
            OktaReply settled = reply;
            if (reply.httpStatus == 404) {
                settled.error = OktaError();
                settled.already = true;
            }
            answered(settled);
        });
        break;
    case ContainmentAction::Kind::ResetFactors:
        client->resetFactors(entry.oktaUserId, this, answered);
        break;
    case ContainmentAction::Kind::ExpirePassword:
        client->expirePassword(entry.oktaUserId, this,
                               [answered](const OktaReply& reply, const OktaUser&) { answered(reply); });
        break;
    }
}

void JournalResume::decideCredential(const JournalEntry& entry, const ContainmentAction& action, const UserState& state)
{
    // What Okta's state shows of the action: yes, no, or that it cannot tell.
    enum class Shown
    {
        Yes,
        No,
        Unreadable,
    };
    Shown shown = Shown::Unreadable;
    QString seen;
    switch (action.kind) {
    case ContainmentAction::Kind::SetRisk:
        if (state.riskError.isError()) {
            record({entry, Failed, QString(), state.riskError.requestId,
                    tr("could not read the user's risk at Okta: %1").arg(state.riskError.message())});
            return;
        }
        shown = state.riskLevel == action.riskLevel ? Shown::Yes : Shown::No;
        seen = tr("the user's risk is %1").arg(state.riskLevel);
        break;
    case ContainmentAction::Kind::RevokeFactorsSince:
    case ContainmentAction::Kind::ResetFactors: {
        if (state.factorsError.isError()) {
            record({entry, Failed, QString(), state.factorsError.requestId,
                    tr("could not read the user's factors at Okta: %1").arg(state.factorsError.message())});
            return;
        }
        if (action.kind == ContainmentAction::Kind::RevokeFactorsSince && entry.targetId.isEmpty()) {
            record(
                {entry, Failed, QString(), QString(), tr("the entry names no factor, so there is nothing to settle")});
            return;
        }
        if (action.kind == ContainmentAction::Kind::RevokeFactorsSince) {
            const bool listed = std::any_of(state.factors.begin(), state.factors.end(),
                                            [&](const OktaFactor& factor) { return factor.id == entry.targetId; });
            shown = listed ? Shown::No : Shown::Yes;
            seen = listed ? tr("Okta still lists factor %1").arg(entry.targetId)
                          : tr("Okta no longer lists factor %1").arg(entry.targetId);
        } else {
            // A factor enrolled before the reset was written would have been reset; one enrolled after is new.
            const QDateTime since = entry.createdAt.addSecs(-ClockSlackSecs);
            const bool older = std::any_of(state.factors.begin(), state.factors.end(), [&](const OktaFactor& factor) {
                return !factor.created.isValid() || factor.created < since;
            });
            shown = older ? Shown::No : Shown::Yes;
            seen = older ? tr("the user still has a factor enrolled before the reset was written")
                         : tr("the user has no factor enrolled before the reset was written");
        }
        break;
    }
    case ContainmentAction::Kind::ExpirePassword:
        if (state.user.status == QLatin1String("PASSWORD_EXPIRED")) {
            shown = Shown::Yes;
        } else if (state.user.status == QLatin1String("ACTIVE")) {
            shown = Shown::No;
        }
        seen = tr("user is %1").arg(state.user.status);
        break;
    case ContainmentAction::Kind::UniversalLogout:
    case ContainmentAction::Kind::ClearSessions:
    case ContainmentAction::Kind::Suspend:
    case ContainmentAction::Kind::Unsuspend:
    case ContainmentAction::Kind::AddGroup:
    case ContainmentAction::Kind::RemoveGroup:
        break;
    }
    if (shown == Shown::Yes) {
        record({entry, Done, Done, entry.requestId,
                tr("Okta's state shows the action took effect (%1); nothing was sent again").arg(seen)});
        return;
    }
    if (!maySendAgain(entry, state)) {
        return;
    }
    const bool confirmed = m_confirmed.contains(entry.id);
    if (entry.state == Journal::Pending) {
        resend(entry, tr("it had not been sent; it was sent now"));
        return;
    }
    // A credential action is never sent again on a guess: one whose effect Okta cannot show waits for the analyst.
    if (shown == Shown::Unreadable && !confirmed) {
        hold(entry, action.kind == ContainmentAction::Kind::UniversalLogout
                        ? tr("Okta cannot show whether Universal Logout took effect; send it again by hand if it is "
                             "still wanted")
                        : tr("Okta's state cannot show whether it took effect (%1); send it again by hand if it is "
                             "still wanted")
                              .arg(seen));
        return;
    }
    resend(entry, shown == Shown::Unreadable
                      ? tr("the analyst confirmed it; it was sent again")
                      : tr("Okta's state does not show it (%1), so it was sent again").arg(seen));
}

void JournalResume::record(const SettledEntry& settled)
{
    m_settled << settled;
    // A failed entry stays unfinished, so that the next resume tries again; an undecided one waits for the
    // analyst (or for a later run on the user, which supersedes it); one in flight is its run's to finish.
    if (settled.resolution == Failed || settled.resolution == Undecided || settled.resolution == InFlight) {
        return;
    }
    const JournalEntry& entry = settled.entry;
    auto close = [this, &settled, &entry] {
        return settled.resolution == Resent
                   ? m_journal->finish(entry.id, settled.outcome, settled.requestId, settled.detail)
                   : m_journal->settle(entry.id, settled.outcome, settled.detail);
    };
    if (!m_audit) {
        close();
        return;
    }
    AuditEntry audit;
    audit.incidentId = entry.incidentId;
    audit.oktaUserId = entry.oktaUserId;
    audit.oktaLogin = entry.oktaLogin;
    audit.action = entry.action;
    audit.outcome = settled.outcome;
    audit.requestId = settled.requestId;
    audit.detail = settled.guardrail.isEmpty()
                       ? tr("settled by journal resume: %1").arg(settled.detail)
                       : tr("settled by journal resume: %1 (guardrail %2)").arg(settled.detail, settled.guardrail);
    // The journal entry closes with the audit entry that says so, in one write.
    m_audit->append(audit, close);
}

void JournalResume::done()
{
    if (--m_pending == 0) {
        m_claims.clear();
        // Always after start() has returned, so that the caller hears it however quickly it came.
        QTimer::singleShot(0, this, &JournalResume::finished);
    }
}

} // namespace cordon::core
