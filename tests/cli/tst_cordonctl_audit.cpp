#include "CordonCtl.h"
#include "SimProcess.h"
#include "store/AuditLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using cordon::core::AuditEntry;
using cordon::core::AuditLog;
using cordon::test::CordonCtl;
using cordon::test::CtlRun;
using cordon::test::SimProcess;

// `cordonctl audit verify` after real runs, against someone who can write the data folder but not read
// the keychain (a real Secret Service in a private D-Bus session): whatever they do to the database,
// verify fails and says what it found; an untouched log verifies run after run.
class TestCordonCtlAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void untouchedLogVerifiesRunAfterRun();
    void tamperedLogFailsVerify_data();
    void tamperedLogFailsVerify();
    void emptiedDataFolderFailsVerify();
    void withoutKeychainEntriesAreUnsealed();
    void sealedLogIsNotWrittenWithoutItsKey();

private:
    // As in a CI job without a Secret Service: the session bus leads nowhere.
    static CtlRun runWithoutKeychain(const CordonCtl& ctl, const QStringList& arguments);
    // Two runs on Joren (a contain and a release): five entries.
    void runTwice(const CordonCtl& ctl);
    static QString databasePath(const CordonCtl& ctl);
    // The entries with the documented fields, read with SQL as anyone can.
    static QList<AuditEntry> plainEntries(const QSqlDatabase& db);

    SimProcess m_sim;
    QString m_joren;
};

void TestCordonCtlAudit::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start({}, &error), qPrintable(error));
    m_joren = m_sim.userId(SimProcess::jorenLogin());
}

QString TestCordonCtlAudit::databasePath(const CordonCtl& ctl)
{
    return QDir(ctl.dataDir()).filePath(QStringLiteral("cordon.sqlite"));
}

QList<AuditEntry> TestCordonCtlAudit::plainEntries(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT seq, id, time, analyst, machine, incident_id, okta_user_id, okta_login, action,"
                              " outcome, http_status, request_id, error_code, error_summary, detail, prev_hash, hash"
                              " FROM audit_log ORDER BY seq"));
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.id = query.value(1).toString();
        entry.time = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs).toUTC();
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
        entries << entry;
    }
    return entries;
}

void TestCordonCtlAudit::runTwice(const CordonCtl& ctl)
{
    const CtlRun contain =
        ctl.run({QStringLiteral("contain"), m_joren, QStringLiteral("--action"), QStringLiteral("clear-sessions"),
                 QStringLiteral("--action"), QStringLiteral("suspend"), QStringLiteral("--yes")});
    QVERIFY2(contain.exitCode == 0, contain.err.constData());
    const CtlRun release = ctl.run({QStringLiteral("release"), m_joren, QStringLiteral("--action"),
                                    QStringLiteral("unsuspend"), QStringLiteral("--yes")});
    QVERIFY2(release.exitCode == 0, release.err.constData());
}

void TestCordonCtlAudit::untouchedLogVerifiesRunAfterRun()
{
    CordonCtl ctl(m_sim.baseUrl());
    QCOMPARE(ctl.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    runTwice(ctl);
    const CtlRun first = ctl.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(first.exitCode, 0);
    const QJsonObject result = first.json().object();
    QVERIFY(result.value(QStringLiteral("ok")).toBool());
    QVERIFY(result.value(QStringLiteral("sealed")).toBool());
    const qint64 checked = result.value(QStringLiteral("checked")).toInteger();
    QVERIFY(checked >= 3);
    QCOMPARE(result.value(QStringLiteral("anchoredSeq")).toInteger(), checked);
    QCOMPARE(result.value(QStringLiteral("unkeyed")).toInteger(), 0);

    runTwice(ctl);
    const CtlRun second = ctl.run({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.text().contains(QLatin1String("The audit log is intact")), second.out.constData());
    QVERIFY2(second.text().contains(QLatin1String("the anchor kept in the keychain")), second.out.constData());
}

void TestCordonCtlAudit::tamperedLogFailsVerify_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("says");
    const QString dropUpdate = QStringLiteral("DROP TRIGGER audit_log_no_update");
    const QString dropDelete = QStringLiteral("DROP TRIGGER audit_log_no_delete");
    QTest::newRow("edited, chain recomputed")
        << QStringList{dropUpdate, QStringLiteral("UPDATE audit_log SET outcome = 'failed' WHERE seq = 2")}
        << QStringLiteral("BROKEN at entry 2: entry 2 was altered after it was sealed");
    QTest::newRow("deleted, renumbered, chain recomputed")
        << QStringList{dropDelete, dropUpdate, QStringLiteral("DELETE FROM audit_log WHERE seq = 2"),
                       QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > 2"),
                       QStringLiteral("UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'audit_log'")}
        << QStringLiteral("BROKEN at entry 2: entry 2 was removed and the entries after it renumbered");
    QTest::newRow("two swapped, chain recomputed")
        << QStringList{dropUpdate, QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 1"),
                       QStringLiteral("UPDATE audit_log SET seq = 1 WHERE seq = 2"),
                       QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = -1")}
        << QStringLiteral("BROKEN at entry 1: entries 1 and 2 were swapped");
    QTest::newRow("forged append") << QStringList{} << QStringLiteral("without the key: it is forged");
    QTest::newRow("tail cut, sqlite_sequence lowered")
        << QStringList{dropDelete, QStringLiteral("DELETE FROM audit_log WHERE seq > 1"),
                       QStringLiteral("UPDATE sqlite_sequence SET seq = 1 WHERE name = 'audit_log'")}
        << QStringLiteral("BROKEN at entry 2: entries 2 to");
    QTest::newRow("wiped") << QStringList{dropDelete, QStringLiteral("DELETE FROM audit_log"),
                                          QStringLiteral("DELETE FROM sqlite_sequence")}
                           << QStringLiteral(
                                  "BROKEN at entry 1: the log is empty, but the anchor in the keychain says it held");
}

void TestCordonCtlAudit::tamperedLogFailsVerify()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, says);
    CordonCtl ctl(m_sim.baseUrl());
    runTwice(ctl);
    QCOMPARE(ctl.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    {
        // The attacker opens the file with SQLite itself.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
        db.setDatabaseName(databasePath(ctl));
        QVERIFY(db.open());
        for (const QString& sql : std::as_const(statements)) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        QList<AuditEntry> entries = plainEntries(db);
        if (statements.isEmpty()) {
            // An entry made as the documentation describes, chained onto the head.
            AuditEntry forged;
            forged.seq = entries.size() + 1;
            forged.id = QStringLiteral("5b0e3f1c-0000-4000-8000-00000000f0f0");
            forged.time = QDateTime::currentDateTimeUtc();
            forged.analyst = QStringLiteral("analyst");
            forged.oktaUserId = m_joren;
            forged.action = QStringLiteral("unsuspend");
            forged.outcome = QStringLiteral("done");
            forged.prevHash = entries.constLast().hash;
            forged.hash = AuditLog::computeHash(forged);
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO audit_log (seq, id, time, analyst, machine, incident_id,"
                                          " okta_user_id, okta_login, action, outcome, http_status, request_id,"
                                          " error_code, error_summary, detail, prev_hash, hash)"
                                          " VALUES (?, ?, ?, ?, '', '', ?, '', ?, ?, 0, '', '', '', '', ?, ?)"));
            for (const QVariant& value : QVariantList{
                     forged.seq, forged.id, forged.time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")),
                     forged.analyst, forged.oktaUserId, forged.action, forged.outcome, forged.prevHash, forged.hash}) {
                insert.addBindValue(value);
            }
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        // The documented plain chain, recomputed where the change broke it: it holds again, as the attacker wants.
        QString prev = AuditLog::genesisHash();
        for (AuditEntry entry : plainEntries(db)) {
            const AuditEntry stored = entry;
            entry.prevHash = prev;
            entry.hash = AuditLog::computeHash(entry);
            if (entry.prevHash != stored.prevHash || entry.hash != stored.hash) {
                QSqlQuery update(db);
                update.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"));
                update.addBindValue(entry.prevHash);
                update.addBindValue(entry.hash);
                update.addBindValue(entry.seq);
                QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
            }
            prev = entry.hash;
        }
        // What anyone can check without the key finds nothing wrong.
        prev = AuditLog::genesisHash();
        qint64 seq = 0;
        for (const AuditEntry& entry : plainEntries(db)) {
            QCOMPARE(entry.seq, ++seq);
            QCOMPARE(entry.prevHash, prev);
            QCOMPARE(AuditLog::computeHash(entry), entry.hash);
            prev = entry.hash;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
    const CtlRun verify = ctl.run({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.text().contains(says), verify.out.constData());
}

void TestCordonCtlAudit::emptiedDataFolderFailsVerify()
{
    CordonCtl ctl(m_sim.baseUrl());
    runTwice(ctl);
    for (const QString& name : QDir(ctl.dataDir()).entryList(QDir::Files)) {
        QVERIFY(QFile::remove(QDir(ctl.dataDir()).filePath(name)));
    }
    const CtlRun verify = ctl.run({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.text().contains(QLatin1String("it was wiped")), verify.out.constData());
    // Nor does the next run cover it up: the anchor stays where it was.
    runTwice(ctl);
    const CtlRun again = ctl.run({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.text().contains(QLatin1String("is not the entry anchored in the keychain")), again.out.constData());
}

CtlRun TestCordonCtlAudit::runWithoutKeychain(const CordonCtl& ctl, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = ctl.environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CORDONCTL_PATH), ctl.orgArguments() + arguments);
    CtlRun result;
    if (!process.waitForStarted() || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "did not run to its end";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestCordonCtlAudit::withoutKeychainEntriesAreUnsealed()
{
    CordonCtl ctl(m_sim.baseUrl());
    const QStringList contain{QStringLiteral("contain"), m_joren, QStringLiteral("--action"),
                              QStringLiteral("clear-sessions"), QStringLiteral("--yes")};
    const CtlRun run = runWithoutKeychain(ctl, contain);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.text().contains(QLatin1String("the audit entries of this run are not sealed")), run.err.constData());
    const CtlRun verify = runWithoutKeychain(ctl, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.text().contains(QLatin1String("The audit log is UNSEALED")), verify.out.constData());
    // Once a keychain is there, the next run seals from where the log stands.
    QCOMPARE(ctl.run(contain).exitCode, 0);
    const CtlRun sealed = ctl.run({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(sealed.exitCode, 0);
    QVERIFY2(sealed.text().contains(QLatin1String("Entries 1 to 1 are unkeyed (before sealing)")),
             sealed.out.constData());
}

void TestCordonCtlAudit::sealedLogIsNotWrittenWithoutItsKey()
{
    CordonCtl ctl(m_sim.baseUrl());
    runTwice(ctl);
    const auto suspends = [this] {
        int count = 0;
        for (const QJsonValue& request : m_sim.requests()) {
            count += request.toObject()
                         .value(QStringLiteral("path"))
                         .toString()
                         .endsWith(QLatin1String("/lifecycle/suspend"));
        }
        return count;
    };
    const int before = suspends();
    const CtlRun refused = runWithoutKeychain(ctl, {QStringLiteral("contain"), m_joren, QStringLiteral("--action"),
                                                    QStringLiteral("suspend"), QStringLiteral("--yes")});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.text().contains(QLatin1String("the audit log is sealed with a key")), refused.err.constData());
    QCOMPARE(suspends(), before);
    QCOMPARE(ctl.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCordonCtlAudit)
#include "tst_cordonctl_audit.moc"
