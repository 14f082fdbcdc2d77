#include "AuditLog.h"

#include "AuditSeal.h"
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

#include <algorithm>
#include <optional>

namespace cordon::core
{

namespace
{

const QString kColumns = QStringLiteral(
    "seq, id, time, analyst, machine, incident_id, okta_user_id, okta_login, action, outcome, http_status, "
    "request_id, error_code, error_summary, detail, prev_hash, hash, mac, place_mac");

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
    entry.mac = query.value(17).toString();
    entry.placeMac = query.value(18).toString();
    return entry;
}

// How far past the last entry verify() looks for the place an entry was written at.
constexpr qint64 MaxRemovedSearched = 100000;

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
    : m_database(database), m_clock(clock ? clock : Clock::system()), m_analyst(database.analyst()),
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

void AuditLog::setAnalyst(const QString& analyst)
{
    // A shared database checks that every entry names its session user.
    m_analyst = m_database.recordedAnalyst(analyst);
}

QString AuditLog::highestSeqQuery() const
{
    return m_database.isShared() ? QStringLiteral("SELECT MAX(seq) FROM audit_log")
                                 : QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'");
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
    // The next seq comes from sqlite_sequence, not the last row, so that a deleted tail stays a gap. On
    // PostgreSQL no analyst may delete an entry, and the write lock makes every workstation read the head
    // the one before it wrote: the chain never forks.
    if (!head.exec(QStringLiteral("SELECT (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), (%1)")
                       .arg(highestSeqQuery())) ||
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
    if (m_seal && m_seal->hasKey()) {
        entry.mac = m_seal->entryMac(canonicalForm(entry));
        entry.placeMac = m_seal->placeMac(entry.id, entry.seq);
    } else if (m_seal) {
        qCWarning(lcStore) << "audit entry" << entry.seq << "written unsealed: the log's key is not at hand";
    }

    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns));
    insert.addBindValue(entry.seq);
    insert.addBindValue(entry.id);
    insert.addBindValue(toStoredTime(entry.time));
    for (const QString& text : {entry.analyst, entry.machine, entry.incidentId, entry.oktaUserId, entry.oktaLogin,
                                entry.action, entry.outcome}) {
        insert.addBindValue(storedText(text));
    }
    insert.addBindValue(entry.httpStatus);
    for (const QString& text : {entry.requestId, entry.errorCode, entry.errorSummary, entry.detail, entry.prevHash,
                                entry.hash, entry.mac, entry.placeMac}) {
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
    if (m_seal) {
        m_seal->anchorHead();
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

bool AuditLog::hasSealedEntries() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT 1 FROM audit_log WHERE mac != '' LIMIT 1")) && query.next();
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
    const bool keyed = m_seal && m_seal->hasKey();
    std::optional<AuditAnchor> anchor = m_seal ? m_seal->anchor() : std::nullopt;
    if (m_seal && !m_seal->anchorProblem().isEmpty()) {
        if (keyed) {
            return broken(0, m_seal->anchorProblem());
        }
        anchor.reset();
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT MIN(seq) FROM audit_log WHERE mac != ''")) || !query.next()) {
        return broken(0, tr("the audit log cannot be read: %1").arg(query.lastError().text()));
    }
    // Entries from sealedFrom on must carry a seal. The anchor says where sealing began; without an anchor,
    // the first sealed entry does (0: none).
    const qint64 sealedFrom = anchor ? anchor->sealedFrom : query.value(0).toLongLong();
    result.sealedFrom = sealedFrom;
    const QString keyProblem = m_seal ? m_seal->keyProblem() : tr("no keychain is in use");
    if (!query.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns))) {
        return broken(0, tr("the audit log cannot be read: %1").arg(query.lastError().text()));
    }
    qint64 expectedSeq = 1;
    QString expectedPrev = genesisHash();
    QString anchoredHash;
    while (query.next()) {
        const AuditEntry entry = readEntry(query);
        if (entry.seq != expectedSeq) {
            return broken(expectedSeq, entry.seq > expectedSeq
                                           ? tr("entries %1 to %2 are missing").arg(expectedSeq).arg(entry.seq - 1)
                                           : tr("entry %1 is out of sequence").arg(entry.seq));
        }
        // The seal speaks first: it tells an altered entry from a moved, removed or forged one.
        const bool mustSeal = (sealedFrom > 0 && entry.seq >= sealedFrom) || !entry.mac.isEmpty();
        if (mustSeal) {
            if (!keyed) {
                return broken(
                    entry.seq,
                    tr("entry %1 is sealed, but the log's key cannot be read: %2").arg(entry.seq).arg(keyProblem));
            }
            if (entry.mac.isEmpty()) {
                return broken(entry.seq,
                              anchor && entry.seq > anchor->seq
                                  ? tr("entry %1 was added after the anchored head (entry %2) without the key: it "
                                       "is forged")
                                        .arg(entry.seq)
                                        .arg(anchor->seq)
                                  : tr("entry %1 carries no seal, though the log is sealed from entry %2: it was "
                                       "added or rewritten without the key")
                                        .arg(entry.seq)
                                        .arg(sealedFrom));
            }
            if (m_seal->entryMac(canonicalForm(entry)) != entry.mac) {
                return broken(entry.seq, diagnose(entry, entry.seq));
            }
        }
        if (entry.prevHash != expectedPrev) {
            return broken(entry.seq, tr("entry %1 does not follow the entry before it (an entry was inserted, "
                                        "removed or moved)")
                                         .arg(entry.seq));
        }
        if (computeHash(entry) != entry.hash) {
            return broken(entry.seq, tr("entry %1 was altered after it was written").arg(entry.seq));
        }
        if (!mustSeal) {
            ++result.unkeyed;
        }
        if (anchor && entry.seq == anchor->seq) {
            anchoredHash = entry.hash;
        }
        expectedPrev = entry.hash;
        result.headHash = entry.hash;
        ++expectedSeq;
        ++result.checked;
    }
    const qint64 head = expectedSeq - 1;
    if (anchor) {
        result.anchoredSeq = anchor->seq;
        if (head == 0 && anchor->seq > 0) {
            return broken(1, tr("the log is empty, but the anchor in the keychain says it held %1 entries: it was "
                                "wiped")
                                 .arg(anchor->seq));
        }
        if (head < anchor->seq) {
            return broken(head + 1, tr("entries %1 to %2 are missing: the anchor in the keychain says the log reached "
                                       "entry %2, so its tail was cut")
                                        .arg(head + 1)
                                        .arg(anchor->seq));
        }
        if (anchor->seq > 0 && anchoredHash != anchor->head) {
            return broken(anchor->seq, tr("entry %1 is not the entry anchored in the keychain: the log was rewritten "
                                          "from there on")
                                           .arg(anchor->seq));
        }
    }
    QSqlQuery sequence(m_database.connection());
    if (sequence.exec(highestSeqQuery()) && sequence.next()) {
        const qint64 highest = sequence.value(0).toLongLong();
        if (highest >= expectedSeq) {
            return broken(expectedSeq, tr("entries %1 to %2 are missing").arg(expectedSeq).arg(highest));
        }
    }
    if (keyed && anchor) {
        result.sealed = true;
        if (head > anchor->seq) {
            result.note = tr("entries %1 to %2 are sealed but not anchored yet").arg(anchor->seq + 1).arg(head);
        }
    } else if (keyed && sealedFrom > 0) {
        return broken(0, tr("the keychain holds no anchor for this log, so a cut tail or an emptied log could not "
                            "be seen"));
    } else if (anchor && m_seal->keyState() == AuditSeal::KeyState::Missing) {
        return broken(0, tr("the log's key is missing from the keychain, though its anchor is there"));
    } else if (keyed) {
        result.note = tr("not sealed yet: no entry is keyed and no head is anchored");
    } else {
        result.note = tr("unsealed, no key: %1").arg(keyProblem.isEmpty() ? tr("the key was not read") : keyProblem);
    }
    return result;
}

QString AuditLog::diagnose(const AuditEntry& entry, qint64 position) const
{
    const std::optional<AuditAnchor>& anchor = m_seal->anchor();
    if (m_seal->placeMac(entry.id, position) == entry.placeMac) {
        return tr("entry %1 was altered after it was sealed, or an entry before it was: it no longer matches its seal")
            .arg(position);
    }
    // Where Cordon wrote this entry, if it did: the place seal covers the id and seq alone.
    QSqlQuery highest(m_database.connection());
    qint64 limit = anchor ? anchor->seq : 0;
    if (highest.exec(QStringLiteral("SELECT (SELECT MAX(seq) FROM audit_log), (%1)").arg(highestSeqQuery())) &&
        highest.next()) {
        // sqlite_sequence is the attacker's to set: it may widen the search, within reason.
        const qint64 rows = highest.value(0).toLongLong();
        limit = std::max({limit, rows, std::min(highest.value(1).toLongLong(), rows + MaxRemovedSearched)});
    }
    qint64 written = 0;
    for (qint64 seq = 1; seq <= limit && !entry.placeMac.isEmpty(); ++seq) {
        if (m_seal->placeMac(entry.id, seq) == entry.placeMac) {
            written = seq;
            break;
        }
    }
    if (written == 0) {
        if (anchor && position > anchor->seq) {
            return tr("entry %1 was added after the anchored head (entry %2) without the key: it is forged")
                .arg(position)
                .arg(anchor->seq);
        }
        return tr("entry %1 was not sealed with this log's key: it is forged or was altered").arg(position);
    }
    if (written < position) {
        return tr("entry %1 is a copy of entry %2, or was moved from there: entries were inserted or reordered")
            .arg(position)
            .arg(written);
    }
    // Moved down: whatever now holds the entry written at this place tells a swap from a removal.
    QSqlQuery later(m_database.connection());
    later.setForwardOnly(true);
    later.prepare(QStringLiteral("SELECT seq, id, place_mac FROM audit_log WHERE seq > ? ORDER BY seq"));
    later.addBindValue(position);
    qint64 holder = 0;
    if (later.exec()) {
        while (later.next()) {
            if (m_seal->placeMac(later.value(1).toString(), position) == later.value(2).toString()) {
                holder = later.value(0).toLongLong();
                break;
            }
        }
    }
    if (holder == written) {
        return tr("entries %1 and %2 were swapped").arg(position).arg(written);
    }
    if (holder > 0) {
        return tr("entries were reordered: entry %1 holds what was written as entry %2, and entry %3 what was "
                  "written as entry %1")
            .arg(position)
            .arg(written)
            .arg(holder);
    }
    if (written == position + 1) {
        return tr("entry %1 was removed and the entries after it renumbered (entry %1 was written as entry %2)")
            .arg(position)
            .arg(written);
    }
    return tr("entries %1 to %2 were removed and the entries after them renumbered (entry %1 was written as entry "
              "%3)")
        .arg(position)
        .arg(written - 1)
        .arg(written);
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
