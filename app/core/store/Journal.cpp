#include "Journal.h"

#include "DataFolder.h"
#include "Database.h"
#include "QueryRows.h"
#include "base/Clock.h"
#include "base/Logging.h"
#include "store/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cordon::core
{

namespace
{

const QString kColumns =
    QStringLiteral("id, run_id, incident_id, okta_user_id, okta_login, action, group_id, state, created_at, "
                   "updated_at, request_id, outcome, detail, target_id, analyst");

JournalEntry readEntry(const QSqlQuery& query)
{
    JournalEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.runId = query.value(1).toString();
    entry.incidentId = query.value(2).toString();
    entry.oktaUserId = query.value(3).toString();
    entry.oktaLogin = query.value(4).toString();
    entry.action = query.value(5).toString();
    entry.groupId = query.value(6).toString();
    entry.state = query.value(7).toString();
    entry.createdAt = fromStoredTime(query.value(8).toString());
    entry.updatedAt = fromStoredTime(query.value(9).toString());
    entry.requestId = query.value(10).toString();
    entry.outcome = query.value(11).toString();
    entry.detail = query.value(12).toString();
    entry.targetId = query.value(13).toString();
    entry.analyst = query.value(14).toString();
    return entry;
}

} // namespace

Journal::Journal(Database& database, Clock* clock) : m_database(database), m_clock(clock ? clock : Clock::system()) {}

qint64 Journal::begin(const JournalEntry& entry)
{
    JournalEntry pending = entry;
    pending.state = Pending;
    return insert(pending);
}

qint64 Journal::insert(const JournalEntry& entry)
{
    const QString now = toStoredTime(m_clock->now());
    // An entry taken over from another database keeps its times: resume compares them with Okta's.
    const QString created = entry.createdAt.isValid() ? toStoredTime(entry.createdAt) : now;
    const QString updated = entry.updatedAt.isValid() ? toStoredTime(entry.updatedAt) : created;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO journal (run_id, incident_id, okta_user_id, okta_login, action, group_id,"
                                 " state, created_at, updated_at, request_id, outcome, detail, target_id, analyst)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    // An entry taken over from another database keeps its analyst too; a shared database records its own.
    const QString analyst = m_database.recordedAnalyst(entry.analyst.isEmpty() ? m_database.analyst() : entry.analyst);
    for (const QString& text :
         {entry.runId, entry.incidentId, entry.oktaUserId, entry.oktaLogin, entry.action, entry.groupId, entry.state,
          created, updated, entry.requestId, entry.outcome, entry.detail, entry.targetId, analyst}) {
        query.addBindValue(storedText(text));
    }
    if (!query.exec() || !query.next()) {
        qCWarning(lcStore) << "journal begin failed:" << query.lastError().text();
        reconnectIfLost(m_database.connection(), query.lastError());
        return 0;
    }
    return query.value(0).toLongLong();
}

QList<qint64> Journal::beginAll(const QList<JournalEntry>& entries, const QString& state)
{
    QList<JournalEntry> stated = entries;
    for (JournalEntry& entry : stated) {
        entry.state = state;
    }
    return recordAll(stated);
}

QList<qint64> Journal::recordAll(const QList<JournalEntry>& entries)
{
    WriteTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        qCWarning(lcStore) << "journal begin: cannot lock the database:" << transaction.errorText();
        return {};
    }
    QList<qint64> ids;
    for (const JournalEntry& entry : entries) {
        const qint64 id = insert(entry);
        if (id == 0) {
            return {};
        }
        ids << id;
    }
    if (!transaction.commit()) {
        qCWarning(lcStore) << "journal begin: commit failed:" << transaction.errorText();
        return {};
    }
    return ids;
}

int Journal::takeOver(const QList<JournalEntry>& entries, const QString& note)
{
    QList<JournalEntry> copies;
    for (JournalEntry entry : entries) {
        const bool copied = !select(QStringLiteral("run_id = ? AND okta_user_id = ? AND action = ? AND created_at = ?"),
                                    {storedText(entry.runId), storedText(entry.oktaUserId), storedText(entry.action),
                                     toStoredTime(entry.createdAt)},
                                    1)
                                 .isEmpty();
        if (!copied) {
            entry.detail = entry.detail.isEmpty() ? note : entry.detail + QStringLiteral("; ") + note;
            copies << entry;
        }
    }
    if (copies.isEmpty()) {
        return 0;
    }
    return recordAll(copies).size() == copies.size() ? int(copies.size()) : -1;
}

bool Journal::markSent(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE journal SET state = ?, updated_at = ? WHERE id = ? AND state = ?"));
    query.addBindValue(Sent);
    query.addBindValue(toStoredTime(m_clock->now()));
    query.addBindValue(id);
    query.addBindValue(Pending);
    if (!query.exec()) {
        qCWarning(lcStore) << "journal markSent failed:" << query.lastError().text();
        reconnectIfLost(m_database.connection(), query.lastError());
        return false;
    }
    return query.numRowsAffected() == 1;
}

bool Journal::finish(qint64 id, const QString& outcome, const QString& requestId, const QString& detail)
{
    const QString state = outcome == QLatin1String("failed") ? Failed : Done;
    return update(id, state, outcome, requestId, detail);
}

bool Journal::settle(qint64 id, const QString& outcome, const QString& detail)
{
    return update(id, Settled, outcome, {}, detail);
}

bool Journal::update(
    qint64 id, const QString& state, const QString& outcome, const QString& requestId, const QString& detail)
{
    // Only an unfinished entry moves on: a finished one is history.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE journal SET state = ?, updated_at = ?, outcome = ?,"
                                 " request_id = CASE WHEN ? = '' THEN request_id ELSE ? END, detail = ?"
                                 " WHERE id = ? AND state IN ('pending', 'sent')"));
    query.addBindValue(state);
    query.addBindValue(toStoredTime(m_clock->now()));
    query.addBindValue(storedText(outcome));
    query.addBindValue(storedText(requestId));
    query.addBindValue(storedText(requestId));
    query.addBindValue(storedText(detail));
    query.addBindValue(id);
    if (!query.exec()) {
        qCWarning(lcStore) << "journal update failed:" << query.lastError().text();
        // Not sent again here: the server may have applied it before the connection went. The next call goes
        // through.
        reconnectIfLost(m_database.connection(), query.lastError());
        return false;
    }
    return query.numRowsAffected() == 1;
}

std::optional<JournalEntry> Journal::entry(qint64 id) const
{
    const QList<JournalEntry> found = select(QStringLiteral("id = ?"), {id});
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.constFirst();
}

QList<JournalEntry> Journal::unfinished() const
{
    return select(QStringLiteral("state IN ('pending', 'sent')"), {});
}

QList<JournalEntry> Journal::doneForIncident(const QString& incidentId, const QString& oktaUserId) const
{
    return select(QStringLiteral("incident_id = ? AND okta_user_id = ? AND state IN ('done', 'settled')"
                                 " AND outcome = 'done'"),
                  {storedText(incidentId), storedText(oktaUserId)});
}

QList<JournalEntry> Journal::forRun(const QString& runId) const
{
    return select(QStringLiteral("run_id = ?"), {storedText(runId)});
}

std::optional<JournalEntry> Journal::supersededBy(const JournalEntry& entry) const
{
    // Later in time, and by id between entries written in the same millisecond: an entry taken over from
    // another database has a higher id than entries written here after it.
    const QString created = toStoredTime(entry.createdAt);
    const QList<JournalEntry> later =
        select(QStringLiteral("okta_user_id = ? AND run_id <> ? AND (created_at > ? OR (created_at = ? AND id > ?))"),
               {storedText(entry.oktaUserId), storedText(entry.runId), created, created, entry.id}, 1,
               QStringLiteral("created_at, id"));
    if (later.isEmpty()) {
        return std::nullopt;
    }
    return later.constFirst();
}

std::unique_ptr<LiveLock> Journal::holdInFlight(const QString& runId, const QString& oktaUserId) const
{
    auto lock = LiveLock::take(m_database, LiveLock::Kind::InFlight, runId + QLatin1Char('\n') + oktaUserId);
    if (!lock) {
        qCWarning(lcStore) << "cannot mark a run in flight";
    }
    return lock;
}

bool Journal::isInFlight(const JournalEntry& entry) const
{
    return LiveLock::isHeld(m_database, LiveLock::Kind::InFlight, entry.runId + QLatin1Char('\n') + entry.oktaUserId);
}

QList<JournalEntry>
Journal::select(const QString& where, const QVariantList& values, int limit, const QString& orderBy) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM journal WHERE %2 ORDER BY %3").arg(kColumns, where, orderBy);
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    }
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    return queryRows<JournalEntry>(query, readEntry);
}

} // namespace cordon::core
