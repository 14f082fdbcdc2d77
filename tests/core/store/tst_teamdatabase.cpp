#include "TestDatabase.h"
#include "store/AuditLog.h"
#include "store/Claims.h"
#include "store/Database.h"
#include "store/IdentityLinkStore.h"
#include "store/Journal.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <cstdio>

using namespace cordon::core;

namespace
{

// Set for the child that claims an Okta user as alice and waits to be killed.
const char kClaimingChild[] = "CORDON_TST_TEAM_CLAIMING_CHILD";

[[noreturn]] void runClaimingChild(const QString& url)
{
    Database db;
    if (!db.open(url)) {
        std::_Exit(2);
    }
    Claims claims(db);
    Claims::Outcome outcome = claims.claimUser(QStringLiteral("00ukilled"), QStringLiteral("run-killed"), {});
    if (!outcome.held) {
        std::_Exit(3);
    }
    std::printf("claimed\n");
    std::fflush(stdout);
    QThread::sleep(120);
    std::_Exit(4);
}

QString databaseOf(const QString& url)
{
    return QUrl(url).path().mid(1);
}

QString asRole(const QString& url, const QString& role)
{
    return TestDatabase::urlFor(databaseOf(url), role);
}

// A new team database, open as alice on one connection and bob on another.
bool openAsAliceAndBob(Database& alice, Database& bob)
{
    const QString url = TestDatabase::makePostgres();
    return !url.isEmpty() && alice.open(url) && bob.open(asRole(url, QStringLiteral("bob")));
}

JournalEntry entryFor(const QString& user, const QString& run)
{
    JournalEntry entry;
    entry.runId = run;
    entry.oktaUserId = user;
    entry.action = QStringLiteral("suspend");
    return entry;
}

} // namespace

class TestTeamDatabase : public QObject
{
    Q_OBJECT

private slots:
    void twoWorkstationsCreateTheSchemaAtOnce();
    void anAnalystCannotCreateTheSchema();
    void aNewerSchemaIsRefused();
    void theSessionUserIsRecorded();
    void analystsCannotRewriteTheAudit();
    void oneChainFromTwoAnalysts();
    void aUserIsClaimedByOneRunAcrossTheTeam();
    void aKilledWorkstationsClaimLapses();
    void aRunSeesAnotherAnalystsLaterEntry();
    void incidentsAreClaimedFromTheList();
    void aWrongPasswordIsRefusedWithoutRepeatingIt();
    void theKeychainsOrTheEnvironmentsPasswordIsUsed();
    void aClosedOrSilentPortFails();
    void changesAreAnnounced();
    void aReadOnlyDatabaseKeepsNothingHalfWritten();
    void aLostConnectionIsMadeAgain();
    void identitiesAreConfirmedOnceForTheTeam();
};

void TestTeamDatabase::twoWorkstationsCreateTheSchemaAtOnce()
{
    QString error;
    const QString name = TestDatabase::makeEmptyPostgres(&error);
    QVERIFY2(!name.isEmpty(), qPrintable(error));
    const QString url = TestDatabase::urlFor(name, QStringLiteral("cordon_owner"));
    QStringList errors(2);
    QList<QThread*> workstations;
    for (int i = 0; i < 2; ++i) {
        workstations << QThread::create([url, i, &errors] {
            Database db;
            QString problem;
            if (!db.open(url, &problem)) {
                errors[i] = problem.isEmpty() ? QStringLiteral("failed") : problem;
            }
        });
    }
    for (QThread* thread : std::as_const(workstations)) {
        thread->start();
    }
    for (QThread* thread : std::as_const(workstations)) {
        QVERIFY(thread->wait(60'000));
        delete thread;
    }
    QCOMPARE(errors, QStringList(2));
    const QString versions = TestDatabase::superuserSql(name, QStringLiteral("SELECT string_agg(version::text, ',' "
                                                                             "ORDER BY version) FROM schema_version"));
    QStringList expected;
    for (const Migration& step : migrations()) {
        expected << QString::number(step.version);
    }
    // Every step once: the second workstation waited for the first and found the schema current.
    QCOMPARE(versions, expected.join(QLatin1Char(',')));
    Database third;
    QVERIFY(third.open(url, &error));
    QCOMPARE(third.schemaVersion(), Database::latestSchemaVersion());
}

void TestTeamDatabase::anAnalystCannotCreateTheSchema()
{
    const QString name = TestDatabase::makeEmptyPostgres();
    QVERIFY(!name.isEmpty());
    Database db;
    QString error;
    QVERIFY(!db.open(TestDatabase::urlFor(name, QStringLiteral("alice")), &error));
    QVERIFY2(error.contains(QLatin1String("owner")), qPrintable(error));
    QCOMPARE(TestDatabase::superuserSql(name, QStringLiteral("SELECT to_regclass('journal') IS NULL")),
             QStringLiteral("t"));
}

void TestTeamDatabase::aNewerSchemaIsRefused()
{
    const QString url = TestDatabase::makePostgres();
    QVERIFY(!url.isEmpty());
    const int newer = Database::latestSchemaVersion() + 1;
    bool ok = false;
    TestDatabase::superuserSql(
        databaseOf(url),
        QStringLiteral("INSERT INTO schema_version VALUES (%1, '2030-01-01T00:00:00.000Z')").arg(newer), &ok);
    QVERIFY(ok);
    Database db;
    QString error;
    QVERIFY(!db.open(url, &error));
    QVERIFY2(error.contains(QLatin1String("newer")) && error.contains(QString::number(newer)), qPrintable(error));
    QCOMPARE(TestDatabase::superuserSql(databaseOf(url), QStringLiteral("SELECT MAX(version) FROM schema_version")),
             QString::number(newer));
}

void TestTeamDatabase::theSessionUserIsRecorded()
{
    const QString url = TestDatabase::makePostgres();
    Database db;
    QVERIFY(db.open(url));
    QCOMPARE(db.analyst(), QStringLiteral("alice"));
    Journal journal(db);
    JournalEntry claimed = entryFor(QStringLiteral("00u1"), QStringLiteral("r1"));
    claimed.analyst = QStringLiteral("mallory");
    const qint64 id = journal.begin(claimed);
    QVERIFY(id > 0);
    QCOMPARE(journal.entry(id)->analyst, QStringLiteral("alice"));

    AuditLog log(db);
    log.setAnalyst(QStringLiteral("mallory"));
    AuditEntry entry;
    entry.action = QStringLiteral("suspend");
    QVERIFY(!log.append(entry).isEmpty());
    QCOMPARE(log.entries().constFirst().analyst, QStringLiteral("alice"));

    // A client that writes another name itself is refused by the server.
    for (const QString& sql :
         {QStringLiteral("INSERT INTO journal (run_id, okta_user_id, action, state, created_at, updated_at, analyst)"
                         " VALUES ('r2', '00u1', 'suspend', 'pending', 't', 't', 'bob')"),
          QStringLiteral("INSERT INTO claims VALUES ('00u9', 'r', '', 'bob', 'ws', 't')"),
          QStringLiteral("INSERT INTO identity_links (source, raw_identity, identity_key, okta_user_id, decision,"
                         " analyst, created_at, expires_at) VALUES ('s', 'i', 'i', '00u1', 'confirmed', 'bob', 't',"
                         " 't')")}) {
        QSqlQuery forged(db.connection());
        QVERIFY(!forged.exec(sql));
        QVERIFY2(forged.lastError().text().contains(QLatin1String("session user")),
                 qPrintable(forged.lastError().text()));
    }
}

void TestTeamDatabase::analystsCannotRewriteTheAudit()
{
    const QString url = TestDatabase::makePostgres();
    Database db;
    QVERIFY(db.open(url));
    AuditLog log(db);
    AuditEntry entry;
    entry.action = QStringLiteral("suspend");
    QVERIFY(!log.append(entry).isEmpty());
    for (const QString& sql :
         {QStringLiteral("UPDATE audit_log SET outcome = 'x'"), QStringLiteral("DELETE FROM audit_log"),
          QStringLiteral("TRUNCATE audit_log"), QStringLiteral("DROP TABLE audit_log"),
          QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL")}) {
        QSqlQuery query(db.connection());
        QVERIFY2(!query.exec(sql), qPrintable(sql));
    }
    QCOMPARE(log.entries().size(), 1);
    QVERIFY(log.verify().ok);
}

void TestTeamDatabase::oneChainFromTwoAnalysts()
{
    const QString url = TestDatabase::makePostgres();
    constexpr int perAnalyst = 20;
    QAtomicInt written;
    QList<QThread*> workstations;
    for (const QString& role : {QStringLiteral("alice"), QStringLiteral("bob")}) {
        const QString location = asRole(url, role);
        workstations << QThread::create([location, &written] {
            Database db;
            if (!db.open(location)) {
                return;
            }
            AuditLog log(db);
            for (int i = 0; i < perAnalyst; ++i) {
                AuditEntry entry;
                entry.action = QStringLiteral("suspend");
                if (!log.append(entry).isEmpty()) {
                    written.ref();
                }
            }
        });
    }
    for (QThread* thread : std::as_const(workstations)) {
        thread->start();
    }
    for (QThread* thread : std::as_const(workstations)) {
        QVERIFY(thread->wait(120'000));
        delete thread;
    }
    QCOMPARE(written.loadRelaxed(), 2 * perAnalyst);
    for (const QString& role : {QStringLiteral("alice"), QStringLiteral("bob")}) {
        Database db;
        QVERIFY(db.open(asRole(url, role)));
        AuditLog log(db);
        const QList<AuditEntry> entries = log.entries();
        QCOMPARE(entries.size(), 2 * perAnalyst);
        QCOMPARE(entries.constLast().seq, 2 * perAnalyst);
        const auto byAlice = std::count_if(entries.begin(), entries.end(),
                                           [](const AuditEntry& e) { return e.analyst == QLatin1String("alice"); });
        QCOMPARE(byAlice, perAnalyst);
        const AuditLog::VerifyResult result = log.verify();
        QVERIFY2(result.ok, qPrintable(result.reason));
    }
}

void TestTeamDatabase::aUserIsClaimedByOneRunAcrossTheTeam()
{
    Database alice;
    Database bob;
    QVERIFY(openAsAliceAndBob(alice, bob));
    Claims aliceClaims(alice);
    Claims bobClaims(bob);
    Claims::Outcome first =
        aliceClaims.claimUser(QStringLiteral("00u1"), QStringLiteral("run-a"), QStringLiteral("i1"));
    QVERIFY(first.held);
    Claims::Outcome second = bobClaims.claimUser(QStringLiteral("00u1"), QStringLiteral("run-b"), {});
    QVERIFY(!second.held);
    QVERIFY(second.holder);
    QCOMPARE(second.holder->analyst, QStringLiteral("alice"));
    QCOMPARE(second.holder->runId, QStringLiteral("run-a"));
    QVERIFY(second.holder->describe().contains(QLatin1String("alice")));
    // The same program cannot run twice on the user either.
    QVERIFY(!aliceClaims.claimUser(QStringLiteral("00u1"), QStringLiteral("run-c"), {}).held);
    // Another user is free.
    QVERIFY(bobClaims.claimUser(QStringLiteral("00u2"), QStringLiteral("run-b"), {}).held);

    first.held.reset();
    QVERIFY(!bobClaims.userHolder(QStringLiteral("00u1")));
    Claims::Outcome third = bobClaims.claimUser(QStringLiteral("00u1"), QStringLiteral("run-b"), {});
    QVERIFY(third.held);
    QCOMPARE(aliceClaims.userHolder(QStringLiteral("00u1"))->analyst, QStringLiteral("bob"));
}

void TestTeamDatabase::aKilledWorkstationsClaimLapses()
{
    const QString url = TestDatabase::makePostgres();
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kClaimingChild), url);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForReadyRead(60'000));
    QCOMPARE(child.readAllStandardOutput().trimmed(), QByteArray("claimed"));

    Database bob;
    QVERIFY(bob.open(asRole(url, QStringLiteral("bob"))));
    Claims claims(bob);
    Claims::Outcome blocked = claims.claimUser(QStringLiteral("00ukilled"), QStringLiteral("run-b"), {});
    QVERIFY(!blocked.held);
    QCOMPARE(blocked.holder->analyst, QStringLiteral("alice"));

    child.kill(); // SIGKILL: no clean-up of any kind
    QVERIFY(child.waitForFinished(30'000));
    // The server lets go of the dead connection's locks once it sees the connection closed.
    QTRY_VERIFY_WITH_TIMEOUT(!claims.userHolder(QStringLiteral("00ukilled")), 30'000);
    QVERIFY(claims.claimUser(QStringLiteral("00ukilled"), QStringLiteral("run-b"), {}).held);
}

void TestTeamDatabase::aRunSeesAnotherAnalystsLaterEntry()
{
    Database alice;
    Database bob;
    QVERIFY(openAsAliceAndBob(alice, bob));
    Claims claims(alice);
    Journal aliceJournal(alice);
    QVERIFY(aliceJournal.begin(entryFor(QStringLiteral("00u1"), QStringLiteral("run-a"))) > 0);
    const qint64 mark = claims.journalMark();
    QVERIFY(!claims.actedSince(QStringLiteral("00u1"), mark, QStringLiteral("run-a")));
    QVERIFY(Journal(bob).begin(entryFor(QStringLiteral("00u1"), QStringLiteral("run-b"))) > 0);
    const std::optional<Claim> later = claims.actedSince(QStringLiteral("00u1"), mark, QStringLiteral("run-a"));
    QVERIFY(later);
    QCOMPARE(later->analyst, QStringLiteral("bob"));
    QCOMPARE(later->runId, QStringLiteral("run-b"));
    QVERIFY(!claims.actedSince(QStringLiteral("00u2"), mark, QStringLiteral("run-a")));
}

void TestTeamDatabase::incidentsAreClaimedFromTheList()
{
    Database alice;
    Database bob;
    QVERIFY(openAsAliceAndBob(alice, bob));
    Claims aliceClaims(alice);
    Claims bobClaims(bob);
    QVERIFY(aliceClaims.claimIncident(QStringLiteral("ocsf:acme:1")));
    QVERIFY(aliceClaims.claimIncident(QStringLiteral("ocsf:acme:1"))); // again: still hers
    std::optional<Claim> holder;
    QVERIFY(!bobClaims.claimIncident(QStringLiteral("ocsf:acme:1"), &holder));
    QCOMPARE(holder->analyst, QStringLiteral("alice"));
    QCOMPARE(bobClaims.incidentHolders().value(QStringLiteral("ocsf:acme:1")).analyst, QStringLiteral("alice"));
    // Bob cannot let go of Alice's incident for her.
    QVERIFY(bobClaims.releaseIncident(QStringLiteral("ocsf:acme:1")));
    QCOMPARE(bobClaims.incidentHolders().size(), 1);
    QVERIFY(aliceClaims.releaseIncident(QStringLiteral("ocsf:acme:1")));
    QVERIFY(bobClaims.claimIncident(QStringLiteral("ocsf:acme:1")));
    QCOMPARE(aliceClaims.incidentHolders().value(QStringLiteral("ocsf:acme:1")).analyst, QStringLiteral("bob"));
}

void TestTeamDatabase::aWrongPasswordIsRefusedWithoutRepeatingIt()
{
    const QString url = asRole(TestDatabase::makePostgres(), QStringLiteral("carol"));
    qunsetenv("PGPASSWORD");
    Database db;
    db.setPassword(QStringLiteral("not-carols-Secret-2041"));
    QString error;
    QVERIFY(!db.open(url, &error));
    QVERIFY2(error.contains(QLatin1String("password authentication failed")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("Secret-2041")), qPrintable(error));
    QVERIFY(!db.isOpen());
}

void TestTeamDatabase::theKeychainsOrTheEnvironmentsPasswordIsUsed()
{
    const QString url = asRole(TestDatabase::makePostgres(), QStringLiteral("carol"));
    {
        Database db;
        db.setPassword(QStringLiteral("carol-pw"));
        QString error;
        QVERIFY2(db.open(url, &error), qPrintable(error));
        QCOMPARE(db.analyst(), QStringLiteral("carol"));
        // Another thread's connection opens with the same password.
        Database like;
        QVERIFY(like.openLike(db));
    }
    qputenv("PGPASSWORD", "carol-pw");
    Database db;
    QString error;
    const bool opened = db.open(url, &error);
    qunsetenv("PGPASSWORD");
    QVERIFY2(opened, qPrintable(error));
}

void TestTeamDatabase::aClosedOrSilentPortFails()
{
    // A port that accepts and never answers: without connect_timeout libpq would wait for ever.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    Database db;
    QString error;
    QVERIFY(!db.open(
        QStringLiteral("postgresql://alice@127.0.0.1:%1/cordon?connect_timeout=2").arg(silent.serverPort()), &error));
    QVERIFY2(error.contains(QLatin1String("timeout"), Qt::CaseInsensitive), qPrintable(error));

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QVERIFY(!db.open(QStringLiteral("postgresql://alice@127.0.0.1:%1/cordon").arg(port), &error));
    QVERIFY2(error.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(error));
}

void TestTeamDatabase::changesAreAnnounced()
{
    Database alice;
    Database bob;
    QVERIFY(openAsAliceAndBob(alice, bob));
    QSqlDriver* driver = bob.connection().driver();
    QVERIFY(driver->subscribeToNotification(QStringLiteral("cordon")));
    QSignalSpy spy(driver, &QSqlDriver::notification);
    QVERIFY(Journal(alice).begin(entryFor(QStringLiteral("00u1"), QStringLiteral("run-a"))) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 10'000);
    QCOMPARE(spy.constFirst().at(0).toString(), QStringLiteral("cordon"));
    QCOMPARE(spy.constFirst().at(2).toString(), QStringLiteral("journal"));
    spy.clear();
    QVERIFY(Claims(alice).claimIncident(QStringLiteral("ocsf:acme:1")));
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 10'000);
    QCOMPARE(spy.constFirst().at(2).toString(), QStringLiteral("incident_claims"));
}

void TestTeamDatabase::aReadOnlyDatabaseKeepsNothingHalfWritten()
{
    const QString url = TestDatabase::makePostgres();
    bool ok = false;
    TestDatabase::superuserSql(
        QStringLiteral("postgres"),
        QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = on").arg(databaseOf(url)), &ok);
    QVERIFY(ok);
    Database db;
    QString error;
    QVERIFY2(db.open(url, &error), qPrintable(error)); // a current schema needs no write
    Journal journal(db);
    QCOMPARE(journal.begin(entryFor(QStringLiteral("00u1"), QStringLiteral("run-a"))), 0);
    QVERIFY(journal.recordAll({entryFor(QStringLiteral("00u1"), QStringLiteral("run-a"))}).isEmpty());
    AuditLog log(db);
    AuditEntry entry;
    entry.action = QStringLiteral("suspend");
    QVERIFY(log.append(entry).isEmpty());
    QVERIFY(!Claims(db).claimUser(QStringLiteral("00u1"), QStringLiteral("run-a"), {}).held);
    QCOMPARE(TestDatabase::superuserSql(databaseOf(url), QStringLiteral("SELECT COUNT(*) FROM journal")),
             QStringLiteral("0"));
}

void TestTeamDatabase::aLostConnectionIsMadeAgain()
{
    const QString url = TestDatabase::makePostgres();
    Database db;
    QVERIFY(db.open(url));
    Journal journal(db);
    const auto endSessions = [&url] {
        bool ok = false;
        TestDatabase::superuserSql(QStringLiteral("postgres"),
                                   QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                                  " WHERE datname = '%1' AND usename = 'alice'")
                                       .arg(databaseOf(url)),
                                   &ok);
        return ok;
    };
    // The server ends the session (a restart, an administrator): a write transaction connects again and goes on.
    QVERIFY(endSessions());
    JournalEntry pending = entryFor(QStringLiteral("00u1"), QStringLiteral("run-a"));
    pending.state = Journal::Pending;
    const QList<qint64> ids = journal.recordAll({pending});
    QCOMPARE(ids.size(), 1);
    QCOMPARE(journal.entry(ids.first())->analyst, QStringLiteral("alice"));
    // A single write is not sent twice (the server may have applied it): it fails, and the next one goes through.
    QVERIFY(endSessions());
    QCOMPARE(journal.markSent(ids.first()), false);
    QVERIFY(journal.markSent(ids.first()));
    QCOMPARE(journal.entry(ids.first())->state, Journal::Sent);
}

void TestTeamDatabase::identitiesAreConfirmedOnceForTheTeam()
{
    Database alice;
    Database bob;
    QVERIFY(openAsAliceAndBob(alice, bob));
    IdentityLinkStore aliceLinks(alice);
    IdentityLinkStore bobLinks(bob);
    const QString source = QStringLiteral("ocsf:acme");
    const QString identity = QStringLiteral("AD_DOMAIN\\joren");
    // The name the program passes is its own account's; the server records its session user.
    QVERIFY(aliceLinks.confirm(source, identity, {}, QStringLiteral("00ujoren"), QStringLiteral("joren.m@example.com"),
                               QStringLiteral("Alice Local (alice)"), QStringLiteral("ocsf:acme:1")) > 0);
    const std::optional<IdentityLink> seen = bobLinks.lookup(source, QStringLiteral("ad_domain\\JOREN"));
    QVERIFY(seen);
    QCOMPARE(seen->oktaUserId, QStringLiteral("00ujoren"));
    QCOMPARE(seen->analyst, QStringLiteral("alice"));

    // Bob's rejection is the team's too, under his name, and ends Alice's confirmation of that user.
    QVERIFY(bobLinks.reject(source, identity, {}, QStringLiteral("00ujoren"), QStringLiteral("joren.m@example.com"),
                            QStringLiteral("Bob Local (bob)"), QStringLiteral("ocsf:acme:2")) > 0);
    QVERIFY(!aliceLinks.lookup(source, identity));
    const QList<IdentityLink> rejected = aliceLinks.rejected(source, identity);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().analyst, QStringLiteral("bob"));
    const QList<IdentityLink> history = aliceLinks.all();
    const auto revokedByBob = std::count_if(history.begin(), history.end(), [](const IdentityLink& link) {
        return link.revokedBy == QLatin1String("bob");
    });
    QCOMPARE(revokedByBob, 1);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kClaimingChild)) {
        runClaimingChild(qEnvironmentVariable(kClaimingChild));
    }
    TestTeamDatabase test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamdatabase.moc"
