#include "IncidentBuilder.h"
#include "SimProcess.h"
#include "containment/ContainmentContext.h"
#include "feed/IncidentStore.h"
#include "identity/IdentityMatcher.h"
#include "okta/OktaClient.h"
#include "playbooks/PlaybookEngine.h"
#include "playbooks/WebhookNotifier.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretAccounts.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/IdentityLinkStore.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cordon::core;
using cordon::test::SimProcess;

namespace
{

const QString kRestricted = QStringLiteral("Limited Data Access");

// Requests that change something at Okta: everything but reads.
int changes(const QJsonArray& log)
{
    int count = 0;
    for (const QJsonValue& value : log) {
        const QString method = value.toObject().value(QStringLiteral("method")).toString();
        if (method != QLatin1String("GET") && method != QLatin1String("HEAD")) {
            ++count;
        }
    }
    return count;
}

Playbook withMode(Playbook playbook, Playbook::Mode mode)
{
    playbook.mode = mode;
    return playbook;
}

} // namespace

class TestPlaybookEngineIntegration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void containAndReleaseAskFirst();
    void automaticContainAndRelease();
    void automaticRefusedForAdmin();
    void automaticRefusedForNonExactIdentity();
    void rememberedLinkCountsAsExact();
    void rememberedDecisionsAreTheConsoles();
    void failingWebhookDoesNotHoldUpContainment();
    void releaseLeavesSomeoneElsesSuspension();
    void releaseAnywayOverridesTheLedger();
    void conditionAndTriggerAreHonoured();
    void backlogTriggersNothing();

private:
    Incident incident(const QString& sourceId, const QString& rawUser, Incident::State state) const;
    QString status(const QString& userId) { return m_sim->user(userId).value(QStringLiteral("status")).toString(); }
    bool inRestrictedGroup(const QString& userId)
    {
        return m_sim->user(userId).value(QStringLiteral("groups")).toArray().contains(QJsonValue(m_groupId));
    }

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OktaClient> m_client;
    std::unique_ptr<ContainmentContext> m_context;
    std::unique_ptr<IdentityMatcher> m_matcher;
    std::unique_ptr<PlaybookEngine> m_engine;
    QString m_jorenId;
    QString m_groupId;
    QList<PendingApproval> m_pending;
    QList<ContainmentReport> m_reports;
    QList<PlaybookNotification> m_notifications;
    QStringList m_skipped;
};

void TestPlaybookEngineIntegration::init()
{
    m_sim = std::make_unique<SimProcess>();
    QString error;
    QVERIFY2(m_sim->start({}, &error), qPrintable(error));
    m_jorenId = m_sim->userId(SimProcess::jorenLogin());
    m_groupId = m_sim->groupId(kRestricted);
    QVERIFY(!m_jorenId.isEmpty());
    QVERIFY(!m_groupId.isEmpty());

    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("cordon.sqlite")), &error), qPrintable(error));
    m_journal = std::make_unique<Journal>(*m_database);
    m_audit = std::make_unique<AuditLog>(*m_database);
    m_incidents = std::make_unique<IncidentStore>(*m_database);

    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<OktaClient>(m_network.get());
    m_client->setOrgUrl(m_sim->baseUrl());
    m_client->setToken(SimProcess::demoToken().toUtf8());
    m_client->setRetryBaseDelayMs(50);
    m_context = std::make_unique<ContainmentContext>(m_client.get(), m_journal.get(), m_audit.get());
    m_matcher = std::make_unique<IdentityMatcher>(m_client.get());
    MatchOptions options;
    options.emailDomains.insert(QStringLiteral("AD_DOMAIN"), QStringLiteral("example.com"));
    m_matcher->setOptions(options);

    m_engine = std::make_unique<PlaybookEngine>(m_context.get(), m_matcher.get());
    m_engine->setRestrictedGroup(kRestricted);
    m_engine->watch(m_incidents.get());
    m_pending.clear();
    m_reports.clear();
    m_notifications.clear();
    m_skipped.clear();
    connect(m_engine.get(), &PlaybookEngine::approvalNeeded, this,
            [this](const PendingApproval& pending) { m_pending << pending; });
    connect(m_engine.get(), &PlaybookEngine::playbookRan, this,
            [this](const QString&, const QString&, const ContainmentReport& report) { m_reports << report; });
    connect(m_engine.get(), &PlaybookEngine::notified, this,
            [this](const PlaybookNotification& notification) { m_notifications << notification; });
    connect(m_engine.get(), &PlaybookEngine::playbookSkipped, this,
            [this](const QString&, const QString&, const QString& reason) { m_skipped << reason; });
}

void TestPlaybookEngineIntegration::cleanup()
{
    m_engine.reset();
    m_matcher.reset();
    m_context.reset();
    m_client.reset();
    m_network.reset();
    m_incidents.reset();
    m_audit.reset();
    m_journal.reset();
    m_database.reset();
    m_dir.reset();
    m_sim.reset();
}

Incident
TestPlaybookEngineIntegration::incident(const QString& sourceId, const QString& rawUser, Incident::State state) const
{
    return IncidentBuilder(sourceId, QStringLiteral("redcanary"), QStringLiteral("lab"))
        .title(QStringLiteral("Credential theft %1").arg(sourceId))
        .state(state)
        .detectedAt(QDateTime::fromString(QStringLiteral("2026-11-20T10:00:00.000Z"), Qt::ISODateWithMs))
        .host(QStringLiteral("LT-JOREN-01"))
        .userOnHost(rawUser);
}

void TestPlaybookEngineIntegration::containAndReleaseAskFirst()
{
    m_engine->setPlaybooks(Playbook::defaults());
    Incident threat = incident(QStringLiteral("1"), QStringLiteral("AD_DOMAIN\\joren"), Incident::State::New);
    QVERIFY(m_incidents->upsert({threat}).ok);

    QTRY_COMPARE_WITH_TIMEOUT(m_pending.size(), 1, 20000);
    const PendingApproval contain = m_pending.takeFirst();
    QCOMPARE(contain.playbook.id, QStringLiteral("contain"));
    QCOMPARE(contain.reason, PendingApproval::Reason::PlaybookAsks);
    QCOMPARE(contain.incident.id, threat.id);
    QCOMPARE(contain.suggestedUserId, m_jorenId);
    QVERIFY(!contain.candidates.isEmpty());
    QCOMPARE(changes(m_sim->requests()), 0);
    QCOMPARE(status(m_jorenId), QStringLiteral("ACTIVE"));
    // The analyst is told, with a link that opens the incident.
    QCOMPARE(m_notifications.size(), 1);
    QCOMPARE(m_notifications.at(0).kind, PlaybookNotification::Kind::ApprovalNeeded);
    QCOMPARE(m_notifications.at(0).pendingId, contain.id);
    QCOMPARE(PlaybookNotification::incidentIdFromLink(m_notifications.at(0).link()), threat.id);
    QCOMPARE(m_engine->pendingApprovals().size(), 1);

    QVERIFY(m_engine->approve(contain.id, m_jorenId));
    QVERIFY(!m_engine->pendingApproval(contain.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_reports.size(), 1, 20000);
    QVERIFY(m_reports.at(0).allSucceeded());
    QCOMPARE(status(m_jorenId), QStringLiteral("SUSPENDED"));
    QVERIFY(inRestrictedGroup(m_jorenId));

    // The feed reports the threat remediated: the Release playbook asks and sends nothing.
    const int changesBefore = changes(m_sim->requests());
    threat.state = Incident::State::Resolved;
    QVERIFY(m_incidents->upsert({threat}).ok);
    QTRY_COMPARE_WITH_TIMEOUT(m_pending.size(), 1, 20000);
    const PendingApproval release = m_pending.takeFirst();
    QCOMPARE(release.playbook.id, QStringLiteral("release"));
    QCOMPARE(release.suggestedUserId, m_jorenId);
    QCOMPARE(changes(m_sim->requests()), changesBefore);
    QCOMPARE(status(m_jorenId), QStringLiteral("SUSPENDED"));

    QVERIFY(m_engine->approve(release.id, m_jorenId));
    QTRY_COMPARE_WITH_TIMEOUT(m_reports.size(), 2, 20000);
    QVERIFY(m_reports.at(1).allSucceeded());
    QCOMPARE(status(m_jorenId), QStringLiteral("ACTIVE"));
    QVERIFY(!inRestrictedGroup(m_jorenId));
    // Approved runs are the analyst's own: only the two approval requests were notified.
    QCOMPARE(m_notifications.size(), 2);
}

void TestPlaybookEngineIntegration::automaticContainAndRelease()
{
    const QList<Playbook> defaults = Playbook::defaults();
    m_engine->setPlaybooks(
        {withMode(defaults.at(0), Playbook::Mode::Automatic), withMode(defaults.at(1), Playbook::Mode::Automatic)});
    Incident threat = incident(QStringLiteral("2"), QStringLiteral("AD_DOMAIN\\joren"), Incident::State::InProgress);
    QVERIFY(m_incidents->upsert({threat}).ok);

    QTRY_COMPARE_WITH_TIMEOUT(m_reports.size(), 1, 20000);
    QVERIFY(m_reports.at(0).allSucceeded());
    QCOMPARE(m_reports.at(0).user.id, m_jorenId);
    QCOMPARE(status(m_jorenId), QStringLiteral("SUSPENDED"));
    QVERIFY(inRestrictedGroup(m_jorenId));
    QVERIFY(m_pending.isEmpty());
    QCOMPARE(m_notifications.size(), 1);
    QCOMPARE(m_notifications.at(0).kind, PlaybookNotification::Kind::PlaybookRan);
    QVERIFY(m_notifications.at(0).succeeded);
    QCOMPARE(m_notifications.at(0).candidates.size(), 1);
    QCOMPARE(m_notifications.at(0).candidates.at(0).user.id, m_jorenId);
    QVERIFY(m_engine->hasTriggered(threat.id, QStringLiteral("contain"), Playbook::Trigger::ThreatIdentified));

    threat.state = Incident::State::Resolved;
    QVERIFY(m_incidents->upsert({threat}).ok);
    QTRY_COMPARE_WITH_TIMEOUT(m_reports.size(), 2, 20000);
    QVERIFY(m_reports.at(1).allSucceeded());
    QCOMPARE(status(m_jorenId), QStringLiteral("ACTIVE"));
    QVERIFY(!inRestrictedGroup(m_jorenId));
    QVERIFY(m_pending.isEmpty());

    // The same trigger again does nothing: each incident, playbook and trigger runs once.
    const int changesBefore = changes(m_sim->requests());
    m_engine->handleIncidentStateChanged(threat, Incident::State::InProgress);
    m_engine->handleIncidentsAdded(
        {incident(QStringLiteral("2"), QStringLiteral("AD_DOMAIN\\joren"), Incident::State::New)});
    QTest::qWait(500);
    QCOMPARE(m_reports.size(), 2);
    QVERIFY(m_pending.isEmpty());
    QCOMPARE(changes(m_sim->requests()), changesBefore);
}

void TestPlaybookEngineIntegration::automaticRefusedForAdmin()
{
    m_engine->setPlaybooks({withMode(Playbook::defaults().at(0), Playbook::Mode::Automatic)});
    const QString alexId = m_sim->userId(QStringLiteral("alex.morgan@example.com"));
    QVERIFY(!alexId.isEmpty());
    QVERIFY(
        m_incidents
            ->upsert({incident(QStringLiteral("3"), QStringLiteral("alex.morgan@example.com"), Incident::State::New)})
            .ok);

    QTRY_COMPARE_WITH_TIMEOUT(m_pending.size(), 1, 20000);
    const PendingApproval pending = m_pending.at(0);
    QCOMPARE(pending.reason, PendingApproval::Reason::AdminUser);
    QCOMPARE(pending.suggestedUserId, alexId);
    QVERIFY(!pending.message.isEmpty());
    QVERIFY(m_reports.isEmpty());
    QCOMPARE(changes(m_sim->requests()), 0);
    QCOMPARE(status(alexId), QStringLiteral("ACTIVE"));
    QCOMPARE(m_notifications.size(), 1);
    QCOMPARE(m_notifications.at(0).kind, PlaybookNotification::Kind::ApprovalNeeded);

    // Approving without the second confirmation is refused again; with it, the run goes ahead.
    QVERIFY(m_engine->approve(pending.id, alexId, false));
    QTRY_COMPARE_WITH_TIMEOUT(m_reports.size(), 1, 20000);
    QCOMPARE(m_reports.at(0).status, ContainmentReport::Status::Refused);
    QCOMPARE(changes(m_sim->requests()), 0);
}

void TestPlaybookEngineIntegration::automaticRefusedForNonExactIdentity()
{
    m_engine->setPlaybooks({withMode(Playbook::defaults().at(0), Playbook::Mode::Automatic)});
    // A name close to several people and equal to none.
    QVERIFY(
        m_incidents->upsert({incident(QStringLiteral("4"), QStringLiteral("AD_DOMAIN\\jorenm"), Incident::State::New)})
            .ok);

    QTRY_COMPARE_WITH_TIMEOUT(m_pending.size(), 1, 20000);
    QCOMPARE(m_pending.at(0).reason, PendingApproval::Reason::IdentityNotExact);
    QVERIFY(m_pending.at(0).suggestedUserId.isEmpty());
    QVERIFY(m_reports.isEmpty());
    QCOMPARE(changes(m_sim->requests()), 0);
}

void TestPlaybookEngineIntegration::rememberedLinkCountsAsExact()
{
    // The analyst confirmed before that this endpoint identity is Joren.
    const Incident threat = incident(QStringLiteral("10"), QStringLiteral("AD_DOMAIN\\jorenm"), Incident::State::New);
    IdentityLinkStore links(*m_database);
    QVERIFY(links.confirm(threat.linkSource(), threat.user.raw, threat.hostname, m_jorenId, SimProcess::jorenLogin(),
                          QStringLiteral("analyst"), QStringLiteral("earlier")) > 0);
    m_engine->setLinkStore(&links);
    m_engine->setPlaybooks({withMode(Playbook::defaults().at(0), Playbook::Mode::Automatic)});
    QVERIFY(m_incidents->upsert({threat}).ok);

    QTRY_COMPARE_WITH_TIMEOUT(m_reports.size(), 1, 20000);
    QVERIFY(m_pending.isEmpty());
    QCOMPARE(m_reports.at(0).user.id, m_jorenId);
    QCOMPARE(status(m_jorenId), QStringLiteral("SUSPENDED"));
}

void TestPlaybookEngineIntegration::rememberedDecisionsAreTheConsoles()
{
    // An analyst confirmed Joren for this identity and rejected a look-alike; the playbook asks first.
    const Incident threat = incident(QStringLiteral("12"), QStringLiteral("AD_DOMAIN\\jorenm"), Incident::State::New);
    IdentityLinkStore links(*m_database);
    QVERIFY(links.confirm(threat.linkSource(), threat.user.raw, threat.hostname, m_jorenId, SimProcess::jorenLogin(),
                          QStringLiteral("analyst.one"), QStringLiteral("earlier")) > 0);
    const QString lookalike = m_sim->userId(QStringLiteral("joren.maes@example.com"));
    QVERIFY(!lookalike.isEmpty());
    QVERIFY(links.reject(threat.linkSource(), threat.user.raw, threat.hostname, lookalike,
                         QStringLiteral("joren.maes@example.com"), QStringLiteral("analyst.two"),
                         QStringLiteral("earlier")) > 0);
    m_engine->setLinkStore(&links);
    m_engine->setPlaybooks({withMode(Playbook::defaults().at(0), Playbook::Mode::Ask)});
    QVERIFY(m_incidents->upsert({threat}).ok);
    QTRY_COMPARE_WITH_TIMEOUT(m_pending.size(), 1, 20000);

    // The candidates carry what the console's candidate view recalls for the same incident, word for word.
    const RememberedDecisions recalled =
        RememberedDecisions::fromLinks(links, threat.linkSource(), threat.user.raw, threat.hostname);
    QCOMPARE(recalled.confirmedUserId, m_jorenId);
    QVERIFY(recalled.confirmedAt.endsWith(QLatin1Char('Z')));
    QCOMPARE(recalled.rejectedUserIds, QSet<QString>{lookalike});
    bool sawJoren = false;
    for (const Candidate& candidate : m_pending.at(0).candidates) {
        if (candidate.user.id == m_jorenId) {
            sawJoren = true;
            QVERIFY(candidate.remembered);
            QVERIFY2(
                candidate.reasons.contains(QStringLiteral("confirmed by analyst.one on %1").arg(recalled.confirmedAt)),
                qPrintable(candidate.reasons.join(QStringLiteral("; "))));
        }
        QCOMPARE(candidate.rejected, candidate.user.id == lookalike);
    }
    QVERIFY(sawJoren);
    QCOMPARE(m_pending.at(0).suggestedUserId, m_jorenId);
}

void TestPlaybookEngineIntegration::failingWebhookDoesNotHoldUpContainment()
{
    // A loopback port nobody listens on: every post fails.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    MemorySecretStore secrets;
    bool written = false;
    secrets.write(SecretAccounts::webhookUrl(QStringLiteral("soc")),
                  QStringLiteral("http://127.0.0.1:%1/hook").arg(port).toUtf8(), this,
                  [&written](const SecretResult& result) { written = result.ok(); });
    QTRY_VERIFY(written);
    WebhookNotifier notifier(m_network.get(), &secrets);
    notifier.setWebhookId(QStringLiteral("soc"));
    notifier.setAllowHttpLoopback(true);
    notifier.setRetryDelayMs(20);
    notifier.setMaxAttempts(2);
    connect(m_engine.get(), &PlaybookEngine::notified, &notifier, &WebhookNotifier::notify);
    QSignalSpy failed(&notifier, &WebhookNotifier::failed);

    m_engine->setPlaybooks({withMode(Playbook::defaults().at(0), Playbook::Mode::Automatic)});
    QVERIFY(
        m_incidents->upsert({incident(QStringLiteral("11"), QStringLiteral("AD_DOMAIN\\joren"), Incident::State::New)})
            .ok);
    QTRY_COMPARE_WITH_TIMEOUT(m_reports.size(), 1, 20000);
    QVERIFY(m_reports.at(0).allSucceeded());
    QCOMPARE(status(m_jorenId), QStringLiteral("SUSPENDED"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.at(0).at(2).toInt(), 2);
}

void TestPlaybookEngineIntegration::releaseLeavesSomeoneElsesSuspension()
{
    // Someone else suspended Joren before Cordon contained him.
    QCOMPARE(m_sim->send("POST", QStringLiteral("/api/v1/users/%1/lifecycle/suspend").arg(m_jorenId)).status, 200);
    const QList<Playbook> defaults = Playbook::defaults();
    m_engine->setPlaybooks(
        {withMode(defaults.at(0), Playbook::Mode::Automatic), withMode(defaults.at(1), Playbook::Mode::Automatic)});
    Incident threat = incident(QStringLiteral("5"), QStringLiteral("AD_DOMAIN\\joren"), Incident::State::New);
    QVERIFY(m_incidents->upsert({threat}).ok);
    QTRY_COMPARE_WITH_TIMEOUT(m_reports.size(), 1, 20000);
    QVERIFY(inRestrictedGroup(m_jorenId));

    threat.state = Incident::State::Resolved;
    QVERIFY(m_incidents->upsert({threat}).ok);
    QTRY_COMPARE_WITH_TIMEOUT(m_reports.size(), 2, 20000);
    const ContainmentReport release = m_reports.at(1);
    QCOMPARE(release.results.size(), 1);
    QCOMPARE(release.results.at(0).action.kind, ContainmentAction::Kind::RemoveGroup);
    QVERIFY(!inRestrictedGroup(m_jorenId));
    QCOMPARE(status(m_jorenId), QStringLiteral("SUSPENDED"));
    const QJsonArray log = m_sim->requests();
    const bool unsuspended = std::any_of(log.begin(), log.end(), [](const QJsonValue& value) {
        return value.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("/unsuspend"));
    });
    QVERIFY(!unsuspended);
}

void TestPlaybookEngineIntegration::releaseAnywayOverridesTheLedger()
{
    QCOMPARE(m_sim->send("POST", QStringLiteral("/api/v1/users/%1/lifecycle/suspend").arg(m_jorenId)).status, 200);
    const Playbook release = Playbook::defaults().at(1);
    const Incident threat =
        incident(QStringLiteral("6"), QStringLiteral("AD_DOMAIN\\joren"), Incident::State::Resolved);

    // Cordon did nothing for this incident: a release has nothing to undo.
    m_engine->runManually(release, threat, m_jorenId);
    QTRY_COMPARE_WITH_TIMEOUT(m_skipped.size(), 1, 5000);
    QVERIFY(m_reports.isEmpty());
    QCOMPARE(status(m_jorenId), QStringLiteral("SUSPENDED"));

    // The analyst says so explicitly.
    m_engine->runManually(release, threat, m_jorenId, false, true);
    QTRY_COMPARE_WITH_TIMEOUT(m_reports.size(), 1, 20000);
    QCOMPARE(status(m_jorenId), QStringLiteral("ACTIVE"));
    // Manual runs are the analyst's own: nothing to notify.
    QVERIFY(m_notifications.isEmpty());
}

void TestPlaybookEngineIntegration::conditionAndTriggerAreHonoured()
{
    Playbook critical = withMode(Playbook::defaults().at(0), Playbook::Mode::Ask);
    critical.minimumSeverity = Incident::Severity::Critical;
    Playbook otherSource = withMode(Playbook::defaults().at(0), Playbook::Mode::Ask);
    otherSource.id = QStringLiteral("ocsf-only");
    otherSource.sources = {QStringLiteral("ocsf")};
    Playbook disabled = Playbook::defaults().at(0);
    disabled.id = QStringLiteral("off");
    disabled.enabled = false;
    Playbook manual = Playbook::defaults().at(0);
    manual.id = QStringLiteral("by-hand");
    manual.trigger = Playbook::Trigger::Manual;
    m_engine->setPlaybooks({critical, otherSource, disabled, manual});

    // High, from redcanary: below the first's threshold, not the second's source, the others never trigger.
    QVERIFY(
        m_incidents->upsert({incident(QStringLiteral("7"), QStringLiteral("AD_DOMAIN\\joren"), Incident::State::New)})
            .ok);
    // A resolved incident newly added is no threat identified.
    Incident resolved = incident(QStringLiteral("8"), QStringLiteral("AD_DOMAIN\\joren"), Incident::State::Resolved);
    resolved.severity = Incident::Severity::Critical;
    QVERIFY(m_incidents->upsert({resolved}).ok);
    QTest::qWait(500);
    QVERIFY(m_pending.isEmpty());

    Incident severe = incident(QStringLiteral("9"), QStringLiteral("AD_DOMAIN\\joren"), Incident::State::New);
    severe.severity = Incident::Severity::Critical;
    QVERIFY(m_incidents->upsert({severe}).ok);
    QTRY_COMPARE_WITH_TIMEOUT(m_pending.size(), 1, 20000);
    QCOMPARE(m_pending.at(0).playbook.id, QStringLiteral("contain"));
    QCOMPARE(m_pending.at(0).incident.id, severe.id);
}

void TestPlaybookEngineIntegration::backlogTriggersNothing()
{
    m_engine->setPlaybooks({withMode(Playbook::defaults().at(0), Playbook::Mode::Ask)});
    m_engine->setMaxIdentifiedAgeSeconds(24 * 3600);

    // Detected a week ago: part of an old feed loaded now, not a threat just identified.
    Incident old = incident(QStringLiteral("10"), QStringLiteral("AD_DOMAIN\\joren"), Incident::State::New);
    old.detectedAt = QDateTime::currentDateTimeUtc().addDays(-7);
    QVERIFY(m_incidents->upsert({old}).ok);
    QTest::qWait(500);
    QVERIFY(m_pending.isEmpty());
    QCOMPARE(m_engine->backlogSkipped(), 1);
    QVERIFY(!m_engine->hasTriggered(old.id, QStringLiteral("contain"), Playbook::Trigger::ThreatIdentified));

    // SYSTEM is nobody's Okta account: nothing to ask about.
    Incident system = incident(QStringLiteral("12"), QStringLiteral("NT AUTHORITY\\SYSTEM"), Incident::State::New);
    system.detectedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_incidents->upsert({system}).ok);

    Incident fresh = incident(QStringLiteral("11"), QStringLiteral("AD_DOMAIN\\joren"), Incident::State::New);
    fresh.detectedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    QVERIFY(m_incidents->upsert({fresh}).ok);
    QTRY_COMPARE_WITH_TIMEOUT(m_pending.size(), 1, 20000);
    QCOMPARE(m_pending.at(0).incident.id, fresh.id);
}

QTEST_GUILESS_MAIN(TestPlaybookEngineIntegration)
#include "tst_playbookengine_integration.moc"
