#include "LiveLock.h"

#include "DataFolder.h"
#include "Database.h"
#include "base/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace cordon::core
{

namespace
{

int spaceOf(LiveLock::Kind kind)
{
    return kind == LiveLock::Kind::Claim ? ClaimLockSpace : InFlightLockSpace;
}

// Beside the database, so that every program on the same file sees the same locks; named by a hash, since
// run ids and user ids are only text.
QString lockPath(const Database& database, LiveLock::Kind kind, const QString& name)
{
    const QByteArray key = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    return QFileInfo(database.path())
        .dir()
        .filePath(QStringLiteral("%1/%2.lock")
                      .arg(kind == LiveLock::Kind::Claim ? QStringLiteral("claims") : QStringLiteral("inflight"),
                           QString::fromLatin1(key.toHex().left(32))));
}

} // namespace

LiveLock::LiveLock(Database& database, Kind kind, const QString& name)
    : m_database(database), m_kind(kind), m_name(name)
{}

LiveLock::~LiveLock()
{
    if (!m_advisory || !m_database.isOpen()) {
        return; // a lock file unlocks itself; a closed connection took its locks with it
    }
    const AdvisoryKey key = advisoryKey(spaceOf(m_kind), m_name);
    QSqlQuery unlock(m_database.connection());
    unlock.prepare(QStringLiteral("SELECT pg_advisory_unlock(?, ?)"));
    unlock.addBindValue(key.space);
    unlock.addBindValue(key.id);
    if (!unlock.exec()) {
        qCWarning(lcStore) << "cannot let go of a lock:" << unlock.lastError().text();
    }
}

std::unique_ptr<LiveLock> LiveLock::take(Database& database, Kind kind, const QString& name)
{
    if (!database.isOpen()) {
        return nullptr;
    }
    std::unique_ptr<LiveLock> lock(new LiveLock(database, kind, name));
    if (database.isShared()) {
        // Advisory locks are re-entrant within a connection: one this program holds must not be taken twice.
        if (isHeld(database, kind, name)) {
            return nullptr;
        }
        const AdvisoryKey key = advisoryKey(spaceOf(kind), name);
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"));
        query.addBindValue(key.space);
        query.addBindValue(key.id);
        if (!query.exec() || !query.next()) {
            qCWarning(lcStore) << "cannot take a lock:" << query.lastError().text();
            return nullptr;
        }
        lock->m_advisory = query.value(0).toBool();
        return lock->m_advisory ? std::move(lock) : nullptr;
    }
    const QString path = lockPath(database, kind, name);
    if (!DataFolder::makePrivate(QFileInfo(path).absolutePath(), true)) {
        return nullptr;
    }
    lock->m_file = std::make_unique<QLockFile>(path);
    // Stale only when its process is gone: a run may wait on Okta for minutes.
    lock->m_file->setStaleLockTime(0);
    if (!lock->m_file->tryLock(0)) {
        if (lock->m_file->error() != QLockFile::LockFailedError) {
            qCWarning(lcStore) << "cannot take a lock file:" << lock->m_file->error();
        }
        return nullptr;
    }
    DataFolder::tightenFile(path);
    return lock;
}

bool LiveLock::isHeld(const Database& database, Kind kind, const QString& name)
{
    if (!database.isOpen()) {
        return false;
    }
    if (database.isShared()) {
        // Two-key advisory locks show in pg_locks with the keys as classid and objid, and objsubid 2.
        const AdvisoryKey key = advisoryKey(spaceOf(kind), name);
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
                                     " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                                     " AND classid::bigint = ? AND objid::bigint = ? AND objsubid = 2"));
        query.addBindValue(qint64(key.space));
        query.addBindValue(qint64(key.id));
        return query.exec() && query.next();
    }
    QLockFile probe(lockPath(database, kind, name));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

} // namespace cordon::core
