#include "SimProcess.h"
#include "containment/ContainmentContext.h"
#include "containment/ContainmentRunner.h"
#include "containment/ProtectedAccountResolver.h"
#include "okta/OktaClient.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cordon::core;
using cordon::test::SimProcess;

namespace
{

const QString CrowdToken = QStringLiteral("crowd-org-admin-token");
const QString CrowdUserId = QStringLiteral("00ucrowd000000000000");
const QString NamesakeId = QStringLiteral("00unamesake000000000");
// Sorts after every other group id: the last group of the user's last page.
const QString LastGroupId = QStringLiteral("00gzzzzzzzzzzzzzzzzz");
constexpr int CrowdGroups = 2101;

QJsonObject userJson(const QString& id, const QString& login, const QString& email, const QString& sam)
{
    QJsonObject profile{{QStringLiteral("login"), login},
                        {QStringLiteral("email"), email},
                        {QStringLiteral("firstName"), login.section(QLatin1Char('.'), 0, 0)},
                        {QStringLiteral("lastName"), QStringLiteral("Example")}};
    if (!sam.isEmpty()) {
        profile.insert(QStringLiteral("samAccountName"), sam);
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("created"), QStringLiteral("2025-01-01T08:00:00.000Z")},
            {QStringLiteral("profile"), profile},
            {QStringLiteral("credentials"),
             QJsonObject{{QStringLiteral("provider"), QJsonObject{{QStringLiteral("type"), QStringLiteral("OKTA")},
                                                                  {QStringLiteral("name"), QStringLiteral("OKTA")}}}}}};
}

QJsonObject groupJson(const QString& id, const QString& name, const QString& type = QStringLiteral("OKTA_GROUP"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("type"), type},
            {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), name}}}};
}

// An org where one user is in more groups than ten of Okta's pages hold, the last of them protected, and
// where one short login is another user's AD username.
QJsonObject crowdedDirectory()
{
    const QString admin = QStringLiteral("00uadmin000000000000");
    QJsonArray users{
        userJson(admin, QStringLiteral("svc-cordon@example.com"), QStringLiteral("svc-cordon@example.com"), {}),
        userJson(CrowdUserId, QStringLiteral("crowd.user@example.com"), QStringLiteral("c.user@mail.example.org"),
                 QStringLiteral("cuser")),
        userJson(NamesakeId, QStringLiteral("cuser@example.com"), QStringLiteral("cuser@example.com"), {})};
    QJsonArray groups{
        groupJson(QStringLiteral("00geveryone000000000"), QStringLiteral("Everyone"), QStringLiteral("BUILT_IN"))};
    QJsonObject members;
    members.insert(groups.first().toObject().value(QStringLiteral("id")).toString(),
                   QJsonArray{admin, CrowdUserId, NamesakeId});
    for (int i = 0; i < CrowdGroups; ++i) {
        const QString id = QStringLiteral("00g") + QString::number(i).rightJustified(17, QLatin1Char('0'));
        groups.append(groupJson(id, QStringLiteral("Team %1").arg(i)));
        members.insert(id, QJsonArray{CrowdUserId});
    }
    groups.append(groupJson(LastGroupId, QStringLiteral("Protected Executives")));
    members.insert(LastGroupId, QJsonArray{CrowdUserId});
    const QJsonObject orgAdmin{{QStringLiteral("id"), QStringLiteral("ra1crowdadmin0000000")},
                               {QStringLiteral("label"), QStringLiteral("Organization Administrator")},
                               {QStringLiteral("type"), QStringLiteral("ORG_ADMIN")},
                               {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                               {QStringLiteral("assignmentType"), QStringLiteral("USER")}};
    return {{QStringLiteral("users"), users},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("groupMembers"), members},
            {QStringLiteral("adminRoles"), QJsonObject{{admin, QJsonArray{orgAdmin}}}},
            {QStringLiteral("tokens"), QJsonObject{{CrowdToken, admin}}}};
}

} // namespace

// Protected accounts resolved at the real simulator however the analyst wrote them, and the guardrails that
// hold them at run time: by id, over a user's groups in any case, and over every page of them.
class TestProtectionIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void entriesResolveToTheUser_data();
    void entriesResolveToTheUser();
    void unknownAndAmbiguousEntriesAreErrors();
    void unreachableOktaLeavesEntriesUnchecked();
    void protectedAccountRefusesContainment_data();
    void protectedAccountRefusesContainment();
    void protectedGroupInOtherCaseRefuses();
    void groupsAreCheckedOverEveryPage();
    void groupsBeyondTheBoundRefuse();
    void aGroupPageThatFailsRefuses();

private:
    QList<AccountResolution> resolve(SimProcess& sim, const QString& token, const QStringList& entries);
    ContainmentReport contain(SimProcess& sim,
                              const QString& token,
                              const GuardrailPolicy& policy,
                              const QString& user,
                              int maxGroupPages = 0);
    // Whether the simulator saw any change (anything but a GET).
    static bool anythingChanged(SimProcess& sim);

    SimProcess m_demo;
    SimProcess m_crowd;
    QTemporaryDir m_dir;
    Database m_database;
    QNetworkAccessManager m_network;
    QString m_joren;
};

void TestProtectionIntegration::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_demo.start({}, &error), qPrintable(error));
    QFile file(m_dir.filePath(QStringLiteral("crowd.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(crowdedDirectory()).toJson(QJsonDocument::Compact));
    file.close();
    QVERIFY2(m_crowd.start({QStringLiteral("--directory"), file.fileName()}, &error), qPrintable(error));
    QVERIFY2(m_database.open(m_dir.filePath(QStringLiteral("cordon.sqlite")), &error), qPrintable(error));
    m_joren = m_demo.userId(SimProcess::jorenLogin());
    QCOMPARE(m_joren.size(), 20);
}

QList<AccountResolution>
TestProtectionIntegration::resolve(SimProcess& sim, const QString& token, const QStringList& entries)
{
    OktaClient client(&m_network);
    client.setOrgUrl(sim.baseUrl());
    client.setToken(token.toUtf8());
    ProtectedAccountResolver resolver(&client, QStringLiteral("samAccountName"));
    QList<AccountResolution> results;
    bool done = false;
    resolver.resolve(entries, this, [&](const QList<AccountResolution>& answers) {
        results = answers;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000)) {
        qWarning("the resolver never called back");
    }
    return results;
}

ContainmentReport TestProtectionIntegration::contain(
    SimProcess& sim, const QString& token, const GuardrailPolicy& policy, const QString& user, int maxGroupPages)
{
    OktaClient client(&m_network);
    client.setOrgUrl(sim.baseUrl());
    client.setToken(token.toUtf8());
    if (maxGroupPages > 0) {
        client.setMaxUserGroupPages(maxGroupPages);
    }
    Journal journal(m_database);
    AuditLog audit(m_database);
    ContainmentContext context(&client, &journal, &audit);
    context.setPolicy(policy);
    ContainmentRequest request;
    request.user = user;
    QString error;
    request.actions << *ContainmentAction::parse(QStringLiteral("clear-sessions"), &error)
                    << *ContainmentAction::parse(QStringLiteral("suspend"), &error);
    ContainmentRunner runner(&context, request);
    QSignalSpy finished(&runner, &ContainmentRunner::finished);
    runner.start();
    if (finished.isEmpty() && !finished.wait(30000)) {
        qWarning("the run never finished");
    }
    return runner.report();
}

bool TestProtectionIntegration::anythingChanged(SimProcess& sim)
{
    const QJsonArray requests = sim.requests();
    return std::any_of(requests.begin(), requests.end(), [](const QJsonValue& request) {
        return request.toObject().value(QStringLiteral("method")).toString() != QLatin1String("GET");
    });
}

void TestProtectionIntegration::entriesResolveToTheUser_data()
{
    QTest::addColumn<bool>("crowd");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("userId"); // empty: Joren of the demo org

    QTest::newRow("Okta id") << false << QStringLiteral("00u8ALGxe2SyLejnZjhs") << QString();
    QTest::newRow("login, other case") << false << QStringLiteral("Joren.M@Example.com") << QString();
    QTest::newRow("short login") << false << QStringLiteral("joren.m") << QString();
    QTest::newRow("AD username") << false << QStringLiteral("joren") << QString();
    QTest::newRow("AD username with its domain") << false << QStringLiteral("AD_DOMAIN\\joren") << QString();
    QTest::newRow("email that is not the login") << true << QStringLiteral("C.User@mail.example.org") << CrowdUserId;
    QTest::newRow("login of a short login's namesake") << true << QStringLiteral("cuser@example.com") << NamesakeId;
}

void TestProtectionIntegration::entriesResolveToTheUser()
{
    QFETCH(bool, crowd);
    QFETCH(QString, entry);
    QFETCH(QString, userId);
    const QString wanted = userId.isEmpty() ? m_joren : userId;
    const QList<AccountResolution> results =
        crowd ? resolve(m_crowd, CrowdToken, {entry}) : resolve(m_demo, SimProcess::demoToken(), {entry});
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().isResolved(), qPrintable(results.first().message()));
    const ProtectedAccount account = results.first().account;
    QCOMPARE(account.userId, wanted);
    QCOMPARE(account.entry, entry);
    // What the console shows: the entry, the person, the address and the id.
    QVERIFY2(account.describe().startsWith(entry + QStringLiteral(" → ")), qPrintable(account.describe()));
    QVERIFY2(account.describe().endsWith(QStringLiteral("(%1)").arg(wanted)), qPrintable(account.describe()));
    if (!crowd) {
        QCOMPARE(account.describe(), QStringLiteral("%1 → Joren Maes <joren.m@example.com> (%2)").arg(entry, m_joren));
    }
}

void TestProtectionIntegration::unknownAndAmbiguousEntriesAreErrors()
{
    const QList<AccountResolution> demo = resolve(
        m_demo, SimProcess::demoToken(),
        {QStringLiteral("nobody.here"), QStringLiteral("00u0000000nobody0000"), QStringLiteral("maria.castellanos")});
    QCOMPARE(demo.size(), 3);
    QCOMPARE(demo.at(0).status, AccountResolution::Status::NoMatch);
    QVERIFY2(demo.at(0).message().contains(QStringLiteral("nobody.here")), qPrintable(demo.at(0).message()));
    QCOMPARE(demo.at(1).status, AccountResolution::Status::NoMatch);
    QVERIFY(demo.at(2).isResolved());

    // "cuser" is one user's AD username and another's short login: which one is meant is not guessed.
    const QList<AccountResolution> crowd = resolve(m_crowd, CrowdToken, {QStringLiteral("cuser")});
    QCOMPARE(crowd.size(), 1);
    QCOMPARE(crowd.first().status, AccountResolution::Status::Ambiguous);
    QCOMPARE(crowd.first().matches.size(), 2);
    const QString message = crowd.first().message();
    QVERIFY2(message.contains(CrowdUserId) && message.contains(NamesakeId), qPrintable(message));
}

void TestProtectionIntegration::unreachableOktaLeavesEntriesUnchecked()
{
    const QList<AccountResolution> results =
        resolve(m_demo, QStringLiteral("not-a-token"), {QStringLiteral("joren"), QStringLiteral("nobody.here")});
    QCOMPARE(results.size(), 2);
    for (const AccountResolution& result : results) {
        QCOMPARE(result.status, AccountResolution::Status::Failed);
        QCOMPARE(result.error.httpStatus, 401);
        QVERIFY(!result.account.isResolved());
    }
}

void TestProtectionIntegration::protectedAccountRefusesContainment_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("resolveFirst");

    for (const char* entry : {"joren.m", "joren", "joren.m@example.com", "AD_DOMAIN\\joren"}) {
        QTest::addRow("%s, resolved", entry) << QString::fromUtf8(entry) << true;
        // As settings held it before entries were resolved.
        QTest::addRow("%s, kept as written", entry) << QString::fromUtf8(entry) << false;
    }
}

void TestProtectionIntegration::protectedAccountRefusesContainment()
{
    QFETCH(QString, entry);
    QFETCH(bool, resolveFirst);
    GuardrailPolicy policy;
    if (resolveFirst) {
        const QList<AccountResolution> results = resolve(m_demo, SimProcess::demoToken(), {entry});
        QVERIFY(results.size() == 1 && results.first().isResolved());
        QCOMPARE(results.first().account.key(), m_joren);
        policy.protectedAccounts << results.first().account.key();
    } else {
        policy.protectedAccounts << entry;
    }
    m_demo.reset();
    for (const QString& asked : {SimProcess::jorenLogin(), m_joren}) {
        const ContainmentReport report = contain(m_demo, SimProcess::demoToken(), policy, asked);
        QCOMPARE(report.status, ContainmentReport::Status::Refused);
        QVERIFY(report.refusal);
        QCOMPARE(report.refusal->code(), QStringLiteral("protected-account"));
        QCOMPARE(report.exitCode(), 5);
    }
    QVERIFY(!anythingChanged(m_demo));
    QCOMPARE(m_demo.user(m_joren).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));

    // Another user is not caught by the entry.
    const ContainmentReport other =
        contain(m_demo, SimProcess::demoToken(), policy, QStringLiteral("joren.martens@example.com"));
    QCOMPARE(other.status, ContainmentReport::Status::Completed);
    m_demo.reset();
}

void TestProtectionIntegration::protectedGroupInOtherCaseRefuses()
{
    m_demo.reset();
    GuardrailPolicy policy;
    policy.protectedGroups << QStringLiteral("protected executives");
    const ContainmentReport report =
        contain(m_demo, SimProcess::demoToken(), policy, QStringLiteral("maria.castellanos@example.com"));
    QCOMPARE(report.status, ContainmentReport::Status::Refused);
    QCOMPARE(report.refusal->code(), QStringLiteral("protected-group"));
    QVERIFY2(report.message.contains(QStringLiteral("Protected Executives")), qPrintable(report.message));
    QVERIFY(!anythingChanged(m_demo));
}

void TestProtectionIntegration::groupsAreCheckedOverEveryPage()
{
    m_crowd.reset();
    GuardrailPolicy policy;
    policy.protectedGroups << QStringLiteral("PROTECTED EXECUTIVES");
    const ContainmentReport report = contain(m_crowd, CrowdToken, policy, CrowdUserId);
    QCOMPARE(report.status, ContainmentReport::Status::Refused);
    QCOMPARE(report.refusal->code(), QStringLiteral("protected-group"));
    QVERIFY(!anythingChanged(m_crowd));
    // The protected group came on the eleventh page of 200.
    int pages = 0;
    for (const QJsonValue& request : m_crowd.requests()) {
        pages += request.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String("/groups"));
    }
    QCOMPARE(pages, (CrowdGroups + 2 + 199) / 200);
    QVERIFY(report.preflight);
    QCOMPARE(report.preflight->userGroups.size(), CrowdGroups + 2);
    QVERIFY(report.preflight->userGroupsComplete);
}

void TestProtectionIntegration::groupsBeyondTheBoundRefuse()
{
    m_crowd.reset();
    const ContainmentReport report = contain(m_crowd, CrowdToken, {}, CrowdUserId, 5);
    QCOMPARE(report.status, ContainmentReport::Status::Refused);
    QCOMPARE(report.refusal->code(), QStringLiteral("groups-incomplete"));
    QVERIFY2(report.message.contains(QStringLiteral("1000")), qPrintable(report.message));
    QCOMPARE(report.exitCode(), 5);
    QVERIFY(!anythingChanged(m_crowd));
    // A preflight of a refused run does not pass for a complete one.
    QVERIFY(report.preflight);
    QVERIFY(!report.preflight->userGroupsComplete);
}

void TestProtectionIntegration::aGroupPageThatFailsRefuses()
{
    m_crowd.reset();
    QVERIFY(m_crowd.setFaults({QStringLiteral("GET /api/v1/users/*/groups=403x1")}));
    const ContainmentReport report = contain(m_crowd, CrowdToken, {}, CrowdUserId);
    QVERIFY(m_crowd.setFaults({}));
    QCOMPARE(report.status, ContainmentReport::Status::LookupFailed);
    QVERIFY2(report.message.contains(QStringLiteral("protected-group guardrail")), qPrintable(report.message));
    QVERIFY(!anythingChanged(m_crowd));
}

QTEST_GUILESS_MAIN(TestProtectionIntegration)
#include "tst_protection_integration.moc"
