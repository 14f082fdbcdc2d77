#pragma once

#include "okta/OktaError.h"
#include "store/Journal.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace cordon::core
{

class AuditLog;
class OktaClient;

// What became of one unfinished journal entry.
struct SettledEntry
{
    JournalEntry entry;
    // done: Okta's state shows the action took effect; resent: it did not, so it was sent now;
    // failed: it could not be settled (the entry stays unfinished for the next resume).
    QString resolution;
    QString outcome;
    QString requestId;
    QString detail;

    QJsonObject toJson() const;
};

// Settles the actions a crash, a kill or a lost network left unfinished: reads each user's state at
// Okta; an action the state shows is recorded as done, one it does not show is sent again. An action
// is never sent twice when Okta's state can tell whether the first one arrived.
class JournalResume : public QObject
{
    Q_OBJECT
public:
    JournalResume(OktaClient* client, Journal* journal, AuditLog* audit, QObject* parent = nullptr);

    void start();
    const QList<SettledEntry>& settled() const { return m_settled; }
    bool allSettled() const;

Q_SIGNALS:
    void finished();

private:
    void settleUser(const QString& userId, const QList<JournalEntry>& entries);
    void record(const JournalEntry& entry,
                const QString& resolution,
                const QString& outcome,
                const QString& requestId,
                const QString& detail);
    void resend(const JournalEntry& entry, const QString& why);
    void done();

    OktaClient* m_client;
    Journal* m_journal;
    AuditLog* m_audit;
    QList<SettledEntry> m_settled;
    int m_pending = 0;
};

} // namespace cordon::core
