#include "Claims.h"

#include "Database.h"
#include "WriteTransaction.h"
#include "base/Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

namespace cordon::core
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("cordon::core::Claims", text);
}

Claim readClaim(const QSqlQuery& query)
{
    Claim claim;
    claim.key = query.value(0).toString();
    claim.runId = query.value(1).toString();
    claim.incidentId = query.value(2).toString();
    claim.analyst = query.value(3).toString();
    claim.machine = query.value(4).toString();
    claim.claimedAt = fromStoredTime(query.value(5).toString());
    return claim;
}

} // namespace

QString Claim::describe() const
{
    return tr("%1 on %2 since %3")
        .arg(analyst, machine, claimedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
}

UserClaim::UserClaim(Database& database, Claim claim, std::unique_ptr<LiveLock> lock)
    : m_database(database), m_claim(std::move(claim)), m_lock(std::move(lock))
{}

UserClaim::~UserClaim()
{
    if (m_database.isOpen()) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM claims WHERE okta_user_id = ? AND run_id = ?"));
        query.addBindValue(m_claim.key);
        query.addBindValue(m_claim.runId);
        if (!query.exec()) {
            // The row outlives the lock; with no lock it claims nothing.
            qCWarning(lcStore) << "cannot clear a claim:" << query.lastError().text();
        }
    }
}

Claims::Claims(Database& database) : m_database(database) {}

Claims::Outcome Claims::claimUser(const QString& oktaUserId, const QString& runId, const QString& incidentId)
{
    Outcome outcome;
    std::unique_ptr<LiveLock> lock = LiveLock::take(m_database, LiveLock::Kind::Claim, oktaUserId);
    if (!lock) {
        // The holder writes its row just after it takes the lock: a moment's wait finds it.
        outcome.holder = userHolder(oktaUserId);
        for (int tries = 0; !outcome.holder && tries < HolderWaitTries; ++tries) {
            QThread::msleep(HolderWaitMs);
            outcome.holder = userHolder(oktaUserId);
        }
        if (!outcome.holder) {
            // Held, but its row is not written yet, or the lock could not be made at all.
            Claim unknown;
            unknown.key = oktaUserId;
            unknown.analyst = tr("another Cordon program");
            unknown.machine = tr("an unknown workstation");
            unknown.claimedAt = QDateTime::currentDateTimeUtc();
            outcome.holder = unknown;
        }
        return outcome;
    }
    Claim claim;
    claim.key = oktaUserId;
    claim.runId = runId;
    claim.incidentId = incidentId;
    claim.analyst = m_database.analyst();
    claim.machine = QSysInfo::machineHostName();
    claim.claimedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO claims (okta_user_id, run_id, incident_id, analyst, machine, claimed_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (okta_user_id) DO UPDATE SET"
                                 " run_id = excluded.run_id, incident_id = excluded.incident_id,"
                                 " analyst = excluded.analyst, machine = excluded.machine,"
                                 " claimed_at = excluded.claimed_at"));
    for (const QString& text :
         {claim.key, claim.runId, claim.incidentId, claim.analyst, claim.machine, toStoredTime(claim.claimedAt)}) {
        query.addBindValue(storedText(text));
    }
    if (!query.exec()) {
        outcome.error = tr("Cannot record the claim on %1: %2").arg(oktaUserId, query.lastError().text());
        return outcome;
    }
    outcome.held = std::make_unique<UserClaim>(m_database, claim, std::move(lock));
    return outcome;
}

std::optional<Claim> Claims::userHolder(const QString& oktaUserId) const
{
    if (!LiveLock::isHeld(m_database, LiveLock::Kind::Claim, oktaUserId)) {
        return std::nullopt;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT okta_user_id, run_id, incident_id, analyst, machine, claimed_at"
                                 " FROM claims WHERE okta_user_id = ?"));
    query.addBindValue(oktaUserId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return readClaim(query);
}

qint64 Claims::journalMark() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM journal")) || !query.next()) {
        return 0;
    }
    return query.value(0).toLongLong();
}

std::optional<Claim> Claims::actedSince(const QString& oktaUserId, qint64 mark, const QString& runId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT okta_user_id, run_id, incident_id, analyst, '', created_at FROM journal"
                                 " WHERE okta_user_id = ? AND id > ? AND run_id <> ? ORDER BY id LIMIT 1"));
    query.addBindValue(oktaUserId);
    query.addBindValue(mark);
    query.addBindValue(runId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return readClaim(query);
}

bool Claims::claimIncident(const QString& incidentId, std::optional<Claim>* holder, QString* error)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error) {
            *error = transaction.errorText();
        }
        return false;
    }
    // Only this incident's row: the check runs under the write lock.
    QSqlQuery existing(m_database.connection());
    existing.prepare(QStringLiteral("SELECT incident_id, '', incident_id, analyst, machine, claimed_at"
                                    " FROM incident_claims WHERE incident_id = ?"));
    existing.addBindValue(incidentId);
    if (existing.exec() && existing.next() && existing.value(3).toString() != m_database.analyst()) {
        if (holder) {
            *holder = readClaim(existing);
        }
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO incident_claims (incident_id, analyst, machine, claimed_at)"
                                 " VALUES (?, ?, ?, ?) ON CONFLICT (incident_id) DO NOTHING"));
    query.addBindValue(incidentId);
    query.addBindValue(m_database.analyst());
    query.addBindValue(QSysInfo::machineHostName());
    query.addBindValue(toStoredTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec() || !transaction.commit()) {
        if (error) {
            *error = query.lastError().text() + transaction.errorText();
        }
        return false;
    }
    return true;
}

bool Claims::releaseIncident(const QString& incidentId, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM incident_claims WHERE incident_id = ? AND analyst = ?"));
    query.addBindValue(incidentId);
    query.addBindValue(m_database.analyst());
    if (!query.exec()) {
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }
    return true;
}

QHash<QString, Claim> Claims::incidentHolders() const
{
    QHash<QString, Claim> holders;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT incident_id, '', incident_id, analyst, machine, claimed_at"
                                   " FROM incident_claims"))) {
        qCWarning(lcStore) << "cannot read incident claims:" << query.lastError().text();
        return holders;
    }
    while (query.next()) {
        const Claim claim = readClaim(query);
        holders.insert(claim.key, claim);
    }
    return holders;
}

} // namespace cordon::core
