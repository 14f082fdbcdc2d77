#include "base/Clock.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretAccounts.h"
#include "store/AuditLog.h"
#include "store/AuditSeal.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cordon::core;

// The sealed audit log against someone who can write the data folder but not read the keychain: they
// edit SQLite directly, recompute the documented SHA-256 chain and use Cordon's own code without the
// key. Every such change must fail verify() with a message that says what was found. The key and the
// anchor live in a real Secret Service.
class TestAuditSeal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void untouchedLogVerifiesAcrossRestart();
    void keyIsMadeOnceAndKeptInTheKeychain();
    void tamperingFailsVerify_data();
    void tamperingFailsVerify();
    void replacedDatabaseFileFailsVerify();
    void anchorStaysOnTheCutLog();
    void unkeyedEntriesBeforeSealingStayReadable();
    void fileFromBeforeSealingIsTakenOver();
    void withoutKeychainTheLogSaysUnsealed();
    void sealedLogWithoutItsKeyFailsVerify();

private:
    void load(AuditSeal* seal, bool create);
    void waitIdle(AuditSeal* seal);
    void appendFive();
    bool exec(const QString& sql);
    // What an attacker does after an edit: the plain chain, recomputed as the documentation says.
    void recomputeChain();
    // The rule of the unkeyed chain alone: what anyone can recompute.
    bool plainChainHolds();
    // A new program on the same files: its own database connection, seal and log.
    AuditVerifyResult verifyAfterRestart();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditSeal> m_seal;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AuditLog> m_log;
};

void TestAuditSeal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("Cordon tests"));
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("cordon.sqlite")), &error), qPrintable(error));
    m_clock = std::make_unique<ManualClock>();
    m_seal = std::make_unique<AuditSeal>(m_keychain.get(), *m_db);
    m_log = std::make_unique<AuditLog>(*m_db, m_clock.get());
    m_log->setSeal(m_seal.get());
}

void TestAuditSeal::cleanup()
{
    // Leave the keychain as it was.
    int removed = 0;
    const QString id = AuditSeal::logIdFor(m_db->path());
    for (const QString& account : {SecretAccounts::auditKey(id), SecretAccounts::auditAnchor(id)}) {
        m_keychain->remove(account, nullptr, [&removed](const SecretResult&) { ++removed; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(removed, 2, 30000);
    m_log.reset();
    m_seal.reset();
    m_clock.reset();
    m_db.reset();
    m_keychain.reset();
    m_dir.reset();
}

void TestAuditSeal::load(AuditSeal* seal, bool create)
{
    bool loaded = false;
    seal->load(create, nullptr, [&loaded] { loaded = true; });
    QTRY_VERIFY_WITH_TIMEOUT(loaded, 30000);
    waitIdle(seal);
}

void TestAuditSeal::waitIdle(AuditSeal* seal)
{
    QTRY_VERIFY_WITH_TIMEOUT(seal->isIdle(), 30000);
}

void TestAuditSeal::appendFive()
{
    load(m_seal.get(), true);
    QVERIFY2(m_seal->hasKey(), qPrintable(m_seal->keyProblem()));
    for (const char* action : {"clear-sessions", "suspend", "add-group:00g1", "unsuspend", "remove-group:00g1"}) {
        AuditEntry entry;
        entry.oktaUserId = QStringLiteral("00u1abcd");
        entry.action = QLatin1String(action);
        entry.outcome = QStringLiteral("done");
        entry.httpStatus = 200;
        QVERIFY(!m_log->append(entry).isEmpty());
        m_clock->advance(1000);
    }
    waitIdle(m_seal.get());
    QVERIFY(m_seal->anchor());
    QCOMPARE(m_seal->anchor()->seq, 5);
}

bool TestAuditSeal::exec(const QString& sql)
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

void TestAuditSeal::recomputeChain()
{
    QString prev = AuditLog::genesisHash();
    for (AuditEntry entry : AuditLog(*m_db).entries()) {
        const AuditEntry stored = entry;
        entry.prevHash = prev;
        entry.hash = AuditLog::computeHash(entry);
        if (entry.prevHash != stored.prevHash || entry.hash != stored.hash) {
            QSqlQuery update(m_db->connection());
            update.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"));
            update.addBindValue(entry.prevHash);
            update.addBindValue(entry.hash);
            update.addBindValue(entry.seq);
            QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
        }
        prev = entry.hash;
    }
}

bool TestAuditSeal::plainChainHolds()
{
    QString prev = AuditLog::genesisHash();
    qint64 seq = 0;
    for (const AuditEntry& entry : AuditLog(*m_db).entries()) {
        if (entry.seq != ++seq || entry.prevHash != prev || AuditLog::computeHash(entry) != entry.hash) {
            return false;
        }
        prev = entry.hash;
    }
    return true;
}

AuditVerifyResult TestAuditSeal::verifyAfterRestart()
{
    Database db;
    if (!db.open(m_db->path())) {
        AuditVerifyResult failed;
        failed.ok = false;
        failed.reason = QStringLiteral("cannot reopen");
        return failed;
    }
    AuditSeal seal(m_keychain.get(), db);
    load(&seal, false);
    AuditLog log(db);
    log.setSeal(&seal);
    return log.verify();
}

void TestAuditSeal::untouchedLogVerifiesAcrossRestart()
{
    appendFive();
    const AuditVerifyResult now = m_log->verify();
    QVERIFY2(now.ok, qPrintable(now.reason));
    QVERIFY(now.sealed);
    const QString head = now.headHash;
    // Everything this program held goes, as when it exits.
    m_log.reset();
    m_seal.reset();
    const QString path = m_db->path();
    m_db->close();
    QVERIFY(m_db->open(path));

    const AuditVerifyResult later = verifyAfterRestart();
    QVERIFY2(later.ok, qPrintable(later.reason));
    QVERIFY(later.sealed);
    QCOMPARE(later.checked, 5);
    QCOMPARE(later.anchoredSeq, 5);
    QCOMPARE(later.unkeyed, 0);
    QCOMPARE(later.sealedFrom, 1);
    QCOMPARE(later.headHash, head);
    QVERIFY2(later.note.isEmpty(), qPrintable(later.note));
}

void TestAuditSeal::keyIsMadeOnceAndKeptInTheKeychain()
{
    appendFive();
    const QString id = AuditSeal::logIdFor(m_db->path());
    QByteArray key;
    bool read = false;
    m_keychain->read(SecretAccounts::auditKey(id), nullptr, [&](const SecretResult& result) {
        key = result.secret;
        read = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, 30000);
    QCOMPARE(key.size(), 32);
    // The data folder holds no copy of it, nor anything else the seals could be recomputed from.
    QFile file(m_db->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(key));
    for (const QString& name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile other(m_dir->filePath(name));
        QVERIFY(other.open(QIODevice::ReadOnly));
        QVERIFY2(!other.readAll().contains(key), qPrintable(name));
    }
    // A second program on the same log uses the same key rather than making another.
    AuditSeal second(m_keychain.get(), *m_db);
    load(&second, true);
    AuditLog log(*m_db);
    log.setSeal(&second);
    QVERIFY(!log.append(AuditEntry{}).isEmpty());
    waitIdle(&second);
    const AuditVerifyResult result = verifyAfterRestart();
    QVERIFY2(result.ok, qPrintable(result.reason));
    QCOMPARE(result.anchoredSeq, 6);
}

void TestAuditSeal::tamperingFailsVerify_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<bool>("recompute");
    QTest::addColumn<qint64>("brokenSeq");
    QTest::addColumn<QString>("says");
    const QString dropUpdate = QStringLiteral("DROP TRIGGER audit_log_no_update");
    const QString dropDelete = QStringLiteral("DROP TRIGGER audit_log_no_delete");

    QTest::newRow("edited, chain recomputed")
        << QStringList{dropUpdate, QStringLiteral("UPDATE audit_log SET outcome = 'failed' WHERE seq = 3")} << true
        << qint64(3) << QStringLiteral("entry 3 was altered after it was sealed");
    QTest::newRow("edited, chain left")
        << QStringList{dropUpdate, QStringLiteral("UPDATE audit_log SET okta_user_id = '00u2' WHERE seq = 5")} << false
        << qint64(5) << QStringLiteral("entry 5 was altered after it was sealed");
    QTest::newRow("deleted, renumbered, chain recomputed")
        << QStringList{dropDelete, dropUpdate, QStringLiteral("DELETE FROM audit_log WHERE seq = 3"),
                       QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > 3"),
                       QStringLiteral("UPDATE sqlite_sequence SET seq = 4 WHERE name = 'audit_log'")}
        << true << qint64(3) << QStringLiteral("entry 3 was removed and the entries after it renumbered");
    QTest::newRow("deleted, renumbered, sqlite_sequence raised far")
        << QStringList{dropDelete, dropUpdate, QStringLiteral("DELETE FROM audit_log WHERE seq = 3"),
                       QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > 3"),
                       QStringLiteral("UPDATE sqlite_sequence SET seq = 9000000000000000000 WHERE name = 'audit_log'")}
        << true << qint64(3) << QStringLiteral("entry 3 was removed and the entries after it renumbered");
    QTest::newRow("two swapped, chain recomputed")
        << QStringList{dropUpdate, QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 2"),
                       QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 4"),
                       QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = -1")}
        << true << qint64(2) << QStringLiteral("entries 2 and 4 were swapped");
    QTest::newRow("tail cut, sqlite_sequence lowered")
        << QStringList{dropDelete, QStringLiteral("DELETE FROM audit_log WHERE seq > 3"),
                       QStringLiteral("UPDATE sqlite_sequence SET seq = 3 WHERE name = 'audit_log'")}
        << false << qint64(4) << QStringLiteral("entries 4 to 5 are missing: the anchor in the keychain says");
    QTest::newRow("wiped") << QStringList{dropDelete, QStringLiteral("DELETE FROM audit_log"),
                                          QStringLiteral("DELETE FROM sqlite_sequence")}
                           << false << qint64(1) << QStringLiteral("it was wiped");
    QTest::newRow("forged append with a made-up seal")
        << QStringList{dropUpdate,
                       QStringLiteral("INSERT INTO audit_log (seq, id, time, analyst, machine, incident_id,"
                                      " okta_user_id, okta_login, action, outcome, http_status, request_id,"
                                      " error_code, error_summary, detail, prev_hash, hash, mac, place_mac)"
                                      " SELECT 6, 'forged', time, analyst, machine, incident_id, okta_user_id,"
                                      " okta_login, 'unsuspend', outcome, http_status, request_id, error_code,"
                                      " error_summary, detail, hash, hash, mac, place_mac FROM audit_log"
                                      " WHERE seq = 5")}
        << true << qint64(6) << QStringLiteral("entry 6 was added after the anchored head (entry 5) without the key");
    QTest::newRow("one moved to the end, chain recomputed")
        << QStringList{dropUpdate, QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 2"),
                       QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > 2"),
                       QStringLiteral("UPDATE audit_log SET seq = 5 WHERE seq = -1")}
        << true << qint64(2)
        << QStringLiteral("entries were reordered: entry 2 holds what was written as entry 3, and entry 5 what was "
                          "written as entry 2");
    QTest::newRow("seals stripped, chain recomputed")
        << QStringList{dropUpdate, QStringLiteral("UPDATE audit_log SET mac = '', place_mac = '' WHERE seq >= 2"),
                       QStringLiteral("UPDATE audit_log SET outcome = 'failed' WHERE seq = 2")}
        << true << qint64(2) << QStringLiteral("entry 2 carries no seal, though the log is sealed from entry 1");
}

void TestAuditSeal::tamperingFailsVerify()
{
    QFETCH(QStringList, statements);
    QFETCH(bool, recompute);
    QFETCH(qint64, brokenSeq);
    QFETCH(QString, says);
    appendFive();
    for (const QString& sql : std::as_const(statements)) {
        QVERIFY(exec(sql));
    }
    if (recompute) {
        recomputeChain();
    }
    // The plain chain alone, as before sealing, sees nothing wrong where the attacker recomputed it.
    if (recompute) {
        QVERIFY(plainChainHolds());
    }
    const AuditVerifyResult result = verifyAfterRestart();
    QVERIFY(!result.ok);
    QVERIFY(!result.sealed);
    QCOMPARE(result.firstBrokenSeq, brokenSeq);
    QVERIFY2(result.reason.contains(says), qPrintable(result.reason));
}

void TestAuditSeal::replacedDatabaseFileFailsVerify()
{
    appendFive();
    const QString path = m_db->path();
    m_log.reset();
    m_seal.reset();
    m_db->close();
    QVERIFY(QFile::remove(path));
    QVERIFY(m_db->open(path));

    const AuditVerifyResult result = verifyAfterRestart();
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBrokenSeq, 1);
    QVERIFY2(result.reason.contains(QLatin1String("it held 5 entries: it was wiped")), qPrintable(result.reason));
}

void TestAuditSeal::anchorStaysOnTheCutLog()
{
    appendFive();
    QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE seq > 3")));
    QVERIFY(exec(QStringLiteral("UPDATE sqlite_sequence SET seq = 3 WHERE name = 'audit_log'")));
    // The next run writes on; it must not anchor its new head over the evidence of the cut.
    AuditSeal seal(m_keychain.get(), *m_db);
    load(&seal, true);
    AuditLog log(*m_db);
    log.setSeal(&seal);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!log.append(AuditEntry{}).isEmpty());
    }
    waitIdle(&seal);
    QVERIFY(!seal.frozenReason().isEmpty());
    QCOMPARE(seal.anchor()->seq, 5);

    const AuditVerifyResult result = verifyAfterRestart();
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBrokenSeq, 5);
    QVERIFY2(result.reason.contains(QLatin1String("entry 5 is not the entry anchored in the keychain")),
             qPrintable(result.reason));
}

void TestAuditSeal::unkeyedEntriesBeforeSealingStayReadable()
{
    // A log written before sealing existed.
    AuditLog old(*m_db);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!old.append(AuditEntry{}).isEmpty());
    }
    const QString lastOld = old.entries().constLast().hash;
    load(m_seal.get(), true);
    QCOMPARE(m_seal->anchor()->sealedFrom, 4);
    AuditEntry entry;
    entry.action = QStringLiteral("suspend");
    QVERIFY(!m_log->append(entry).isEmpty());
    QVERIFY(!m_log->append(entry).isEmpty());
    waitIdle(m_seal.get());

    const QList<AuditEntry> all = m_log->entries();
    QCOMPARE(all.size(), 5);
    QVERIFY(all[2].mac.isEmpty());
    QCOMPARE(all[3].prevHash, lastOld);
    QVERIFY(!all[3].mac.isEmpty());
    const AuditVerifyResult result = verifyAfterRestart();
    QVERIFY2(result.ok, qPrintable(result.reason));
    QVERIFY(result.sealed);
    QCOMPARE(result.unkeyed, 3);
    QCOMPARE(result.sealedFrom, 4);

    // The unkeyed part is still held by the keyed entry that chains onto it.
    QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(exec(QStringLiteral("UPDATE audit_log SET outcome = 'failed' WHERE seq = 2")));
    recomputeChain();
    const AuditVerifyResult edited = verifyAfterRestart();
    QVERIFY(!edited.ok);
    QCOMPARE(edited.firstBrokenSeq, 4);
    QVERIFY2(edited.reason.contains(QLatin1String("or an entry before it was")), qPrintable(edited.reason));
}

void TestAuditSeal::fileFromBeforeSealingIsTakenOver()
{
    // A database as the previous version left it: schema 1, two entries under the plain chain.
    const QString path = m_dir->filePath(QStringLiteral("before-sealing.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("before-sealing"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(
            QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")));
        for (const QString& sql : migrations().constFirst().statements) {
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00.000Z')")));
        QString prev = AuditLog::genesisHash();
        for (qint64 seq = 1; seq <= 2; ++seq) {
            AuditEntry entry;
            entry.seq = seq;
            entry.id = QStringLiteral("before-sealing-%1").arg(seq);
            entry.time = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + seq, Qt::UTC);
            entry.analyst = QStringLiteral("analyst1");
            entry.action = QStringLiteral("suspend");
            entry.outcome = QStringLiteral("done");
            entry.prevHash = prev;
            entry.hash = AuditLog::computeHash(entry);
            QSqlQuery insert(raw);
            insert.prepare(QStringLiteral("INSERT INTO audit_log VALUES (?, ?, ?, ?, '', '', '', '', ?, ?, 0, '', '', "
                                          "'', '', ?, ?)"));
            for (const QVariant& value : QVariantList{entry.seq, entry.id, toStoredTime(entry.time), entry.analyst,
                                                      entry.action, entry.outcome, entry.prevHash, entry.hash}) {
                insert.addBindValue(value);
            }
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            prev = entry.hash;
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("before-sealing"));

    Database db;
    QVERIFY(db.open(path));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    {
        AuditSeal seal(m_keychain.get(), db);
        load(&seal, true);
        QCOMPARE(seal.anchor()->seq, 2);
        QCOMPARE(seal.anchor()->sealedFrom, 3);
        AuditLog log(db);
        log.setSeal(&seal);
        QVERIFY(!log.append(AuditEntry{}).isEmpty());
        waitIdle(&seal);
    }
    AuditSeal seal(m_keychain.get(), db);
    load(&seal, false);
    AuditLog log(db);
    log.setSeal(&seal);
    const AuditVerifyResult result = log.verify();
    QVERIFY2(result.ok, qPrintable(result.reason));
    QVERIFY(result.sealed);
    QCOMPARE(result.checked, 3);
    QCOMPARE(result.unkeyed, 2);
    QCOMPARE(result.anchoredSeq, 3);
    QCOMPARE(log.entries().at(2).prevHash, log.entries().at(1).hash);

    int removed = 0;
    for (const QString& account : {SecretAccounts::auditKey(seal.logId()), SecretAccounts::auditAnchor(seal.logId())}) {
        m_keychain->remove(account, nullptr, [&removed](const SecretResult&) { ++removed; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(removed, 2, 30000);
}

void TestAuditSeal::withoutKeychainTheLogSaysUnsealed()
{
    MemorySecretStore none;
    none.setFailure(SecretResult::Status::NoBackend);
    AuditSeal seal(&none, *m_db);
    load(&seal, true);
    QCOMPARE(seal.keyState(), AuditSeal::KeyState::Unavailable);
    QVERIFY(!seal.keyProblem().isEmpty());
    AuditLog log(*m_db);
    log.setSeal(&seal);
    QVERIFY(!log.append(AuditEntry{}).isEmpty());
    QVERIFY(log.entries().constFirst().mac.isEmpty());
    QVERIFY(!log.hasSealedEntries());
    const AuditVerifyResult result = log.verify();
    QVERIFY2(result.ok, qPrintable(result.reason));
    QVERIFY(!result.sealed);
    QCOMPARE(result.unkeyed, 1);
    QVERIFY2(result.note.startsWith(QLatin1String("unsealed, no key:")), qPrintable(result.note));
    QVERIFY2(result.note.contains(QLatin1String("not available")), qPrintable(result.note));
}

void TestAuditSeal::sealedLogWithoutItsKeyFailsVerify()
{
    appendFive();
    QVERIFY(m_log->hasSealedEntries());
    MemorySecretStore none;
    none.setFailure(SecretResult::Status::NoBackend);
    AuditSeal seal(&none, *m_db);
    load(&seal, false);
    AuditLog log(*m_db);
    log.setSeal(&seal);
    const AuditVerifyResult result = log.verify();
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBrokenSeq, 1);
    QVERIFY2(result.reason.contains(QLatin1String("entry 1 is sealed, but the log's key cannot be read")),
             qPrintable(result.reason));
}

QTEST_GUILESS_MAIN(TestAuditSeal)
#include "tst_auditseal.moc"
