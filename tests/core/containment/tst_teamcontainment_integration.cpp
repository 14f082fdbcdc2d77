#include "ContainmentFixture.h"
#include "SimProcess.h"
#include "TestDatabase.h"
#include "containment/ContainmentRunner.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace cordon::core;
using cordon::test::ContainmentFixture;
using cordon::test::SimProcess;

// The console reads a user's state when the analyst opens the incident and hands that read to the run Contain
// starts. On a team's database another analyst may act on the user in between: the run must not send what the
// other run already did.
class TestTeamContainmentIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aReadFromBeforeAnotherAnalystsRunIsNotActedOn();

private:
    ContainmentReport run(ContainmentContext* context,
                          const QString& user,
                          bool dryRun,
                          const std::optional<ContainmentPreflight>& preflight = std::nullopt);

    SimProcess m_sim;
    QNetworkAccessManager m_network;
};

void TestTeamContainmentIntegration::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start({}, &error), qPrintable(error));
}

ContainmentReport TestTeamContainmentIntegration::run(ContainmentContext* context,
                                                      const QString& user,
                                                      bool dryRun,
                                                      const std::optional<ContainmentPreflight>& preflight)
{
    ContainmentRequest request;
    request.user = user;
    request.dryRun = dryRun;
    request.incidentId = QStringLiteral("ocsf:acme:1");
    request.runId = QStringLiteral("alice-%1").arg(QDateTime::currentMSecsSinceEpoch());
    request.actions << ContainmentAction(ContainmentAction::Kind::Suspend);
    request.preflight = preflight;
    ContainmentRunner runner(context, request);
    QSignalSpy finished(&runner, &ContainmentRunner::finished);
    runner.start();
    if (finished.isEmpty() && !finished.wait(30000)) {
        qWarning("the run did not finish");
        return {};
    }
    return runner.report();
}

void TestTeamContainmentIntegration::aReadFromBeforeAnotherAnalystsRunIsNotActedOn()
{
    const QString url = TestDatabase::makePostgres();
    QVERIFY(!url.isEmpty());
    auto alice = ContainmentFixture::open(&m_network, m_sim.baseUrl(), SimProcess::demoToken(), 20, url);
    QVERIFY(alice);
    const QString joren = m_sim.userId(SimProcess::jorenLogin());

    // Alice opens the incident: the console reads joren, ACTIVE.
    const ContainmentReport read = run(alice->context.get(), joren, true);
    QVERIFY(read.preflight);
    QCOMPARE(read.preflight->user.status, QStringLiteral("ACTIVE"));

    // Bob, on his workstation, suspends joren and journals it.
    Database bob;
    QVERIFY(bob.open(TestDatabase::urlFor(QUrl(url).path().mid(1), QStringLiteral("bob"))));
    Journal bobJournal(bob);
    JournalEntry entry;
    entry.runId = QStringLiteral("bob-run");
    entry.oktaUserId = joren;
    entry.action = QStringLiteral("suspend");
    const qint64 bobEntry = bobJournal.begin(entry);
    QVERIFY(bobEntry > 0);
    QVERIFY(m_sim.send("POST", QStringLiteral("/api/v1/users/%1/lifecycle/suspend").arg(joren)).status == 200);
    QVERIFY(bobJournal.finish(bobEntry, QStringLiteral("done"), QStringLiteral("req-bob"), {}));
    QCOMPARE(m_sim.countRequests("POST", QStringLiteral("/lifecycle/suspend")), 1);

    // Alice clicks Contain with what she read: the run reads joren again, finds him suspended, sends nothing.
    const ContainmentReport contained = run(alice->context.get(), joren, false, read.preflight);
    QCOMPARE(m_sim.countRequests("POST", QStringLiteral("/lifecycle/suspend")), 1);
    QCOMPARE(contained.results.size(), 1);
    QVERIFY2(contained.results.first().outcome == ActionResult::Outcome::Already,
             qPrintable(ActionResult::outcomeName(contained.results.first().outcome) + QLatin1Char(' ') +
                        contained.message));
}

QTEST_MAIN(TestTeamContainmentIntegration)
#include "tst_teamcontainment_integration.moc"
