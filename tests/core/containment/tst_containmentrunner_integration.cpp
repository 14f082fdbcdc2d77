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

using namespace cordon::core;
using cordon::test::SimProcess;

// ContainmentRunner against the real simulator, through one shared context as the console uses it.
class TestContainmentRunnerIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runsOneAfterAnotherOnOneContext();
    void lookupsGoOutTogether();
    void aFreshPreflightIsActedOnWithoutReading();
    void wrongStateAnswersResolveToAlready_data();
    void wrongStateAnswersResolveToAlready();
    void eachAttemptIsAudited();
    void clearSessionsSaysWhatItForgets_data();
    void clearSessionsSaysWhatItForgets();

private:
    ContainmentReport run(ContainmentContext& context,
                          const QString& user,
                          const QStringList& actions,
                          bool dryRun = false,
                          const std::optional<ContainmentPreflight>& preflight = std::nullopt);
    // Points the client at the simulator, with the demo token.
    void useSim(OktaClient& client);

    SimProcess m_sim;
    QTemporaryDir m_dir;
    Database m_database;
    QNetworkAccessManager m_network;
};

void TestContainmentRunnerIntegration::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start({}, &error), qPrintable(error));
    QVERIFY2(m_database.open(m_dir.filePath(QStringLiteral("cordon.sqlite")), &error), qPrintable(error));
}

void TestContainmentRunnerIntegration::useSim(OktaClient& client)
{
    client.setOrgUrl(m_sim.baseUrl());
    client.setToken(SimProcess::demoToken().toUtf8());
}

ContainmentReport TestContainmentRunnerIntegration::run(ContainmentContext& context,
                                                        const QString& user,
                                                        const QStringList& actions,
                                                        bool dryRun,
                                                        const std::optional<ContainmentPreflight>& preflight)
{
    ContainmentRequest request;
    request.user = user;
    request.dryRun = dryRun;
    request.preflight = preflight;
    for (const QString& text : actions) {
        QString error;
        request.actions << *ContainmentAction::parse(text, &error);
    }
    ContainmentRunner runner(&context, request);
    QSignalSpy finished(&runner, &ContainmentRunner::finished);
    runner.start();
    if (finished.isEmpty() && !finished.wait(20000)) {
        return {};
    }
    // Exactly one ending, whatever the order the answers came in.
    QTest::qWait(50);
    if (finished.size() != 1) {
        qWarning("finished %d times", int(finished.size()));
        return {};
    }
    return runner.report();
}

void TestContainmentRunnerIntegration::runsOneAfterAnotherOnOneContext()
{
    m_sim.reset();
    OktaClient client(&m_network);
    useSim(client);
    Journal journal(m_database);
    AuditLog audit(m_database);
    ContainmentContext context(&client, &journal, &audit);

    // The second and third runs find the acting user and the group already known to the context.
    const QStringList users{SimProcess::jorenLogin(), QStringLiteral("teo.lindqvist@example.com"),
                            QStringLiteral("ilse.marten@example.com")};
    for (const QString& login : users) {
        const ContainmentReport report =
            run(context, login, {QStringLiteral("suspend"), QStringLiteral("add-group:Limited Data Access")});
        QCOMPARE(report.user.login, login);
        QCOMPARE(report.status, ContainmentReport::Status::Completed);
        QVERIFY(report.allSucceeded());
        QCOMPARE(m_sim.user(m_sim.userId(login)).value(QStringLiteral("status")).toString(),
                 QStringLiteral("SUSPENDED"));
    }
    for (const QJsonValue& value : m_sim.requests()) {
        QVERIFY2(!value.toObject().value(QStringLiteral("path")).toString().contains(QLatin1String("/users//")),
                 "no call is made for an unknown user");
    }
    int meCalls = 0;
    for (const QJsonValue& value : m_sim.requests()) {
        meCalls += value.toObject().value(QStringLiteral("path")).toString() == QLatin1String("/api/v1/users/me");
    }
    QCOMPARE(meCalls, 1);
    QVERIFY(audit.verify().ok);
    QVERIFY(journal.unfinished().isEmpty());
}

void TestContainmentRunnerIntegration::lookupsGoOutTogether()
{
    m_sim.reset();
    OktaClient client(&m_network);
    useSim(client);
    client.governor()->setMaxInFlight(6);
    Journal journal(m_database);
    AuditLog audit(m_database);
    ContainmentContext context(&client, &journal, &audit);
    const QString joren = m_sim.userId(SimProcess::jorenLogin());
    const QString group = m_sim.groupId(QStringLiteral("Limited Data Access"));
    m_sim.reset();

    const ContainmentReport report =
        run(context, joren,
            {QStringLiteral("clear-sessions"), QStringLiteral("suspend"), QStringLiteral("add-group:") + group});
    QVERIFY(report.allSucceeded());
    // Five look-ups (who the token is, the user, its roles, its groups, the group) and three changes.
    const QJsonArray requests = m_sim.requests();
    QCOMPARE(requests.size(), 8);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(requests.at(i).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    }
}

void TestContainmentRunnerIntegration::aFreshPreflightIsActedOnWithoutReading()
{
    m_sim.reset();
    OktaClient client(&m_network);
    useSim(client);
    Journal journal(m_database);
    AuditLog audit(m_database);
    ContainmentContext dryContext(&client, nullptr, nullptr);
    ContainmentContext context(&client, &journal, &audit);
    const QString joren = m_sim.userId(SimProcess::jorenLogin());
    const QStringList actions{QStringLiteral("clear-sessions"), QStringLiteral("suspend"),
                              QStringLiteral("add-group:Limited Data Access")};

    // The dry run reads everything and hands it back.
    const ContainmentReport dry = run(dryContext, joren, actions, true);
    QCOMPARE(dry.status, ContainmentReport::Status::Completed);
    QVERIFY(dry.preflight);
    QCOMPARE(dry.preflight->user.id, joren);
    QVERIFY(dry.preflight->groups.contains(QStringLiteral("Limited Data Access")));
    QVERIFY(dry.preflight->readAtMs > 0);

    // The run that follows sends its three changes and reads nothing.
    m_sim.reset();
    const ContainmentReport report = run(context, joren, actions, false, dry.preflight);
    QVERIFY(report.allSucceeded());
    const QJsonArray requests = m_sim.requests();
    QCOMPARE(requests.size(), 3);
    for (const QJsonValue& request : requests) {
        QVERIFY(request.toObject().value(QStringLiteral("method")).toString() != QLatin1String("GET"));
    }
    QCOMPARE(m_sim.user(joren).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));

    // What the preflight says is so is not sent again: the user is suspended now, the preflight said ACTIVE,
    // so a stale preflight would send; a fresh dry run's does not.
    const ContainmentReport after = run(dryContext, joren, actions, true);
    QVERIFY(after.preflight);
    m_sim.reset();
    const ContainmentReport again = run(context, joren, {QStringLiteral("suspend")}, false, after.preflight);
    QCOMPARE(again.results.at(0).outcome, ActionResult::Outcome::Already);
    QCOMPARE(m_sim.requests().size(), 0);

    // A preflight of another user is not taken.
    m_sim.reset();
    const ContainmentReport other =
        run(context, QStringLiteral("teo.lindqvist@example.com"), {QStringLiteral("suspend")}, false, after.preflight);
    QCOMPARE(other.user.login, QStringLiteral("teo.lindqvist@example.com"));
    QVERIFY(m_sim.requests().size() > 1);
    QVERIFY(audit.verify().ok);
}

void TestContainmentRunnerIntegration::wrongStateAnswersResolveToAlready_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("E0000001") << QStringLiteral("E0000001");
    QTest::newRow("E0000028") << QStringLiteral("E0000028");
    QTest::newRow("E0000038") << QStringLiteral("E0000038");
}

void TestContainmentRunnerIntegration::wrongStateAnswersResolveToAlready()
{
    // The user was suspended (by someone else) after the dry run read it ACTIVE; Okta refuses the suspend with
    // any of its wrong-state codes, and the run reads the user and records the action as already done.
    QFETCH(QString, code);
    m_sim.reset();
    OktaClient client(&m_network);
    useSim(client);
    Journal journal(m_database);
    AuditLog audit(m_database);
    ContainmentContext dryContext(&client, nullptr, nullptr);
    ContainmentContext context(&client, &journal, &audit);
    const QString joren = m_sim.userId(SimProcess::jorenLogin());
    const ContainmentReport dry = run(dryContext, joren, {QStringLiteral("suspend")}, true);
    QVERIFY(dry.preflight);
    QCOMPARE(m_sim.send("POST", QStringLiteral("/api/v1/users/%1/lifecycle/suspend").arg(joren)).status, 200);
    QVERIFY(m_sim.setFaults({QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=") + code}));

    const ContainmentReport report = run(context, joren, {QStringLiteral("suspend")}, false, dry.preflight);
    QCOMPARE(report.status, ContainmentReport::Status::Completed);
    const ActionResult& result = report.results.at(0);
    QVERIFY2(result.outcome == ActionResult::Outcome::Already, qPrintable(result.detail));
    QVERIFY(report.allSucceeded());
    const AuditEntry last = audit.entries().last();
    QCOMPARE(last.action, QStringLiteral("suspend"));
    QCOMPARE(last.outcome, QStringLiteral("already"));
    QVERIFY(journal.unfinished().isEmpty());
    QVERIFY(m_sim.setFaults({}));
}

void TestContainmentRunnerIntegration::eachAttemptIsAudited()
{
    // A suspend answered 503 is sent again (Okta made no change); a membership change answered 500 is not (it may
    // have been made). The audit holds every answer, with its status and request id.
    m_sim.reset();
    OktaClient client(&m_network);
    useSim(client);
    client.setRetryBaseDelayMs(20);
    Journal journal(m_database);
    AuditLog audit(m_database);
    ContainmentContext context(&client, &journal, &audit);
    const QString joren = m_sim.userId(SimProcess::jorenLogin());
    const qint64 before = audit.entries().size();
    QVERIFY(m_sim.setFaults({QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=503x1"),
                             QStringLiteral("PUT /api/v1/groups/*/users/*=500x1")}));

    const ContainmentReport report =
        run(context, joren, {QStringLiteral("suspend"), QStringLiteral("add-group:Limited Data Access")});
    QCOMPARE(report.status, ContainmentReport::Status::Completed);
    QCOMPARE(report.results.at(0).outcome, ActionResult::Outcome::Done);
    QCOMPARE(report.results.at(1).outcome, ActionResult::Outcome::Failed);
    QCOMPARE(report.results.at(1).httpStatus, 500);
    int puts = 0;
    for (const QJsonValue& value : m_sim.requests()) {
        const QJsonObject request = value.toObject();
        puts += request.value(QStringLiteral("method")).toString() == QLatin1String("PUT");
    }
    QCOMPARE(puts, 1);

    const QList<AuditEntry> entries = audit.entries().mid(before);
    QCOMPARE(entries.size(), 3);
    QList<AuditEntry> suspends;
    for (const AuditEntry& entry : entries) {
        if (entry.action == QLatin1String("suspend")) {
            suspends << entry;
        }
    }
    QCOMPARE(suspends.size(), 2);
    QCOMPARE(suspends.at(0).outcome, QStringLiteral("retried"));
    QCOMPARE(suspends.at(0).httpStatus, 503);
    QCOMPARE(suspends.at(0).errorCode, QStringLiteral("E0000010"));
    QVERIFY(!suspends.at(0).requestId.isEmpty());
    QCOMPARE(suspends.at(1).outcome, QStringLiteral("done"));
    QCOMPARE(suspends.at(1).httpStatus, 200);
    QVERIFY(suspends.at(1).requestId != suspends.at(0).requestId);
    QCOMPARE(report.auditIds.size(), 3);
    QVERIFY(audit.verify().ok);
    QVERIFY(m_sim.setFaults({}));
}

void TestContainmentRunnerIntegration::clearSessionsSaysWhatItForgets_data()
{
    QTest::addColumn<bool>("setting");
    QTest::addColumn<bool>("forget");
    QTest::newRow("default") << false << true;
    QTest::newRow("kept") << true << false;
    QTest::newRow("forgotten") << true << true;
}

void TestContainmentRunnerIntegration::clearSessionsSaysWhatItForgets()
{
    QFETCH(bool, setting);
    QFETCH(bool, forget);
    m_sim.reset();
    OktaClient client(&m_network);
    useSim(client);
    Journal journal(m_database);
    AuditLog audit(m_database);
    ContainmentContext context(&client, &journal, &audit);
    ContainmentContext dryContext(&client, nullptr, nullptr);
    if (setting) {
        context.setForgetDevices(forget);
        dryContext.setForgetDevices(forget);
    }
    const QString joren = m_sim.userId(SimProcess::jorenLogin());
    m_sim.setSessions(joren, 2, 1, 3);
    const QString call = QStringLiteral("DELETE /api/v1/users/%1/sessions?oauthTokens=true&forgetDevices=%2")
                             .arg(joren, forget ? QStringLiteral("true") : QStringLiteral("false"));

    // What the analyst confirms names it.
    const ContainmentReport dry = run(dryContext, joren, {QStringLiteral("clear-sessions")}, true);
    QCOMPARE(dry.results.at(0).call, call);

    const ContainmentReport report = run(context, joren, {QStringLiteral("clear-sessions")});
    QVERIFY(report.allSucceeded());
    QCOMPARE(report.results.at(0).call, call);
    QCOMPARE(m_sim.user(joren).value(QStringLiteral("rememberedDevices")).toInt(), forget ? 0 : 3);
    const QJsonObject sent = m_sim.requests().last().toObject();
    QCOMPARE(sent.value(QStringLiteral("forgetDevices")).toBool(!forget), forget);
    // And so does the audit line.
    const AuditEntry last = audit.entries().last();
    QCOMPARE(last.action, QStringLiteral("clear-sessions"));
    QVERIFY2(last.detail.contains(
                 QStringLiteral("forgetDevices=%1").arg(forget ? QStringLiteral("true") : QStringLiteral("false"))),
             qPrintable(last.detail));
}

QTEST_GUILESS_MAIN(TestContainmentRunnerIntegration)
#include "tst_containmentrunner_integration.moc"
