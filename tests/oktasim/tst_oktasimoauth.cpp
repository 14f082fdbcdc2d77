#include "SimProcess.h"
#include "base/Clock.h"
#include "oauth/Base64Url.h"
#include "oauth/ClientAssertion.h"
#include "oauth/DpopProof.h"
#include "oauth/Jws.h"
#include "oauth/SigningKey.h"
#include "oktasim/OktaSimServer.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QUuid>

using cordon::core::ClientAssertion;
using cordon::core::DpopProof;
using cordon::core::Jws;
using cordon::core::SigningKey;
using cordon::test::HttpResult;
using cordon::test::SimProcess;

namespace
{

const QString kAllScopes = QStringLiteral(
    "okta.users.read okta.users.manage okta.groups.read okta.groups.manage okta.roles.read okta.schemas.read");

QString encoded(const QString& text)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text));
}

QByteArray b64(const QByteArray& data)
{
    return cordon::core::base64url::encode(data);
}

} // namespace

// cordon-okta-sim as an OAuth 2.0 service app meets Okta, over real HTTP: the token endpoint with private_key_jwt
// and DPoP's nonce, and every Management API call checked for its DPoP proof, its token and its scope. The client
// side is Cordon's own library: SigningKey, ClientAssertion and DpopProof. Expectations: docs/okta.md §4 and
// docs/simulator.md §3a.
class TestOktaSimOAuth : public QObject
{
    Q_OBJECT

private:
    SimProcess m_sim;
    SigningKey m_clientKey; // the demo client's registered key, a test fixture
    SigningKey m_dpopKey;   // separate from the client key, as Okta advises
    QString m_joren;

    struct Token
    {
        QString accessToken;
        QString nonce;
        HttpResult reply;
    };

    QByteArray assertion(const SigningKey& key,
                         const QString& clientId = SimProcess::demoClientId(),
                         const QString& kid = SimProcess::demoClientKeyId()) const
    {
        ClientAssertion assertion(clientId, m_sim.tokenUrl());
        assertion.setKeyId(kid);
        return assertion.sign(key);
    }
    QByteArray assertion() const { return assertion(m_clientKey); }

    // A JWS with exactly this header and these claims, signed by key (alg set from the key).
    static QByteArray signedJwt(QJsonObject header, const QJsonObject& claims, const SigningKey& key)
    {
        return Jws::sign(header, claims, key);
    }
    QJsonObject assertionClaims(qint64 lifetime, const QString& aud) const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return {{QStringLiteral("iss"), SimProcess::demoClientId()},
                {QStringLiteral("sub"), SimProcess::demoClientId()},
                {QStringLiteral("aud"), aud},
                {QStringLiteral("iat"), now},
                {QStringLiteral("exp"), now + lifetime},
                {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    }

    HttpResult tokenRequest(const QByteArray& clientAssertion,
                            const QByteArray& proof,
                            const QString& scope = kAllScopes,
                            const QString& grantType = QStringLiteral("client_credentials"))
    {
        const QByteArray body = "grant_type=" + QUrl::toPercentEncoding(grantType) +
                                "&scope=" + QUrl::toPercentEncoding(scope) +
                                "&client_assertion_type=" + QUrl::toPercentEncoding(ClientAssertion::assertionType()) +
                                "&client_assertion=" + clientAssertion;
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
        if (!proof.isEmpty()) {
            headers.append({"DPoP", proof});
        }
        return m_sim.sendWithHeaders("POST", QStringLiteral("/oauth2/v1/token"), headers, body);
    }
    QByteArray tokenProof(const QString& nonce = {}, const SigningKey* key = nullptr) const
    {
        DpopProof proof("POST", m_sim.tokenUrl());
        proof.setNonce(nonce);
        return proof.sign(key ? *key : m_dpopKey);
    }
    // The token dance as Cordon does it: a proof at once, then the nonce Okta asks for.
    Token token(const QString& scope = kAllScopes)
    {
        Token token;
        const HttpResult first = tokenRequest(assertion(), tokenProof(), scope);
        token.nonce = QString::fromLatin1(first.header("dpop-nonce"));
        token.reply = tokenRequest(assertion(), tokenProof(token.nonce), scope);
        token.accessToken = token.reply.object().value(QLatin1String("access_token")).toString();
        return token;
    }

    QUrl urlOf(const QString& encodedPath) const
    {
        return QUrl::fromEncoded((m_sim.baseUrl().toString() + encodedPath).toUtf8());
    }
    QByteArray resourceProof(const QByteArray& method, const QString& encodedPath, const QString& accessToken) const
    {
        DpopProof proof(method, urlOf(encodedPath));
        proof.setAccessToken(accessToken.toLatin1());
        return proof.sign(m_dpopKey);
    }
    // A proof with exactly these claims, for the forms DpopProof never writes.
    QByteArray rawProof(const QJsonObject& claims, const SigningKey& key) const
    {
        return signedJwt(
            {{QStringLiteral("typ"), QStringLiteral("dpop+jwt")}, {QStringLiteral("jwk"), key.publicJwk()}}, claims,
            key);
    }
    QJsonObject proofClaims(const QString& method, const QString& htu, const QString& accessToken) const
    {
        return {{QStringLiteral("htm"), method},
                {QStringLiteral("htu"), htu},
                {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch()},
                {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("ath"), DpopProof::accessTokenHash(accessToken.toLatin1())}};
    }
    HttpResult call(const QByteArray& method,
                    const QString& encodedPath,
                    const QString& accessToken,
                    const QByteArray& proof,
                    const QByteArray& scheme = "DPoP")
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", scheme + ' ' + accessToken.toLatin1()}};
        if (!proof.isEmpty()) {
            headers.append({"DPoP", proof});
        }
        return m_sim.sendWithHeaders(method, encodedPath, headers);
    }
    HttpResult call(const QByteArray& method, const QString& encodedPath, const QString& accessToken)
    {
        return call(method, encodedPath, accessToken, resourceProof(method, encodedPath, accessToken));
    }
    QString origin() const { return m_sim.baseUrl().toString(QUrl::StripTrailingSlash); }

    static void verifyTokenError(const HttpResult& result, int status, const char* error)
    {
        QCOMPARE(result.status, status);
        QCOMPARE(result.object().value(QLatin1String("error")).toString(), QLatin1String(error));
        QVERIFY(!result.object().value(QLatin1String("error_description")).toString().isEmpty());
    }
    // Okta's 401 for a resource call: its challenge names the error; the body is E0000011.
    static void verifyRefused(const HttpResult& result, const char* error, const QString& description = {})
    {
        QCOMPARE(result.status, 401);
        const QString challenge = QString::fromUtf8(result.header("WWW-Authenticate"));
        QVERIFY2(challenge.contains(QStringLiteral("error=\"%1\"").arg(QLatin1String(error))), qPrintable(challenge));
        if (!description.isEmpty()) {
            QVERIFY2(challenge.contains(QStringLiteral("error_description=\"%1\"").arg(description)),
                     qPrintable(challenge));
        }
        QCOMPARE(result.object().value(QLatin1String("errorCode")).toString(), QStringLiteral("E0000011"));
    }
    QJsonObject client(const QString& clientId,
                       const SigningKey& key,
                       const QStringList& scopes,
                       bool dpop,
                       const QString& roleType) const
    {
        return {{QStringLiteral("clientId"), clientId},
                {QStringLiteral("jwks"), QJsonArray{key.registrationJwk(QStringLiteral("k1"))}},
                {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                {QStringLiteral("dpopRequired"), dpop},
                {QStringLiteral("roles"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("ra1test")},
                                        {QStringLiteral("type"), roleType},
                                        {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                        {QStringLiteral("assignmentType"), QStringLiteral("CLIENT")}}}}};
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_clientKey = SigningKey::fromPem(SimProcess::demoClientKey(), &error);
        QVERIFY2(!m_clientKey.isNull(), qPrintable(error));
        m_dpopKey = SigningKey::generate();
        QVERIFY(!m_dpopKey.isNull());
        QVERIFY2(m_sim.start({}, &error), qPrintable(error));
        m_joren = m_sim.userId(SimProcess::jorenLogin());
        QVERIFY(m_joren.startsWith(QLatin1String("00u")));
    }
    void init() { m_sim.reset(); }

    void tokenDanceTakesThreeStepsAndBindsTheToken()
    {
        // Without a proof, a DPoP app is refused before anything else.
        verifyTokenError(tokenRequest(assertion(), {}), 400, "invalid_dpop_proof");
        QCOMPARE(tokenRequest(assertion(), {}).object().value(QLatin1String("error_description")).toString(),
                 QStringLiteral("The DPoP proof JWT header is missing."));
        // A proof without the nonce: Okta hands one out.
        const HttpResult nonceReply = tokenRequest(assertion(), tokenProof());
        verifyTokenError(nonceReply, 400, "use_dpop_nonce");
        const QString nonce = QString::fromLatin1(nonceReply.header("dpop-nonce"));
        QVERIFY(!nonce.isEmpty());
        // With the nonce, a new proof and a new assertion: a DPoP token for the scopes asked.
        const HttpResult reply = tokenRequest(assertion(), tokenProof(nonce), QStringLiteral("okta.users.read"));
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.object();
        QCOMPARE(body.value(QLatin1String("token_type")).toString(), QStringLiteral("DPoP"));
        QCOMPARE(body.value(QLatin1String("expires_in")).toInt(), 3600);
        QCOMPARE(body.value(QLatin1String("scope")).toString(), QStringLiteral("okta.users.read"));
        QVERIFY(body.value(QLatin1String("access_token")).toString().size() >= 32);
        QVERIFY(!body.contains(QLatin1String("refresh_token")));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        // Two tokens are never the same.
        QVERIFY(token().accessToken != body.value(QLatin1String("access_token")).toString());
    }

    void anAssertionIsTakenOnce()
    {
        const QByteArray once = assertion();
        const HttpResult first = tokenRequest(once, tokenProof());
        verifyTokenError(first, 400, "use_dpop_nonce");
        const QString nonce = QString::fromLatin1(first.header("dpop-nonce"));
        verifyTokenError(tokenRequest(once, tokenProof(nonce)), 401, "invalid_client");
        QCOMPARE(tokenRequest(assertion(), tokenProof(nonce)).status, 200);
    }

    void aKeyTheClientDidNotRegisterIsRefused()
    {
        const SigningKey stranger = SigningKey::generate();
        verifyTokenError(tokenRequest(assertion(stranger), tokenProof()), 401, "invalid_client");
        // Nor with an unknown kid, nor as a client that does not exist.
        verifyTokenError(
            tokenRequest(assertion(m_clientKey, SimProcess::demoClientId(), QStringLiteral("other-kid")), tokenProof()),
            401, "invalid_client");
        verifyTokenError(tokenRequest(assertion(m_clientKey, QStringLiteral("0oanosuchclient00001")), tokenProof()),
                         401, "invalid_client");
    }

    void anAssertionForAnotherOrgIsRefused()
    {
        const QJsonObject header{{QStringLiteral("kid"), SimProcess::demoClientKeyId()}};
        const QByteArray other = signedJwt(
            header, assertionClaims(300, QStringLiteral("https://other.okta.com/oauth2/v1/token")), m_clientKey);
        verifyTokenError(tokenRequest(other, tokenProof()), 401, "invalid_client");
        // The same assertion for this server passes the client check (and reaches the nonce step).
        const QByteArray mine = signedJwt(header, assertionClaims(300, m_sim.tokenUrl().toString()), m_clientKey);
        verifyTokenError(tokenRequest(mine, tokenProof()), 400, "use_dpop_nonce");
    }

    void anAssertionLivingOverAnHourIsRefused()
    {
        const QJsonObject header{{QStringLiteral("kid"), SimProcess::demoClientKeyId()}};
        verifyTokenError(
            tokenRequest(signedJwt(header, assertionClaims(7200, m_sim.tokenUrl().toString()), m_clientKey),
                         tokenProof()),
            401, "invalid_client");
        verifyTokenError(tokenRequest(signedJwt(header, assertionClaims(-60, m_sim.tokenUrl().toString()), m_clientKey),
                                      tokenProof()),
                         401, "invalid_client");
    }

    void unsignedAndHmacAssertionsAreRefused()
    {
        const QByteArray claims =
            b64(QJsonDocument(assertionClaims(300, m_sim.tokenUrl().toString())).toJson(QJsonDocument::Compact));
        const QByteArray none = b64(R"({"alg":"none","kid":"sim-client-ec-1"})") + '.' + claims + '.';
        verifyTokenError(tokenRequest(none, tokenProof()), 401, "invalid_client");
        // HS256 keyed with the registered public key's own text, the classic confusion attack.
        const QByteArray input = b64(R"({"alg":"HS256","kid":"sim-client-ec-1"})") + '.' + claims;
        const QByteArray secret = QJsonDocument(m_clientKey.publicJwk()).toJson(QJsonDocument::Compact);
        const QByteArray hmac =
            input + '.' + b64(QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256));
        verifyTokenError(tokenRequest(hmac, tokenProof()), 401, "invalid_client");
    }

    void badGrantsAndScopesAreRefused()
    {
        verifyTokenError(tokenRequest(assertion(), tokenProof(), kAllScopes, QStringLiteral("password")), 400,
                         "unsupported_grant_type");
        verifyTokenError(tokenRequest(assertion(), tokenProof(), QString()), 400, "invalid_scope");
        verifyTokenError(tokenRequest(assertion(), tokenProof(), QStringLiteral("okta.users.read okta.apps.manage")),
                         400, "invalid_scope");
        verifyTokenError(tokenRequest("not-a-jwt", tokenProof()), 401, "invalid_client");
    }

    void aTokenProofMustHoldAtTheTokenEndpoint()
    {
        const QString nonce = QString::fromLatin1(tokenRequest(assertion(), tokenProof()).header("dpop-nonce"));
        // Wrong method, wrong URL, stale.
        DpopProof get("GET", m_sim.tokenUrl());
        get.setNonce(nonce);
        verifyTokenError(tokenRequest(assertion(), get.sign(m_dpopKey)), 400, "invalid_dpop_proof");
        DpopProof elsewhere("POST", QUrl(QStringLiteral("https://other.okta.com/oauth2/v1/token")));
        elsewhere.setNonce(nonce);
        verifyTokenError(tokenRequest(assertion(), elsewhere.sign(m_dpopKey)), 400, "invalid_dpop_proof");
        cordon::core::ManualClock past(QDateTime::currentDateTimeUtc().addSecs(-3600));
        DpopProof stale("POST", m_sim.tokenUrl());
        stale.setNonce(nonce);
        stale.setClock(&past);
        verifyTokenError(tokenRequest(assertion(), stale.sign(m_dpopKey)), 400, "invalid_dpop_proof");
        // A nonce the server never gave.
        verifyTokenError(tokenRequest(assertion(), tokenProof(QStringLiteral("made-up"))), 400, "use_dpop_nonce");
        // One proof, once.
        const QByteArray proof = tokenProof(nonce);
        QCOMPARE(tokenRequest(assertion(), proof).status, 200);
        verifyTokenError(tokenRequest(assertion(), proof), 400, "invalid_dpop_proof");
    }

    void aDpopCallWithItsProofActsWithTheAppsRoles()
    {
        const Token t = token();
        QCOMPARE(t.reply.status, 200);
        const QString path = QStringLiteral("/api/v1/users/") + m_joren;
        const HttpResult user = call("GET", path, t.accessToken);
        QCOMPARE(user.status, 200);
        QCOMPARE(user.object().value(QLatin1String("id")).toString(), m_joren);
        // Its path holds %40; the proof names the decoded @, as Okta compares it.
        const HttpResult byLogin =
            call("GET", QStringLiteral("/api/v1/users/") + encoded(SimProcess::jorenLogin()), t.accessToken);
        QCOMPARE(byLogin.status, 200);
        QCOMPARE(byLogin.object().value(QLatin1String("id")).toString(), m_joren);
        // The app is an org admin: it may suspend.
        QCOMPARE(call("POST", path + QStringLiteral("/lifecycle/suspend"), t.accessToken).status, 200);
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("status")).toString(), QStringLiteral("SUSPENDED"));
    }

    void aBadProofIsRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("missing") << "missing";
        QTest::newRow("wrong htm") << "htm";
        QTest::newRow("wrong htu") << "htu";
        QTest::newRow("encoded %40 in htu") << "encoded";
        QTest::newRow("query in htu") << "query";
        QTest::newRow("another key") << "key";
        QTest::newRow("no ath") << "no-ath";
        QTest::newRow("wrong ath") << "ath";
        QTest::newRow("stale iat") << "iat";
        QTest::newRow("typ not dpop+jwt") << "typ";
    }
    void aBadProofIsRefused()
    {
        QFETCH(QString, what);
        const Token t = token();
        const QString path = QStringLiteral("/api/v1/users/") + encoded(SimProcess::jorenLogin());
        const QString decodedHtu = origin() + QStringLiteral("/api/v1/users/") + SimProcess::jorenLogin();
        QJsonObject claims = proofClaims(QStringLiteral("GET"), decodedHtu, t.accessToken);
        QByteArray proof = rawProof(claims, m_dpopKey);
        // The honest proof passes, so each refusal below is for its one flaw.
        QCOMPARE(call("GET", path, t.accessToken, proof).status, 200);
        claims.insert(QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        QString description;
        const SigningKey other = SigningKey::generate();
        if (what == QLatin1String("missing")) {
            proof.clear();
        } else if (what == QLatin1String("htm")) {
            claims.insert(QStringLiteral("htm"), QStringLiteral("POST"));
        } else if (what == QLatin1String("htu")) {
            claims.insert(QStringLiteral("htu"), origin() + QStringLiteral("/api/v1/users/") + m_joren);
            description = QStringLiteral("'htu' claim in the DPoP proof JWT is invalid.");
        } else if (what == QLatin1String("encoded")) {
            claims.insert(QStringLiteral("htu"), origin() + path);
            description = QStringLiteral("'htu' claim in the DPoP proof JWT is invalid.");
        } else if (what == QLatin1String("query")) {
            claims.insert(QStringLiteral("htu"), decodedHtu + QStringLiteral("?expand=groups"));
            description = QStringLiteral("'htu' claim in the DPoP proof JWT is invalid.");
        } else if (what == QLatin1String("no-ath")) {
            claims.remove(QStringLiteral("ath"));
        } else if (what == QLatin1String("ath")) {
            claims.insert(QStringLiteral("ath"), DpopProof::accessTokenHash("another token"));
        } else if (what == QLatin1String("iat")) {
            claims.insert(QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch() - 3600);
        }
        if (what == QLatin1String("key")) {
            proof = rawProof(claims, other);
        } else if (what == QLatin1String("typ")) {
            proof = signedJwt(
                {{QStringLiteral("typ"), QStringLiteral("JWT")}, {QStringLiteral("jwk"), m_dpopKey.publicJwk()}},
                claims, m_dpopKey);
        } else if (what != QLatin1String("missing")) {
            proof = rawProof(claims, m_dpopKey);
        }
        const HttpResult refused = call("GET", path, t.accessToken, proof);
        verifyRefused(refused, "invalid_dpop_proof", description);
        QVERIFY(refused.header("WWW-Authenticate").startsWith("DPoP algs="));
        QVERIFY(refused.header("WWW-Authenticate").contains("scope=\"okta.users.read\""));
    }

    void aProofIsTakenOnce()
    {
        const Token t = token();
        const QString path = QStringLiteral("/api/v1/users/") + m_joren;
        const QByteArray proof = resourceProof("GET", path, t.accessToken);
        QCOMPARE(call("GET", path, t.accessToken, proof).status, 200);
        verifyRefused(call("GET", path, t.accessToken, proof), "invalid_dpop_proof");
        QCOMPARE(call("GET", path, t.accessToken).status, 200);
    }

    void aDpopTokenIsNoBearerToken()
    {
        const Token t = token();
        const QString path = QStringLiteral("/api/v1/users/") + m_joren;
        verifyRefused(call("GET", path, t.accessToken, {}, "Bearer"), "invalid_token");
        verifyRefused(call("GET", path, t.accessToken, resourceProof("GET", path, t.accessToken), "Bearer"),
                      "invalid_token");
        // Nor is it an SSWS token.
        QCOMPARE(m_sim.send("GET", path, t.accessToken).status, 401);
    }

    void aMissingScopeIsNamedInTheChallenge()
    {
        const Token t = token(QStringLiteral("okta.users.read"));
        QCOMPARE(t.reply.status, 200);
        const QString path = QStringLiteral("/api/v1/users/") + m_joren + QStringLiteral("/lifecycle/suspend");
        const HttpResult refused = call("POST", path, t.accessToken);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.object().value(QLatin1String("errorCode")).toString(), QStringLiteral("E0000006"));
        QCOMPARE(QString::fromUtf8(refused.header("WWW-Authenticate")),
                 QStringLiteral("DPoP algs=\"RS256 RS384 RS512 ES256 ES384 ES512\", "
                                "authorization_uri=\"%1/oauth2/v1/authorize\", realm=\"%1\", "
                                "scope=\"okta.users.manage\", error=\"insufficient_scope\", "
                                "error_description=\"The access token provided does not contain the required "
                                "scopes.\", resource=\"%2\"")
                     .arg(origin(), path));
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
    }

    void aClientThatLosesAScopeLosesItInItsTokens()
    {
        const Token t = token();
        const QString path = QStringLiteral("/api/v1/users/") + m_joren;
        QCOMPARE(call("GET", path, t.accessToken).status, 200);
        QVERIFY(m_sim.revokeClientScope(SimProcess::demoClientId(), QStringLiteral("okta.users.read")));
        const HttpResult refused = call("GET", path, t.accessToken);
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.header("WWW-Authenticate").contains("scope=\"okta.users.read\""));
        // Nor can a new token ask for it.
        verifyTokenError(tokenRequest(assertion(), tokenProof(t.nonce), kAllScopes), 400, "invalid_scope");
    }

    void aScopeFaultOnAnOAuthCallNamesTheScope()
    {
        const Token t = token();
        QVERIFY(m_sim.setFaults({QStringLiteral("GET /api/v1/users/*=403x1")}));
        const QString path = QStringLiteral("/api/v1/users/") + m_joren;
        const HttpResult refused = call("GET", path, t.accessToken);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.object().value(QLatin1String("errorCode")).toString(), QStringLiteral("E0000006"));
        const QByteArray challenge = refused.header("WWW-Authenticate");
        QVERIFY2(challenge.startsWith("DPoP algs=") && challenge.contains("scope=\"okta.users.read\"") &&
                     challenge.contains("error=\"insufficient_scope\"") &&
                     challenge.contains("resource=\"" + path.toLatin1() + '"'),
                 challenge.constData());
        QCOMPARE(call("GET", path, t.accessToken).status, 200);
    }

    void anExpiredTokenIsAnInvalidToken()
    {
        const Token t = token();
        const QString path = QStringLiteral("/api/v1/users/") + m_joren;
        QCOMPARE(call("GET", path, t.accessToken).status, 200);
        QCOMPARE(m_sim.expireOAuthTokens(), 1);
        verifyRefused(call("GET", path, t.accessToken), "invalid_token");
        // A made-up token likewise.
        verifyRefused(call("GET", path, QStringLiteral("made-up-token")), "invalid_token");
        // A new token works.
        QCOMPARE(call("GET", path, token().accessToken).status, 200);
    }

    void aRotatedNonceRefusesTheOldOne()
    {
        const Token t = token();
        QCOMPARE(t.reply.status, 200);
        const QString fresh = m_sim.rotateDpopNonce();
        QVERIFY(!fresh.isEmpty() && fresh != t.nonce);
        const HttpResult old = tokenRequest(assertion(), tokenProof(t.nonce));
        verifyTokenError(old, 400, "use_dpop_nonce");
        QCOMPARE(QString::fromLatin1(old.header("dpop-nonce")), fresh);
        QCOMPARE(tokenRequest(assertion(), tokenProof(fresh)).status, 200);
        // As Okta renews it, the previous nonce still works for a while.
        const QString renewed = m_sim.rotateDpopNonce(true);
        QCOMPARE(tokenRequest(assertion(), tokenProof(fresh)).status, 200);
        QCOMPARE(tokenRequest(assertion(), tokenProof(renewed)).status, 200);
        // Tokens issued before a rotation keep working: the nonce is for the token endpoint.
        QCOMPARE(call("GET", QStringLiteral("/api/v1/users/") + m_joren, t.accessToken).status, 200);
    }

    void theAppReadsItsOwnRolesAndHasNoUser()
    {
        const Token t = token();
        const QString path = QStringLiteral("/oauth2/v1/clients/%1/roles").arg(SimProcess::demoClientId());
        const HttpResult roles = call("GET", path, t.accessToken);
        QCOMPARE(roles.status, 200);
        QCOMPARE(roles.array().size(), 1);
        QCOMPARE(roles.array().first().toObject().value(QLatin1String("type")).toString(), QStringLiteral("ORG_ADMIN"));
        QCOMPARE(roles.array().first().toObject().value(QLatin1String("assignmentType")).toString(),
                 QStringLiteral("CLIENT"));
        // Without okta.roles.read, refused with the scope named.
        const Token readOnly = token(QStringLiteral("okta.users.read"));
        const HttpResult refused = call("GET", path, readOnly.accessToken);
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.header("WWW-Authenticate").contains("scope=\"okta.roles.read\""));
        // A service app is no user.
        const HttpResult me = call("GET", QStringLiteral("/api/v1/users/me"), t.accessToken);
        QCOMPARE(me.status, 404);
        QCOMPARE(me.object().value(QLatin1String("errorCode")).toString(), QStringLiteral("E0000007"));
        // An unknown client.
        QCOMPARE(call("GET", QStringLiteral("/oauth2/v1/clients/0oanosuchclient00001/roles"), t.accessToken).status,
                 404);
    }

    void aBearerAppActsWithinItsRoles()
    {
        const SigningKey key = SigningKey::generate(SigningKey::Kind::Rsa2048);
        const QString id = QStringLiteral("0oahelpdeskbearer001");
        QString error;
        QVERIFY2(
            m_sim.registerClient(
                client(id, key, kAllScopes.split(QLatin1Char(' ')), false, QStringLiteral("HELP_DESK_ADMIN")), &error),
            qPrintable(error));
        const HttpResult issued = tokenRequest(assertion(key, id, QStringLiteral("k1")), {});
        QCOMPARE(issued.status, 200);
        QCOMPARE(issued.object().value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        const QString accessToken = issued.object().value(QLatin1String("access_token")).toString();
        const QString path = QStringLiteral("/api/v1/users/") + m_joren;
        QCOMPARE(call("GET", path, accessToken, {}, "Bearer").status, 200);
        // A help desk admin may clear sessions but not suspend: its role decides, not its scopes.
        QCOMPARE(call("DELETE", path + QStringLiteral("/sessions"), accessToken, {}, "Bearer").status, 204);
        const HttpResult suspend = call("POST", path + QStringLiteral("/lifecycle/suspend"), accessToken, {}, "Bearer");
        QCOMPARE(suspend.status, 403);
        QCOMPARE(suspend.object().value(QLatin1String("errorCode")).toString(), QStringLiteral("E0000006"));
        QVERIFY(suspend.header("WWW-Authenticate").isEmpty());
        // An unbound token sent as DPoP is refused.
        verifyRefused(call("GET", path, accessToken), "invalid_token");
    }

    void badClientsAreRefusedAtRegistrationAndLoad()
    {
        const SigningKey key = SigningKey::generate();
        QJsonObject privateKey = client(QStringLiteral("0oaprivate"), key, {}, true, QStringLiteral("ORG_ADMIN"));
        QJsonObject jwk = key.registrationJwk(QStringLiteral("k1"));
        jwk.insert(QStringLiteral("d"), QStringLiteral("AAAA"));
        privateKey.insert(QStringLiteral("jwks"), QJsonArray{jwk});
        QString error;
        QVERIFY(!m_sim.registerClient(privateKey, &error));
        QVERIFY2(error.contains(QLatin1String("private")), qPrintable(error));
        QJsonObject spaced = client(QStringLiteral("0oa with spaces"), key, {}, true, QStringLiteral("ORG_ADMIN"));
        QVERIFY(!m_sim.registerClient(spaced, &error));
        QVERIFY2(error.contains(QLatin1String("clientId")), qPrintable(error));
        QJsonObject noKid = client(QStringLiteral("0oanokid"), key, {}, true, QStringLiteral("ORG_ADMIN"));
        noKid.insert(QStringLiteral("jwks"), QJsonArray{key.publicJwk()});
        QVERIFY(!m_sim.registerClient(noKid, &error));
        QVERIFY2(error.contains(QLatin1String("kid")), qPrintable(error));

        // The same checks when a directory file is loaded.
        QJsonObject directory = cordon::sim::OktaSimServer::demoDirectory();
        directory.insert(QStringLiteral("clients"), QJsonArray{privateKey});
        cordon::sim::OktaSimServer server;
        QVERIFY(!server.loadDirectory(directory, &error));
        QVERIFY2(error.contains(QLatin1String("private")), qPrintable(error));
        const QJsonObject good = client(QStringLiteral("0oagood"), key, {}, true, QStringLiteral("ORG_ADMIN"));
        directory.insert(QStringLiteral("clients"), QJsonArray{good, good});
        QVERIFY(!server.loadDirectory(directory, &error));
        QVERIFY2(error.contains(QLatin1String("twice")), qPrintable(error));
    }

    void theTokenEndpointIsLoggedWithoutItsSecrets()
    {
        const Token t = token();
        QCOMPARE(t.reply.status, 200);
        QVERIFY(!t.reply.header("X-Okta-Request-Id").isEmpty());
        QCOMPARE(call("GET", QStringLiteral("/api/v1/users/") + m_joren, t.accessToken).status, 200);
        const QJsonArray log = m_sim.requests();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).toObject().value(QLatin1String("path")).toString(), QStringLiteral("/oauth2/v1/token"));
        QCOMPARE(log.at(0).toObject().value(QLatin1String("status")).toInt(), 400);
        QCOMPARE(log.at(1).toObject().value(QLatin1String("status")).toInt(), 200);
        const QByteArray text = QJsonDocument(log).toJson();
        QVERIFY(!text.contains(t.accessToken.toLatin1()));
        QVERIFY(!text.contains("eyJ"));
    }

    void sswsTokensWorkAsBefore()
    {
        const Token t = token();
        QCOMPARE(t.reply.status, 200);
        const HttpResult me = m_sim.send("GET", QStringLiteral("/api/v1/users/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.header("WWW-Authenticate"), QByteArray());
        QCOMPARE(m_sim.send("GET", QStringLiteral("/api/v1/users/") + m_joren + QStringLiteral("/roles")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestOktaSimOAuth)
#include "tst_oktasimoauth.moc"
