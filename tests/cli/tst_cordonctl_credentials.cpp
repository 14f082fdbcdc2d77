#include "CordonCtl.h"
#include "SimProcess.h"
#include "feed/IncidentStore.h"
#include "store/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using cordon::core::Database;
using cordon::core::Incident;
using cordon::core::IncidentStore;
using cordon::test::CordonCtl;
using cordon::test::CtlRun;
using cordon::test::SimProcess;

// The credential actions from a terminal, against the simulator: bad input is refused before anything reaches Okta,
// an org without Identity Threat Protection shows Okta's refusal, and what `check` and a release say.
class TestCordonCtlCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void badInputIsRefusedBeforeAnythingIsSent_data();
    void badInputIsRefusedBeforeAnythingIsSent();
    void aContainmentRemovesTheNewFactorRaisesTheRiskAndExpiresAfterSuspend();
    void theDetectionTimeOfTheIncidentIsTheDefault();
    void withoutItpRiskFailsWithOktasErrorAndCheckSaysWhy();
    void aReleaseLowersTheRiskAndSaysNoneCannotBeSet();

private:
    // The calls that change something at Okta since `before` (the simulator's request log).
    QStringList changesSince(qsizetype before);
    bool storeIncident(const CordonCtl& ctl, const QString& id, const QDateTime& detectedAt) const;

    SimProcess m_sim;
    QString m_joren;
};

void TestCordonCtlCredentials::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start({}, &error), qPrintable(error));
    m_joren = m_sim.userId(SimProcess::jorenLogin());
    QVERIFY(!m_joren.isEmpty());
}

void TestCordonCtlCredentials::init()
{
    m_sim.reset();
}

QStringList TestCordonCtlCredentials::changesSince(qsizetype before)
{
    QStringList changes;
    const QJsonArray requests = m_sim.requests();
    for (qsizetype i = before; i < requests.size(); ++i) {
        const QJsonObject request = requests.at(i).toObject();
        const QString method = request.value(QStringLiteral("method")).toString();
        if (method != QLatin1String("GET")) {
            changes << method + QLatin1Char(' ') + request.value(QStringLiteral("path")).toString();
        }
    }
    return changes;
}

bool TestCordonCtlCredentials::storeIncident(const CordonCtl& ctl, const QString& id, const QDateTime& detectedAt) const
{
    Database database;
    QString error;
    if (!database.open(QDir(ctl.dataDir()).filePath(QStringLiteral("cordon.sqlite")), &error)) {
        qWarning() << error;
        return false;
    }
    Incident incident;
    incident.id = id;
    incident.sourceKind = QStringLiteral("ocsf");
    incident.sourceId = id;
    incident.title = QStringLiteral("Credential theft on LT-4411");
    incident.severity = Incident::Severity::High;
    incident.state = Incident::State::New;
    incident.detectedAt = detectedAt;
    IncidentStore store(database);
    store.upsert({incident});
    return store.find(id).has_value();
}

void TestCordonCtlCredentials::badInputIsRefusedBeforeAnythingIsSent_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    const QString contain = QStringLiteral("contain");
    const QString action = QStringLiteral("--action");
    QTest::newRow("unknown risk level") << contain << QStringList{action, QStringLiteral("risk:EXTREME")}
                                        << QStringLiteral("names no risk level");
    QTest::newRow("risk NONE") << contain << QStringList{action, QStringLiteral("risk:NONE")}
                               << QStringLiteral("cannot set a user's risk to NONE");
    QTest::newRow("a time in the future")
        << contain << QStringList{action, QStringLiteral("revoke-factors-since:2099-01-01T00:00:00Z")}
        << QStringLiteral("in the future");
    QTest::newRow("an unparseable time") << contain
                                         << QStringList{action, QStringLiteral("revoke-factors-since:yesterday")}
                                         << QStringLiteral("not an ISO 8601 date and time");
    QTest::newRow("a time without its zone")
        << contain << QStringList{action, QStringLiteral("revoke-factors-since:2026-11-27T08:00:00")}
        << QStringLiteral("with its zone");
    QTest::newRow("no time and no incident")
        << contain << QStringList{action, QStringLiteral("revoke-factors-since")} << QStringLiteral("needs a time");
    QTest::newRow("a reason Okta refuses")
        << contain
        << QStringList{action, QStringLiteral("risk:HIGH"), QStringLiteral("--reason"),
                       QStringLiteral("EDR says <script>; see https://x")}
        << QStringLiteral("only letters, digits, spaces, hyphens, commas and periods");
    QTest::newRow("a reason too long") << contain
                                       << QStringList{action, QStringLiteral("risk:HIGH"), QStringLiteral("--reason"),
                                                      QString(501, QLatin1Char('a'))}
                                       << QStringLiteral("at most 500");
    QTest::newRow("a reason without a risk action")
        << contain << QStringList{action, QStringLiteral("suspend"), QStringLiteral("--reason"), QStringLiteral("x")}
        << QStringLiteral("no risk action");
    QTest::newRow("lowering the risk is a release")
        << contain << QStringList{action, QStringLiteral("risk:LOW")} << QStringLiteral("releases");
    QTest::newRow("raising the risk is no release")
        << QStringLiteral("release") << QStringList{action, QStringLiteral("risk:HIGH")} << QStringLiteral("contains");
    QTest::newRow("universal logout is no release")
        << QStringLiteral("release") << QStringList{action, QStringLiteral("universal-logout")}
        << QStringLiteral("contains");
}

void TestCordonCtlCredentials::badInputIsRefusedBeforeAnythingIsSent()
{
    QFETCH(QString, command);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    CordonCtl ctl(m_sim.baseUrl());
    const qsizetype before = m_sim.requests().size();
    const CtlRun run = ctl.run(QStringList{command, m_joren} + extra + QStringList{QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.text().contains(message), qPrintable(run.text()));
    // Nothing reached Okta, not even a look-up.
    QCOMPARE(m_sim.requests().size(), before);
    const QJsonObject user = m_sim.user(m_joren);
    QCOMPARE(user.value(QStringLiteral("factors")).toArray().size(), 2);
    QCOMPARE(user.value(QStringLiteral("riskLevel")).toString(), QStringLiteral("NONE"));
}

void TestCordonCtlCredentials::aContainmentRemovesTheNewFactorRaisesTheRiskAndExpiresAfterSuspend()
{
    CordonCtl ctl(m_sim.baseUrl());
    // Asked in the wrong order: expire-password first would leave the user PASSWORD_EXPIRED, whom Okta cannot suspend.
    const QStringList arguments{QStringLiteral("--json"),
                                QStringLiteral("contain"),
                                m_joren,
                                QStringLiteral("--action"),
                                QStringLiteral("expire-password"),
                                QStringLiteral("--action"),
                                QStringLiteral("suspend"),
                                QStringLiteral("--action"),
                                QStringLiteral("revoke-factors-since:") + SimProcess::jorenNewPhoneEnrolledAt(),
                                QStringLiteral("--action"),
                                QStringLiteral("risk:HIGH"),
                                QStringLiteral("--action"),
                                QStringLiteral("universal-logout"),
                                QStringLiteral("--reason"),
                                QStringLiteral("EDR incident 4411, credential theft"),
                                QStringLiteral("--yes")};
    const CtlRun dry = ctl.run(arguments + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.text()));
    QStringList planned;
    for (const QJsonValue& result : dry.json().object().value(QStringLiteral("results")).toArray()) {
        planned << result.toObject().value(QStringLiteral("action")).toString();
    }
    // The dry run shows the order Okta accepts: expire-password after suspend.
    QCOMPARE(planned.indexOf(QStringLiteral("expire-password")), planned.size() - 1);
    QVERIFY(planned.indexOf(QStringLiteral("suspend")) < planned.indexOf(QStringLiteral("expire-password")));
    QVERIFY2(dry.out.contains(SimProcess::jorenNewPhoneFactorId().toUtf8()), dry.out.constData());
    QVERIFY(!dry.out.contains(SimProcess::jorenOktaVerifyFactorId().toUtf8()));
    QCOMPARE(m_sim.user(m_joren).value(QStringLiteral("factors")).toArray().size(), 2);

    const qsizetype before = m_sim.requests().size();
    const CtlRun run = ctl.run(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.text()));
    const QStringList changes = changesSince(before);
    // Each change once, suspend before expire_password.
    QCOMPARE(changes.filter(QStringLiteral("/factors/")).size(), 1);
    QCOMPARE(changes.filter(QStringLiteral("lifecycle/suspend")).size(), 1);
    QCOMPARE(changes.filter(QStringLiteral("expire_password")).size(), 1);
    QCOMPARE(changes.filter(QStringLiteral("global-token-revocation")).size(), 1);
    QVERIFY(changes.indexOf(changes.filter(QStringLiteral("lifecycle/suspend")).first()) <
            changes.indexOf(changes.filter(QStringLiteral("expire_password")).first()));

    const QJsonObject user = m_sim.user(m_joren);
    QCOMPARE(user.value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    QCOMPARE(user.value(QStringLiteral("riskLevel")).toString(), QStringLiteral("HIGH"));
    QCOMPARE(user.value(QStringLiteral("riskReason")).toString(),
             QStringLiteral("EDR incident 4411, credential theft"));
    QVERIFY(user.value(QStringLiteral("passwordExpired")).toBool());
    QCOMPARE(user.value(QStringLiteral("appSessionsRevoked")).toInt(), 1);
    const QJsonArray factors = user.value(QStringLiteral("factors")).toArray();
    QCOMPARE(factors.size(), 1);
    QCOMPARE(factors.first().toObject().value(QStringLiteral("id")).toString(), SimProcess::jorenOktaVerifyFactorId());

    // The audit names the factor removed, with Okta's request id for its removal.
    const CtlRun audit = ctl.run({QStringLiteral("--json"), QStringLiteral("audit")});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.text()));
    bool named = false;
    for (const QJsonValue& value : audit.json().array()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("detail")).toString().contains(SimProcess::jorenNewPhoneFactorId()) &&
            entry.value(QStringLiteral("detail")).toString().startsWith(QStringLiteral("removed factor")) &&
            !entry.value(QStringLiteral("requestId")).toString().isEmpty()) {
            named = true;
        }
    }
    QVERIFY2(named, audit.out.constData());

    // Again: what is already so is not sent again.
    const qsizetype second = m_sim.requests().size();
    const CtlRun again = ctl.run(arguments);
    QVERIFY2(again.exitCode == 0, qPrintable(again.text()));
    const QStringList changedAgain = changesSince(second);
    QVERIFY2(changedAgain.filter(QStringLiteral("/factors/")).isEmpty(), qPrintable(changedAgain.join(u',')));
    QVERIFY2(changedAgain.filter(QStringLiteral("/risk")).isEmpty(), qPrintable(changedAgain.join(u',')));
}

void TestCordonCtlCredentials::theDetectionTimeOfTheIncidentIsTheDefault()
{
    CordonCtl ctl(m_sim.baseUrl());
    // A first run creates the database; the incident is stored as the console stores a feed's.
    QCOMPARE(ctl.run({QStringLiteral("journal")}).exitCode, 0);
    const QDateTime detected =
        QDateTime::fromString(SimProcess::jorenNewPhoneEnrolledAt(), Qt::ISODateWithMs).addSecs(-13 * 60);
    QVERIFY(detected.isValid());
    QVERIFY(storeIncident(ctl, QStringLiteral("ocsf:test:phone"), detected));
    const CtlRun run =
        ctl.run({QStringLiteral("--json"), QStringLiteral("contain"), m_joren, QStringLiteral("--action"),
                 QStringLiteral("revoke-factors-since"), QStringLiteral("--incident"),
                 QStringLiteral("ocsf:test:phone"), QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.text()));
    const QJsonArray factors = m_sim.user(m_joren).value(QStringLiteral("factors")).toArray();
    QCOMPARE(factors.size(), 1);
    QCOMPARE(factors.first().toObject().value(QStringLiteral("id")).toString(), SimProcess::jorenOktaVerifyFactorId());

    // An incident that is not stored gives no time: refused, nothing sent.
    const qsizetype before = m_sim.requests().size();
    const CtlRun unknown =
        ctl.run({QStringLiteral("contain"), m_joren, QStringLiteral("--action"), QStringLiteral("revoke-factors-since"),
                 QStringLiteral("--incident"), QStringLiteral("ocsf:test:nowhere"), QStringLiteral("--yes")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.text().contains(QStringLiteral("not stored")), qPrintable(unknown.text()));
    QCOMPARE(m_sim.requests().size(), before);
}

void TestCordonCtlCredentials::withoutItpRiskFailsWithOktasErrorAndCheckSaysWhy()
{
    QVERIFY(m_sim.setItp(false));
    CordonCtl ctl(m_sim.baseUrl());
    const CtlRun check = ctl.run({QStringLiteral("--json"), QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.text()));
    const QJsonObject credentials = check.json().object().value(QStringLiteral("credentialActions")).toObject();
    for (const char* name : {"risk", "universal-logout"}) {
        const QJsonObject entry = credentials.value(QLatin1String(name)).toObject();
        QVERIFY2(!entry.value(QStringLiteral("available")).toBool(), name);
        QVERIFY2(
            entry.value(QStringLiteral("reason")).toString().contains(QStringLiteral("Identity Threat Protection")),
            qPrintable(entry.value(QStringLiteral("reason")).toString()));
        QVERIFY(entry.value(QStringLiteral("reason")).toString().contains(QStringLiteral("E0000006")));
    }
    for (const char* name : {"revoke-factors-since", "reset-factors", "expire-password"}) {
        QVERIFY2(credentials.value(QLatin1String(name)).toObject().value(QStringLiteral("available")).toBool(), name);
    }
    const CtlRun text = ctl.run({QStringLiteral("check")});
    QVERIFY2(text.text().contains(QStringLiteral("risk:           no: ")), qPrintable(text.text()));

    const qsizetype before = m_sim.requests().size();
    const CtlRun run = ctl.run({QStringLiteral("--json"), QStringLiteral("contain"), m_joren,
                                QStringLiteral("--action"), QStringLiteral("risk:HIGH"), QStringLiteral("--action"),
                                QStringLiteral("suspend"), QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray results = run.json().object().value(QStringLiteral("results")).toArray();
    bool riskFailed = false;
    for (const QJsonValue& value : results) {
        const QJsonObject result = value.toObject();
        if (result.value(QStringLiteral("action")).toString() == QLatin1String("risk:HIGH")) {
            QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
            const QJsonObject okta = result.value(QStringLiteral("okta")).toObject();
            QCOMPARE(okta.value(QStringLiteral("errorCode")).toString(), QStringLiteral("E0000006"));
            QVERIFY(!okta.value(QStringLiteral("requestId")).toString().isEmpty());
            QVERIFY(!okta.value(QStringLiteral("errorSummary")).toString().isEmpty());
            riskFailed = true;
        } else {
            // The other actions are not held back by it.
            QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("done"));
        }
    }
    QVERIFY2(riskFailed, run.out.constData());
    // The risk was read, never set.
    QVERIFY(changesSince(before).filter(QStringLiteral("/risk")).isEmpty());
}

void TestCordonCtlCredentials::aReleaseLowersTheRiskAndSaysNoneCannotBeSet()
{
    CordonCtl ctl(m_sim.baseUrl());
    const QString incident = QStringLiteral("ocsf:test:release");
    const CtlRun contain =
        ctl.run({QStringLiteral("contain"), m_joren, QStringLiteral("--action"), QStringLiteral("risk:MEDIUM"),
                 QStringLiteral("--action"), QStringLiteral("suspend"), QStringLiteral("--incident"), incident,
                 QStringLiteral("--yes")});
    QVERIFY2(contain.exitCode == 0, qPrintable(contain.text()));
    QCOMPARE(m_sim.user(m_joren).value(QStringLiteral("riskLevel")).toString(), QStringLiteral("MEDIUM"));
    // The risk reason made from the incident is one Okta takes.
    QCOMPARE(m_sim.user(m_joren).value(QStringLiteral("riskReason")).toString(),
             QStringLiteral("Cordon incident ocsf test release"));

    const CtlRun release =
        ctl.run({QStringLiteral("release"), m_joren, QStringLiteral("--action"), QStringLiteral("unsuspend"),
                 QStringLiteral("--action"), QStringLiteral("risk:low"), QStringLiteral("--action"),
                 QStringLiteral("expire-password"), QStringLiteral("--incident"), incident, QStringLiteral("--yes")});
    QVERIFY2(release.exitCode == 0, qPrintable(release.text()));
    const QJsonObject user = m_sim.user(m_joren);
    QCOMPARE(user.value(QStringLiteral("riskLevel")).toString(), QStringLiteral("LOW"));
    // Unsuspended first, then the password expired: the user comes back to a password change.
    QCOMPARE(user.value(QStringLiteral("status")).toString(), QStringLiteral("PASSWORD_EXPIRED"));
    const CtlRun help = ctl.run({QStringLiteral("--help")});
    QVERIFY2(help.text().contains(QStringLiteral("as Okta cannot set NONE")), qPrintable(help.text()));
}

QTEST_GUILESS_MAIN(TestCordonCtlCredentials)
#include "tst_cordonctl_credentials.moc"
