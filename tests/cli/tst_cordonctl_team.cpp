#include "CordonCtl.h"
#include "SimProcess.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using cordon::test::CordonCtl;
using cordon::test::CtlRun;
using cordon::test::SimProcess;

// Two workstations, each with a cordonctl of its own (own data folder and settings), sharing one PostgreSQL
// database as the analysts alice and bob: what one does, the other sees, and nothing reaches Okta twice.
class TestCordonCtlTeam : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void migrateThenCheck();
    void aWrongPasswordExitsThreeWithoutPrintingIt();
    void anUnreachableDatabaseIsAConfigurationError();
    void twoAnalystsContainTheSameUserAtOnce();
    void aKilledWorkstationsRunIsResumedByAnother();
    void twentyRunsFromTwoWorkstationsMakeOneChain();
    void aSecondWorkstationIsGivenTheAuditKey();
    void theJsonIsTheSameOnBothEngines();
    void aReadOnlyDatabaseSendsNothing();

private:
    // cordonctl as a workstation with a keychain of its own: a private D-Bus session and gnome-keyring under
    // home, kept between runs.
    static CtlRun runWithOwnKeychain(const CordonCtl& ctl, const QString& home, const QStringList& arguments);
    std::unique_ptr<CordonCtl> workstation(const QString& role) const;
    static QProcess* start(const CordonCtl& ctl, const QStringList& arguments);
    int count(const QString& method, const QString& pathPart);

    SimProcess m_sim;
    QString m_url;
};

void TestCordonCtlTeam::initTestCase()
{
    QString error;
    // Every answer a little late, so that two runs started together are in flight together.
    QVERIFY2(m_sim.start({QStringLiteral("--latency-ms"), QStringLiteral("150")}, &error), qPrintable(error));
}

void TestCordonCtlTeam::init()
{
    m_sim.reset();
    QString error;
    m_url = TestDatabase::makePostgres(QStringLiteral("alice"), &error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
}

std::unique_ptr<CordonCtl> TestCordonCtlTeam::workstation(const QString& role) const
{
    auto ctl = std::make_unique<CordonCtl>(m_sim.baseUrl());
    ctl->setEnv(QStringLiteral("CORDON_DATABASE_URL"), TestDatabase::urlFor(QUrl(m_url).path().mid(1), role));
    return ctl;
}

QProcess* TestCordonCtlTeam::start(const CordonCtl& ctl, const QStringList& arguments)
{
    auto* process = new QProcess;
    process->setProcessEnvironment(ctl.environment());
    process->start(QStringLiteral(CORDONCTL_PATH), ctl.orgArguments() + arguments);
    process->closeWriteChannel();
    return process;
}

int TestCordonCtlTeam::count(const QString& method, const QString& pathPart)
{
    int total = 0;
    for (const QJsonValue& value : m_sim.requests()) {
        const QJsonObject request = value.toObject();
        total += request.value(QStringLiteral("method")).toString() == method &&
                 request.value(QStringLiteral("path")).toString().contains(pathPart);
    }
    return total;
}

void TestCordonCtlTeam::migrateThenCheck()
{
    const QString empty = TestDatabase::makeEmptyPostgres();
    QVERIFY(!empty.isEmpty());
    CordonCtl alice(m_sim.baseUrl());
    alice.setEnv(QStringLiteral("CORDON_DATABASE_URL"), TestDatabase::urlFor(empty, QStringLiteral("alice")));
    const CtlRun before = alice.run({QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(before.exitCode, 3);
    QVERIFY2(before.text().contains(QLatin1String("db migrate")), before.err.constData());

    // An analyst may not create the schema; the owner does.
    QCOMPARE(alice.run({QStringLiteral("db"), QStringLiteral("migrate")}).exitCode, 3);
    CordonCtl owner(m_sim.baseUrl());
    owner.setEnv(QStringLiteral("CORDON_DATABASE_URL"), TestDatabase::urlFor(empty, QStringLiteral("cordon_owner")));
    const CtlRun migrate = owner.run({QStringLiteral("db"), QStringLiteral("migrate")});
    QCOMPARE(migrate.exitCode, 0);

    const CtlRun check = alice.run({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    const QJsonObject json = check.json().object();
    QCOMPARE(json.value(QStringLiteral("engine")).toString(), QStringLiteral("postgresql"));
    QCOMPARE(json.value(QStringLiteral("analyst")).toString(), QStringLiteral("alice"));
    QCOMPARE(json.value(QStringLiteral("schema")).toInt(), json.value(QStringLiteral("latestSchema")).toInt());
    QVERIFY(json.value(QStringLiteral("server")).toString().startsWith(QLatin1String("PostgreSQL ")));
    QVERIFY(json.value(QStringLiteral("location")).toString().contains(empty));
}

void TestCordonCtlTeam::aWrongPasswordExitsThreeWithoutPrintingIt()
{
    auto carol = workstation(QStringLiteral("carol"));
    carol->setEnv(QStringLiteral("PGPASSWORD"), QStringLiteral("Not-Carols-7731"));
    const CtlRun wrong = carol->run({QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.text().contains(QLatin1String("password authentication failed")), wrong.err.constData());
    QVERIFY(!wrong.text().contains(QLatin1String("Not-Carols-7731")));
    // Nothing reaches Okta without the journal.
    const qsizetype before = m_sim.requests().size();
    const CtlRun contain = carol->run({QStringLiteral("contain"), SimProcess::jorenLogin(), QStringLiteral("--action"),
                                       QStringLiteral("suspend"), QStringLiteral("--yes")});
    QVERIFY(contain.exitCode != 0);
    QVERIFY(!contain.text().contains(QLatin1String("Not-Carols-7731")));
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend")), 0);
    QVERIFY(m_sim.requests().size() >= before);

    carol->setEnv(QStringLiteral("PGPASSWORD"), QStringLiteral("carol-pw"));
    QCOMPARE(carol->run({QStringLiteral("db"), QStringLiteral("check")}).exitCode, 0);
}

void TestCordonCtlTeam::anUnreachableDatabaseIsAConfigurationError()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    CordonCtl alice(m_sim.baseUrl());
    alice.setEnv(QStringLiteral("CORDON_DATABASE_URL"),
                 QStringLiteral("postgresql://alice@127.0.0.1:%1/cordon").arg(port));
    const CtlRun check = alice.run({QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(check.exitCode, 3);
    QVERIFY2(check.text().contains(QLatin1String("refused"), Qt::CaseInsensitive), check.err.constData());
    const CtlRun contain = alice.run({QStringLiteral("contain"), SimProcess::jorenLogin(), QStringLiteral("--action"),
                                      QStringLiteral("suspend"), QStringLiteral("--yes")});
    QVERIFY(contain.exitCode != 0);
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend")), 0);
}

void TestCordonCtlTeam::twoAnalystsContainTheSameUserAtOnce()
{
    auto alice = workstation(QStringLiteral("alice"));
    auto bob = workstation(QStringLiteral("bob"));
    const QString joren = m_sim.userId(SimProcess::jorenLogin());
    const QStringList contain{QStringLiteral("--json"),   QStringLiteral("contain"),        joren,
                              QStringLiteral("--action"), QStringLiteral("clear-sessions"), QStringLiteral("--action"),
                              QStringLiteral("suspend"),  QStringLiteral("--yes")};
    std::unique_ptr<QProcess> first(start(*alice, contain));
    std::unique_ptr<QProcess> second(start(*bob, contain));
    QVERIFY(first->waitForFinished(60'000));
    QVERIFY(second->waitForFinished(60'000));
    const QList<int> codes{first->exitCode(), second->exitCode()};
    const QByteArray aliceErr = first->readAllStandardError() + first->readAllStandardOutput();
    const QByteArray bobErr = second->readAllStandardError() + second->readAllStandardOutput();
    // One ran; the other was told who holds the user, and sent nothing.
    QVERIFY2(codes.contains(0) && codes.contains(5),
             qPrintable(QStringLiteral("%1 %2 %3 %4")
                            .arg(codes[0])
                            .arg(codes[1])
                            .arg(QString::fromUtf8(aliceErr), QString::fromUtf8(bobErr))));
    const QByteArray refusedErr = codes[0] == 5 ? aliceErr : bobErr;
    const QByteArray holder = codes[0] == 5 ? "bob" : "alice";
    QVERIFY2(refusedErr.contains(holder), refusedErr.constData());
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend")), 1);
    QCOMPARE(count(QStringLiteral("DELETE"), QStringLiteral("/sessions")), 1);
    QCOMPARE(m_sim.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));

    // Both see the one history: the run's entries, and the refusal, under the analyst who wrote each.
    const CtlRun audit = alice->run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(audit.exitCode, 0);
    const QJsonArray entries = audit.json().array();
    QStringList outcomes;
    for (const QJsonValue& value : entries) {
        outcomes << value.toObject().value(QStringLiteral("analyst")).toString() + QLatin1Char(' ') +
                        value.toObject().value(QStringLiteral("action")).toString();
    }
    QVERIFY2(outcomes.contains(QString::fromLatin1(holder) + QStringLiteral(" suspend")),
             qPrintable(outcomes.join(u',')));
    const QString refusedBy = holder == "bob" ? QStringLiteral("alice") : QStringLiteral("bob");
    QVERIFY2(outcomes.contains(refusedBy + QStringLiteral(" refused")), qPrintable(outcomes.join(u',')));
}

void TestCordonCtlTeam::aKilledWorkstationsRunIsResumedByAnother()
{
    SimProcess slow;
    QString error;
    // The suspension takes effect when it arrives; its answer comes long after the kill.
    QVERIFY2(
        slow.start({QStringLiteral("--fault"), QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=slow:30000x1")},
                   &error),
        qPrintable(error));
    const QString joren = slow.userId(SimProcess::jorenLogin());
    const QString database = QUrl(m_url).path().mid(1);
    CordonCtl alice(slow.baseUrl());
    alice.setEnv(QStringLiteral("CORDON_DATABASE_URL"), TestDatabase::urlFor(database, QStringLiteral("alice")));
    CordonCtl bob(slow.baseUrl());
    bob.setEnv(QStringLiteral("CORDON_DATABASE_URL"), TestDatabase::urlFor(database, QStringLiteral("bob")));

    std::unique_ptr<QProcess> run(start(alice, {QStringLiteral("contain"), joren, QStringLiteral("--action"),
                                                QStringLiteral("suspend"), QStringLiteral("--yes")}));
    const auto suspends = [&slow] {
        int total = 0;
        for (const QJsonValue& value : slow.requests()) {
            total += value.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("/suspend"));
        }
        return total;
    };
    QTRY_COMPARE_WITH_TIMEOUT(suspends(), 1, 30'000);

    // While Alice's run waits for Okta, Bob's resume leaves it alone.
    const CtlRun early = bob.run({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("resume")});
    QCOMPARE(early.exitCode, 0);
    const QJsonArray left = early.json().object().value(QStringLiteral("settled")).toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().toObject().value(QStringLiteral("resolution")).toString(), QStringLiteral("in-flight"));

    run->kill();
    QVERIFY(run->waitForFinished(10'000));
    // Bob sees Alice's unfinished entry and settles it from Okta's state, without sending it again.
    const CtlRun journal = bob.run({QStringLiteral("--json"), QStringLiteral("journal")});
    QCOMPARE(journal.json().object().value(QStringLiteral("unfinished")).toArray().size(), 1);
    // The server lets go of the killed connection's locks once it sees it closed.
    const auto firstResolution = [](const CtlRun& done) {
        return done.json()
            .object()
            .value(QStringLiteral("settled"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("resolution"))
            .toString();
    };
    CtlRun resume = bob.run({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("resume")});
    for (int tries = 0; tries < 30 && firstResolution(resume) == QLatin1String("in-flight"); ++tries) {
        QTest::qWait(1000);
        resume = bob.run({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("resume")});
    }
    QVERIFY2(resume.exitCode == 0, resume.out.constData());
    const QJsonObject settled = resume.json().object().value(QStringLiteral("settled")).toArray().first().toObject();
    QCOMPARE(settled.value(QStringLiteral("resolution")).toString(), QStringLiteral("done"));
    QCOMPARE(suspends(), 1);
    QVERIFY(alice.run({QStringLiteral("--json"), QStringLiteral("journal")})
                .json()
                .object()
                .value(QStringLiteral("unfinished"))
                .toArray()
                .isEmpty());
}

void TestCordonCtlTeam::twentyRunsFromTwoWorkstationsMakeOneChain()
{
    auto alice = workstation(QStringLiteral("alice"));
    auto bob = workstation(QStringLiteral("bob"));
    const QString aliceUser = m_sim.userId(QStringLiteral("noor.haddad@example.com"));
    const QString bobUser = m_sim.userId(QStringLiteral("teo.lindqvist@example.com"));
    constexpr int perWorkstation = 10;
    std::vector<std::unique_ptr<QProcess>> aliceRuns;
    std::vector<std::unique_ptr<QProcess>> bobRuns;
    for (int i = 0; i < perWorkstation; ++i) {
        // Each workstation runs one at a time, as an analyst would; the two run side by side.
        std::unique_ptr<QProcess> a(start(*alice, {QStringLiteral("contain"), aliceUser, QStringLiteral("--action"),
                                                   QStringLiteral("clear-sessions"), QStringLiteral("--yes")}));
        std::unique_ptr<QProcess> b(start(*bob, {QStringLiteral("contain"), bobUser, QStringLiteral("--action"),
                                                 QStringLiteral("clear-sessions"), QStringLiteral("--yes")}));
        QVERIFY(a->waitForFinished(60'000));
        QVERIFY(b->waitForFinished(60'000));
        QCOMPARE(a->exitCode(), 0);
        QCOMPARE(b->exitCode(), 0);
    }
    QString head;
    for (const CordonCtl* ctl : {alice.get(), bob.get()}) {
        const CtlRun verify = ctl->run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 0);
        const QJsonObject result = verify.json().object();
        QVERIFY2(result.value(QStringLiteral("ok")).toBool(), verify.out.constData());
        QCOMPARE(result.value(QStringLiteral("checked")).toInt(), 2 * perWorkstation);
        if (head.isEmpty()) {
            head = result.value(QStringLiteral("headHash")).toString();
        }
        QCOMPARE(result.value(QStringLiteral("headHash")).toString(), head);
        const CtlRun audit = ctl->run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray entries = audit.json().array();
        QCOMPARE(entries.size(), 2 * perWorkstation);
        int byAlice = 0;
        for (int i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            QCOMPARE(entry.value(QStringLiteral("seq")).toInt(), i + 1);
            byAlice += entry.value(QStringLiteral("analyst")).toString() == QLatin1String("alice");
        }
        QCOMPARE(byAlice, perWorkstation);
    }
}

CtlRun TestCordonCtlTeam::runWithOwnKeychain(const CordonCtl& ctl, const QString& home, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = ctl.environment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    QDir(home).mkpath(QStringLiteral("run"));
    QFile::setPermissions(home + QStringLiteral("/run"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("dbus-run-session"),
                  QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("echo -n workstation-b | gnome-keyring-daemon --unlock "
                                             "--components=secrets >/dev/null; exec \"$0\" \"$@\""),
                              QStringLiteral(CORDONCTL_PATH)} +
                      ctl.orgArguments() + arguments);
    process.closeWriteChannel();
    CtlRun run;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCordonCtlTeam::aSecondWorkstationIsGivenTheAuditKey()
{
    auto alice = workstation(QStringLiteral("alice"));
    auto bob = workstation(QStringLiteral("bob"));
    QTemporaryDir bobHome;
    const QString noor = m_sim.userId(QStringLiteral("noor.haddad@example.com"));
    const QStringList contain{QStringLiteral("contain"), noor, QStringLiteral("--action"),
                              QStringLiteral("clear-sessions"), QStringLiteral("--yes")};
    // Alice's workstation seals the team's log with a key its keychain makes.
    QCOMPARE(alice->run(contain).exitCode, 0);
    const int sessionsBefore = count(QStringLiteral("DELETE"), QStringLiteral("/sessions"));

    // Bob's keychain has no key: he adds no unsealed entry to a sealed log, and sends nothing.
    const CtlRun refused = runWithOwnKeychain(*bob, bobHome.path(), contain);
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.text().contains(QLatin1String("sealed")), refused.err.constData());
    QCOMPARE(count(QStringLiteral("DELETE"), QStringLiteral("/sessions")), sessionsBefore);

    // Alice carries the key to him in a file only she can read.
    QTemporaryDir carry;
    const QString file = carry.filePath(QStringLiteral("audit.key"));
    const CtlRun exported =
        alice->run({QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("export"), file});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    // An existing file is never overwritten.
    QVERIFY(alice->run({QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("export"), file}).exitCode != 0);

    // Text that is not the key, or a key of another log, is refused.
    QFile garbage(carry.filePath(QStringLiteral("garbage.key")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("cordon-audit-key/v1 0123 AAAA\n");
    garbage.close();
    QCOMPARE(runWithOwnKeychain(
                 *bob, bobHome.path(),
                 {QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("import"), garbage.fileName()})
                 .exitCode,
             5);

    const CtlRun imported = runWithOwnKeychain(
        *bob, bobHome.path(), {QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("import"), file});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const CtlRun ran = runWithOwnKeychain(*bob, bobHome.path(), contain);
    QVERIFY2(ran.exitCode == 0, ran.err.constData());
    QCOMPARE(count(QStringLiteral("DELETE"), QStringLiteral("/sessions")), sessionsBefore + 1);

    // Both workstations vouch for the one log, each against the anchor its own keychain keeps.
    const CtlRun fromAlice = alice->run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    const CtlRun fromBob = runWithOwnKeychain(
        *bob, bobHome.path(), {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    for (const CtlRun* verify : {&fromAlice, &fromBob}) {
        const QJsonObject result = verify->json().object();
        QVERIFY2(result.value(QStringLiteral("ok")).toBool() && result.value(QStringLiteral("sealed")).toBool(),
                 verify->out.constData());
        QCOMPARE(result.value(QStringLiteral("checked")).toInt(), 2);
    }
}

namespace
{

// Every key path of a JSON value ("results[].requestId"), and each value's type: its shape without its values.
void collectShape(const QJsonValue& value, const QString& path, QSet<QString>* shape)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            collectShape(it.value(), path + QLatin1Char('.') + it.key(), shape);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            collectShape(item, path + QStringLiteral("[]"), shape);
        }
    } else {
        shape->insert(path + QLatin1Char(':') + QString::number(int(value.type())));
    }
}

QSet<QString> shapeOf(const CtlRun& run)
{
    QSet<QString> shape;
    const QJsonDocument document = run.json();
    collectShape(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), {}, &shape);
    return shape;
}

} // namespace

void TestCordonCtlTeam::theJsonIsTheSameOnBothEngines()
{
    auto team = workstation(QStringLiteral("alice"));
    CordonCtl alone(m_sim.baseUrl()); // the SQLite file in its data folder
    QList<QSet<QString>> shapes[2];
    const QString noor = m_sim.userId(QStringLiteral("noor.haddad@example.com"));
    int index = 0;
    for (const CordonCtl* ctl : std::initializer_list<const CordonCtl*>{team.get(), &alone}) {
        m_sim.reset();
        const CtlRun contain =
            ctl->run({QStringLiteral("--json"), QStringLiteral("contain"), noor, QStringLiteral("--action"),
                      QStringLiteral("suspend"), QStringLiteral("--incident"), QStringLiteral("ocsf:acme:1"),
                      QStringLiteral("--yes")});
        QCOMPARE(contain.exitCode, 0);
        const CtlRun release =
            ctl->run({QStringLiteral("--json"), QStringLiteral("release"), noor, QStringLiteral("--action"),
                      QStringLiteral("unsuspend"), QStringLiteral("--incident"), QStringLiteral("ocsf:acme:1"),
                      QStringLiteral("--yes")});
        QCOMPARE(release.exitCode, 0);
        const CtlRun journal = ctl->run({QStringLiteral("--json"), QStringLiteral("journal")});
        const CtlRun audit = ctl->run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(audit.json().array().size(), 2);
        shapes[index++] = {shapeOf(contain), shapeOf(release), shapeOf(journal), shapeOf(audit)};
    }
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(shapes[0].at(i), shapes[1].at(i));
    }
}

void TestCordonCtlTeam::aReadOnlyDatabaseSendsNothing()
{
    // A replica, or a primary an administrator made read-only: Cordon opens it, and sends nothing it cannot journal.
    bool ok = false;
    TestDatabase::superuserSql(
        QStringLiteral("postgres"),
        QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = on").arg(QUrl(m_url).path().mid(1)), &ok);
    QVERIFY(ok);
    auto alice = workstation(QStringLiteral("alice"));
    QCOMPARE(alice->run({QStringLiteral("db"), QStringLiteral("check")}).exitCode, 0);
    const QString joren = m_sim.userId(SimProcess::jorenLogin());
    const CtlRun contain = alice->run({QStringLiteral("--json"), QStringLiteral("contain"), joren,
                                       QStringLiteral("--action"), QStringLiteral("suspend"), QStringLiteral("--yes")});
    QVERIFY(contain.exitCode != 0);
    QVERIFY2(contain.text().contains(QLatin1String("read-only")) ||
                 contain.text().contains(QLatin1String("could not be claimed")) ||
                 contain.text().contains(QLatin1String("journal could not be written")),
             contain.text().toUtf8().constData());
    QCOMPARE(count(QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend")), 0);
    QCOMPARE(m_sim.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
}

QTEST_GUILESS_MAIN(TestCordonCtlTeam)
#include "tst_cordonctl_team.moc"
