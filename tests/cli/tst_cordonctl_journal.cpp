#include "CordonCtl.h"
#include "SimProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using cordon::test::CordonCtl;
using cordon::test::CtlRun;
using cordon::test::SimProcess;

// A cordonctl killed while an action is in flight: the journal knows, and `journal resume` settles it from
// Okta's state without sending it a second time.
class TestCordonCtlJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWhileSuspending();
    void killedBeforeTheAnswerOfAnEffectlessCall();

private:
    static int count(SimProcess& sim, const QString& method, const QString& pathPart);
    static void killDuring(SimProcess& sim, CordonCtl& ctl, const QStringList& arguments, const QString& pathPart);
};

int TestCordonCtlJournal::count(SimProcess& sim, const QString& method, const QString& pathPart)
{
    int total = 0;
    for (const QJsonValue& value : sim.requests()) {
        const QJsonObject request = value.toObject();
        total += request.value(QStringLiteral("method")).toString() == method &&
                 request.value(QStringLiteral("path")).toString().contains(pathPart);
    }
    return total;
}

void TestCordonCtlJournal::killDuring(SimProcess& sim,
                                      CordonCtl& ctl,
                                      const QStringList& arguments,
                                      const QString& pathPart)
{
    QProcess process;
    process.setProcessEnvironment(ctl.environment());
    process.start(QStringLiteral(CORDONCTL_PATH), ctl.orgArguments() + arguments);
    QVERIFY(process.waitForStarted());
    process.closeWriteChannel();
    // The request has reached Okta (the simulator logs a request when it arrives) and the answer is held back.
    QTRY_VERIFY_WITH_TIMEOUT(count(sim, QStringLiteral("POST"), pathPart) == 1, 20000);
    process.kill();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
}

void TestCordonCtlJournal::killedWhileSuspending()
{
    SimProcess sim;
    QString error;
    // The suspension takes effect when it arrives; its answer comes 30 s later, long after the kill.
    QVERIFY2(sim.start({QStringLiteral("--fault"), QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=slow:30000")},
                       &error),
             qPrintable(error));
    const QString joren = sim.userId(SimProcess::jorenLogin());
    CordonCtl ctl(sim.baseUrl());
    killDuring(sim, ctl,
               {QStringLiteral("contain"), joren, QStringLiteral("--action"), QStringLiteral("suspend"),
                QStringLiteral("--incident"), QStringLiteral("ocsf:test:kill"), QStringLiteral("--yes")},
               QStringLiteral("/lifecycle/suspend"));
    QCOMPARE(sim.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));

    const CtlRun journal = ctl.run({QStringLiteral("--json"), QStringLiteral("journal")});
    QCOMPARE(journal.exitCode, 0);
    const QJsonArray unfinished = journal.json().object().value(QStringLiteral("unfinished")).toArray();
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("suspend"));
    QCOMPARE(unfinished.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));

    const CtlRun resume = ctl.run({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("resume")});
    QCOMPARE(resume.exitCode, 0);
    const QJsonObject settled = resume.json().object().value(QStringLiteral("settled")).toArray().first().toObject();
    QCOMPARE(settled.value(QStringLiteral("resolution")).toString(), QStringLiteral("done"));
    QCOMPARE(count(sim, QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend")), 1);

    QVERIFY(ctl.run({QStringLiteral("--json"), QStringLiteral("journal")})
                .json()
                .object()
                .value(QStringLiteral("unfinished"))
                .toArray()
                .isEmpty());
    QCOMPARE(ctl.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    const QJsonArray audit =
        QJsonDocument::fromJson(
            ctl.run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")}).out)
            .array();
    QCOMPARE(audit.size(), 1);
    const QJsonObject entry = audit.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("suspend"));
    QCOMPARE(entry.value(QStringLiteral("incidentId")).toString(), QStringLiteral("ocsf:test:kill"));
    QCOMPARE(entry.value(QStringLiteral("oktaUserId")).toString(), joren);
}

void TestCordonCtlJournal::killedBeforeTheAnswerOfAnEffectlessCall()
{
    SimProcess sim;
    QString error;
    // The simulator never answers and the call has no effect: Okta's state does not show it, so resume sends it.
    QVERIFY2(sim.start({QStringLiteral("--fault"), QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=timeoutx1")},
                       &error),
             qPrintable(error));
    const QString joren = sim.userId(SimProcess::jorenLogin());
    CordonCtl ctl(sim.baseUrl());
    killDuring(sim, ctl,
               {QStringLiteral("contain"), joren, QStringLiteral("--action"), QStringLiteral("suspend"),
                QStringLiteral("--yes")},
               QStringLiteral("/lifecycle/suspend"));
    QCOMPARE(sim.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));

    const CtlRun resume = ctl.run({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("resume")});
    QCOMPARE(resume.exitCode, 0);
    const QJsonObject settled = resume.json().object().value(QStringLiteral("settled")).toArray().first().toObject();
    QCOMPARE(settled.value(QStringLiteral("resolution")).toString(), QStringLiteral("resent"));
    QCOMPARE(settled.value(QStringLiteral("outcome")).toString(), QStringLiteral("done"));
    QCOMPARE(sim.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    QCOMPARE(count(sim, QStringLiteral("POST"), QStringLiteral("/lifecycle/suspend")), 2);
    QCOMPARE(ctl.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCordonCtlJournal)
#include "tst_cordonctl_journal.moc"
