#pragma once

#include "ContainmentAction.h"
#include "okta/OktaError.h"
#include "store/Claims.h"
#include "store/Journal.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>

#include <map>
#include <memory>

namespace cordon::core
{

class AuditLog;
class ContainmentContext;
struct Refusal;

// What became of one unfinished journal entry.
struct SettledEntry
{
    SettledEntry() = default;
    SettledEntry(JournalEntry entry, QString resolution, QString outcome, QString requestId, QString detail)
        : entry(std::move(entry)), resolution(std::move(resolution)), outcome(std::move(outcome)),
          requestId(std::move(requestId)), detail(std::move(detail))
    {}

    JournalEntry entry;
    // done: Okta's state shows the action took effect; resent: it did not, so it was sent now (today's
    // guardrails allowed it); superseded: a later run on the same user closed it unsent; refused: today's
    // guardrails forbid it, so it was closed unsent; undecided: Cordon cannot tell whether it is still wanted
    // (an administrator, or a change at Okta since it was written), so it waits open for the analyst; declined:
    // the analyst chose not to send it, so it was closed unsent; in-flight: a running program is waiting for
    // Okta's answer to it, so it was left alone; failed: it could not be settled (the entry stays unfinished for
    // the next resume).
    QString resolution;
    QString outcome;
    QString requestId;
    QString detail;
    // The run that superseded the entry.
    QString supersededBy;
    // The guardrail that refused the entry or left it undecided (Refusal::code()).
    QString guardrail;

    QJsonObject toJson() const;
};

// Settles the actions a crash, a kill or a lost network left unfinished. An entry a later run on the same
// user wrote after it is closed as superseded: that run saw the user as it was then. For the others it reads
// each user's state at Okta: an action the state shows is recorded as done; one it does not show is sent again
// only when today's guardrails allow it and nothing at Okta changed since it was written. An action is never
// sent twice when Okta's state can tell whether the first one arrived.
class JournalResume : public QObject
{
    Q_OBJECT
public:
    // The context gives the client, the journal, the audit log and today's guardrail policy.
    explicit JournalResume(ContainmentContext* context, QObject* parent = nullptr);

    // The analyst's second confirmation to act on administrators, as for a fresh contain.
    void setAdminConfirmed(bool confirmed) { m_adminConfirmed = confirmed; }
    // The analyst's answers for entries an earlier pass left undecided: a confirmed one is sent if the rest of
    // today's guardrails allow it; a declined one is closed unsent.
    void setAnswers(const QSet<qint64>& confirmed, const QSet<qint64>& declined);

    void start();
    const QList<SettledEntry>& settled() const { return m_settled; }
    // Nothing failed (refused and undecided entries are settled in this sense: they are the analyst's to decide).
    bool allSettled() const;
    bool anyWithResolution(const QString& resolution) const;
    QList<SettledEntry> undecided() const;

Q_SIGNALS:
    void finished();

private:
    struct UserState;
    void settleUser(const QString& userId, const QList<JournalEntry>& entries);
    void decide(const JournalEntry& entry, const UserState& state);
    // A credential action is sent again only when Okta's state shows it did not arrive, or the analyst says so.
    void decideCredential(const JournalEntry& entry, const ContainmentAction& action, const UserState& state);
    // Whether the analyst and today's guardrails let the entry be sent again; if not, it is recorded so.
    bool maySendAgain(const JournalEntry& entry, const UserState& state);
    // Why the action should not be sent again without the analyst: a change at Okta after the entry was written.
    QString changeSince(const JournalEntry& entry, const UserState& state) const;
    void supersede(const JournalEntry& entry, const JournalEntry& later);
    void hold(const JournalEntry& entry, const QString& why, const QString& guardrail = {});
    void record(const SettledEntry& settled);
    void resend(const JournalEntry& entry, const QString& why);
    void done();

    ContainmentContext* m_context;
    Journal* m_journal;
    AuditLog* m_audit;
    bool m_adminConfirmed = false;
    QSet<qint64> m_confirmed;
    QSet<qint64> m_declined;
    QList<SettledEntry> m_settled;
    int m_pending = 0;
    // The users being settled, held against runs and other resumes here and on other workstations.
    std::map<QString, std::unique_ptr<UserClaim>> m_claims;
};

} // namespace cordon::core
