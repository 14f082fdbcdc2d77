#include "AuditLog.h"

#include "Database.h"
#include "QueryRows.h"
#include "WriteTransaction.h"
#include "base/Clock.h"
#include "base/Logging.h"
#include "base/OsAccount.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

namespace cordon::core
{

namespace
{

const QString kColumns = QStringLiteral(
    "seq, id, time, analyst, machine, incident_id, okta_user_id, okta_login, action, outcome, http_status, "
    "request_id, error_code, error_summary, detail, prev_hash, hash");

AuditEntry readEntry(const QSqlQuery& query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.id = query.value(1).toString();
    entry.time = fromStoredTime(query.value(2).toString());
    entry.analyst = query.value(3).toString();
    entry.machine = query.value(4).toString();
    entry.incidentId = query.value(5).toString();
    entry.oktaUserId = query.value(6).toString();
    entry.oktaLogin = query.value(7).toString();
    entry.action = query.value(8).toString();
    entry.outcome = query.value(9).toString();
    entry.httpStatus = query.value(10).toInt();
    entry.requestId = query.value(11).toString();
    entry.errorCode = query.value(12).toString();
    entry.errorSummary = query.value(13).toString();
    entry.detail = query.value(14).toString();
    entry.prevHash = query.value(15).toString();
    entry.hash = query.value(16).toString();
    return entry;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("cordon::core::AuditLog", text);
}

// Keeps one entry on one line, so that a field cannot forge another line of the text export.
QString oneLine(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n') {
            out += QLatin1String("\\n");
        } else if (c == u'\r') {
            out += QLatin1String("\\r");
        } else if (c == u'\t') {
            out += QLatin1String("\\t");
        } else if (c == u'\\') {
            out += QLatin1String("\\\\");
        } else if (c.category() == QChar::Other_Control) {
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

QString csvCell(const QString& value)
{
    QString cell = value;
    // A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.front())) {
        cell.prepend(QLatin1Char('\''));
    }
    const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                       cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
                       cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '));
    if (!quote) {
        return cell;
    }
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

} // namespace

AuditLog::AuditLog(Database& database, Clock* clock)
    : m_database(database), m_clock(clock ? clock : Clock::system()), m_analyst(osAccountName()),
      m_machine(QSysInfo::machineHostName())
{}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

// The canonical form, fixed for all versions of Cordon (a change would need a new prefix and
// verify() to accept both):
//
//   "cordon.audit/v1\n"
//   then for each field, in this order: seq, id, time, analyst, machine, incidentId, oktaUserId,
//   oktaLogin, action, outcome, httpStatus, requestId, errorCode, errorSummary, detail, prevHash:
//     <field name> " " <length of the value in UTF-8 bytes, decimal> ":" <value as UTF-8> "\n"
//
// seq and httpStatus are written in decimal without leading zeros; time is UTC with milliseconds,
// "yyyy-MM-ddTHH:mm:ss.zzzZ". The length prefix makes the form unambiguous whatever the values hold.
// The hash is the lowercase hex SHA-256 of these bytes; the first entry's prevHash is 64 zeros.
QByteArray AuditLog::canonicalForm(const AuditEntry& entry)
{
    const std::pair<const char*, QString> fields[] = {
        {"seq", QString::number(entry.seq)},
        {"id", entry.id},
        {"time", toStoredTime(entry.time)},
        {"analyst", entry.analyst},
        {"machine", entry.machine},
        {"incidentId", entry.incidentId},
        {"oktaUserId", entry.oktaUserId},
        {"oktaLogin", entry.oktaLogin},
        {"action", entry.action},
        {"outcome", entry.outcome},
        {"httpStatus", QString::number(entry.httpStatus)},
        {"requestId", entry.requestId},
        {"errorCode", entry.errorCode},
        {"errorSummary", entry.errorSummary},
        {"detail", entry.detail},
        {"prevHash", entry.prevHash},
    };
    QByteArray out("cordon.audit/v1\n");
    for (const auto& [name, value] : fields) {
        const QByteArray bytes = value.toUtf8();
        out += name;
        out += ' ';
        out += QByteArray::number(bytes.size());
        out += ':';
        out += bytes;
        out += '\n';
    }
    return out;
}

QString AuditLog::computeHash(const AuditEntry& entry)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalForm(entry), QCryptographicHash::Sha256).toHex());
}

QString AuditLog::append(AuditEntry entry, const std::function<bool()>& alongside)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        qCWarning(lcStore) << "audit append: cannot lock the database:" << transaction.errorText();
        return {};
    }
    QSqlQuery head(db);
    // The next seq comes from sqlite_sequence, not the last row, so that a deleted tail stays a gap.
    if (!head.exec(QStringLiteral("SELECT (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1),"
                                  " (SELECT seq FROM sqlite_sequence WHERE name = 'audit_log')")) ||
        !head.next()) {
        qCWarning(lcStore) << "audit append: cannot read the chain's head:" << head.lastError().text();
        return {};
    }
    const QString lastHash = head.value(0).toString();
    entry.seq = head.value(1).toLongLong() + 1;
    entry.prevHash = lastHash.isEmpty() ? genesisHash() : lastHash;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Millisecond precision, as stored, so that the hash computed now is the one verify() computes.
    entry.time = QDateTime::fromMSecsSinceEpoch(m_clock->now().toMSecsSinceEpoch(), Qt::UTC);
    entry.analyst = m_analyst;
    entry.machine = m_machine;
    entry.hash = computeHash(entry);

    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns));
    insert.addBindValue(entry.seq);
    insert.addBindValue(entry.id);
    insert.addBindValue(toStoredTime(entry.time));
    for (const QString& text : {entry.analyst, entry.machine, entry.incidentId, entry.oktaUserId, entry.oktaLogin,
                                entry.action, entry.outcome}) {
        insert.addBindValue(storedText(text));
    }
    insert.addBindValue(entry.httpStatus);
    for (const QString& text :
         {entry.requestId, entry.errorCode, entry.errorSummary, entry.detail, entry.prevHash, entry.hash}) {
        insert.addBindValue(storedText(text));
    }
    if (!insert.exec()) {
        qCWarning(lcStore) << "audit append failed:" << insert.lastError().text();
        return {};
    }
    if (alongside && !alongside()) {
        qCWarning(lcStore) << "audit append: the write that goes with it failed; neither is kept";
        return {};
    }
    if (!transaction.commit()) {
        qCWarning(lcStore) << "audit append: commit failed:" << transaction.errorText();
        return {};
    }
    return entry.id;
}

QList<AuditEntry> AuditLog::entries(const AuditFilter& filter) const
{
    QStringList conditions;
    QVariantList values;
    const auto where = [&](const QString& condition, const QVariant& value) {
        conditions << condition;
        values << value;
    };
    if (!filter.incidentId.isEmpty()) {
        where(QStringLiteral("incident_id = ?"), filter.incidentId);
    }
    if (!filter.oktaUserId.isEmpty()) {
        where(QStringLiteral("okta_user_id = ?"), filter.oktaUserId);
    }
    if (!filter.action.isEmpty()) {
        where(QStringLiteral("action = ?"), filter.action);
    }
    if (filter.from.isValid()) {
        where(QStringLiteral("time >= ?"), toStoredTime(filter.from));
    }
    if (filter.to.isValid()) {
        where(QStringLiteral("time < ?"), toStoredTime(filter.to));
    }
    if (filter.afterSeq > 0) {
        where(QStringLiteral("seq > ?"), filter.afterSeq);
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(kColumns);
    if (!conditions.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    sql += QStringLiteral(" ORDER BY seq");
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : std::as_const(values)) {
        query.addBindValue(value);
    }
    return queryRows<AuditEntry>(query, readEntry);
}

AuditLog::VerifyResult AuditLog::verify() const
{
    VerifyResult result;
    const auto broken = [&result](qint64 seq, const QString& reason) {
        result.ok = false;
        result.firstBrokenSeq = seq;
        result.reason = reason;
        return result;
    };
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns))) {
        return broken(0, tr("the audit log cannot be read: %1").arg(query.lastError().text()));
    }
    qint64 expectedSeq = 1;
    QString expectedPrev = genesisHash();
    while (query.next()) {
        const AuditEntry entry = readEntry(query);
        if (entry.seq != expectedSeq) {
            return broken(expectedSeq, entry.seq > expectedSeq
                                           ? tr("entries %1 to %2 are missing").arg(expectedSeq).arg(entry.seq - 1)
                                           : tr("entry %1 is out of sequence").arg(entry.seq));
        }
        if (entry.prevHash != expectedPrev) {
            return broken(entry.seq, tr("entry %1 does not follow the entry before it (an entry was inserted, "
                                        "removed or moved)")
                                         .arg(entry.seq));
        }
        if (computeHash(entry) != entry.hash) {
            return broken(entry.seq, tr("entry %1 was altered after it was written").arg(entry.seq));
        }
        expectedPrev = entry.hash;
        result.headHash = entry.hash;
        ++expectedSeq;
        ++result.checked;
    }
    QSqlQuery sequence(m_database.connection());
    if (sequence.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")) && sequence.next()) {
        const qint64 highest = sequence.value(0).toLongLong();
        if (highest >= expectedSeq) {
            return broken(expectedSeq, tr("entries %1 to %2 are missing").arg(expectedSeq).arg(highest));
        }
    }
    return result;
}

QByteArray AuditLog::exportText(const AuditFilter& filter) const
{
    QByteArray out;
    for (const AuditEntry& e : entries(filter)) {
        QString line = QStringLiteral("%1 %2 %3@%4 %5 %6")
                           .arg(e.seq)
                           .arg(toStoredTime(e.time), oneLine(e.analyst), oneLine(e.machine), oneLine(e.action),
                                oneLine(e.outcome));
        line += QStringLiteral(" user=%1").arg(oneLine(e.oktaLogin.isEmpty() ? e.oktaUserId : e.oktaLogin));
        if (!e.oktaLogin.isEmpty() && !e.oktaUserId.isEmpty()) {
            line += QStringLiteral(" (%1)").arg(oneLine(e.oktaUserId));
        }
        if (!e.incidentId.isEmpty()) {
            line += QStringLiteral(" incident=%1").arg(oneLine(e.incidentId));
        }
        if (e.httpStatus != 0) {
            line += QStringLiteral(" http=%1").arg(e.httpStatus);
        }
        if (!e.requestId.isEmpty()) {
            line += QStringLiteral(" request=%1").arg(oneLine(e.requestId));
        }
        if (!e.errorCode.isEmpty() || !e.errorSummary.isEmpty()) {
            line += QStringLiteral(" error=%1 \"%2\"").arg(oneLine(e.errorCode), oneLine(e.errorSummary));
        }
        if (!e.detail.isEmpty()) {
            line += QStringLiteral(" detail=\"%1\"").arg(oneLine(e.detail));
        }
        line += QStringLiteral(" id=%1 hash=%2\n").arg(e.id, e.hash);
        out += line.toUtf8();
    }
    return out;
}

QByteArray AuditLog::exportCsv(const AuditFilter& filter) const
{
    QByteArray out("seq,id,time,analyst,machine,incident_id,okta_user_id,okta_login,action,outcome,http_status,"
                   "request_id,error_code,error_summary,detail,prev_hash,hash\r\n");
    for (const AuditEntry& e : entries(filter)) {
        const QStringList cells = {
            QString::number(e.seq),
            csvCell(e.id),
            csvCell(toStoredTime(e.time)),
            csvCell(e.analyst),
            csvCell(e.machine),
            csvCell(e.incidentId),
            csvCell(e.oktaUserId),
            csvCell(e.oktaLogin),
            csvCell(e.action),
            csvCell(e.outcome),
            QString::number(e.httpStatus),
            csvCell(e.requestId),
            csvCell(e.errorCode),
            csvCell(e.errorSummary),
            csvCell(e.detail),
            csvCell(e.prevHash),
            csvCell(e.hash),
        };
        out += cells.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    }
    return out;
}

QByteArray AuditLog::exportJson(const AuditFilter& filter) const
{
    QJsonArray array;
    for (const AuditEntry& entry : entries(filter)) {
        array.append(entry.toJson());
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace cordon::core
