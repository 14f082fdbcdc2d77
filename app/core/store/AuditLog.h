#pragma once

#include "store/AuditEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace cordon::core
{

class Clock;
class Database;

// Which entries to read; empty fields do not filter.
struct AuditFilter
{
    QString incidentId;
    QString oktaUserId;
    QString action;
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
    qint64 afterSeq = 0;
    int limit = -1;
};

// The outcome of checking the hash chain.
struct AuditVerifyResult
{
    bool ok = true;
    qint64 firstBrokenSeq = 0; // 0 when ok
    QString reason;
    qint64 checked = 0;
    // The last entry's hash: written down elsewhere, it also pins the log against a wholesale rewrite.
    QString headHash;
};

// The append-only, hash-chained audit log. Each entry's hash covers all of its fields and the hash
// of the entry before, so an edited, deleted, inserted or reordered entry breaks the chain. The
// hash has no key: someone who rewrites every entry from the first on is caught only by comparing
// the head hash with a copy kept elsewhere.
class AuditLog
{
public:
    using VerifyResult = AuditVerifyResult;

    explicit AuditLog(Database& database, Clock* clock = nullptr);

    // Fills seq, id, time, analyst, machine, prevHash and hash, writes the entry durably and returns
    // its id; an empty string when the write failed. `alongside`, when given, runs inside the same
    // transaction on the same database (the journal entry the audit entry closes), so that both land
    // with one commit or neither does.
    QString append(AuditEntry entry, const std::function<bool()>& alongside = {});

    QList<AuditEntry> entries(const AuditFilter& filter = {}) const;
    VerifyResult verify() const;

    // One line per entry, for people.
    QByteArray exportText(const AuditFilter& filter = {}) const;
    // RFC 4180 with a header row; cells that a spreadsheet would run as a formula are defused.
    QByteArray exportCsv(const AuditFilter& filter = {}) const;
    // A JSON array of entries with the field names of AuditEntry.
    QByteArray exportJson(const AuditFilter& filter = {}) const;

    // The analyst and machine recorded with each entry: the OS account and host name by default.
    void setAnalyst(const QString& analyst) { m_analyst = analyst; }
    void setMachine(const QString& machine) { m_machine = machine; }
    QString analyst() const { return m_analyst; }
    QString machine() const { return m_machine; }

    // The hash of an entry as stored; exposed so that the canonical form is testable on its own.
    static QString computeHash(const AuditEntry& entry);
    static QByteArray canonicalForm(const AuditEntry& entry);
    // prevHash of the first entry.
    static QString genesisHash();

private:
    Database& m_database;
    Clock* m_clock;
    QString m_analyst;
    QString m_machine;
};

} // namespace cordon::core
