#include "LegacyDatabases.h"

#include "AuditLog.h"
#include "DataFolder.h"
#include "Database.h"
#include "Journal.h"
#include "base/Logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace cordon::core
{

namespace
{

// The context lupdate gives these free functions.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cordon::core", text, disambiguation, n);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Folds the write-ahead log into the file, so that the file alone is the whole database, and tells whether
// another program still has it open (its log then outlives this connection).
bool quiesce(const QString& path, QString* error)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("cordon-takeover-%1").arg(++counter);
    bool checkpointed = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            // The first column is 1 when another connection kept the checkpoint from finishing.
            checkpointed = query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && query.next() &&
                           query.value(0).toInt() == 0;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!checkpointed || QFileInfo::exists(path + QStringLiteral("-wal"))) {
        *error = tr("%1 is in use by another program (an earlier Cordon still running?); it is taken over at a "
                    "later start")
                     .arg(native(path));
        return false;
    }
    return true;
}

// The database moves whole: no row is rewritten, so its audit chain stays exactly as it was written.
bool moveWhole(const QString& from, const QString& to, QFileDevice::Permissions permissions, QString* error)
{
    if (!QFile::rename(from, to)) {
        *error = tr("cannot move %1 to %2").arg(native(from), native(to));
        return false;
    }
    QFile::setPermissions(to, permissions);
    return true;
}

QString retiredPathFor(const QString& livePath, const QString& legacyPath)
{
    const QDir retired(QFileInfo(livePath).dir().filePath(QStringLiteral("retired")));
    const QString program = QFileInfo(legacyPath).dir().dirName();
    QString path = retired.filePath(program + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = retired.filePath(QStringLiteral("%1-%2.sqlite").arg(program).arg(n));
    }
    return path;
}

bool record(const QString& livePath, const QString& outcome, const QString& detail, QString* error)
{
    Database live;
    if (!live.open(livePath, error)) {
        return false;
    }
    AuditEntry entry;
    entry.action = QStringLiteral("database-takeover");
    entry.outcome = outcome;
    entry.detail = detail;
    if (AuditLog(live).append(entry).isEmpty()) {
        *error = tr("cannot write the audit log of %1").arg(native(livePath));
        return false;
    }
    return true;
}

bool becomeLive(const QString& livePath, const QString& legacyPath, QString* error)
{
    if (!quiesce(legacyPath, error) ||
        !moveWhole(legacyPath, livePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner, error)) {
        return false;
    }
    qCInfo(lcStore) << "moved" << legacyPath << "to" << livePath;
    return record(livePath, QStringLiteral("done"),
                  tr("the database of an earlier version, %1, was moved whole to become the database of the console "
                     "and cordonctl; its audit log goes on here")
                      .arg(native(legacyPath)),
                  error);
}

bool retire(const QString& livePath, const QString& legacyPath, QString* error)
{
    QList<JournalEntry> unfinished;
    AuditVerifyResult verified;
    qint64 headSeq = 0;
    {
        Database legacy;
        if (!legacy.open(legacyPath, error)) {
            return false;
        }
        unfinished = Journal(legacy).unfinished();
        verified = AuditLog(legacy).verify();
        QSqlQuery head(legacy.connection());
        if (head.exec(QStringLiteral("SELECT MAX(seq) FROM audit_log")) && head.next()) {
            headSeq = head.value(0).toLongLong();
        }
    }
    const QString retired = retiredPathFor(livePath, legacyPath);
    {
        Database live;
        if (!live.open(livePath, error)) {
            return false;
        }
        if (Journal(live).takeOver(unfinished, tr("taken over from %1").arg(native(legacyPath))) < 0) {
            *error = tr("cannot copy the unfinished journal entries of %1").arg(native(legacyPath));
            return false;
        }
    }
    const QString chain = verified.ok ? tr("its audit log verifies: %1 entries, head entry %2 with hash %3")
                                            .arg(verified.checked)
                                            .arg(headSeq)
                                            .arg(verified.headHash)
                                      : tr("its audit log is BROKEN at entry %1 (%2), head entry %3")
                                            .arg(verified.firstBrokenSeq)
                                            .arg(verified.reason)
                                            .arg(headSeq);
    // Written before the move: should the move fail, the next start copies nothing twice and says it again.
    if (!record(livePath, verified.ok ? QStringLiteral("verified") : QStringLiteral("broken"),
                tr("the database of an earlier version, %1, is kept whole and read-only at %2: %3; %n unfinished "
                   "journal entries were taken over into this journal",
                   nullptr, int(unfinished.size()))
                    .arg(native(legacyPath), native(retired), chain),
                error)) {
        return false;
    }
    if (!DataFolder::makePrivate(QFileInfo(retired).absolutePath(), true, error) || !quiesce(legacyPath, error) ||
        !moveWhole(legacyPath, retired, QFileDevice::ReadOwner, error)) {
        return false;
    }
    qCInfo(lcStore) << "retired" << legacyPath << "to" << retired;
    return true;
}

} // namespace

namespace LegacyDatabases
{

bool takeOver(const QString& livePath, const QStringList& legacyPaths, QString* error)
{
    QString problem;
    bool all = true;
    for (const QString& legacyPath : legacyPaths) {
        const QFileInfo legacy(legacyPath);
        if (!legacy.isFile() || legacy.canonicalFilePath() == QFileInfo(livePath).canonicalFilePath()) {
            continue;
        }
        const bool ok = QFileInfo::exists(livePath) ? retire(livePath, legacyPath, &problem)
                                                    : becomeLive(livePath, legacyPath, &problem);
        if (!ok) {
            all = false;
            if (error) {
                *error = problem;
            }
        }
    }
    return all;
}

} // namespace LegacyDatabases

} // namespace cordon::core
