#include "ContainmentFixture.h"
#include "SimProcess.h"
#include "containment/ContainmentContext.h"
#include "containment/ContainmentRunner.h"
#include "okta/OktaClient.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cordon::core;

namespace
{

// sb-20931, the demo feed's first incident on Joren's laptop: the new phone was enrolled after it.
const QDateTime DetectedAt = QDateTime::fromString(QStringLiteral("2026-11-27T08:14:10.000Z"), Qt::ISODateWithMs);

using cordon::test::SimProcess;
constexpr auto factor = &SimProcess::factor;
constexpr auto factorIds = &SimProcess::factorIds;

} // namespace

// The credential actions run by ContainmentRunner against the real simulator, with a real journal and audit log:
// what each changes at Okta with and without Identity Threat Protection, the order they are sent in beside a
// lifecycle change, and that none is ever sent twice by itself.
class TestCredentialActionsIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void riskAndUniversalLogoutWithItp();
    void riskAndUniversalLogoutWithoutItp_data();
    void riskAndUniversalLogoutWithoutItp();
    void otherActionsNeedNoItp_data();
    void otherActionsNeedNoItp();
    void revokeFactorsSinceRemovesOnlyTheNewOnes();
    void revokeFactorsSinceAnExplicitTime();
    void resetFactors();
    void resetFactorsWithNoFactorsIsAlready();
    void expirePasswordGoesAfterSuspend();
    void aFailedResetIsNotSentAgain();
    void aLostExpirePasswordIsNotSentAgainAndStaysOpen();
    void aRateLimitedRiskIsNotSentAgain();

private:
    using Fixture = cordon::test::ContainmentFixture;
    std::unique_ptr<Fixture> fixture();
    ContainmentReport run(Fixture& fixture, const QString& user, const QStringList& actions, bool dryRun = false);
    QList<AuditEntry> auditOf(Fixture& fixture, const QString& actionPrefix);

    SimProcess m_sim;
    QNetworkAccessManager m_network;
    QString m_joren;
};

void TestCredentialActionsIntegration::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start({}, &error), qPrintable(error));
    m_joren = m_sim.userId(SimProcess::jorenLogin());
    QVERIFY(!m_joren.isEmpty());
}

void TestCredentialActionsIntegration::init()
{
    m_sim.reset();
    QVERIFY(m_sim.setItp(true));
}

std::unique_ptr<TestCredentialActionsIntegration::Fixture> TestCredentialActionsIntegration::fixture()
{
    return Fixture::open(&m_network, m_sim.baseUrl(), SimProcess::demoToken());
}

ContainmentReport
TestCredentialActionsIntegration::run(Fixture& fixture, const QString& user, const QStringList& actions, bool dryRun)
{
    ContainmentRequest request;
    request.user = user;
    request.dryRun = dryRun;
    request.incidentId = QStringLiteral("sb-20931");
    request.runId = QStringLiteral("run-%1").arg(QDateTime::currentMSecsSinceEpoch());
    request.detectedAt = DetectedAt;
    for (const QString& text : actions) {
        QString error;
        const auto action = ContainmentAction::parse(text, &error);
        if (!action) {
            qWarning("%s: %s", qPrintable(text), qPrintable(error));
            return {};
        }
        request.actions << *action;
    }
    ContainmentRunner runner(fixture.context.get(), request);
    QSignalSpy finished(&runner, &ContainmentRunner::finished);
    runner.start();
    if (finished.isEmpty() && !finished.wait(30000)) {
        qWarning("the run did not finish");
        return {};
    }
    QTest::qWait(50);
    if (finished.size() != 1) {
        qWarning("finished %d times", int(finished.size()));
        return {};
    }
    return runner.report();
}

QList<AuditEntry> TestCredentialActionsIntegration::auditOf(Fixture& fixture, const QString& actionPrefix)
{
    QList<AuditEntry> found;
    for (const AuditEntry& entry : fixture.audit->entries()) {
        if (entry.action.startsWith(actionPrefix)) {
            found << entry;
        }
    }
    return found;
}

void TestCredentialActionsIntegration::riskAndUniversalLogoutWithItp()
{
    auto f = fixture();
    QVERIFY(f);
    m_sim.setSessions(m_joren, 2, 3, 1);
    const ContainmentReport report =
        run(*f, m_joren, {QStringLiteral("risk:HIGH"), QStringLiteral("universal-logout")});
    QCOMPARE(report.status, ContainmentReport::Status::Completed);
    QCOMPARE(report.results.size(), 2);
    for (const ActionResult& result : report.results) {
        QVERIFY2(result.outcome == ActionResult::Outcome::Done, qPrintable(result.detail));
        QVERIFY(!result.requestId.isEmpty());
    }
    const QJsonObject joren = m_sim.user(m_joren);
    QCOMPARE(joren.value(QStringLiteral("riskLevel")).toString(), QStringLiteral("HIGH"));
    // The reason names the incident, in the characters Okta takes.
    QVERIFY2(joren.value(QStringLiteral("riskReason")).toString().contains(QLatin1String("sb-20931")),
             qPrintable(joren.value(QStringLiteral("riskReason")).toString()));
    QCOMPARE(joren.value(QStringLiteral("sessions")).toInt(), 0);
    QCOMPARE(joren.value(QStringLiteral("oauthTokens")).toInt(), 0);
    QCOMPARE(joren.value(QStringLiteral("rememberedDevices")).toInt(), 0);
    QCOMPARE(joren.value(QStringLiteral("appSessionsRevoked")).toInt(), 1);
    QCOMPARE(m_sim.countRequests("PUT", QStringLiteral("/risk")), 1);
    QCOMPARE(m_sim.countRequests("POST", QStringLiteral("/oauth2/v1/global-token-revocation")), 1);
    QVERIFY(f->journal->unfinished().isEmpty());
    QCOMPARE(auditOf(*f, QStringLiteral("risk:")).size(), 1);
    QCOMPARE(auditOf(*f, QStringLiteral("universal-logout")).size(), 1);
    QVERIFY(f->audit->verify().ok);

    // The same risk again is already so: read, not sent.
    m_sim.reset();
    QVERIFY(m_sim.setItp(true));
    const int put = m_sim
                        .send("PUT", QStringLiteral("/api/v1/users/%1/risk").arg(m_joren), SimProcess::demoToken(),
                              R"({"riskLevel":"HIGH"})")
                        .status;
    QVERIFY2(put == 200 || put == 201, qPrintable(QString::number(put)));
    const ContainmentReport again = run(*f, m_joren, {QStringLiteral("risk:HIGH")});
    QCOMPARE(again.results.at(0).outcome, ActionResult::Outcome::Already);
    QCOMPARE(m_sim.countRequests("PUT", QStringLiteral("/risk")), 1);
}

void TestCredentialActionsIntegration::riskAndUniversalLogoutWithoutItp_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("risk:HIGH") << QStringLiteral("risk:HIGH");
    QTest::newRow("risk:MEDIUM") << QStringLiteral("risk:MEDIUM");
    QTest::newRow("universal-logout") << QStringLiteral("universal-logout");
}

void TestCredentialActionsIntegration::riskAndUniversalLogoutWithoutItp()
{
    // Without the licence Okta answers 403 E0000006: the action fails with Okta's code, summary and request id,
    // and nothing else about the user changes.
    QFETCH(QString, action);
    QVERIFY(m_sim.setItp(false));
    m_sim.setSessions(m_joren, 2, 3, 1);
    const QJsonObject before = m_sim.user(m_joren);
    auto f = fixture();
    QVERIFY(f);
    const ContainmentReport report = run(*f, m_joren, {action, QStringLiteral("clear-sessions")});
    QCOMPARE(report.status, ContainmentReport::Status::Completed);
    QCOMPARE(report.results.size(), 2);
    const ActionResult& result = report.results.at(0);
    QCOMPARE(result.action.name(), action);
    QCOMPARE(result.outcome, ActionResult::Outcome::Failed);
    QCOMPARE(result.httpStatus, 403);
    QCOMPARE(result.error.errorCode, QStringLiteral("E0000006"));
    QVERIFY(!result.error.errorSummary.isEmpty());
    QVERIFY(!result.requestId.isEmpty());
    QVERIFY2(result.detail.contains(QLatin1String("E0000006")) || result.detail.contains(result.error.errorSummary),
             qPrintable(result.detail));
    // The other action of the plan still went.
    QCOMPARE(report.results.at(1).outcome, ActionResult::Outcome::Done);

    const QJsonObject after = m_sim.user(m_joren);
    QVERIFY(after.value(QStringLiteral("riskLevel")) == before.value(QStringLiteral("riskLevel")));
    QVERIFY(after.value(QStringLiteral("riskReason")) == before.value(QStringLiteral("riskReason")));
    QCOMPARE(after.value(QStringLiteral("appSessionsRevoked")).toInt(),
             before.value(QStringLiteral("appSessionsRevoked")).toInt());
    QVERIFY(after.value(QStringLiteral("apiTokens")) == before.value(QStringLiteral("apiTokens")));
    QVERIFY(after.value(QStringLiteral("status")) == before.value(QStringLiteral("status")));
    QVERIFY(after.value(QStringLiteral("factors")) == before.value(QStringLiteral("factors")));
    // A refused risk is not put; a refused revocation is sent once only.
    QCOMPARE(m_sim.countRequests("PUT", QStringLiteral("/risk")), 0);
    QCOMPARE(m_sim.countRequests("POST", QStringLiteral("/oauth2/v1/global-token-revocation")),
             action == QLatin1String("universal-logout") ? 1 : 0);

    const QList<AuditEntry> audited = auditOf(*f, action);
    QCOMPARE(audited.size(), 1);
    QCOMPARE(audited.at(0).outcome, QStringLiteral("failed"));
    QCOMPARE(audited.at(0).errorCode, QStringLiteral("E0000006"));
    QCOMPARE(audited.at(0).requestId, result.requestId);
    QVERIFY(f->journal->unfinished().isEmpty());
}

void TestCredentialActionsIntegration::otherActionsNeedNoItp_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("itp");
    for (const bool itp : {true, false}) {
        const char* suffix = itp ? " with ITP" : " without ITP";
        for (const char* action : {"revoke-factors-since", "reset-factors", "expire-password"}) {
            QTest::newRow(qPrintable(QLatin1String(action) + QLatin1String(suffix)))
                << QString::fromLatin1(action) << itp;
        }
    }
}

void TestCredentialActionsIntegration::otherActionsNeedNoItp()
{
    // Only user risk and Universal Logout are licensed with Identity Threat Protection; the factor and password
    // actions do the same with it and without it.
    QFETCH(QString, action);
    QFETCH(bool, itp);
    QVERIFY(m_sim.setItp(itp));
    auto f = fixture();
    QVERIFY(f);
    const ContainmentReport report = run(*f, m_joren, {action});
    QCOMPARE(report.results.size(), 1);
    QVERIFY2(report.results.at(0).outcome == ActionResult::Outcome::Done, qPrintable(report.results.at(0).detail));
    QVERIFY(!report.results.at(0).requestId.isEmpty());
    const QJsonObject joren = m_sim.user(m_joren);
    if (action == QLatin1String("revoke-factors-since")) {
        QCOMPARE(factorIds(joren), QStringList{SimProcess::jorenOktaVerifyFactorId()});
    } else if (action == QLatin1String("reset-factors")) {
        QVERIFY(factorIds(joren).isEmpty());
    } else {
        QCOMPARE(joren.value(QStringLiteral("status")).toString(), QStringLiteral("PASSWORD_EXPIRED"));
    }
    QCOMPARE(m_sim.countRequests("GET", QStringLiteral("/risk")), 0);
    QVERIFY(f->journal->unfinished().isEmpty());
}

void TestCredentialActionsIntegration::revokeFactorsSinceRemovesOnlyTheNewOnes()
{
    // Joren has Okta Verify from long ago and a phone enrolled after the detection; add one enrolled exactly at
    // the detection (at counts), one a second before it (kept), and one later.
    const QString atDetection = QStringLiteral("emf1atdetection00001");
    const QString justBefore = QStringLiteral("emf1justbefore000001");
    const QString later = QStringLiteral("uft1laterenrolled001");
    QString error;
    QVERIFY2(m_sim.addFactor(m_joren,
                             factor(atDetection, QStringLiteral("email"), QStringLiteral("OKTA"),
                                    QStringLiteral("2026-11-27T08:14:10.000Z")),
                             &error),
             qPrintable(error));
    QVERIFY2(m_sim.addFactor(m_joren,
                             factor(justBefore, QStringLiteral("email"), QStringLiteral("OKTA"),
                                    QStringLiteral("2026-11-27T08:14:09.000Z")),
                             &error),
             qPrintable(error));
    QVERIFY2(m_sim.addFactor(m_joren,
                             factor(later, QStringLiteral("token:software:totp"), QStringLiteral("GOOGLE"),
                                    QStringLiteral("2026-11-28T10:00:00.000Z")),
                             &error),
             qPrintable(error));
    const QStringList removed{SimProcess::jorenNewPhoneFactorId(), atDetection, later};

    auto f = fixture();
    QVERIFY(f);
    // The dry run names the factors it would remove and sends nothing.
    const ContainmentReport dry = run(*f, m_joren, {QStringLiteral("revoke-factors-since")}, true);
    QCOMPARE(dry.results.at(0).outcome, ActionResult::Outcome::Planned);
    for (const QString& id : removed) {
        QVERIFY2(dry.results.at(0).detail.contains(id), qPrintable(dry.results.at(0).detail));
    }
    QVERIFY(!dry.results.at(0).detail.contains(justBefore));
    QCOMPARE(m_sim.countRequests("DELETE", QString()), 0);

    const ContainmentReport report = run(*f, m_joren, {QStringLiteral("revoke-factors-since")});
    QCOMPARE(report.results.size(), 1);
    QVERIFY2(report.results.at(0).outcome == ActionResult::Outcome::Done, qPrintable(report.results.at(0).detail));
    QCOMPARE(factorIds(m_sim.user(m_joren)), (QStringList{SimProcess::jorenOktaVerifyFactorId(), justBefore}));
    for (const QString& id : removed) {
        QCOMPARE(m_sim.countRequests("DELETE", QStringLiteral("/factors/") + id), 1);
    }
    QCOMPARE(m_sim.countRequests("DELETE", QString()), removed.size());

    // One audit entry per factor removed, naming that factor alone, each with the request id of its own removal;
    // and one for the action, naming them all.
    const QList<AuditEntry> audited = auditOf(*f, QStringLiteral("revoke-factors-since"));
    QCOMPARE(audited.size(), removed.size() + 1);
    QSet<QString> requestIds;
    for (const QString& id : removed) {
        QList<AuditEntry> own;
        for (const AuditEntry& entry : audited) {
            const bool others = std::any_of(removed.begin(), removed.end(), [&](const QString& other) {
                return other != id && entry.detail.contains(other);
            });
            if (entry.detail.contains(id) && !others) {
                own << entry;
            }
        }
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.at(0).outcome, QStringLiteral("done"));
        QCOMPARE(own.at(0).httpStatus, 204);
        QVERIFY(!own.at(0).requestId.isEmpty());
        requestIds.insert(own.at(0).requestId);
    }
    const AuditEntry& summary = audited.last();
    QCOMPARE(summary.outcome, QStringLiteral("done"));
    for (const QString& id : removed) {
        QVERIFY2(summary.detail.contains(id), qPrintable(summary.detail));
    }
    QCOMPARE(requestIds.size(), removed.size());
    QVERIFY(f->journal->unfinished().isEmpty());
    QVERIFY(f->audit->verify().ok);

    // Run again: nothing enrolled since is left, so nothing is sent.
    const ContainmentReport again = run(*f, m_joren, {QStringLiteral("revoke-factors-since")});
    QCOMPARE(again.results.at(0).outcome, ActionResult::Outcome::Already);
    QCOMPARE(m_sim.countRequests("DELETE", QString()), removed.size());
}

void TestCredentialActionsIntegration::revokeFactorsSinceAnExplicitTime()
{
    // A time given in the action wins over the detection time: after the phone's enrolment, nothing is removed.
    auto f = fixture();
    QVERIFY(f);
    const ContainmentReport report = run(*f, m_joren, {QStringLiteral("revoke-factors-since:2026-11-27T08:30:00Z")});
    QCOMPARE(report.results.at(0).outcome, ActionResult::Outcome::Already);
    QCOMPARE(m_sim.countRequests("DELETE", QString()), 0);
    QCOMPARE(factorIds(m_sim.user(m_joren)).size(), 2);

    // And before it, the phone goes; Okta Verify, older still, stays.
    const ContainmentReport earlier = run(*f, m_joren, {QStringLiteral("revoke-factors-since:2026-11-27T08:27:53Z")});
    QVERIFY2(earlier.results.at(0).outcome == ActionResult::Outcome::Done, qPrintable(earlier.results.at(0).detail));
    QCOMPARE(factorIds(m_sim.user(m_joren)), QStringList{SimProcess::jorenOktaVerifyFactorId()});
}

void TestCredentialActionsIntegration::resetFactors()
{
    auto f = fixture();
    QVERIFY(f);
    const QString status = m_sim.user(m_joren).value(QStringLiteral("status")).toString();
    const ContainmentReport report = run(*f, m_joren, {QStringLiteral("reset-factors")});
    QVERIFY2(report.results.at(0).outcome == ActionResult::Outcome::Done, qPrintable(report.results.at(0).detail));
    QVERIFY(factorIds(m_sim.user(m_joren)).isEmpty());
    QCOMPARE(m_sim.user(m_joren).value(QStringLiteral("status")).toString(), status);
    QCOMPARE(m_sim.countRequests("POST", QStringLiteral("/lifecycle/reset_factors")), 1);
    QCOMPARE(auditOf(*f, QStringLiteral("reset-factors")).size(), 1);
    QVERIFY(!auditOf(*f, QStringLiteral("reset-factors")).at(0).requestId.isEmpty());
}

void TestCredentialActionsIntegration::resetFactorsWithNoFactorsIsAlready()
{
    // Okta refuses a reset for a user without factors; Cordon reads the list first and sends nothing.
    auto f = fixture();
    QVERIFY(f);
    QCOMPARE(m_sim.send("POST", QStringLiteral("/api/v1/users/%1/lifecycle/reset_factors").arg(m_joren)).status, 200);
    const int before = m_sim.countRequests("POST", QStringLiteral("/lifecycle/reset_factors"));
    const ContainmentReport report = run(*f, m_joren, {QStringLiteral("reset-factors")});
    QCOMPARE(report.results.at(0).outcome, ActionResult::Outcome::Already);
    QVERIFY(report.allSucceeded());
    QCOMPARE(m_sim.countRequests("POST", QStringLiteral("/lifecycle/reset_factors")), before);
    QVERIFY(f->journal->unfinished().isEmpty());
}

void TestCredentialActionsIntegration::expirePasswordGoesAfterSuspend()
{
    // Okta suspends only an ACTIVE user; with the password expired first the user would be PASSWORD_EXPIRED and
    // the suspend refused. Given in the other order, the plan is put right.
    auto f = fixture();
    QVERIFY(f);
    const QStringList plan{QStringLiteral("expire-password"), QStringLiteral("suspend")};
    const ContainmentReport dry = run(*f, m_joren, plan, true);
    QCOMPARE(dry.results.size(), 2);
    QCOMPARE(dry.results.at(0).action.name(), QStringLiteral("suspend"));
    QCOMPARE(dry.results.at(1).action.name(), QStringLiteral("expire-password"));
    QCOMPARE(dry.results.at(0).outcome, ActionResult::Outcome::Planned);
    QCOMPARE(dry.results.at(1).outcome, ActionResult::Outcome::Planned);
    QCOMPARE(m_sim.countRequests("POST", QString()), 0);

    const ContainmentReport report = run(*f, m_joren, plan);
    QCOMPARE(report.results.size(), 2);
    QCOMPARE(report.results.at(0).action.name(), QStringLiteral("suspend"));
    QCOMPARE(report.results.at(1).action.name(), QStringLiteral("expire-password"));
    QVERIFY2(report.allSucceeded(),
             qPrintable(report.results.at(0).detail + QLatin1Char('|') + report.results.at(1).detail));
    // At the simulator, the suspend came first and the password expiry after it.
    int suspendAt = -1;
    int expireAt = -1;
    const QJsonArray requests = m_sim.requests();
    for (int i = 0; i < requests.size(); ++i) {
        const QString path = requests.at(i).toObject().value(QStringLiteral("path")).toString();
        if (path.endsWith(QLatin1String("/lifecycle/suspend"))) {
            suspendAt = i;
        } else if (path.endsWith(QLatin1String("/lifecycle/expire_password"))) {
            expireAt = i;
        }
    }
    QVERIFY(suspendAt >= 0);
    QVERIFY2(expireAt > suspendAt, "expire_password is sent after the suspend answered");
    QCOMPARE(requests.at(suspendAt).toObject().value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(requests.at(expireAt).toObject().value(QStringLiteral("status")).toInt(), 200);
    const QJsonObject joren = m_sim.user(m_joren);
    QCOMPARE(joren.value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    QCOMPARE(joren.value(QStringLiteral("passwordExpired")).toBool(), true);
    QVERIFY(f->journal->unfinished().isEmpty());
}

void TestCredentialActionsIntegration::aFailedResetIsNotSentAgain()
{
    // A 500 may hide a reset Okta made: it is not retried as a read would be.
    QVERIFY(m_sim.setFaults({QStringLiteral("POST /api/v1/users/*/lifecycle/reset_factors=500")}));
    auto f = fixture();
    QVERIFY(f);
    const ContainmentReport report = run(*f, m_joren, {QStringLiteral("reset-factors")});
    const ActionResult& result = report.results.at(0);
    QCOMPARE(result.outcome, ActionResult::Outcome::Failed);
    QCOMPARE(result.httpStatus, 500);
    QCOMPARE(result.error.errorCode, QStringLiteral("E0000009"));
    QVERIFY(!result.requestId.isEmpty());
    QCOMPARE(m_sim.countRequests("POST", QStringLiteral("/lifecycle/reset_factors")), 1);
    QCOMPARE(auditOf(*f, QStringLiteral("reset-factors")).size(), 1);
    QVERIFY(m_sim.setFaults({}));
}

void TestCredentialActionsIntegration::aLostExpirePasswordIsNotSentAgainAndStaysOpen()
{
    // Okta expires the password but the answer never arrives: the client gives up, does not send it again, and
    // the journal keeps the entry open for resume to settle from Okta's state.
    QVERIFY(m_sim.setFaults({QStringLiteral("POST /api/v1/users/*/lifecycle/expire_password=slow:4000")}));
    auto f = fixture();
    QVERIFY(f);
    f->client->setTransferTimeoutMs(800);
    const ContainmentReport report = run(*f, m_joren, {QStringLiteral("expire-password")});
    const ActionResult& result = report.results.at(0);
    QCOMPARE(result.outcome, ActionResult::Outcome::Failed);
    QVERIFY2(result.detail.contains(QLatin1String("journal")), qPrintable(result.detail));
    QCOMPARE(m_sim.countRequests("POST", QStringLiteral("/lifecycle/expire_password")), 1);
    const QList<JournalEntry> open = f->journal->unfinished();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).action, QStringLiteral("expire-password"));
    QCOMPARE(open.at(0).state, QStringLiteral("sent"));
    QCOMPARE(open.at(0).oktaUserId, m_joren);
    // The change went through at Okta even so.
    QTRY_COMPARE_WITH_TIMEOUT(m_sim.user(m_joren).value(QStringLiteral("status")).toString(),
                              QStringLiteral("PASSWORD_EXPIRED"), 10000);
    QCOMPARE(m_sim.countRequests("POST", QStringLiteral("/lifecycle/expire_password")), 1);
    QVERIFY(m_sim.setFaults({}));
}

void TestCredentialActionsIntegration::aRateLimitedRiskIsNotSentAgain()
{
    // A 429 on a read is waited out and retried; on PUT risk it is reported, not retried.
    QVERIFY(m_sim.setFaults({QStringLiteral("PUT /api/v1/users/*/risk=429x1")}));
    auto f = fixture();
    QVERIFY(f);
    const QString level = m_sim.user(m_joren).value(QStringLiteral("riskLevel")).toString();
    QVERIFY(level != QLatin1String("HIGH"));
    const ContainmentReport report = run(*f, m_joren, {QStringLiteral("risk:HIGH")});
    const ActionResult& result = report.results.at(0);
    QCOMPARE(result.outcome, ActionResult::Outcome::Failed);
    QCOMPARE(result.httpStatus, 429);
    QCOMPARE(result.error.errorCode, QStringLiteral("E0000047"));
    QVERIFY(!result.requestId.isEmpty());
    QCOMPARE(m_sim.countRequests("PUT", QStringLiteral("/risk")), 1);
    QCOMPARE(m_sim.user(m_joren).value(QStringLiteral("riskLevel")).toString(), level);
    // Okta's answer was a refusal with no effect: the entry is closed, not left for resume.
    QVERIFY(f->journal->unfinished().isEmpty());
    QVERIFY(m_sim.setFaults({}));
}

QTEST_GUILESS_MAIN(TestCredentialActionsIntegration)
#include "tst_credentialactions_integration.moc"
