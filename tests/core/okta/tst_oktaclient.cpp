#include "CordonVersion.h"
#include "LoopbackServer.h"
#include "okta/OktaClient.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace cordon::core;

using cordon::test::LoopbackServer;
using Answer = LoopbackServer::Answer;

class TestOktaClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headersOnEveryRequest_data();
    void headersOnEveryRequest();
    void loginIsEncodedInThePath();
    void nextLinkToAnotherHostIsNotFollowed();
    void retryAfter429NamesTheRefusedRequest();
    void redirectIsNotFollowed();
    void missingConfiguration();

private:
    std::optional<OktaReply> run(const std::function<void(OktaClient::ReplyCallback)>& call);

    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OktaClient> m_client;
};

void TestOktaClient::init()
{
    m_server = std::make_unique<LoopbackServer>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<OktaClient>(m_network.get());
    m_client->setOrgUrl(m_server->url());
    m_client->setToken("00abcdefTOKEN");
    m_client->setRetryBaseDelayMs(10);
}

void TestOktaClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

std::optional<OktaReply> TestOktaClient::run(const std::function<void(OktaClient::ReplyCallback)>& call)
{
    std::optional<OktaReply> result;
    call([&result](const OktaReply& reply) { result = reply; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000)) {
        return std::nullopt;
    }
    return result;
}

void TestOktaClient::headersOnEveryRequest_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<bool>("bodiless");
    QTest::newRow("suspend") << QStringLiteral("suspend")
                             << QByteArray("POST /api/v1/users/00u1/lifecycle/suspend HTTP/1.1") << true;
    QTest::newRow("unsuspend") << QStringLiteral("unsuspend")
                               << QByteArray("POST /api/v1/users/00u1/lifecycle/unsuspend HTTP/1.1") << true;
    QTest::newRow("add to group") << QStringLiteral("add") << QByteArray("PUT /api/v1/groups/00g1/users/00u1 HTTP/1.1")
                                  << true;
    QTest::newRow("remove from group") << QStringLiteral("remove")
                                       << QByteArray("DELETE /api/v1/groups/00g1/users/00u1 HTTP/1.1") << false;
    QTest::newRow("clear sessions")
        << QStringLiteral("clear")
        << QByteArray("DELETE /api/v1/users/00u1/sessions?oauthTokens=true&forgetDevices=true HTTP/1.1") << false;
    QTest::newRow("schema") << QStringLiteral("schema") << QByteArray("GET /api/v1/meta/schemas/user/default HTTP/1.1")
                            << false;
}

void TestOktaClient::headersOnEveryRequest()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, requestLine);
    QFETCH(bool, bodiless);
    m_server->enqueue(Answer::json(200, "{}").header("X-Okta-Request-Id", "reqWire1"));
    const auto reply = run([&](OktaClient::ReplyCallback done) {
        const QString user = QStringLiteral("00u1");
        const QString group = QStringLiteral("00g1");
        if (action == QLatin1String("suspend")) {
            m_client->suspend(user, this, done);
        } else if (action == QLatin1String("unsuspend")) {
            m_client->unsuspend(user, this, done);
        } else if (action == QLatin1String("add")) {
            m_client->addToGroup(group, user, this, done);
        } else if (action == QLatin1String("remove")) {
            m_client->removeFromGroup(group, user, this, done);
        } else if (action == QLatin1String("clear")) {
            m_client->clearSessions(user, this, done);
        } else {
            m_client->userSchema(this, done);
        }
    });
    QVERIFY(reply);
    QVERIFY2(reply->ok(), qPrintable(reply->error.message()));
    QCOMPARE(reply->requestId, QStringLiteral("reqWire1"));
    QCOMPARE(m_server->requests().size(), 1);
    const LoopbackServer::Request& request = m_server->requests().first();
    QCOMPARE(request.line, requestLine);
    QCOMPARE(request.header("Authorization"), QByteArray("SSWS 00abcdefTOKEN"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(request.header("User-Agent"), QByteArray("cordon/" CORDON_VERSION_STRING));
    // Okta answers 411 to a bodiless POST or PUT without it.
    if (bodiless) {
        QCOMPARE(request.header("Content-Length"), QByteArray("0"));
    }
}

void TestOktaClient::loginIsEncodedInThePath()
{
    m_server->enqueue(Answer::json(200, R"({"id":"00u1"})"));
    const QString login = QStringLiteral("jo+ren?x#y@example.com");
    const auto reply = run([&](OktaClient::ReplyCallback done) {
        m_client->getUser(login, this, [done](const OktaReply& r, const OktaUser&) { done(r); });
    });
    QVERIFY(reply && reply->ok());
    const QByteArray path = m_server->requests().first().target;
    QVERIFY2(!path.contains('+') && !path.contains('?') && !path.contains('#'), path.constData());
    QCOMPARE(QUrl::fromPercentEncoding(path), QStringLiteral("/api/v1/users/") + login);
}

void TestOktaClient::nextLinkToAnotherHostIsNotFollowed()
{
    m_server->enqueue(Answer::json(200, R"([{"id":"00u1"}])")
                          .header("Link", R"(<http://attacker.example/api/v1/users?after=00u1>; rel="next")"));
    std::optional<OktaReply> result;
    QList<OktaUser> users;
    m_client->searchUsers({}, this, [&](const OktaReply& reply, const QList<OktaUser>& list) {
        result = reply;
        users = list;
    });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error.kind, OktaError::Kind::InvalidResponse);
    QVERIFY(result->error.message().contains(QStringLiteral("attacker.example")));
    QCOMPARE(users.size(), 1);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestOktaClient::retryAfter429NamesTheRefusedRequest()
{
    m_client->governor()->setResetMarginMs(0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray date = QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " GMT";
    m_server->enqueue(
        Answer::json(
            429, R"({"errorCode":"E0000047","errorSummary":"API call exceeded rate limit due to too many requests."})")
            .header("X-Okta-Request-Id", "reqRefused")
            .header("Date", date)
            .header("X-Rate-Limit-Limit", "600")
            .header("X-Rate-Limit-Remaining", "0")
            .header("X-Rate-Limit-Reset", QByteArray::number(now.toSecsSinceEpoch())));
    m_server->enqueue(Answer::json(200, "{}"));
    const auto reply =
        run([&](OktaClient::ReplyCallback done) { m_client->suspend(QStringLiteral("00u1"), this, done); });
    QVERIFY(reply);
    QVERIFY2(reply->ok(), qPrintable(reply->error.message()));
    QCOMPARE(reply->attempts, 2);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).header("X-Okta-Retry-For"), QByteArray("reqRefused"));
    QCOMPARE(m_server->requests().at(1).header("X-Okta-Retry-Count"), QByteArray("1"));
}

void TestOktaClient::redirectIsNotFollowed()
{
    // Following it would hand the token to whatever host it names.
    m_server->enqueue(Answer::plain(302).header("Location", "http://attacker.example/api/v1/users/00u1"));
    const auto reply = run([&](OktaClient::ReplyCallback done) {
        m_client->getUser(QStringLiteral("00u1"), this, [done](const OktaReply& r, const OktaUser&) { done(r); });
    });
    QVERIFY(reply);
    QVERIFY(!reply->ok());
    QCOMPARE(reply->httpStatus, 302);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestOktaClient::missingConfiguration()
{
    OktaClient bare(m_network.get());
    bool synchronous = true;
    std::optional<OktaReply> result;
    bare.suspend(QStringLiteral("00u1"), this, [&](const OktaReply& reply) {
        QVERIFY(!synchronous);
        result = reply;
    });
    synchronous = false;
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error.kind, OktaError::Kind::Configuration);
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestOktaClient)
#include "tst_oktaclient.moc"
