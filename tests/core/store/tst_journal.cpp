#include "TestDatabase.h"
#include "base/Clock.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace cordon::core;

namespace
{

// Set for the child process that journals an action and is killed at once.
const char kChildVariable[] = "CORDON_TST_JOURNAL_KILLED_CHILD";

// The child: begin one action, mark another sent, print their ids and die without any cleanup, as
// a process killed right after the call would.
[[noreturn]] void runKilledChild(const QString& path)
{
    Database db;
    if (!db.open(path)) {
        std::_Exit(2);
    }
    Journal journal(db);
    JournalEntry entry;
    entry.runId = QStringLiteral("killed-run");
    entry.oktaUserId = QStringLiteral("00u1");
    entry.action = QStringLiteral("suspend");
    const qint64 pending = journal.begin(entry);
    entry.action = QStringLiteral("clear-sessions");
    const qint64 sent = journal.begin(entry);
    journal.markSent(sent);
    std::printf("%lld %lld\n", static_cast<long long>(pending), static_cast<long long>(sent));
    std::fflush(stdout);
#ifdef SIGKILL
    std::raise(SIGKILL);
#endif
    std::_Exit(9);
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lifecycle();
    void finishedEntriesStayFinished();
    void unfinishedAcrossReopen();
    void settle();
    void undoLedger();
    void forRun();
    void closedDatabaseRefusesToBegin();
    void writesSurviveAKilledProcess();

private:
    static JournalEntry action(const QString& action,
                               const QString& user = QStringLiteral("00u1"),
                               const QString& incident = QStringLiteral("ocsf:acme:1"));

    QTemporaryDir* m_dir = nullptr;
    Database* m_db = nullptr;
    ManualClock* m_clock = nullptr;
    Journal* m_journal = nullptr;
};

void TestJournal::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(m_db->open(TestDatabase::freshLocation(*m_dir)));
    m_clock = new ManualClock;
    m_journal = new Journal(*m_db, m_clock);
}

void TestJournal::cleanup()
{
    delete m_journal;
    delete m_clock;
    delete m_db;
    delete m_dir;
}

JournalEntry TestJournal::action(const QString& action, const QString& user, const QString& incident)
{
    JournalEntry entry;
    entry.runId = QStringLiteral("run-1");
    entry.incidentId = incident;
    entry.oktaUserId = user;
    entry.oktaLogin = user + QStringLiteral("@example.com");
    entry.action = action;
    if (action.contains(QLatin1Char(':'))) {
        entry.groupId = action.section(QLatin1Char(':'), 1);
    }
    return entry;
}

void TestJournal::lifecycle()
{
    const qint64 id = m_journal->begin(action(QStringLiteral("add-group:00g9")));
    QVERIFY(id > 0);
    std::optional<JournalEntry> entry = m_journal->entry(id);
    QVERIFY(entry);
    QCOMPARE(entry->state, Journal::Pending);
    QCOMPARE(entry->action, QStringLiteral("add-group:00g9"));
    QCOMPARE(entry->groupId, QStringLiteral("00g9"));
    QCOMPARE(entry->oktaLogin, QStringLiteral("00u1@example.com"));
    QCOMPARE(entry->createdAt, m_clock->now());

    m_clock->advance(1000);
    QVERIFY(m_journal->markSent(id));
    entry = m_journal->entry(id);
    QCOMPARE(entry->state, Journal::Sent);
    QCOMPARE(entry->updatedAt, m_clock->now());
    QVERIFY(entry->createdAt < entry->updatedAt);

    m_clock->advance(1000);
    QVERIFY(m_journal->finish(id, QStringLiteral("done"), QStringLiteral("req-1"), QStringLiteral("204")));
    entry = m_journal->entry(id);
    QCOMPARE(entry->state, Journal::Done);
    QCOMPARE(entry->outcome, QStringLiteral("done"));
    QCOMPARE(entry->requestId, QStringLiteral("req-1"));
    QCOMPARE(entry->detail, QStringLiteral("204"));
    QVERIFY(m_journal->unfinished().isEmpty());

    const qint64 failing = m_journal->begin(action(QStringLiteral("suspend")));
    QVERIFY(failing > id);
    QVERIFY(m_journal->markSent(failing));
    QVERIFY(m_journal->finish(failing, QStringLiteral("failed"), QStringLiteral("req-2"), QStringLiteral("E0000001")));
    QCOMPARE(m_journal->entry(failing)->state, Journal::Failed);
    QVERIFY(!m_journal->entry(12345));
}

void TestJournal::finishedEntriesStayFinished()
{
    const qint64 id = m_journal->begin(action(QStringLiteral("suspend")));
    QVERIFY(m_journal->finish(id, QStringLiteral("already")));
    QVERIFY(!m_journal->markSent(id));
    QVERIFY(!m_journal->finish(id, QStringLiteral("failed")));
    QVERIFY(!m_journal->settle(id, QStringLiteral("done")));
    QCOMPARE(m_journal->entry(id)->state, Journal::Done);
    QCOMPARE(m_journal->entry(id)->outcome, QStringLiteral("already"));
}

void TestJournal::unfinishedAcrossReopen()
{
    const qint64 pending = m_journal->begin(action(QStringLiteral("clear-sessions")));
    const qint64 sent = m_journal->begin(action(QStringLiteral("suspend")));
    const qint64 done = m_journal->begin(action(QStringLiteral("add-group:00g1")));
    QVERIFY(m_journal->markSent(sent));
    QVERIFY(m_journal->markSent(done));
    QVERIFY(m_journal->finish(done, QStringLiteral("done"), QStringLiteral("req")));

    // A second instance on the same file sees every write at once, as a restarted program would.
    Database second;
    QVERIFY(second.openLike(*m_db));
    Journal reopened(second);
    const QList<JournalEntry> open = reopened.unfinished();
    QCOMPARE(open.size(), 2);
    QCOMPARE(open[0].id, pending);
    QCOMPARE(open[0].state, Journal::Pending);
    QCOMPARE(open[1].id, sent);
    QCOMPARE(open[1].state, Journal::Sent);

    m_db->close();
    QVERIFY(reopened.finish(sent, QStringLiteral("done"), QStringLiteral("req-s")));
    Database third;
    QVERIFY(third.openLike(second));
    QCOMPARE(Journal(third).unfinished().size(), 1);
    QCOMPARE(Journal(third).entry(sent)->requestId, QStringLiteral("req-s"));
}

void TestJournal::settle()
{
    const qint64 id = m_journal->begin(action(QStringLiteral("suspend")));
    QVERIFY(m_journal->markSent(id));
    QVERIFY(m_journal->settle(id, QStringLiteral("done"), QStringLiteral("user is SUSPENDED at Okta")));
    const JournalEntry entry = *m_journal->entry(id);
    QCOMPARE(entry.state, Journal::Settled);
    QCOMPARE(entry.outcome, QStringLiteral("done"));
    QVERIFY(m_journal->unfinished().isEmpty());
}

void TestJournal::undoLedger()
{
    const QString incident = QStringLiteral("ocsf:acme:7");
    const auto run = [&](const QString& name, const QString& user, const QString& outcome) {
        const qint64 id = m_journal->begin(action(name, user, incident));
        if (!outcome.isEmpty()) {
            m_journal->markSent(id);
            m_journal->finish(id, outcome, QStringLiteral("req"));
        }
        return id;
    };
    const qint64 suspended = run(QStringLiteral("suspend"), QStringLiteral("00u1"), QStringLiteral("done"));
    run(QStringLiteral("clear-sessions"), QStringLiteral("00u1"), QStringLiteral("failed"));
    run(QStringLiteral("add-group:00g1"), QStringLiteral("00u1"), QStringLiteral("already"));
    const qint64 grouped = run(QStringLiteral("add-group:00g2"), QStringLiteral("00u1"), QStringLiteral("done"));
    run(QStringLiteral("suspend"), QStringLiteral("00u2"), QStringLiteral("done"));
    run(QStringLiteral("add-group:00g3"), QStringLiteral("00u1"), QString()); // still pending
    const qint64 settled = m_journal->begin(action(QStringLiteral("clear-sessions"), QStringLiteral("00u1"), incident));
    m_journal->settle(settled, QStringLiteral("done"));
    JournalEntry elsewhere = action(QStringLiteral("suspend"), QStringLiteral("00u1"), QStringLiteral("ocsf:acme:8"));
    m_journal->finish(m_journal->begin(elsewhere), QStringLiteral("done"));

    const QList<JournalEntry> ledger = m_journal->doneForIncident(incident, QStringLiteral("00u1"));
    QCOMPARE(ledger.size(), 3);
    QCOMPARE(ledger[0].id, suspended);
    QCOMPARE(ledger[1].id, grouped);
    QCOMPARE(ledger[1].groupId, QStringLiteral("00g2"));
    QCOMPARE(ledger[2].id, settled);
    QVERIFY(m_journal->doneForIncident(incident, QStringLiteral("00u3")).isEmpty());
}

void TestJournal::forRun()
{
    JournalEntry a = action(QStringLiteral("suspend"));
    a.runId = QStringLiteral("run-a");
    JournalEntry b = action(QStringLiteral("suspend"), QStringLiteral("00u2"));
    b.runId = QStringLiteral("run-b");
    m_journal->begin(a);
    m_journal->begin(b);
    m_journal->begin(a);
    QCOMPARE(m_journal->forRun(QStringLiteral("run-a")).size(), 2);
    QCOMPARE(m_journal->forRun(QStringLiteral("run-b")).constFirst().oktaUserId, QStringLiteral("00u2"));
}

void TestJournal::closedDatabaseRefusesToBegin()
{
    m_db->close();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("journal begin failed")));
    QCOMPARE(m_journal->begin(action(QStringLiteral("suspend"))), 0);
}

void TestJournal::writesSurviveAKilledProcess()
{
    const QString path = TestDatabase::freshLocation(*m_dir, QStringLiteral("killed.sqlite"));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kChildVariable), path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    const QList<QByteArray> ids = child.readAllStandardOutput().trimmed().split(' ');
    QCOMPARE(ids.size(), 2);

    Database db;
    QVERIFY(db.open(path));
    const QList<JournalEntry> open = Journal(db).unfinished();
    QCOMPARE(open.size(), 2);
    QCOMPARE(open[0].id, ids[0].toLongLong());
    QCOMPARE(open[0].state, Journal::Pending);
    QCOMPARE(open[1].id, ids[1].toLongLong());
    QCOMPARE(open[1].state, Journal::Sent);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        runKilledChild(qEnvironmentVariable(kChildVariable));
    }
    TestJournal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_journal.moc"
