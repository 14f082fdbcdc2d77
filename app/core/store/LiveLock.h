#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace cordon::core
{

class Database;

// A mark that something is taken by a live program, which lapses with it however it ends (kill -9
// included): beside a SQLite database a lock file in a folder named after the kind of lock, and on
// PostgreSQL an advisory lock held by the program's connection, which the server lets go when the
// connection goes. Held until destroyed; the database must outlive it.
class LiveLock
{
public:
    enum class Kind
    {
        InFlight, // a run waiting for Okta's answers, by run and user
        Claim,    // an Okta user a run is acting on
    };

    ~LiveLock();
    LiveLock(const LiveLock&) = delete;
    LiveLock& operator=(const LiveLock&) = delete;

    // Takes the lock; null when another program (or this one, for a claim) holds it, or it cannot be taken.
    static std::unique_ptr<LiveLock> take(Database& database, Kind kind, const QString& name);
    // Whether a live program holds it, this one included.
    static bool isHeld(const Database& database, Kind kind, const QString& name);

private:
    LiveLock(Database& database, Kind kind, const QString& name);

    Database& m_database;
    Kind m_kind;
    QString m_name;
    std::unique_ptr<QLockFile> m_file;
    bool m_advisory = false; // an advisory lock this connection holds
};

} // namespace cordon::core
