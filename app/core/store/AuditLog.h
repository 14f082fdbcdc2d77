#pragma once

#include "store/AuditEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace cordon::core
{

class AuditSeal;
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

// The outcome of checking the log.
struct AuditVerifyResult
{
    bool ok = true;            // nothing was found altered, moved, added, cut or wiped
    qint64 firstBrokenSeq = 0; // 0 when ok
    QString reason;
    qint64 checked = 0;
    // The last entry's hash.
    QString headHash;
    // Every entry from sealedFrom on carries a seal that matches the key, and the head matches the anchor
    // kept in the keychain. Without it, only the plain hash chain was checked, and someone who can write
    // the database could have rewritten the whole log unseen.
    bool sealed = false;
    qint64 sealedFrom = 0;
    qint64 unkeyed = 0;     // entries written before sealing, checked with the plain hash chain only
    qint64 anchoredSeq = 0; // the head as last anchored
    // For a person: why the log is not sealed, or which entries are not anchored yet.
    QString note;
};

// The append-only, hash-chained audit log. Each entry's hash covers all of its fields and the hash of
// the entry before, so an edited, deleted, inserted or reordered entry breaks the chain. That hash has
// no key; with an AuditSeal, each entry is also sealed with a key only the keychain holds and the
// chain's head is anchored there, so that a rewrite by someone who can only write the data folder is
// found too.
class AuditLog
{
public:
    using VerifyResult = AuditVerifyResult;

    explicit AuditLog(Database& database, Clock* clock = nullptr);

    // The seal that keys new entries, anchors the head after each append and lets verify() check both;
    // not owned. Without one, entries are written unkeyed.
    void setSeal(AuditSeal* seal) { m_seal = seal; }
    AuditSeal* seal() const { return m_seal; }
    // True when some entry carries a seal: such a log takes no more unkeyed entries.
    bool hasSealedEntries() const;

    // Fills seq, id, time, analyst, machine, prevHash, hash and, with a seal that holds its key, the macs;
    // writes the entry durably and returns its id; an empty string when the write failed. `alongside`, when given, runs
    // inside the same transaction on the same database (the journal entry the audit entry closes), so that both land
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

    // The analyst and machine recorded with each entry: the OS account and host name by default. On a shared
    // database the analyst is always its session user.
    void setAnalyst(const QString& analyst);
    void setMachine(const QString& machine) { m_machine = machine; }
    QString analyst() const { return m_analyst; }
    QString machine() const { return m_machine; }

    // The hash of an entry as stored; exposed so that the canonical form is testable on its own.
    static QString computeHash(const AuditEntry& entry);
    static QByteArray canonicalForm(const AuditEntry& entry);
    // prevHash of the first entry.
    static QString genesisHash();

private:
    QString diagnose(const AuditEntry& entry, qint64 position) const;
    // The highest seq ever given: SQLite keeps it apart from the rows, so that a deleted tail shows.
    QString highestSeqQuery() const;

    Database& m_database;
    Clock* m_clock;
    AuditSeal* m_seal = nullptr;
    QString m_analyst;
    QString m_machine;
};

} // namespace cordon::core
