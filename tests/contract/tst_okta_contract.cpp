#include "LoopbackServer.h"
#include "oauth/SigningKey.h"
#include "okta/OktaClient.h"
#include "okta/OktaScopes.h"
#include "okta/SearchExpression.h"
#include "okta/ServiceAppAuth.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace cordon::core;
using cordon::test::LoopbackServer;

namespace
{

using Run = std::function<void(OktaClient*, QObject*, OktaClient::ReplyCallback)>;

const QString UserId = QStringLiteral("00u1joren0000000000a");
const QString GroupId = QStringLiteral("00g1lda00000000000aa");
const QString ClientId = QStringLiteral("0oa1cordoncontract00a");
const QString FactorId = QStringLiteral("smsxkRi8cWIngh9Q0FNR");

// Every call Cordon makes, each reduced to "it answered".
QList<QPair<QString, Run>> calls()
{
    const auto user = [](OktaClient::ReplyCallback done) {
        return [done](const OktaReply& reply, const OktaUser&) { done(reply); };
    };
    const auto users = [](OktaClient::ReplyCallback done) {
        return [done](const OktaReply& reply, const QList<OktaUser>&) { done(reply); };
    };
    const auto group = [](OktaClient::ReplyCallback done) {
        return [done](const OktaReply& reply, const OktaGroup&) { done(reply); };
    };
    const auto groups = [](OktaClient::ReplyCallback done) {
        return [done](const OktaReply& reply, const QList<OktaGroup>&) { done(reply); };
    };
    UserQuery search;
    search.search = SearchExpression::anyOf(
        {SearchExpression::eq(QStringLiteral("profile.samAccountName"), QStringLiteral("joren")),
         SearchExpression::sw(QStringLiteral("profile.login"), QStringLiteral("joren\" or status eq \"ACTIVE"))});
    UserQuery q;
    q.q = QStringLiteral("Joren");
    q.limit = 10;
    UserQuery filter;
    filter.filter = SearchExpression::eq(QStringLiteral("status"), QStringLiteral("SUSPENDED"));
    GroupQuery groupSearch;
    groupSearch.search = SearchExpression::eq(QStringLiteral("type"), QStringLiteral("OKTA_GROUP"));
    GroupQuery groupQ;
    groupQ.q = QStringLiteral("Limited");

    return {
        {QStringLiteral("getUser by id"),
         [user](OktaClient* c, QObject* x, auto done) { c->getUser(UserId, x, user(done)); }},
        {QStringLiteral("getUser by login"),
         [user](OktaClient* c, QObject* x, auto done) {
             c->getUser(QStringLiteral("joren.m+test@example.com"), x, user(done));
         }},
        {QStringLiteral("getCurrentUser"),
         [user](OktaClient* c, QObject* x, auto done) { c->getCurrentUser(x, user(done)); }},
        {QStringLiteral("searchUsers search"),
         [users, search](OktaClient* c, QObject* x, auto done) { c->searchUsers(search, x, users(done)); }},
        {QStringLiteral("searchUsers q"),
         [users, q](OktaClient* c, QObject* x, auto done) { c->searchUsers(q, x, users(done)); }},
        {QStringLiteral("searchUsers filter"),
         [users, filter](OktaClient* c, QObject* x, auto done) { c->searchUsers(filter, x, users(done)); }},
        {QStringLiteral("listGroups search"),
         [groups, groupSearch](OktaClient* c, QObject* x, auto done) { c->listGroups(groupSearch, x, groups(done)); }},
        {QStringLiteral("listGroups q"),
         [groups, groupQ](OktaClient* c, QObject* x, auto done) { c->listGroups(groupQ, x, groups(done)); }},
        {QStringLiteral("findGroupByName"),
         [group](OktaClient* c, QObject* x, auto done) {
             c->findGroupByName(QStringLiteral("Limited Data Access"), x, group(done));
         }},
        {QStringLiteral("getGroup"),
         [group](OktaClient* c, QObject* x, auto done) { c->getGroup(GroupId, x, group(done)); }},
        {QStringLiteral("userGroups"),
         [groups](OktaClient* c, QObject* x, auto done) { c->userGroups(UserId, x, groups(done)); }},
        {QStringLiteral("userRoles"),
         [](OktaClient* c, QObject* x, auto done) {
             c->userRoles(UserId, x, [done](const OktaReply& reply, const QList<OktaRole>&) { done(reply); });
         }},
        {QStringLiteral("clientRoles"),
         [](OktaClient* c, QObject* x, auto done) {
             c->clientRoles(ClientId, x, [done](const OktaReply& reply, const QList<OktaRole>&) { done(reply); });
         }},
        {QStringLiteral("userSchema"), [](OktaClient* c, QObject* x, auto done) { c->userSchema(x, done); }},
        {QStringLiteral("clearSessions"),
         [](OktaClient* c, QObject* x, auto done) { c->clearSessions(UserId, x, done); }},
        {QStringLiteral("suspend"), [](OktaClient* c, QObject* x, auto done) { c->suspend(UserId, x, done); }},
        {QStringLiteral("unsuspend"), [](OktaClient* c, QObject* x, auto done) { c->unsuspend(UserId, x, done); }},
        {QStringLiteral("addToGroup"),
         [](OktaClient* c, QObject* x, auto done) { c->addToGroup(GroupId, UserId, x, done); }},
        {QStringLiteral("removeFromGroup"),
         [](OktaClient* c, QObject* x, auto done) { c->removeFromGroup(GroupId, UserId, x, done); }},
        {QStringLiteral("userRisk"), [](OktaClient* c, QObject* x, auto done) { c->userRisk(UserId, x, done); }},
        {QStringLiteral("setUserRisk HIGH with a reason"),
         [](OktaClient* c, QObject* x, auto done) {
             c->setUserRisk(UserId, QStringLiteral("HIGH"), QStringLiteral("Cordon incident sb-20931, laptop"), x,
                            done);
         }},
        {QStringLiteral("setUserRisk LOW without a reason"),
         [](OktaClient* c, QObject* x, auto done) { c->setUserRisk(UserId, QStringLiteral("LOW"), {}, x, done); }},
        {QStringLiteral("userFactors"),
         [](OktaClient* c, QObject* x, auto done) {
             c->userFactors(UserId, x, [done](const OktaReply& reply, const QList<OktaFactor>&) { done(reply); });
         }},
        {QStringLiteral("deleteFactor"),
         [](OktaClient* c, QObject* x, auto done) { c->deleteFactor(UserId, FactorId, x, done); }},
        {QStringLiteral("resetFactors"),
         [](OktaClient* c, QObject* x, auto done) { c->resetFactors(UserId, x, done); }},
        {QStringLiteral("expirePassword"),
         [user](OktaClient* c, QObject* x, auto done) { c->expirePassword(UserId, x, user(done)); }},
    };
}

// Universal Logout, which Okta's OAuth spec holds.
Run universalLogout()
{
    return [](OktaClient* c, QObject* x, OktaClient::ReplyCallback done) { c->revokeAllTokens(UserId, x, done); };
}

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort();
}

// What Prism logs for each request it checks: "The request passed the validation rules" or "Request did not
// pass the validation rules", followed by one "Violation: request..." line for each thing that broke the spec.
constexpr char Passed[] = "The request passed the validation rules";
constexpr char Failed[] = "did not pass the validation rules";

qsizetype verdicts(const QByteArray& log)
{
    return log.count(Passed) + log.count(Failed);
}

// A form body's fields as sent (still percent-encoded), in order.
QList<QPair<QByteArray, QByteArray>> formFields(const QByteArray& body)
{
    QList<QPair<QByteArray, QByteArray>> fields;
    for (const QByteArray& field : body.split('&')) {
        const qsizetype equals = field.indexOf('=');
        fields.append({field.left(equals), equals < 0 ? QByteArray() : field.mid(equals + 1)});
    }
    return fields;
}

} // namespace

class TestOktaContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void prismRejectsBrokenRequests();
    void requestsFollowTheSpec_data();
    void requestsFollowTheSpec();
    void tokenRequestFollowsTheSpec();
    void prismRejectsBrokenTokenRequests_data();
    void prismRejectsBrokenTokenRequests();
    void dpopRequestsFollowTheSpec_data();
    void dpopRequestsFollowTheSpec();
    void universalLogoutFollowsTheSpec_data();
    void universalLogoutFollowsTheSpec();
    void prismRejectsBrokenCredentialRequests_data();
    void prismRejectsBrokenCredentialRequests();
    void scopesAreTheSpecs();

private:
    // One Prism serving one of Okta's specs, with everything it logged.
    struct Prism
    {
        QProcess process;
        QByteArray log;
        QUrl url;
    };

    // Skips, or fails when the environment says the contract check must run; the caller returns after it.
    void unavailable(const QString& why);
    // The spec at source made ready for Prism by prepare-spec.py (with its options), kept beside the test as
    // name and made again only when the spec or the script changes. Empty when it could not be made.
    QString preparedSpec(const QString& source, const QString& name, const QStringList& options);
    void start(Prism& prism, const QString& spec);
    void waitUntilListening(Prism& prism);
    // Prism's log since from, once it holds a verdict on each of the count requests sent since then.
    QByteArray verdictsSince(Prism& prism, qsizetype from, qsizetype count);
    // Sends Cordon's call number index through client and checks Prism's verdict on every request it made.
    void runCall(OktaClient& client, int index);
    void runCall(OktaClient& client, const Run& call, Prism& prism);
    // A service app with a new key, the scopes Cordon asks for, and its token endpoint at org.
    static bool configureServiceApp(ServiceAppAuth& auth, const QUrl& org, QString* error);
    // The token request Cordon sends, as the stand-in token endpoint read it.
    LoopbackServer::Request sentTokenRequest();

    Prism m_management;
    Prism m_oauth;
    // The OAuth 2.0 scopes each operation of the management spec lists: {"GET /api/v1/users": [...]}.
    QJsonObject m_scopes;
    // A token endpoint that grants a DPoP-bound token at once: Prism's mock answer is no usable token.
    LoopbackServer m_tokenEndpoint;
    QNetworkAccessManager m_network;
};

void TestOktaContract::unavailable(const QString& why)
{
    if (qEnvironmentVariable("CORDON_REQUIRE_CONTRACT") == QLatin1String("1")) {
        QFAIL(qPrintable(why));
    }
    QSKIP(qPrintable(why + QStringLiteral(" (set CORDON_REQUIRE_CONTRACT=1 to make this a failure)")));
}

QString TestOktaContract::preparedSpec(const QString& source, const QString& name, const QStringList& options)
{
    // Prism cannot take Okta's specs as they are (tests/contract/okta/README.md); prepare-spec.py writes a copy
    // it can, kept beside the test.
    const QString script = QStringLiteral(CORDON_SOURCE_DIR "/tests/contract/prepare-spec.py");
    const QString prepared = QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
    const QFileInfo preparedInfo(prepared);
    const bool sidecars = std::all_of(options.begin(), options.end(), [](const QString& option) {
        return !option.startsWith(QLatin1String("--scopes=")) || QFileInfo::exists(option.mid(9));
    });
    if (sidecars && preparedInfo.exists() && preparedInfo.size() > 0 &&
        preparedInfo.lastModified() >= QFileInfo(source).lastModified() &&
        preparedInfo.lastModified() >= QFileInfo(script).lastModified()) {
        return prepared;
    }
    QProcess python;
    python.start(QStringLiteral("python3"), QStringList{script, source, prepared} + options);
    if (!python.waitForFinished(180000) || python.exitCode() != 0) {
        QFile::remove(prepared);
        qWarning("%s", python.readAllStandardError().constData());
        return {};
    }
    return prepared;
}

void TestOktaContract::start(Prism& prism, const QString& spec)
{
    const int port = freeLoopbackPort();
    QVERIFY(port > 0);
    prism.process.setWorkingDirectory(QStringLiteral(CORDON_SOURCE_DIR "/tests/contract"));
    prism.process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&prism.process, &QProcess::readyRead, this, [&prism] { prism.log += prism.process.readAll(); });
    prism.process.start(QStringLiteral(CORDON_SOURCE_DIR "/tests/contract/node_modules/.bin/prism"),
                        {QStringLiteral("mock"), QStringLiteral("--errors"), QStringLiteral("-h"),
                         QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port), spec});
    QVERIFY2(prism.process.waitForStarted(30000), qPrintable(prism.process.errorString()));
    prism.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

void TestOktaContract::waitUntilListening(Prism& prism)
{
    QTRY_VERIFY2_WITH_TIMEOUT(prism.log.contains("Prism is listening") || prism.process.state() == QProcess::NotRunning,
                              "Prism did not start listening", 240000);
    QVERIFY2(prism.process.state() == QProcess::Running, prism.log.right(2000).constData());
}

void TestOktaContract::initTestCase()
{
    const QString contractDir = QStringLiteral(CORDON_SOURCE_DIR "/tests/contract");
    if (!QFileInfo::exists(contractDir + QStringLiteral("/node_modules/.bin/prism"))) {
        unavailable(QStringLiteral("Prism is not installed: run npm ci --prefix tests/contract"));
        return;
    }
    const QString scopes = QCoreApplication::applicationDirPath() + QStringLiteral("/okta-contract-scopes.json");
    const QString management =
        preparedSpec(contractDir + QStringLiteral("/okta/management-minimal.yaml"),
                     QStringLiteral("okta-contract.yaml"), {QStringLiteral("--scopes=") + scopes});
    // Universal Logout is in the OAuth spec, with the scope it needs.
    const QString oauthScopes =
        QCoreApplication::applicationDirPath() + QStringLiteral("/okta-oauth-contract-scopes.json");
    const QString oauth = preparedSpec(
        contractDir + QStringLiteral("/okta/oauth-minimal.yaml"), QStringLiteral("okta-oauth-contract.yaml"),
        {QStringLiteral("--client-assertion-in-body"), QStringLiteral("--scopes=") + oauthScopes});
    if (management.isEmpty() || oauth.isEmpty()) {
        unavailable(QStringLiteral("The specs could not be prepared for Prism (python3 with PyYAML is needed)"));
        return;
    }
    QFile scopesFile(scopes);
    QVERIFY2(scopesFile.open(QIODevice::ReadOnly), qPrintable(scopesFile.errorString()));
    m_scopes = QJsonDocument::fromJson(scopesFile.readAll()).object();
    QVERIFY(!m_scopes.isEmpty());
    QFile oauthScopesFile(oauthScopes);
    QVERIFY2(oauthScopesFile.open(QIODevice::ReadOnly), qPrintable(oauthScopesFile.errorString()));
    const QJsonObject oauthOperations = QJsonDocument::fromJson(oauthScopesFile.readAll()).object();
    QVERIFY(oauthOperations.contains(QStringLiteral("POST /oauth2/v1/global-token-revocation")));
    for (auto it = oauthOperations.begin(); it != oauthOperations.end(); ++it) {
        m_scopes.insert(it.key(), it.value());
    }

    // Both load at once: the management spec alone takes Prism a while.
    start(m_management, management);
    start(m_oauth, oauth);
    waitUntilListening(m_management);
    waitUntilListening(m_oauth);

    QVERIFY(m_tokenEndpoint.isListening());
    QJsonObject token{{QStringLiteral("access_token"), QStringLiteral("contract-test-access-token")},
                      {QStringLiteral("token_type"), QStringLiteral("DPoP")},
                      {QStringLiteral("expires_in"), 3600},
                      {QStringLiteral("scope"), OktaScopes::all().join(QLatin1Char(' '))}};
    m_tokenEndpoint.setFallback(LoopbackServer::Answer::json(200, QJsonDocument(token).toJson(QJsonDocument::Compact)));
}

void TestOktaContract::cleanupTestCase()
{
    for (Prism* prism : {&m_management, &m_oauth}) {
        if (prism->process.state() != QProcess::NotRunning) {
            prism->process.terminate();
            if (!prism->process.waitForFinished(5000)) {
                prism->process.kill();
            }
        }
    }
}

QByteArray TestOktaContract::verdictsSince(Prism& prism, qsizetype from, qsizetype count)
{
    // Prism's log can reach us after its answer does; the caller counts what arrived.
    [[maybe_unused]] const bool all = QTest::qWaitFor([&] { return verdicts(prism.log.mid(from)) >= count; }, 30000);
    return prism.log.mid(from);
}

bool TestOktaContract::configureServiceApp(ServiceAppAuth& auth, const QUrl& org, QString* error)
{
    const SigningKey key = SigningKey::generate();
    QByteArray pem = key.privateKeyPem();
    const bool configured =
        auth.configure(org, {ClientId, OktaScopes::all(), QStringLiteral("contract-key")}, pem, error);
    SigningKey::scrub(pem);
    return configured;
}

LoopbackServer::Request TestOktaContract::sentTokenRequest()
{
    ServiceAppAuth auth(&m_network);
    if (!configureServiceApp(auth, m_tokenEndpoint.url(), nullptr)) {
        return {};
    }
    const qsizetype before = m_tokenEndpoint.requests().size();
    bool done = false;
    auth.ensureToken(this, [&done](const OktaError&) { done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, 30000) || m_tokenEndpoint.requests().size() != before + 1) {
        return {};
    }
    return m_tokenEndpoint.requests().last();
}

void TestOktaContract::prismRejectsBrokenRequests()
{
    // The check is only worth something if Prism really validates: a limit that is not a number is refused.
    QNetworkRequest request(QUrl(m_management.url.toString() + QStringLiteral("/api/v1/users?limit=many")));
    request.setRawHeader("Authorization", "SSWS contract-test-token");
    request.setRawHeader("Accept", "application/json");
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
}

void TestOktaContract::requestsFollowTheSpec_data()
{
    QTest::addColumn<int>("index");
    const auto all = calls();
    for (int i = 0; i < all.size(); ++i) {
        QTest::newRow(qPrintable(all.at(i).first)) << i;
    }
}

void TestOktaContract::runCall(OktaClient& client, int index)
{
    runCall(client, calls().at(index).second, m_management);
}

void TestOktaContract::runCall(OktaClient& client, const Run& call, Prism& prism)
{
    client.setOrgUrl(prism.url);
    // Prism's mock answers break Okta's own schemas here and there (500); only the verdict is about the request.
    client.setMaxRetries(0);
    QStringList answers;
    connect(&client, &OktaClient::requestFinished, this,
            [&answers](const QString& method, const QString& path, const OktaReply& reply) {
                answers.append(QStringLiteral("%1 %2 %3").arg(method, path).arg(reply.httpStatus));
            });

    const qsizetype logStart = prism.log.size();
    bool done = false;
    call(&client, this, [&done](const OktaReply&) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY(!answers.isEmpty());
    // Prism answers a request that breaks the spec 422, or 400 where the operation lists a 400 and no 422; its
    // log says which parameter or header broke it.
    const QByteArray log = verdictsSince(prism, logStart, answers.size());
    const QString all = answers.join(QLatin1Char('\n'));
    QVERIFY2(!log.contains(Failed) && !log.contains("Violation: request"),
             qPrintable(all + QLatin1Char('\n') + QString::fromUtf8(log)));
    QVERIFY2(verdicts(log) == answers.size(), qPrintable(all + QLatin1Char('\n') + QString::fromUtf8(log)));
    for (const QString& answer : answers) {
        QVERIFY2(!answer.endsWith(QLatin1String(" 422")),
                 qPrintable(answer + QLatin1Char('\n') + QString::fromUtf8(log)));
        QVERIFY2(!answer.endsWith(QLatin1String(" 0")), qPrintable(answer));
    }
}

void TestOktaContract::requestsFollowTheSpec()
{
    QFETCH(int, index);
    OktaClient client(&m_network);
    client.setToken("contract-test-token");
    runCall(client, index);
}

void TestOktaContract::tokenRequestFollowsTheSpec()
{
    // The service app asks Prism's token endpoint itself, as it would ask Okta's.
    ServiceAppAuth auth(&m_network);
    QString error;
    QVERIFY2(configureServiceApp(auth, m_oauth.url, &error), qPrintable(error));
    const qsizetype logStart = m_oauth.log.size();
    bool done = false;
    auth.ensureToken(this, [&done](const OktaError&) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    // Prism's mock answer is no token Cordon can use (it expires at once), and that is not on trial here: one
    // request was sent, and Prism found nothing in it that breaks Okta's spec.
    QCOMPARE(auth.tokenRequests(), 1);
    const QByteArray log = verdictsSince(m_oauth, logStart, 1);
    QVERIFY2(log.contains(Passed) && !log.contains(Failed) && !log.contains("Violation: request"), log.constData());
    QCOMPARE(verdicts(log), 1);
}

void TestOktaContract::prismRejectsBrokenTokenRequests_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("value"); // empty: the field is left out
    QTest::addColumn<bool>("valid");
    QTest::newRow("as sent") << QByteArray() << QByteArray() << true;
    QTest::newRow("without client_assertion_type") << QByteArray("client_assertion_type") << QByteArray() << false;
    QTest::newRow("client_assertion_type not a JWT")
        << QByteArray("client_assertion_type") << QByteArray("urn%3Aexample%3Asecret") << false;
    QTest::newRow("without client_assertion") << QByteArray("client_assertion") << QByteArray() << false;
    QTest::newRow("grant_type misspelt") << QByteArray("grant_type") << QByteArray("client_credential") << false;
}

void TestOktaContract::prismRejectsBrokenTokenRequests()
{
    // The token request Cordon sends, replayed to Prism as it was sent and with one field broken: the check
    // tells them apart, so that a pass above means something.
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    const LoopbackServer::Request sent = sentTokenRequest();
    QVERIFY(!sent.body.isEmpty());
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path(), QByteArray("/oauth2/v1/token"));

    QByteArrayList body;
    bool found = field.isEmpty();
    for (const auto& [name, sentValue] : formFields(sent.body)) {
        if (name != field) {
            body << name + '=' + sentValue;
            continue;
        }
        found = true;
        if (!value.isEmpty()) {
            body << name + '=' + value;
        }
    }
    QVERIFY2(found, sent.body.constData());

    QNetworkRequest request(QUrl(m_oauth.url.toString() + QString::fromLatin1(sent.target)));
    for (const QByteArray& header : {QByteArray("Content-Type"), QByteArray("Accept"), QByteArray("DPoP")}) {
        QVERIFY(sent.hasHeader(header));
        request.setRawHeader(header, sent.header(header));
    }
    const qsizetype logStart = m_oauth.log.size();
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, body.join('&')));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    const QByteArray log = verdictsSince(m_oauth, logStart, 1);
    QCOMPARE(verdicts(log), 1);
    QVERIFY2(log.contains(valid ? Passed : Failed), log.constData());
    // Okta's spec lists a 400 for the token operation and no 422, so Prism answers a broken request 400.
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), valid ? 200 : 400);
}

void TestOktaContract::dpopRequestsFollowTheSpec_data()
{
    requestsFollowTheSpec_data();
}

void TestOktaContract::dpopRequestsFollowTheSpec()
{
    // Each call as a service app: Authorization: DPoP with the token, and a DPoP proof. Prism cannot judge that
    // scheme (tests/contract/okta/README.md); it still checks each call's path, method, parameters and headers.
    QFETCH(int, index);
    ServiceAppAuth auth(&m_network);
    QString error;
    QVERIFY2(configureServiceApp(auth, m_tokenEndpoint.url(), &error), qPrintable(error));
    OktaClient client(&m_network);
    client.setServiceApp(&auth);
    runCall(client, index);
    QCOMPARE(auth.tokenRequests(), 1);
    QCOMPARE(auth.tokenType(), QStringLiteral("DPoP"));
}

void TestOktaContract::universalLogoutFollowsTheSpec_data()
{
    QTest::addColumn<bool>("serviceApp");
    QTest::newRow("API token") << false;
    QTest::newRow("service app with DPoP") << true;
}

void TestOktaContract::universalLogoutFollowsTheSpec()
{
    // The subject is the Okta user id in the opaque format; Okta's OAuth spec, not the management one, holds the
    // call, and it answers 204 with no body.
    QFETCH(bool, serviceApp);
    ServiceAppAuth auth(&m_network);
    OktaClient client(&m_network);
    if (serviceApp) {
        QString error;
        QVERIFY2(configureServiceApp(auth, m_tokenEndpoint.url(), &error), qPrintable(error));
        client.setServiceApp(&auth);
    } else {
        client.setToken("contract-test-token");
    }
    runCall(client, universalLogout(), m_oauth);
}

void TestOktaContract::prismRejectsBrokenCredentialRequests_data()
{
    // A request body as Cordon sends it, and variants that break Okta's spec where Cordon's checks stand guard.
    QTest::addColumn<QString>("prism"); // management or oauth
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    const QString risk = QStringLiteral("/api/v1/users/%1/risk").arg(UserId);
    QTest::newRow("risk HIGH with a reason")
        << QStringLiteral("management") << QByteArray("PUT") << risk
        << QByteArray(R"({"riskLevel":"HIGH","riskReason":"Cordon incident"})") << true;
    QTest::newRow("risk NONE") << QStringLiteral("management") << QByteArray("PUT") << risk
                               << QByteArray(R"({"riskLevel":"NONE"})") << false;
    QTest::newRow("risk without a level") << QStringLiteral("management") << QByteArray("PUT") << risk
                                          << QByteArray(R"({"riskReason":"Cordon incident"})") << false;
    QTest::newRow("risk reason with a colon")
        << QStringLiteral("management") << QByteArray("PUT") << risk
        << QByteArray(R"({"riskLevel":"HIGH","riskReason":"Cordon incident: sb-1"})") << false;
    QTest::newRow("risk reason over 500")
        << QStringLiteral("management") << QByteArray("PUT") << risk
        << QByteArray(R"({"riskLevel":"HIGH","riskReason":")") + QByteArray(501, 'a') + QByteArray(R"("})") << false;
    const QString revocation = QStringLiteral("/oauth2/v1/global-token-revocation");
    QTest::newRow("revocation opaque") << QStringLiteral("oauth") << QByteArray("POST") << revocation
                                       << (QByteArray(R"({"sub_id":{"format":"opaque","id":")") + UserId.toLatin1() +
                                           QByteArray(R"("}})"))
                                       << true;
    // Okta's spec does not make sub_id itself required, so Prism passes an empty object (Okta answers 400, as the
    // simulator does); a subject without its id breaks the spec.
    QTest::newRow("revocation subject without id") << QStringLiteral("oauth") << QByteArray("POST") << revocation
                                                   << QByteArray(R"({"sub_id":{"format":"opaque"}})") << false;
}

void TestOktaContract::prismRejectsBrokenCredentialRequests()
{
    // The check tells a body Okta takes from one it refuses, so that the passes above mean something.
    QFETCH(QString, prism);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    Prism& target = prism == QLatin1String("oauth") ? m_oauth : m_management;
    QNetworkRequest request(QUrl(target.url.toString() + path));
    request.setRawHeader("Authorization", "SSWS contract-test-token");
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Content-Type", "application/json");
    const qsizetype logStart = target.log.size();
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    const QByteArray log = verdictsSince(target, logStart, 1);
    QCOMPARE(verdicts(log), 1);
    QVERIFY2(log.contains(valid ? Passed : Failed), log.constData());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (valid) {
        QVERIFY2(status != 422 && status != 400, qPrintable(QString::number(status)));
    } else {
        QVERIFY2(status == 422 || status == 400, qPrintable(QString::number(status)));
    }
}

void TestOktaContract::scopesAreTheSpecs()
{
    // Cordon asks for, and checks granted, the scope its table names for each call: it must be one that Okta's
    // spec lists for that operation, or a service app granted exactly what Cordon asks for is refused.
    for (const OktaEndpoint& endpoint : OktaScopes::endpoints()) {
        const QString operation = QString::fromLatin1(endpoint.method) + QLatin1Char(' ') + endpoint.path;
        QVERIFY2(m_scopes.contains(operation), qPrintable(operation + QStringLiteral(": not in Okta's spec")));
        const QJsonArray listed = m_scopes.value(operation).toArray();
        QVERIFY2(listed.contains(endpoint.scope),
                 qPrintable(QStringLiteral("%1 needs %2 in Okta's spec, not %3")
                                .arg(operation, QString::fromUtf8(QJsonDocument(listed).toJson(QJsonDocument::Compact)),
                                     endpoint.scope)));
    }
}

QTEST_GUILESS_MAIN(TestOktaContract)
#include "tst_okta_contract.moc"
