#include "LoopbackServer.h"
#include "SimProcess.h"
#include "oauth/DpopProof.h"
#include "oauth/Jws.h"
#include "okta/OktaClient.h"
#include "okta/ServiceAppAuth.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using cordon::core::DpopProof;
using cordon::core::Jws;
using cordon::core::OktaClient;
using cordon::core::OktaReply;
using cordon::core::OktaUser;
using cordon::core::ServiceAppAuth;
using cordon::core::ServiceAppConfig;
using cordon::core::SigningKey;
using cordon::test::LoopbackServer;
using cordon::test::SimProcess;
using Answer = cordon::test::LoopbackServer::Answer;

namespace
{

const QString ClientId = QStringLiteral("0oa1cordonservice");
const QByteArray AccessToken = "eyJ.access-token-value.sig";

QByteArray userJson()
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("00u1")},
                                     {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                     {QStringLiteral("profile"),
                                      QJsonObject{{QStringLiteral("login"), QStringLiteral("joren.m@example.com")}}}})
        .toJson(QJsonDocument::Compact);
}

Answer tokenAnswer(int expiresIn = 3600, const QString& type = QStringLiteral("DPoP"))
{
    return Answer::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("token_type"), type},
                                       {QStringLiteral("expires_in"), expiresIn},
                                       {QStringLiteral("access_token"), QString::fromLatin1(AccessToken)},
                                       {QStringLiteral("scope"), QStringLiteral("okta.users.read okta.users.manage")}})
                 .toJson(QJsonDocument::Compact));
}

Answer oauthError(int status, const QByteArray& error, const QByteArray& description)
{
    return Answer::json(status, "{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}");
}

} // namespace

// The client side of an OAuth 2.0 service app against a scripted, sometimes hostile, server over loopback:
// what it sends at the token endpoint and with each call, and what it does with each refusal Okta documents.
class TestServiceApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tokenDanceThenDpopCalls();
    void callsWaitingTogetherShareOneToken();
    void rejectedTokenIsRenewedOnce();
    void missingScopeIsNamed();
    void refusedProofIsReportedNotLooped();
    void retryCarriesANewProof();
    void unknownClientSaysSoAndEchoesNothing();
    void shortLivedTokenDoesNotLoop();
    void againstTheSimulatorAnExpiredTokenIsRenewed();
    void badSettingsAreRefused_data();
    void badSettingsAreRefused();

private:
    // A user read through the client; the reply.
    OktaReply getUser();
    bool isTokenRequest(const LoopbackServer::Request& request) const { return request.path() == "/oauth2/v1/token"; }

    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ServiceAppAuth> m_auth;
    std::unique_ptr<OktaClient> m_client;
    SigningKey m_key;
};

void TestServiceApp::init()
{
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->isListening());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_key = SigningKey::generate();
    QVERIFY(!m_key.isNull());
    QByteArray pem = m_key.privateKeyPem();
    m_auth = std::make_unique<ServiceAppAuth>(m_network.get());
    QString error;
    QVERIFY2(m_auth->configure(m_server->url(),
                               {ClientId,
                                {QStringLiteral("okta.users.read"), QStringLiteral("okta.users.manage")},
                                QStringLiteral("kid-1")},
                               pem, &error),
             qPrintable(error));
    SigningKey::scrub(pem);
    m_client = std::make_unique<OktaClient>(m_network.get());
    m_client->setOrgUrl(m_server->url());
    m_client->setRetryBaseDelayMs(20);
    m_client->setServiceApp(m_auth.get());
}

void TestServiceApp::cleanup()
{
    m_client.reset();
    m_auth.reset();
    m_network.reset();
    m_server.reset();
}

OktaReply TestServiceApp::getUser()
{
    OktaReply result;
    bool done = false;
    m_client->getUser(QStringLiteral("00u1"), this, [&](const OktaReply& reply, const OktaUser&) {
        result = reply;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000)) {
        result.error.detail = QStringLiteral("no answer");
    }
    return result;
}

void TestServiceApp::tokenDanceThenDpopCalls()
{
    // Okta's first answer to a DPoP token request asks for its nonce; then the token; then the call.
    m_server->enqueue(oauthError(400, "use_dpop_nonce", "Authorization server requires nonce in DPoP proof.")
                          .header("DPoP-Nonce", "nonce-one"));
    m_server->enqueue(tokenAnswer());
    m_server->enqueue(Answer::json(200, userJson()));
    const OktaReply reply = getUser();
    QVERIFY2(!reply.error.isError(), qPrintable(reply.error.message()));
    const QList<LoopbackServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 3);

    QSet<QString> jtis;
    const QUrl tokenUrl = m_server->url(QStringLiteral("/oauth2/v1/token"));
    for (int i = 0; i < 2; ++i) {
        const LoopbackServer::Request& request = requests.at(i);
        QVERIFY(isTokenRequest(request));
        QCOMPARE(request.method, QByteArray("POST"));
        QVERIFY(request.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
        QVERIFY2(!request.hasHeader("Authorization"), "no API token or bearer goes to the token endpoint");
        const QUrlQuery form(QString::fromLatin1(request.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
        QCOMPARE(form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("okta.users.read okta.users.manage"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_assertion_type"), QUrl::FullyDecoded),
                 QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        // The assertion is signed with the app's registered key and names the app and this org's token URL.
        const auto assertion = Jws::verify(form.queryItemValue(QStringLiteral("client_assertion")).toLatin1(),
                                           m_key.registrationJwk(QStringLiteral("kid-1")));
        QVERIFY2(assertion.isValid(), qPrintable(assertion.reason));
        QCOMPARE(assertion.header.value(QStringLiteral("kid")).toString(), QStringLiteral("kid-1"));
        QCOMPARE(assertion.claims.value(QStringLiteral("iss")).toString(), ClientId);
        QCOMPARE(assertion.claims.value(QStringLiteral("sub")).toString(), ClientId);
        QCOMPARE(assertion.claims.value(QStringLiteral("aud")).toString(), tokenUrl.toString());
        const qint64 lifetime = assertion.claims.value(QStringLiteral("exp")).toInteger() -
                                assertion.claims.value(QStringLiteral("iat")).toInteger();
        QVERIFY(lifetime > 0 && lifetime <= 3600);
        QVERIFY(!jtis.contains(assertion.claims.value(QStringLiteral("jti")).toString()));
        jtis.insert(assertion.claims.value(QStringLiteral("jti")).toString());
        // The DPoP proof is signed with a key of its own, not the app's.
        const auto proof = Jws::verifyWithHeaderKey(request.header("DPoP"));
        QVERIFY2(proof.isValid(), qPrintable(proof.reason));
        QCOMPARE(proof.header.value(QStringLiteral("typ")).toString(), QStringLiteral("dpop+jwt"));
        QVERIFY(proof.header.value(QStringLiteral("jwk")).toObject() != m_key.publicJwk());
        QCOMPARE(proof.claims.value(QStringLiteral("htm")).toString(), QStringLiteral("POST"));
        QCOMPARE(proof.claims.value(QStringLiteral("htu")).toString(), tokenUrl.toString());
        QCOMPARE(proof.claims.contains(QStringLiteral("nonce")), i == 1);
        if (i == 1) {
            QCOMPARE(proof.claims.value(QStringLiteral("nonce")).toString(), QStringLiteral("nonce-one"));
        }
        QVERIFY(!jtis.contains(proof.claims.value(QStringLiteral("jti")).toString()));
        jtis.insert(proof.claims.value(QStringLiteral("jti")).toString());
    }

    // The call: the token as DPoP, and a proof bound to it for this method and URL.
    const LoopbackServer::Request& call = requests.at(2);
    QCOMPARE(call.header("Authorization"), QByteArray("DPoP ") + AccessToken);
    const auto proof = Jws::verifyWithHeaderKey(call.header("DPoP"));
    QVERIFY2(proof.isValid(), qPrintable(proof.reason));
    QCOMPARE(proof.claims.value(QStringLiteral("htm")).toString(), QStringLiteral("GET"));
    QCOMPARE(proof.claims.value(QStringLiteral("htu")).toString(),
             m_server->url(QStringLiteral("/api/v1/users/00u1")).toString());
    QCOMPARE(proof.claims.value(QStringLiteral("ath")).toString(), DpopProof::accessTokenHash(AccessToken));
    const auto tokenProof = Jws::verifyWithHeaderKey(requests.at(1).header("DPoP"));
    QCOMPARE(proof.header.value(QStringLiteral("jwk")), tokenProof.header.value(QStringLiteral("jwk")));
    QCOMPARE(m_auth->grantedScopes(),
             (QStringList{QStringLiteral("okta.users.read"), QStringLiteral("okta.users.manage")}));

    // The next call reuses the token: no new token request.
    m_server->enqueue(Answer::json(200, userJson()));
    QVERIFY(!getUser().error.isError());
    QCOMPARE(m_server->requests().size(), 4);
    QCOMPARE(m_auth->tokenRequests(), 2);
}

void TestServiceApp::callsWaitingTogetherShareOneToken()
{
    m_server->setHandler([this](const LoopbackServer::Request& request) {
        if (isTokenRequest(request)) {
            return tokenAnswer();
        }
        return Answer::json(200, userJson());
    });
    int done = 0;
    for (int i = 0; i < 5; ++i) {
        m_client->getUser(QStringLiteral("00u1"), this, [&](const OktaReply& reply, const OktaUser&) {
            QVERIFY(!reply.error.isError());
            ++done;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 5, 15000);
    int tokenRequests = 0;
    for (const auto& request : m_server->requests()) {
        tokenRequests += isTokenRequest(request) ? 1 : 0;
    }
    QCOMPARE(tokenRequests, 1);
}

void TestServiceApp::rejectedTokenIsRenewedOnce()
{
    // Okta calls the token expired before its hour: one new token, the call again.
    m_server->enqueue(tokenAnswer());
    m_server->enqueue(Answer::json(401, R"({"errorCode":"E0000011","errorSummary":"Invalid token provided"})")
                          .header("WWW-Authenticate", R"(DPoP error="invalid_token", error_description="expired")"));
    m_server->enqueue(tokenAnswer());
    m_server->enqueue(Answer::json(200, userJson()));
    OktaReply reply = getUser();
    QVERIFY2(!reply.error.isError(), qPrintable(reply.error.message()));
    QCOMPARE(m_server->requests().size(), 4);
    QVERIFY(isTokenRequest(m_server->requests().at(2)));

    // A token refused again right after a new one is an error, not a loop.
    const qsizetype before = m_server->requests().size();
    m_server->setFallback(Answer::json(401, R"({"errorCode":"E0000011","errorSummary":"Invalid token provided"})")
                              .header("WWW-Authenticate", R"(DPoP error="invalid_token")"));
    m_server->setHandler([](const LoopbackServer::Request& request) {
        if (request.path() == "/oauth2/v1/token") {
            return tokenAnswer();
        }
        return Answer::json(401, R"({"errorCode":"E0000011","errorSummary":"Invalid token provided"})")
            .header("WWW-Authenticate", R"(DPoP error="invalid_token")");
    });
    reply = getUser();
    QVERIFY(reply.error.isError());
    QCOMPARE(reply.error.httpStatus, 401);
    QCOMPARE(reply.error.errorCode, QStringLiteral("E0000011"));
    // The call, a new token, the call once more: three.
    QCOMPARE(m_server->requests().size() - before, 3);
}

void TestServiceApp::missingScopeIsNamed()
{
    m_server->enqueue(tokenAnswer());
    m_server->enqueue(
        Answer::json(403, R"({"errorCode":"E0000006","errorSummary":"You do not have permission"})")
            .header("WWW-Authenticate",
                    R"(DPoP algs="RS256 ES256", realm="http://127.0.0.1", scope="okta.users.manage", )"
                    R"(error="insufficient_scope", error_description="The access token provided does not contain )"
                    R"(the required scopes.", resource="/api/v1/users/00u1/lifecycle/suspend")"));
    OktaReply result;
    bool done = false;
    m_client->suspend(QStringLiteral("00u1"), this, [&](const OktaReply& reply) {
        result = reply;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QCOMPARE(result.error.httpStatus, 403);
    QVERIFY2(result.error.message().contains(QStringLiteral("okta.users.manage")), qPrintable(result.error.message()));
    QVERIFY(!result.error.requestId.isNull() || result.error.message().contains(QStringLiteral("E0000006")));
    QCOMPARE(m_server->requests().size(), 2);
}

void TestServiceApp::refusedProofIsReportedNotLooped()
{
    m_server->setHandler([this](const LoopbackServer::Request& request) {
        if (isTokenRequest(request)) {
            return tokenAnswer();
        }
        return Answer::json(401, R"({"errorCode":"E0000011","errorSummary":"Invalid token provided"})")
            .header(
                "WWW-Authenticate",
                R"(DPoP error="invalid_dpop_proof", error_description="'htu' claim in the DPoP proof JWT is invalid.")");
    });
    const OktaReply reply = getUser();
    QVERIFY(reply.error.isError());
    QVERIFY2(reply.error.message().contains(QStringLiteral("DPoP proof")), qPrintable(reply.error.message()));
    QVERIFY(reply.error.message().contains(QStringLiteral("htu")));
    QCOMPARE(m_server->requests().size(), 2);
}

void TestServiceApp::retryCarriesANewProof()
{
    m_server->enqueue(tokenAnswer());
    m_server->enqueue(Answer::json(503, R"({"errorCode":"E0000010","errorSummary":"Service unavailable"})"));
    m_server->enqueue(Answer::json(200, userJson()));
    QVERIFY(!getUser().error.isError());
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    const QByteArray first = requests.at(1).header("DPoP");
    const QByteArray second = requests.at(2).header("DPoP");
    QVERIFY(!first.isEmpty() && first != second);
    QVERIFY(Jws::verifyWithHeaderKey(first).claims.value(QStringLiteral("jti")) !=
            Jws::verifyWithHeaderKey(second).claims.value(QStringLiteral("jti")));
}

void TestServiceApp::unknownClientSaysSoAndEchoesNothing()
{
    // A hostile token endpoint repeats the assertion back in its error, whole or in part; none of it may reach
    // the message.
    for (const int echoed : {-1, 120}) {
        m_auth->invalidateToken();
        m_server->setHandler([echoed](const LoopbackServer::Request& request) {
            const QByteArray assertion = QUrlQuery(QString::fromLatin1(request.body))
                                             .queryItemValue(QStringLiteral("client_assertion"))
                                             .toLatin1();
            return oauthError(401, "invalid_client",
                              "Client authentication failed for " + (echoed < 0 ? assertion : assertion.left(echoed)));
        });
        const qsizetype before = m_server->requests().size();
        const OktaReply reply = getUser();
        QVERIFY(reply.error.isError());
        QCOMPARE(reply.error.errorCode, QStringLiteral("invalid_client"));
        QVERIFY2(reply.error.message().contains(ClientId), qPrintable(reply.error.message()));
        const QUrlQuery form(QString::fromLatin1(m_server->requests().at(before).body));
        const QString assertion = form.queryItemValue(QStringLiteral("client_assertion"));
        QVERIFY(assertion.size() > 100);
        QVERIFY2(!reply.error.message().contains(assertion.mid(40, 40)), qPrintable(reply.error.message()));
        QVERIFY(!m_auth->hasFreshToken());
    }
}

void TestServiceApp::shortLivedTokenDoesNotLoop()
{
    // A token that lives less than the renewal margin is still used once rather than asked for again and again.
    m_server->setHandler([this](const LoopbackServer::Request& request) {
        if (isTokenRequest(request)) {
            return tokenAnswer(60);
        }
        return Answer::json(200, userJson());
    });
    QVERIFY(!getUser().error.isError());
    QCOMPARE(m_server->requests().size(), 2);
}

void TestServiceApp::againstTheSimulatorAnExpiredTokenIsRenewed()
{
    // The real simulator over loopback: the nonce step, DPoP calls, then every token expired at once and the
    // nonce rotated; the next call signs in again by itself.
    SimProcess sim;
    QString error;
    QVERIFY2(sim.start({}, &error), qPrintable(error));
    QByteArray pem = SimProcess::demoClientKey();
    QVERIFY(!pem.isEmpty());
    ServiceAppAuth auth(m_network.get());
    QVERIFY2(
        auth.configure(sim.baseUrl(),
                       {SimProcess::demoClientId(), {QStringLiteral("okta.users.read")}, SimProcess::demoClientKeyId()},
                       pem, &error),
        qPrintable(error));
    SigningKey::scrub(pem);
    OktaClient client(m_network.get());
    client.setOrgUrl(sim.baseUrl());
    client.setServiceApp(&auth);
    auto read = [&client, this](const QString& login) {
        OktaReply result;
        bool done = false;
        client.getUser(login, this, [&](const OktaReply& reply, const OktaUser&) {
            result = reply;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000)) {
            result.error.kind = cordon::core::OktaError::Kind::Timeout;
        }
        return result;
    };
    // A login with its @ in the path: the proof carries the decoded path, as Okta compares it.
    OktaReply reply = read(SimProcess::jorenLogin());
    QVERIFY2(reply.ok(), qPrintable(reply.error.message()));
    QCOMPARE(auth.tokenRequests(), 2); // the nonce step, then the token
    QCOMPARE(auth.tokenType(), QStringLiteral("DPoP"));
    QVERIFY(sim.expireOAuthTokens() >= 1);
    QVERIFY(!sim.rotateDpopNonce().isEmpty());
    reply = read(SimProcess::jorenLogin());
    QVERIFY2(reply.ok(), qPrintable(reply.error.message()));
    // The refused call, a new token after the new nonce, the call again.
    QCOMPARE(auth.tokenRequests(), 4);
    // A scope the app was never granted: Okta refuses the call and names the scope.
    bool done = false;
    client.suspend(sim.userId(SimProcess::jorenLogin()), this, [&](const OktaReply& answer) {
        reply = answer;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QCOMPARE(reply.error.httpStatus, 403);
    QVERIFY2(reply.error.message().contains(QStringLiteral("okta.users.manage")), qPrintable(reply.error.message()));
}

void TestServiceApp::badSettingsAreRefused_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("expected");
    const QStringList scopes{QStringLiteral("okta.users.read")};
    const QByteArray good = SigningKey::generate().privateKeyPem();
    QTest::newRow("spaces in the client id")
        << QStringLiteral("0oa1 abc") << scopes << good << QStringLiteral("client id");
    QTest::newRow("no client id") << QString() << scopes << good << QStringLiteral("client id");
    QTest::newRow("no scopes") << ClientId << QStringList() << good << QStringLiteral("scopes");
    QTest::newRow("a scope with a quote")
        << ClientId << QStringList{QStringLiteral("okta.\"x")} << good << QStringLiteral("scope");
    QTest::newRow("malformed key") << ClientId << scopes
                                   << QByteArray("-----BEGIN PRIVATE KEY-----\nc2VjcmV0LWtleS1ieXRlcw==\n"
                                                 "-----END PRIVATE KEY-----\n")
                                   << QStringLiteral("private key");
}

void TestServiceApp::badSettingsAreRefused()
{
    QFETCH(QString, clientId);
    QFETCH(QStringList, scopes);
    QFETCH(QByteArray, pem);
    QFETCH(QString, expected);
    ServiceAppAuth auth(m_network.get());
    QString error;
    QVERIFY(!auth.configure(m_server->url(), {clientId, scopes, {}}, pem, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("c2VjcmV0")), "the key's text is never repeated");
    QVERIFY(!auth.isConfigured());
    OktaClient client(m_network.get());
    client.setServiceApp(&auth);
    QVERIFY(!client.hasToken());
}

QTEST_GUILESS_MAIN(TestServiceApp)
#include "tst_serviceapp.moc"
