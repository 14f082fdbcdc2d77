#include "CordonCtl.h"
#include "SimProcess.h"
#include "store/AppSettings.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTest>

using cordon::core::AppSettings;
using cordon::core::Database;
using cordon::core::Journal;
using cordon::core::JournalEntry;
using cordon::test::CordonCtl;
using cordon::test::CtlRun;
using cordon::test::SimProcess;

namespace
{

const QString kRestricted = QStringLiteral("Limited Data Access");
const QString kIncident = QStringLiteral("ocsf:test:stale");

} // namespace

// `journal resume` after a later run, a change at Okta or a change of policy: an entry a kill left open never
// undoes what came after it, and never acts without today's guardrails.
class TestCordonCtlResume : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void staleEntryIsSupersededByALaterRelease();
    void entryOfANowProtectedAccountIsRefused();
    void entryOfAnAdministratorWaitsForConfirmation();
    void entryUndoneAtOktaSinceIsNotSentAgain();
    void entryInFlightInARunningProgramIsLeftAlone();
    void membershipChangedAtOktaSinceIsNotSentAgain();

private:
    static int count(SimProcess& sim, const QString& method, const QString& pathPart);
    static bool inGroup(SimProcess& sim, const QString& userId, const QString& groupId);
    static QJsonArray settled(const CtlRun& run);
    static QJsonArray unfinished(const CordonCtl& ctl);
    static QJsonArray audit(const CordonCtl& ctl);
    // An entry as the runner writes it just before the request leaves, left so by a kill.
    static void writeOpenEntry(const CordonCtl& ctl,
                               const QString& userId,
                               const QString& login,
                               const QString& action,
                               const QString& groupId = {});
};

int TestCordonCtlResume::count(SimProcess& sim, const QString& method, const QString& pathPart)
{
    int total = 0;
    for (const QJsonValue& value : sim.requests()) {
        const QJsonObject request = value.toObject();
        total += request.value(QStringLiteral("method")).toString() == method &&
                 request.value(QStringLiteral("path")).toString().contains(pathPart);
    }
    return total;
}

bool TestCordonCtlResume::inGroup(SimProcess& sim, const QString& userId, const QString& groupId)
{
    const auto groups = sim.send("GET", QStringLiteral("/api/v1/users/%1/groups").arg(userId)).array();
    return std::any_of(groups.begin(), groups.end(), [&](const QJsonValue& group) {
        return group.toObject().value(QStringLiteral("id")).toString() == groupId;
    });
}

QJsonArray TestCordonCtlResume::settled(const CtlRun& run)
{
    return run.json().object().value(QStringLiteral("settled")).toArray();
}

QJsonArray TestCordonCtlResume::unfinished(const CordonCtl& ctl)
{
    return ctl.run({QStringLiteral("--json"), QStringLiteral("journal")})
        .json()
        .object()
        .value(QStringLiteral("unfinished"))
        .toArray();
}

QJsonArray TestCordonCtlResume::audit(const CordonCtl& ctl)
{
    return ctl.run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")}).json().array();
}

void TestCordonCtlResume::writeOpenEntry(
    const CordonCtl& ctl, const QString& userId, const QString& login, const QString& action, const QString& groupId)
{
    Database database;
    QString error;
    QVERIFY2(database.open(QDir(ctl.dataDir()).filePath(QStringLiteral("cordon.sqlite")), &error), qPrintable(error));
    Journal journal(database);
    JournalEntry entry;
    entry.runId = QStringLiteral("run-killed-in-flight");
    entry.incidentId = kIncident;
    entry.oktaUserId = userId;
    entry.oktaLogin = login;
    entry.action = action;
    entry.groupId = groupId;
    QCOMPARE(journal.beginAll({entry}, Journal::Sent).size(), 1);
}

void TestCordonCtlResume::staleEntryIsSupersededByALaterRelease()
{
    SimProcess sim;
    QString error;
    // Both changes take effect when they arrive; their answers come long after the kill.
    QVERIFY2(
        sim.start({QStringLiteral("--fault"), QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=slow:30000x1"),
                   QStringLiteral("--fault"), QStringLiteral("PUT /api/v1/groups/*/users/*=slow:30000x1")},
                  &error),
        qPrintable(error));
    const QString joren = sim.userId(SimProcess::jorenLogin());
    const QString restricted = sim.groupId(kRestricted);
    QVERIFY(!restricted.isEmpty());
    CordonCtl ctl(sim.baseUrl());

    QProcess contain;
    contain.setProcessEnvironment(ctl.environment());
    contain.start(QStringLiteral(CORDONCTL_PATH),
                  ctl.orgArguments() + QStringList{QStringLiteral("contain"), joren, QStringLiteral("--action"),
                                                   QStringLiteral("suspend"), QStringLiteral("--action"),
                                                   QStringLiteral("add-group:") + kRestricted,
                                                   QStringLiteral("--incident"), kIncident, QStringLiteral("--yes")});
    QVERIFY(contain.waitForStarted());
    contain.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(count(sim, QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend")) == 1 &&
                                 count(sim, QStringLiteral("PUT"), QStringLiteral("/users/")) == 1,
                             20000);
    contain.kill();
    QVERIFY(contain.waitForFinished(10000));
    QCOMPARE(unfinished(ctl).size(), 2);

    // The analyst releases the user. The release reads Okta's state and undoes both changes.
    const CtlRun release =
        ctl.run({QStringLiteral("--json"), QStringLiteral("release"), joren, QStringLiteral("--action"),
                 QStringLiteral("unsuspend"), QStringLiteral("--action"), QStringLiteral("remove-group:") + kRestricted,
                 QStringLiteral("--incident"), kIncident, QStringLiteral("--yes")});
    QCOMPARE(release.exitCode, 0);
    QCOMPARE(sim.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    QVERIFY(!inGroup(sim, joren, restricted));

    // Resume later: the killed run's entries are history, closed as superseded by the release.
    const CtlRun resume = ctl.run({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("resume")});
    QCOMPARE(sim.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    QVERIFY(!inGroup(sim, joren, restricted));
    QCOMPARE(count(sim, QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend")), 1);
    QCOMPARE(count(sim, QStringLiteral("PUT"), QStringLiteral("/users/")), 1);
    QCOMPARE(resume.exitCode, 0);
    const QString releaseRun = release.json().object().value(QStringLiteral("run")).toString();
    QVERIFY2(!releaseRun.isEmpty(), release.out.constData());
    const QJsonArray entries = settled(resume);
    QCOMPARE(entries.size(), 2);
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.value(QStringLiteral("resolution")).toString(), QStringLiteral("superseded"));
        QCOMPARE(entry.value(QStringLiteral("supersededBy")).toString(), releaseRun);
    }
    QVERIFY(unfinished(ctl).isEmpty());

    int supersededLines = 0;
    for (const QJsonValue& value : audit(ctl)) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("outcome")).toString() == QLatin1String("superseded")) {
            ++supersededLines;
            QVERIFY2(entry.value(QStringLiteral("detail")).toString().contains(releaseRun),
                     qPrintable(entry.value(QStringLiteral("detail")).toString()));
        }
    }
    QCOMPARE(supersededLines, 2);
    QCOMPARE(ctl.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);

    // A second resume has nothing left to do.
    const CtlRun again = ctl.run({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("resume")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(settled(again).isEmpty());
}

void TestCordonCtlResume::entryOfANowProtectedAccountIsRefused()
{
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start({}, &error), qPrintable(error));
    const QString joren = sim.userId(SimProcess::jorenLogin());
    CordonCtl ctl(sim.baseUrl());
    writeOpenEntry(ctl, joren, SimProcess::jorenLogin(), QStringLiteral("suspend"));
    {
        QSettings settings(QDir(ctl.configDir()).filePath(QStringLiteral("cordon.ini")), QSettings::IniFormat);
        QVERIFY(AppSettings(&settings).setProtectedAccounts({joren}));
    }

    const CtlRun resume = ctl.run({QStringLiteral("journal"), QStringLiteral("resume")});
    QCOMPARE(resume.exitCode, 5);
    QVERIFY2(resume.text().contains(QStringLiteral("protected")), qPrintable(resume.text()));
    QCOMPARE(sim.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(count(sim, QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend")), 0);
    // Closed as refused, so that a later change of policy cannot revive it.
    QVERIFY(unfinished(ctl).isEmpty());
    const QJsonArray lines = audit(ctl);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
    QCOMPARE(ctl.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

void TestCordonCtlResume::entryOfAnAdministratorWaitsForConfirmation()
{
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start({}, &error), qPrintable(error));
    const QString alexLogin = QStringLiteral("alex.morgan@example.com");
    const QString alex = sim.userId(alexLogin);
    CordonCtl ctl(sim.baseUrl());
    writeOpenEntry(ctl, alex, alexLogin, QStringLiteral("suspend"));

    const CtlRun resume = ctl.run({QStringLiteral("journal"), QStringLiteral("resume")});
    QCOMPARE(resume.exitCode, 5);
    QVERIFY2(resume.text().contains(QStringLiteral("--allow-admin")), qPrintable(resume.text()));
    QCOMPARE(sim.user(alex).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(count(sim, QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend")), 0);
    QCOMPARE(unfinished(ctl).size(), 1);

    // The analyst's explicit confirmation, as for a fresh contain.
    const CtlRun confirmed = ctl.run({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("resume"),
                                      QStringLiteral("--allow-admin")});
    QCOMPARE(confirmed.exitCode, 0);
    QCOMPARE(settled(confirmed).first().toObject().value(QStringLiteral("resolution")).toString(),
             QStringLiteral("resent"));
    QCOMPARE(sim.user(alex).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    QVERIFY(unfinished(ctl).isEmpty());
}

void TestCordonCtlResume::entryUndoneAtOktaSinceIsNotSentAgain()
{
    SimProcess sim;
    QString error;
    QVERIFY2(
        sim.start({QStringLiteral("--fault"), QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=slow:30000x1")},
                  &error),
        qPrintable(error));
    const QString joren = sim.userId(SimProcess::jorenLogin());
    CordonCtl ctl(sim.baseUrl());
    QProcess contain;
    contain.setProcessEnvironment(ctl.environment());
    contain.start(QStringLiteral(CORDONCTL_PATH),
                  ctl.orgArguments() + QStringList{QStringLiteral("contain"), joren, QStringLiteral("--action"),
                                                   QStringLiteral("suspend"), QStringLiteral("--yes")});
    QVERIFY(contain.waitForStarted());
    contain.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(count(sim, QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend")) == 1, 20000);
    contain.kill();
    QVERIFY(contain.waitForFinished(10000));

    // Someone unsuspends the user at Okta, outside Cordon.
    QCOMPARE(sim.send("POST", QStringLiteral("/api/v1/users/%1/lifecycle/unsuspend").arg(joren)).status, 200);

    const CtlRun resume = ctl.run({QStringLiteral("journal"), QStringLiteral("resume")});
    QCOMPARE(resume.exitCode, 5);
    QVERIFY2(resume.text().contains(QStringLiteral("since")), qPrintable(resume.text()));
    QCOMPARE(sim.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(count(sim, QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend")), 1);
    // Left open for the analyst to decide: a new contain or release on the user closes it.
    QCOMPARE(unfinished(ctl).size(), 1);
    QCOMPARE(ctl.run({QStringLiteral("contain"), joren, QStringLiteral("--action"), QStringLiteral("clear-sessions"),
                      QStringLiteral("--yes")})
                 .exitCode,
             0);
    const CtlRun after = ctl.run({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("resume")});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(settled(after).first().toObject().value(QStringLiteral("resolution")).toString(),
             QStringLiteral("superseded"));
    QCOMPARE(sim.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
}

void TestCordonCtlResume::entryInFlightInARunningProgramIsLeftAlone()
{
    SimProcess sim;
    QString error;
    // The suspension never arrives and is never answered: the contain is still waiting when resume runs.
    QVERIFY2(sim.start({QStringLiteral("--fault"), QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=timeoutx1")},
                       &error),
             qPrintable(error));
    const QString joren = sim.userId(SimProcess::jorenLogin());
    CordonCtl ctl(sim.baseUrl());
    QProcess contain;
    contain.setProcessEnvironment(ctl.environment());
    contain.start(QStringLiteral(CORDONCTL_PATH),
                  ctl.orgArguments() + QStringList{QStringLiteral("contain"), joren, QStringLiteral("--action"),
                                                   QStringLiteral("suspend"), QStringLiteral("--yes")});
    QVERIFY(contain.waitForStarted());
    contain.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(count(sim, QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend")) == 1, 20000);

    // Another program resumes meanwhile (the console starting, a second cordonctl): it sends nothing.
    const CtlRun resume = ctl.run({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("resume")});
    QCOMPARE(resume.exitCode, 0);
    QCOMPARE(settled(resume).first().toObject().value(QStringLiteral("resolution")).toString(),
             QStringLiteral("in-flight"));
    QCOMPARE(count(sim, QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend")), 1);
    QCOMPARE(unfinished(ctl).size(), 1);

    // Once the contain is killed, its entry is stale and resume settles it.
    contain.kill();
    QVERIFY(contain.waitForFinished(10000));
    const CtlRun after = ctl.run({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("resume")});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(settled(after).first().toObject().value(QStringLiteral("resolution")).toString(),
             QStringLiteral("resent"));
    QCOMPARE(sim.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    QVERIFY(unfinished(ctl).isEmpty());
}

void TestCordonCtlResume::membershipChangedAtOktaSinceIsNotSentAgain()
{
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start({}, &error), qPrintable(error));
    const QString joren = sim.userId(SimProcess::jorenLogin());
    const QString restricted = sim.groupId(kRestricted);
    CordonCtl ctl(sim.baseUrl());
    writeOpenEntry(ctl, joren, SimProcess::jorenLogin(), QStringLiteral("add-group:") + restricted, restricted);

    // The group's members change at Okta after the entry was written: the membership may have been undone there.
    const QString noor = sim.userId(QStringLiteral("noor.haddad@example.com"));
    QVERIFY(!inGroup(sim, noor, restricted));
    QCOMPARE(sim.send("PUT", QStringLiteral("/api/v1/groups/%1/users/%2").arg(restricted, noor)).status, 204);

    const CtlRun resume = ctl.run({QStringLiteral("journal"), QStringLiteral("resume")});
    QCOMPARE(resume.exitCode, 5);
    QVERIFY2(resume.text().contains(kRestricted), qPrintable(resume.text()));
    QVERIFY(!inGroup(sim, joren, restricted));
    QCOMPARE(unfinished(ctl).size(), 1);
}

QTEST_GUILESS_MAIN(TestCordonCtlResume)
#include "tst_cordonctl_resume.moc"
