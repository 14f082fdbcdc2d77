#include "ContainmentFixture.h"
#include "SimProcess.h"
#include "containment/ContainmentContext.h"
#include "containment/ContainmentRunner.h"
#include "containment/JournalResume.h"
#include "okta/OktaClient.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cordon::core;
using cordon::test::SimProcess;

namespace
{

const QDateTime DetectedAt = QDateTime::fromString(QStringLiteral("2026-11-27T08:14:10.000Z"), Qt::ISODateWithMs);
// A second factor enrolled after the detection, beside the demo's new phone: a removal of two.
const QString LaterFactorId = QStringLiteral("uft1laterenrolled001");

QJsonObject laterFactor()
{
    return SimProcess::factor(LaterFactorId, QStringLiteral("token:software:totp"), QStringLiteral("GOOGLE"),
                              QStringLiteral("2026-11-28T10:00:00.000Z"));
}

constexpr auto factorIds = &SimProcess::factorIds;

} // namespace

// Credential actions interrupted with their answers lost, or with the program killed, then settled by journal
// resume against the real simulator: from the factor list, the risk level and the user's status, and never by
// sending a change a second time whose first arrival Okta can show, or whose arrival Okta cannot show at all.
class TestCredentialResumeIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void lostFactorRemovalIsSettledFromTheList();
    void unarrivedFactorRemovalIsSentOnce();
    void killedFactorRemovalIsSettledWithoutDeletingTwice();
    void lostUniversalLogoutWaitsForTheAnalyst();
    void lostExpirePasswordShownExpiredIsDone();
    void lostRiskIsSettledFromTheLevel_data();
    void lostRiskIsSettledFromTheLevel();

private:
    using Fixture = cordon::test::ContainmentFixture;
    // A journal and audit log in their own database.
    std::unique_ptr<Fixture> fixture();
    ContainmentReport run(Fixture& fixture, const QStringList& actions);
    QList<SettledEntry> resume(Fixture& fixture, const QSet<qint64>& confirmed = {}, const QSet<qint64>& declined = {});

    SimProcess m_sim;
    QNetworkAccessManager m_network;
    QString m_joren;
};

void TestCredentialResumeIntegration::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start({}, &error), qPrintable(error));
    m_joren = m_sim.userId(SimProcess::jorenLogin());
    QVERIFY(!m_joren.isEmpty());
}

void TestCredentialResumeIntegration::init()
{
    m_sim.reset();
    QVERIFY(m_sim.setItp(true));
    QString error;
    QVERIFY2(m_sim.addFactor(m_joren, laterFactor(), &error), qPrintable(error));
}

std::unique_ptr<TestCredentialResumeIntegration::Fixture> TestCredentialResumeIntegration::fixture()
{
    return Fixture::open(&m_network, m_sim.baseUrl(), SimProcess::demoToken());
}

ContainmentReport TestCredentialResumeIntegration::run(Fixture& fixture, const QStringList& actions)
{
    ContainmentRequest request;
    request.user = m_joren;
    request.incidentId = QStringLiteral("sb-20931");
    request.runId = QStringLiteral("run-lost-answers");
    request.detectedAt = DetectedAt;
    for (const QString& text : actions) {
        QString error;
        request.actions << *ContainmentAction::parse(text, &error);
    }
    ContainmentRunner runner(fixture.context.get(), request);
    QSignalSpy finished(&runner, &ContainmentRunner::finished);
    runner.start();
    if (finished.isEmpty() && !finished.wait(30000)) {
        qWarning("the run did not finish");
        return {};
    }
    return runner.report();
}

QList<SettledEntry>
TestCredentialResumeIntegration::resume(Fixture& fixture, const QSet<qint64>& confirmed, const QSet<qint64>& declined)
{
    JournalResume resume(fixture.context.get());
    resume.setAnswers(confirmed, declined);
    QSignalSpy finished(&resume, &JournalResume::finished);
    resume.start();
    if (finished.isEmpty() && !finished.wait(30000)) {
        qWarning("resume did not finish");
        return {};
    }
    return resume.settled();
}

void TestCredentialResumeIntegration::lostFactorRemovalIsSettledFromTheList()
{
    // Two factors to remove; Okta removes both, but the answer to one removal is lost. Resume reads the list,
    // finds the factor gone and closes the entry without a second DELETE.
    QVERIFY(m_sim.setFaults(
        {QStringLiteral("DELETE /api/v1/users/*/factors/") + LaterFactorId + QStringLiteral("=slow:4000")}));
    auto f = fixture();
    QVERIFY(f);
    f->client->setTransferTimeoutMs(800);
    const ContainmentReport report = run(*f, {QStringLiteral("revoke-factors-since")});
    QCOMPARE(report.results.at(0).outcome, ActionResult::Outcome::Failed);
    const QList<JournalEntry> open = f->journal->unfinished();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).targetId, LaterFactorId);
    QCOMPARE(open.at(0).state, QStringLiteral("sent"));
    QVERIFY(m_sim.setFaults({}));
    QTRY_VERIFY_WITH_TIMEOUT(!factorIds(m_sim.user(m_joren)).contains(LaterFactorId), 10000);

    const QList<SettledEntry> settled = resume(*f);
    QCOMPARE(settled.size(), 1);
    QCOMPARE(settled.at(0).entry.targetId, LaterFactorId);
    QVERIFY2(settled.at(0).resolution == QLatin1String("done"), qPrintable(settled.at(0).detail));
    QVERIFY(f->journal->unfinished().isEmpty());
    for (const QString& id : {SimProcess::jorenNewPhoneFactorId(), LaterFactorId}) {
        QCOMPARE(m_sim.countRequests("DELETE", QStringLiteral("/factors/") + id), 1);
    }
    QCOMPARE(factorIds(m_sim.user(m_joren)), QStringList{SimProcess::jorenOktaVerifyFactorId()});
    QVERIFY(f->audit->verify().ok);

    // A second resume finds nothing to do.
    QVERIFY(resume(*f).isEmpty());
    QCOMPARE(m_sim.countRequests("DELETE", QString()), 2);
}

void TestCredentialResumeIntegration::unarrivedFactorRemovalIsSentOnce()
{
    // The removal never took effect (no answer, no change): the list still shows the factor, so resume removes it,
    // and each factor is removed exactly once overall.
    QVERIFY(m_sim.setFaults(
        {QStringLiteral("DELETE /api/v1/users/*/factors/") + LaterFactorId + QStringLiteral("=timeoutx1")}));
    auto f = fixture();
    QVERIFY(f);
    f->client->setTransferTimeoutMs(800);
    const ContainmentReport report = run(*f, {QStringLiteral("revoke-factors-since")});
    QCOMPARE(report.results.at(0).outcome, ActionResult::Outcome::Failed);
    QCOMPARE(f->journal->unfinished().size(), 1);
    QVERIFY(factorIds(m_sim.user(m_joren)).contains(LaterFactorId));

    const QList<SettledEntry> settled = resume(*f);
    QCOMPARE(settled.size(), 1);
    QVERIFY2(settled.at(0).resolution == QLatin1String("resent"), qPrintable(settled.at(0).detail));
    QCOMPARE(settled.at(0).outcome, QStringLiteral("done"));
    QVERIFY(!settled.at(0).requestId.isEmpty());
    QVERIFY(f->journal->unfinished().isEmpty());
    for (const QString& id : {SimProcess::jorenNewPhoneFactorId(), LaterFactorId}) {
        QCOMPARE(m_sim.countRequests("DELETE", QStringLiteral("/factors/") + id, 204), 1);
    }
    QCOMPARE(factorIds(m_sim.user(m_joren)), QStringList{SimProcess::jorenOktaVerifyFactorId()});
    QVERIFY(m_sim.setFaults({}));
}

void TestCredentialResumeIntegration::killedFactorRemovalIsSettledWithoutDeletingTwice()
{
    // cordonctl removes two factors and is killed while Okta holds back the answer to one removal (which Okta
    // made). Its in-flight lock dies with it; resume settles both entries from the list, sending nothing.
    QVERIFY(m_sim.setFaults(
        {QStringLiteral("DELETE /api/v1/users/*/factors/") + LaterFactorId + QStringLiteral("=slow:30000")}));
    QTemporaryDir data;
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CORDON_DATA_DIR"), data.path());
    env.insert(QStringLiteral("CORDON_CONFIG_DIR"), config.path());
    for (const char* name : {"OKTA_CLIENT_ORGURL", "OKTA_CLIENT_AUTHORIZATIONMODE", "OKTA_CLIENT_CLIENTID",
                             "OKTA_CLIENT_SCOPES", "OKTA_CLIENT_PRIVATEKEY", "OKTA_CLIENT_PRIVATEKEYID"}) {
        env.remove(QString::fromLatin1(name));
    }
    env.insert(QStringLiteral("OKTA_CLIENT_TOKEN"), SimProcess::demoToken());
    const QStringList org{QStringLiteral("--org"), m_sim.baseUrl().toString(), QStringLiteral("--allow-http-loopback")};
    auto cordonctl = [&env, &org](const QStringList& arguments) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CORDONCTL_PATH), org + arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
        }
        return QPair<int, QJsonObject>(process.exitCode(),
                                       QJsonDocument::fromJson(process.readAllStandardOutput()).object());
    };

    QProcess ctl;
    ctl.setProcessEnvironment(env);
    ctl.start(QStringLiteral(CORDONCTL_PATH),
              org + QStringList{QStringLiteral("contain"), m_joren, QStringLiteral("--action"),
                                QStringLiteral("revoke-factors-since:2026-11-27T08:14:10Z"),
                                QStringLiteral("--incident"), QStringLiteral("sb-20931"), QStringLiteral("--yes")});
    QVERIFY(ctl.waitForStarted());
    ctl.closeWriteChannel();
    // Both removals reached Okta (the simulator logs a request when it arrives), one answer is held back.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_sim.countRequests("DELETE", QStringLiteral("/factors/") + LaterFactorId) == 1 &&
            m_sim.countRequests("DELETE", QStringLiteral("/factors/") + SimProcess::jorenNewPhoneFactorId()) == 1,
        20000);
    ctl.kill();
    QVERIFY(ctl.waitForFinished(10000));
    QCOMPARE(ctl.exitStatus(), QProcess::CrashExit);
    QVERIFY(m_sim.setFaults({}));
    QCOMPARE(factorIds(m_sim.user(m_joren)), QStringList{SimProcess::jorenOktaVerifyFactorId()});

    const auto [journalExit, journal] = cordonctl({QStringLiteral("--json"), QStringLiteral("journal")});
    QCOMPARE(journalExit, 0);
    const QJsonArray open = journal.value(QStringLiteral("unfinished")).toArray();
    QVERIFY2(!open.isEmpty() && open.size() <= 2, qPrintable(QString::number(open.size())));

    const auto [resumeExit, resumed] =
        cordonctl({QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("resume")});
    QCOMPARE(resumeExit, 0);
    const QJsonArray settled = resumed.value(QStringLiteral("settled")).toArray();
    QCOMPARE(settled.size(), open.size());
    for (const QJsonValue& each : settled) {
        const QJsonObject entry = each.toObject();
        QVERIFY2(entry.value(QStringLiteral("resolution")).toString() == QLatin1String("done"),
                 QJsonDocument(entry).toJson().constData());
    }
    QVERIFY(cordonctl({QStringLiteral("--json"), QStringLiteral("journal")})
                .second.value(QStringLiteral("unfinished"))
                .toArray()
                .isEmpty());
    for (const QString& id : {SimProcess::jorenNewPhoneFactorId(), LaterFactorId}) {
        QCOMPARE(m_sim.countRequests("DELETE", QStringLiteral("/factors/") + id), 1);
    }
    QCOMPARE(cordonctl({QStringLiteral("audit"), QStringLiteral("verify")}).first, 0);
}

void TestCredentialResumeIntegration::lostUniversalLogoutWaitsForTheAnalyst()
{
    // Okta cannot show whether a global token revocation arrived: resume holds it, and sends it again only when
    // the analyst confirms it; a declined one is closed unsent.
    m_sim.setSessions(m_joren, 2, 3, 1);
    QVERIFY(m_sim.setFaults({QStringLiteral("POST /oauth2/v1/global-token-revocation=timeoutx1")}));
    auto f = fixture();
    QVERIFY(f);
    f->client->setTransferTimeoutMs(800);
    const ContainmentReport report = run(*f, {QStringLiteral("universal-logout")});
    QCOMPARE(report.results.at(0).outcome, ActionResult::Outcome::Failed);
    QCOMPARE(f->journal->unfinished().size(), 1);
    const qint64 entryId = f->journal->unfinished().at(0).id;
    const QString revocation = QStringLiteral("/oauth2/v1/global-token-revocation");
    QCOMPARE(m_sim.countRequests("POST", revocation), 1);

    for (int pass = 0; pass < 2; ++pass) {
        const QList<SettledEntry> held = resume(*f);
        QCOMPARE(held.size(), 1);
        QVERIFY2(held.at(0).resolution == QLatin1String("undecided"), qPrintable(held.at(0).detail));
        QCOMPARE(m_sim.countRequests("POST", revocation), 1);
        QCOMPARE(f->journal->unfinished().size(), 1);
    }
    QCOMPARE(m_sim.user(m_joren).value(QStringLiteral("appSessionsRevoked")).toInt(), 0);

    const QList<SettledEntry> confirmed = resume(*f, {entryId});
    QCOMPARE(confirmed.size(), 1);
    QVERIFY2(confirmed.at(0).resolution == QLatin1String("resent"), qPrintable(confirmed.at(0).detail));
    QCOMPARE(m_sim.countRequests("POST", revocation), 2);
    QCOMPARE(m_sim.user(m_joren).value(QStringLiteral("appSessionsRevoked")).toInt(), 1);
    QCOMPARE(m_sim.user(m_joren).value(QStringLiteral("sessions")).toInt(), 0);
    QVERIFY(f->journal->unfinished().isEmpty());
    QVERIFY(f->audit->verify().ok);
}

void TestCredentialResumeIntegration::lostExpirePasswordShownExpiredIsDone()
{
    // Okta expired the password of the ACTIVE user; the answer was lost. The user now shows PASSWORD_EXPIRED, so
    // the entry is done with nothing sent.
    QCOMPARE(m_sim.user(m_joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    QVERIFY(m_sim.setFaults({QStringLiteral("POST /api/v1/users/*/lifecycle/expire_password=slow:4000")}));
    auto f = fixture();
    QVERIFY(f);
    f->client->setTransferTimeoutMs(800);
    const ContainmentReport report = run(*f, {QStringLiteral("expire-password")});
    QCOMPARE(report.results.at(0).outcome, ActionResult::Outcome::Failed);
    QCOMPARE(f->journal->unfinished().size(), 1);
    QVERIFY(m_sim.setFaults({}));
    QTRY_COMPARE_WITH_TIMEOUT(m_sim.user(m_joren).value(QStringLiteral("status")).toString(),
                              QStringLiteral("PASSWORD_EXPIRED"), 10000);

    const QList<SettledEntry> settled = resume(*f);
    QCOMPARE(settled.size(), 1);
    QVERIFY2(settled.at(0).resolution == QLatin1String("done"), qPrintable(settled.at(0).detail));
    QCOMPARE(m_sim.countRequests("POST", QStringLiteral("/lifecycle/expire_password")), 1);
    QVERIFY(f->journal->unfinished().isEmpty());
}

void TestCredentialResumeIntegration::lostRiskIsSettledFromTheLevel_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("arrived");
    QTest::newRow("arrived, answer lost") << QStringLiteral("slow:4000") << true;
    QTest::newRow("never arrived") << QStringLiteral("timeoutx1") << false;
}

void TestCredentialResumeIntegration::lostRiskIsSettledFromTheLevel()
{
    // Resume reads the risk level: HIGH means the lost PUT arrived (done, nothing sent); anything else means it
    // did not, and it is put once more.
    QFETCH(QString, fault);
    QFETCH(bool, arrived);
    QVERIFY(m_sim.user(m_joren).value(QStringLiteral("riskLevel")).toString() != QLatin1String("HIGH"));
    QVERIFY(m_sim.setFaults({QStringLiteral("PUT /api/v1/users/*/risk=") + fault}));
    auto f = fixture();
    QVERIFY(f);
    f->client->setTransferTimeoutMs(800);
    const ContainmentReport report = run(*f, {QStringLiteral("risk:HIGH")});
    QCOMPARE(report.results.at(0).outcome, ActionResult::Outcome::Failed);
    QCOMPARE(f->journal->unfinished().size(), 1);
    QVERIFY(m_sim.setFaults({}));
    if (arrived) {
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.user(m_joren).value(QStringLiteral("riskLevel")).toString(),
                                  QStringLiteral("HIGH"), 10000);
    }

    const QList<SettledEntry> settled = resume(*f);
    QCOMPARE(settled.size(), 1);
    QCOMPARE(settled.at(0).resolution, arrived ? QStringLiteral("done") : QStringLiteral("resent"));
    // Put once when it arrived; when it did not, once unanswered and once more by resume.
    QCOMPARE(m_sim.countRequests("PUT", QStringLiteral("/risk")), arrived ? 1 : 2);
    if (!arrived) {
        QCOMPARE(m_sim.countRequests("PUT", QStringLiteral("/risk"), 0), 1);
    }
    QCOMPARE(m_sim.user(m_joren).value(QStringLiteral("riskLevel")).toString(), QStringLiteral("HIGH"));
    QVERIFY(f->journal->unfinished().isEmpty());
    QVERIFY(f->audit->verify().ok);
}

QTEST_GUILESS_MAIN(TestCredentialResumeIntegration)
#include "tst_credentialresume_integration.moc"
