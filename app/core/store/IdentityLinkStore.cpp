#include "IdentityLinkStore.h"

#include "Database.h"
#include "QueryRows.h"
#include "WriteTransaction.h"
#include "base/Clock.h"
#include "base/Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cordon::core
{

namespace
{

const QString kColumns =
    QStringLiteral("id, source, raw_identity, endpoint, okta_user_id, okta_login, decision, analyst,"
                   " incident_id, created_at, expires_at, revoked_at, revoked_by");

QString decisionText(IdentityLink::Decision decision)
{
    return decision == IdentityLink::Decision::Confirmed ? QStringLiteral("confirmed") : QStringLiteral("rejected");
}

IdentityLink readLink(const QSqlQuery& query)
{
    IdentityLink link;
    link.id = query.value(0).toLongLong();
    link.source = query.value(1).toString();
    link.rawIdentity = query.value(2).toString();
    link.endpoint = query.value(3).toString();
    link.oktaUserId = query.value(4).toString();
    link.oktaLogin = query.value(5).toString();
    link.decision = query.value(6).toString() == QLatin1String("rejected") ? IdentityLink::Decision::Rejected
                                                                           : IdentityLink::Decision::Confirmed;
    link.analyst = query.value(7).toString();
    link.incidentId = query.value(8).toString();
    link.createdAt = fromStoredTime(query.value(9).toString());
    link.expiresAt = fromStoredTime(query.value(10).toString());
    link.revokedAt = fromStoredTime(query.value(11).toString());
    link.revokedBy = query.value(12).toString();
    return link;
}

} // namespace

IdentityLinkStore::IdentityLinkStore(Database& database, Clock* clock)
    : m_database(database), m_clock(clock ? clock : Clock::system())
{}

QString IdentityLinkStore::key(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

qint64 IdentityLinkStore::confirm(const QString& source,
                                  const QString& rawIdentity,
                                  const QString& endpoint,
                                  const QString& oktaUserId,
                                  const QString& oktaLogin,
                                  const QString& analyst,
                                  const QString& incidentId,
                                  int validityDays)
{
    return record(IdentityLink::Decision::Confirmed, source, rawIdentity, endpoint, oktaUserId, oktaLogin, analyst,
                  incidentId, validityDays);
}

qint64 IdentityLinkStore::reject(const QString& source,
                                 const QString& rawIdentity,
                                 const QString& endpoint,
                                 const QString& oktaUserId,
                                 const QString& oktaLogin,
                                 const QString& analyst,
                                 const QString& incidentId,
                                 int validityDays)
{
    return record(IdentityLink::Decision::Rejected, source, rawIdentity, endpoint, oktaUserId, oktaLogin, analyst,
                  incidentId, validityDays);
}

qint64 IdentityLinkStore::record(IdentityLink::Decision decision,
                                 const QString& source,
                                 const QString& rawIdentity,
                                 const QString& endpoint,
                                 const QString& oktaUserId,
                                 const QString& oktaLogin,
                                 const QString& analyst,
                                 const QString& incidentId,
                                 int validityDays)
{
    const QDateTime now = m_clock->now();
    // On a shared database the server's name for the analyst, which it checks.
    const QString who = m_database.recordedAnalyst(analyst);
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        qCWarning(lcStore) << "identity link: cannot lock the database:" << transaction.errorText();
        return 0;
    }
    // A new decision replaces the ones it contradicts: a confirmation every other confirmation and a
    // rejection of the same user, a rejection the confirmation of (and earlier rejection of) that user.
    QSqlQuery superseded(db);
    superseded.prepare(QStringLiteral("UPDATE identity_links SET revoked_at = ?, revoked_by = ?"
                                      " WHERE source = ? AND identity_key = ? AND endpoint_key = ?"
                                      " AND revoked_at IS NULL AND (okta_user_id = ? OR decision = 'confirmed')"
                                      " AND (? = 'confirmed' OR okta_user_id = ?)"));
    superseded.addBindValue(toStoredTime(now));
    superseded.addBindValue(storedText(who));
    superseded.addBindValue(storedText(source));
    superseded.addBindValue(storedText(key(rawIdentity)));
    superseded.addBindValue(storedText(key(endpoint)));
    superseded.addBindValue(storedText(oktaUserId));
    superseded.addBindValue(decisionText(decision));
    superseded.addBindValue(storedText(oktaUserId));
    if (!superseded.exec()) {
        qCWarning(lcStore) << "identity link: cannot supersede earlier links:" << superseded.lastError().text();
        return 0;
    }

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO identity_links (source, raw_identity, identity_key, endpoint,"
                                  " endpoint_key, okta_user_id, okta_login, decision, analyst, incident_id,"
                                  " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QString& text :
         {source, rawIdentity, key(rawIdentity), endpoint, key(endpoint), oktaUserId, oktaLogin, decisionText(decision),
          who, incidentId, toStoredTime(now), toStoredTime(now.addDays(validityDays))}) {
        insert.addBindValue(storedText(text));
    }
    if (!insert.exec() || !insert.next()) {
        qCWarning(lcStore) << "identity link: cannot record:" << insert.lastError().text();
        return 0;
    }
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    if (!transaction.commit()) {
        qCWarning(lcStore) << "identity link: cannot record:" << transaction.errorText();
        return 0;
    }
    return id;
}

bool IdentityLinkStore::revoke(qint64 id, const QString& analyst)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE identity_links SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL"));
    query.addBindValue(toStoredTime(m_clock->now()));
    query.addBindValue(storedText(m_database.recordedAnalyst(analyst)));
    query.addBindValue(id);
    if (!query.exec()) {
        qCWarning(lcStore) << "identity link revoke failed:" << query.lastError().text();
        return false;
    }
    return query.numRowsAffected() == 1;
}

QList<IdentityLink> IdentityLinkStore::active(IdentityLink::Decision decision,
                                              const QString& source,
                                              const QString& rawIdentity,
                                              const QString& endpoint) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Links made for this very endpoint come before those made for any endpoint, newest first.
    query.prepare(QStringLiteral("SELECT %1 FROM identity_links WHERE source = ? AND identity_key = ?"
                                 " AND (endpoint_key = ? OR endpoint_key = '') AND decision = ?"
                                 " AND revoked_at IS NULL AND expires_at > ?"
                                 " ORDER BY endpoint_key = '', created_at DESC, id DESC")
                      .arg(kColumns));
    query.addBindValue(storedText(source));
    query.addBindValue(storedText(key(rawIdentity)));
    query.addBindValue(storedText(key(endpoint)));
    query.addBindValue(decisionText(decision));
    query.addBindValue(toStoredTime(m_clock->now()));
    return queryRows<IdentityLink>(query, readLink);
}

std::optional<IdentityLink>
IdentityLinkStore::lookup(const QString& source, const QString& rawIdentity, const QString& endpoint) const
{
    const QList<IdentityLink> links = active(IdentityLink::Decision::Confirmed, source, rawIdentity, endpoint);
    if (links.isEmpty()) {
        return std::nullopt;
    }
    return links.constFirst();
}

QList<IdentityLink>
IdentityLinkStore::rejected(const QString& source, const QString& rawIdentity, const QString& endpoint) const
{
    return active(IdentityLink::Decision::Rejected, source, rawIdentity, endpoint);
}

QList<IdentityLink> IdentityLinkStore::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM identity_links ORDER BY id DESC").arg(kColumns));
    return queryRows<IdentityLink>(query, readLink);
}

} // namespace cordon::core
