#pragma once

#include "store/LiveLock.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace cordon::core
{

class Clock;
class Database;

// One Okta change as the journal knows it.
struct JournalEntry
{
    qint64 id = 0;
    QString runId; // one contain/release run, shared by its actions
    QString incidentId;
    QString oktaUserId;
    QString oktaLogin;
    QString action; // "suspend", "clear-sessions", "add-group:00g…"
    QString groupId;
    // What else the action acts on: the MFA factor a revoke-factors-since entry removes (one entry per factor).
    QString targetId;
    QString state; // pending | sent | done | failed | settled
    QDateTime createdAt;
    QDateTime updatedAt;
    QString requestId;
    // done | already | failed | skipped, as in cordonctl's results; a settled entry may also be superseded,
    // refused or declined (closed unsent by journal resume).
    QString outcome;
    QString detail;
    // Who wrote the entry: on a shared database the session user of the workstation that ran it.
    QString analyst;
};

// The action journal: an Okta change is written here before it is sent, marked when it goes out
// and finished when the answer comes, so that after a crash `journal resume` knows what may have
// happened. Every write is committed durably before the call returns.
class Journal
{
public:
    static inline const QString Pending = QStringLiteral("pending");
    static inline const QString Sent = QStringLiteral("sent");
    static inline const QString Done = QStringLiteral("done");
    static inline const QString Failed = QStringLiteral("failed");
    static inline const QString Settled = QStringLiteral("settled");

    explicit Journal(Database& database, Clock* clock = nullptr);

    Database& database() const { return m_database; }

    // Records the action as pending and returns its id; 0 when it could not be written, in which
    // case the action must not be sent.
    qint64 begin(const JournalEntry& entry);
    // Records several actions of one run with one commit, in the given state (Pending, or Sent when
    // they are handed to the network in the same turn); their ids in order, or none when nothing could
    // be written, in which case no action may be sent.
    QList<qint64> beginAll(const QList<JournalEntry>& entries, const QString& state = Pending);
    // Records several actions of one run with one commit, each in its own state: Sent for a change about to
    // leave, Done for one the run found already so. A run that changed nothing still leaves its trace, so that
    // it supersedes what an earlier run left open on the same user.
    QList<qint64> recordAll(const QList<JournalEntry>& entries);
    // Copies unfinished entries of another database (one an earlier version kept) with their states and times,
    // each with `note` added to its detail, in one commit; an entry already copied (same run, user, action and
    // time) is not copied again. The number copied, or -1 when nothing could be written.
    int takeOver(const QList<JournalEntry>& entries, const QString& note);
    // The request is about to leave.
    bool markSent(qint64 id);
    // Okta answered (or the request failed for good). An outcome of "failed" leaves the entry
    // failed, any other one done.
    bool finish(qint64 id, const QString& outcome, const QString& requestId = {}, const QString& detail = {});
    // `journal resume` found out what became of an unfinished entry by reading the user at Okta.
    bool settle(qint64 id, const QString& outcome, const QString& detail = {});

    std::optional<JournalEntry> entry(qint64 id) const;
    // Pending and sent entries, oldest first.
    QList<JournalEntry> unfinished() const;
    // What Cordon itself changed for this incident and user (outcome "done"; "already" was no
    // change), oldest first: the ledger a release reverses.
    QList<JournalEntry> doneForIncident(const QString& incidentId, const QString& oktaUserId) const;
    QList<JournalEntry> forRun(const QString& runId) const;
    // The first entry another run wrote after this one for the same Okta user: that run acted on the user with
    // the state of its time in front of it, so this entry's intent is out of date.
    std::optional<JournalEntry> supersededBy(const JournalEntry& entry) const;

    // While the returned lock lives, this process has the run's changes to the user in flight: journal resume, in
    // this program or another, leaves them alone. A process that ends in any way (a kill, a crash) holds nothing,
    // so resume settles its entries. Null when the lock cannot be made: the run goes on, since it is only a guard.
    std::unique_ptr<LiveLock> holdInFlight(const QString& runId, const QString& oktaUserId) const;
    // A live process, this one included, has the entry's changes in flight.
    bool isInFlight(const JournalEntry& entry) const;

private:
    qint64 insert(const JournalEntry& entry);
    bool
    update(qint64 id, const QString& state, const QString& outcome, const QString& requestId, const QString& detail);
    QList<JournalEntry> select(const QString& where,
                               const QVariantList& values,
                               int limit = -1,
                               const QString& orderBy = QStringLiteral("id")) const;

    Database& m_database;
    Clock* m_clock;
};

} // namespace cordon::core
