#include "JournalResume.h"

#include "ContainmentAction.h"
#include "okta/OktaClient.h"
#include "store/AuditLog.h"

#include <QMap>
#include <QTimer>

#include <memory>

namespace cordon::core
{

QJsonObject SettledEntry::toJson() const
{
    return {{QStringLiteral("journalId"), entry.id},
            {QStringLiteral("incident"), entry.incidentId},
            {QStringLiteral("user"), entry.oktaLogin.isEmpty() ? entry.oktaUserId : entry.oktaLogin},
            {QStringLiteral("userId"), entry.oktaUserId},
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("wasState"), entry.state},
            {QStringLiteral("resolution"), resolution},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("requestId"), requestId.isEmpty() ? QJsonValue() : QJsonValue(requestId)},
            {QStringLiteral("detail"), detail}};
}

JournalResume::JournalResume(OktaClient* client, Journal* journal, AuditLog* audit, QObject* parent)
    : QObject(parent), m_client(client), m_journal(journal), m_audit(audit)
{}

bool JournalResume::allSettled() const
{
    return std::all_of(m_settled.begin(), m_settled.end(),
                       [](const SettledEntry& settled) { return settled.resolution != QLatin1String("failed"); });
}

void JournalResume::start()
{
    QMap<QString, QList<JournalEntry>> byUser;
    for (const JournalEntry& entry : m_journal->unfinished()) {
        byUser[entry.oktaUserId] << entry;
    }
    if (byUser.isEmpty()) {
        QTimer::singleShot(0, this, &JournalResume::finished);
        return;
    }
    m_pending = int(byUser.size());
    for (auto it = byUser.cbegin(); it != byUser.cend(); ++it) {
        settleUser(it.key(), it.value());
    }
}

void JournalResume::settleUser(const QString& userId, const QList<JournalEntry>& entries)
{
    struct State
    {
        OktaUser user;
        QList<OktaGroup> groups;
        int pending = 2;
        OktaError error;
    };
    auto state = std::make_shared<State>();
    auto decide = [this, state, entries]() {
        if (--state->pending > 0) {
            return;
        }
        for (const JournalEntry& entry : entries) {
            if (state->error.isError()) {
                record(entry, QStringLiteral("failed"), QString(), state->error.requestId,
                       tr("could not read the user at Okta: %1").arg(state->error.message()));
                continue;
            }
            QString problem;
            const auto action = ContainmentAction::parse(entry.action, &problem);
            if (!action) {
                record(entry, QStringLiteral("failed"), QString(), QString(), problem);
                continue;
            }
            const bool member = std::any_of(state->groups.begin(), state->groups.end(),
                                            [&](const OktaGroup& group) { return group.id == entry.groupId; });
            bool shown = false;
            switch (action->kind) {
            case ContainmentAction::Kind::Suspend:
                shown = state->user.status == QLatin1String("SUSPENDED");
                break;
            case ContainmentAction::Kind::Unsuspend:
                shown = state->user.status == QLatin1String("ACTIVE");
                break;
            case ContainmentAction::Kind::AddGroup:
                shown = member;
                break;
            case ContainmentAction::Kind::RemoveGroup:
                shown = !member;
                break;
            case ContainmentAction::Kind::ClearSessions:
                // Okta cannot be asked whether a user's sessions were cleared. Clearing again has no
                // effect beyond the first clear, so the safe way to settle it is to clear.
                resend(entry, tr("Okta cannot tell whether the sessions were cleared; clearing is idempotent, so "
                                 "it was sent again"));
                continue;
            }
            if (shown) {
                record(entry, QStringLiteral("done"), QStringLiteral("done"), entry.requestId,
                       tr("Okta's state shows the action took effect (user is %1); nothing was sent again")
                           .arg(state->user.status));
            } else if (entry.state == Journal::Pending) {
                resend(entry, tr("it had not been sent; it was sent now"));
            } else {
                resend(entry,
                       tr("Okta's state does not show it (user is %1), so it was sent again").arg(state->user.status));
            }
        }
        done();
    };
    m_client->getUser(userId, this, [state, decide](const OktaReply& reply, const OktaUser& user) {
        state->user = user;
        if (!reply.ok()) {
            state->error = reply.error;
        }
        decide();
    });
    m_client->userGroups(userId, this, [state, decide](const OktaReply& reply, const QList<OktaGroup>& groups) {
        state->groups = groups;
        if (!reply.ok() && !state->error.isError()) {
            state->error = reply.error;
        }
        decide();
    });
}

void JournalResume::resend(const JournalEntry& entry, const QString& why)
{
    QString problem;
    const auto action = ContainmentAction::parse(entry.action, &problem);
    ++m_pending;
    m_journal->markSent(entry.id);
    auto answered = [this, entry, why](const OktaReply& reply) {
        const QString outcome = reply.ok() ? (reply.already ? QStringLiteral("already") : QStringLiteral("done"))
                                           : QStringLiteral("failed");
        record(entry, reply.ok() ? QStringLiteral("resent") : QStringLiteral("failed"), outcome, reply.requestId,
               reply.ok() ? why : why + QStringLiteral("; ") + reply.error.message());
        done();
    };
    switch (action->kind) {
    case ContainmentAction::Kind::ClearSessions:
        m_client->clearSessions(entry.oktaUserId, this, answered);
        break;
    case ContainmentAction::Kind::Suspend:
        m_client->suspend(entry.oktaUserId, this, answered);
        break;
    case ContainmentAction::Kind::Unsuspend:
        m_client->unsuspend(entry.oktaUserId, this, answered);
        break;
    case ContainmentAction::Kind::AddGroup:
        m_client->addToGroup(entry.groupId, entry.oktaUserId, this, answered);
        break;
    case ContainmentAction::Kind::RemoveGroup:
        m_client->removeFromGroup(entry.groupId, entry.oktaUserId, this, answered);
        break;
    }
}

void JournalResume::record(const JournalEntry& entry,
                           const QString& resolution,
                           const QString& outcome,
                           const QString& requestId,
                           const QString& detail)
{
    m_settled << SettledEntry{entry, resolution, outcome, requestId, detail};
    if (resolution == QLatin1String("failed")) {
        // Left unfinished, so that the next resume tries again.
        return;
    }
    if (resolution == QLatin1String("resent")) {
        m_journal->finish(entry.id, outcome, requestId, detail);
    } else {
        m_journal->settle(entry.id, outcome, detail);
    }
    if (m_audit) {
        AuditEntry audit;
        audit.incidentId = entry.incidentId;
        audit.oktaUserId = entry.oktaUserId;
        audit.oktaLogin = entry.oktaLogin;
        audit.action = entry.action;
        audit.outcome = outcome;
        audit.requestId = requestId;
        audit.detail = tr("settled by journal resume: %1").arg(detail);
        m_audit->append(audit);
    }
}

void JournalResume::done()
{
    if (--m_pending == 0) {
        Q_EMIT finished();
    }
}

} // namespace cordon::core
