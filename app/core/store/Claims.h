#pragma once

#include "store/LiveLock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace cordon::core
{

class Database;

// Who holds an Okta user (a run acting on it) or an incident (an analyst working it).
struct Claim
{
    QString key; // the Okta user's id, or the incident's
    QString runId;
    QString incidentId;
    QString analyst;
    QString machine;
    QDateTime claimedAt;

    // "alice on ws-7 since 14:02 UTC", for messages.
    QString describe() const;
};

// A run's hold on an Okta user: while it lives no other run, on this workstation or another sharing the
// database, acts on the user. Let go when destroyed, or when its program ends in any way.
class UserClaim
{
public:
    UserClaim(Database& database, Claim claim, std::unique_ptr<LiveLock> lock);
    ~UserClaim();
    UserClaim(const UserClaim&) = delete;
    UserClaim& operator=(const UserClaim&) = delete;

    const Claim& claim() const { return m_claim; }

private:
    Database& m_database;
    Claim m_claim;
    std::unique_ptr<LiveLock> m_lock;
};

// Claims on Okta users and incidents, kept in the database so that every analyst sharing it sees them. A
// user's claim is alive while its run's program holds a LiveLock; the row only says whose it is, so a
// killed workstation's claim lapses with it and its journal entries are left for journal resume.
class Claims
{
public:
    explicit Claims(Database& database);

    struct Outcome
    {
        std::unique_ptr<UserClaim> held; // set when taken
        std::optional<Claim> holder;     // who holds it when not
        QString error;                   // the database failed
    };
    // Takes the user for the run; fails when a live run holds it already.
    Outcome claimUser(const QString& oktaUserId, const QString& runId, const QString& incidentId);
    // The live claim on a user, if any.
    std::optional<Claim> userHolder(const QString& oktaUserId) const;

    // The journal's newest entry so far; a run notes it before reading the user's state from Okta.
    qint64 journalMark() const;
    // The first entry another run wrote for the user after mark: its state as read since is out of date.
    std::optional<Claim> actedSince(const QString& oktaUserId, qint64 mark, const QString& runId) const;

    // An analyst takes an incident from the list; false with *holder set when someone else has it.
    bool claimIncident(const QString& incidentId, std::optional<Claim>* holder = nullptr, QString* error = nullptr);
    // Lets go of an incident this analyst holds; another's claim is not touched.
    bool releaseIncident(const QString& incidentId, QString* error = nullptr);
    // Who holds each claimed incident.
    QHash<QString, Claim> incidentHolders() const;

private:
    static constexpr int HolderWaitTries = 20;
    static constexpr int HolderWaitMs = 50;

    Database& m_database;
};

} // namespace cordon::core
