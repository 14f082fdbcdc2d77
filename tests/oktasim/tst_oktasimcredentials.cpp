#include "SimProcess.h"
#include "oauth/ClientAssertion.h"
#include "oauth/DpopProof.h"
#include "oauth/SigningKey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using cordon::core::ClientAssertion;
using cordon::core::DpopProof;
using cordon::core::SigningKey;
using cordon::test::HttpResult;
using cordon::test::SimProcess;

namespace
{

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString errorCode(const HttpResult& result)
{
    return result.object().value(QLatin1String("errorCode")).toString();
}

QStringList factorIds(const QJsonArray& factors)
{
    QStringList ids;
    for (const QJsonValue& factor : factors) {
        ids.append(factor.toObject().value(QLatin1String("id")).toString());
    }
    return ids;
}

QJsonObject factor(const QString& id, const QString& type, const QString& created)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("factorType"), type},
            {QStringLiteral("provider"), QStringLiteral("OKTA")},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("created"), created}};
}

QJsonObject revocation(const QString& userId)
{
    return {{QStringLiteral("sub_id"),
             QJsonObject{{QStringLiteral("format"), QStringLiteral("opaque")}, {QStringLiteral("id"), userId}}}};
}

} // namespace

// The credential calls of cordon-okta-sim over real HTTP, against the program: factors, expire_password,
// reset_factors, and with Identity Threat Protection user risk and global token revocation; their status rules,
// bad bodies, scopes and faults. Expectations: docs/okta.md §Credential calls and docs/simulator.md.
class TestOktaSimCredentials : public QObject
{
    Q_OBJECT

private:
    SimProcess m_sim;
    QString m_joren;

    QString userPath(const QString& suffix = {}) const { return QStringLiteral("/api/v1/users/") + m_joren + suffix; }
    HttpResult post(const QString& path, const QString& token = SimProcess::demoToken())
    {
        return m_sim.send("POST", path, token);
    }
    QJsonArray factorsOf(const QString& userId)
    {
        const HttpResult result = m_sim.send("GET", QStringLiteral("/api/v1/users/%1/factors").arg(userId));
        return result.status == 200 ? result.array() : QJsonArray{QStringLiteral("status %1").arg(result.status)};
    }
    QString status(const QString& userId) { return m_sim.user(userId).value(QLatin1String("status")).toString(); }

    // A Bearer token for a service app with these scopes, acting as an org admin.
    QString bearerToken(const QString& clientId, const QStringList& scopes)
    {
        const SigningKey key = SigningKey::generate();
        const QJsonObject client{
            {QStringLiteral("clientId"), clientId},
            {QStringLiteral("jwks"), QJsonArray{key.registrationJwk(QStringLiteral("k1"))}},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
            {QStringLiteral("dpopRequired"), false},
            {QStringLiteral("roles"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("ra1credentials")},
                                    {QStringLiteral("type"), QStringLiteral("ORG_ADMIN")},
                                    {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                                    {QStringLiteral("assignmentType"), QStringLiteral("CLIENT")}}}}};
        QString error;
        if (!m_sim.registerClient(client, &error)) {
            qWarning() << "client refused:" << error;
            return {};
        }
        ClientAssertion assertion(clientId, m_sim.tokenUrl());
        assertion.setKeyId(QStringLiteral("k1"));
        const QByteArray body =
            "grant_type=client_credentials&scope=" + QUrl::toPercentEncoding(scopes.join(QLatin1Char(' '))) +
            "&client_assertion_type=" + QUrl::toPercentEncoding(ClientAssertion::assertionType()) +
            "&client_assertion=" + assertion.sign(key);
        const HttpResult issued = m_sim.sendWithHeaders("POST", QStringLiteral("/oauth2/v1/token"),
                                                        {{"Content-Type", "application/x-www-form-urlencoded"}}, body);
        return issued.object().value(QLatin1String("access_token")).toString();
    }
    HttpResult bearer(const QByteArray& method, const QString& path, const QString& token, const QByteArray& body = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token.toLatin1()}};
        if (!body.isEmpty()) {
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        }
        return m_sim.sendWithHeaders(method, path, headers, body);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start({}, &error), qPrintable(error));
        m_joren = m_sim.userId(SimProcess::jorenLogin());
        QVERIFY(m_joren.startsWith(QLatin1String("00u")));
    }
    void init() { m_sim.reset(); }

    void factorsAreListedWithOktasFields()
    {
        const QJsonArray factors = factorsOf(m_joren);
        QCOMPARE(factorIds(factors),
                 (QStringList{SimProcess::jorenOktaVerifyFactorId(), SimProcess::jorenNewPhoneFactorId()}));
        const QJsonObject phone = factors.at(1).toObject();
        QCOMPARE(phone.value(QLatin1String("factorType")).toString(), QStringLiteral("sms"));
        QCOMPARE(phone.value(QLatin1String("provider")).toString(), QStringLiteral("OKTA"));
        QCOMPARE(phone.value(QLatin1String("vendorName")).toString(), QStringLiteral("OKTA"));
        QCOMPARE(phone.value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(phone.value(QLatin1String("created")).toString(), SimProcess::jorenNewPhoneEnrolledAt());
        QCOMPARE(phone.value(QLatin1String("lastUpdated")).toString(), SimProcess::jorenNewPhoneEnrolledAt());
        QVERIFY(phone.value(QLatin1String("profile")).isObject());
        const QJsonObject self =
            phone.value(QLatin1String("_links")).toObject().value(QLatin1String("self")).toObject();
        QVERIFY(self.value(QLatin1String("href"))
                    .toString()
                    .endsWith(userPath(QStringLiteral("/factors/")) + SimProcess::jorenNewPhoneFactorId()));
        // The user object does not carry its factors, and /__sim shows them as stored.
        QVERIFY(!m_sim.send("GET", userPath()).object().contains(QLatin1String("factors")));
        QCOMPARE(factorIds(m_sim.user(m_joren).value(QLatin1String("factors")).toArray()), factorIds(factors));
        // A user without factors has an empty list; an unknown user is Okta's 404.
        QCOMPARE(factorsOf(m_sim.userId(QStringLiteral("noor.haddad@example.com"))), QJsonArray());
        const HttpResult unknown = m_sim.send("GET", QStringLiteral("/api/v1/users/00unosuchuser0000001/factors"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(errorCode(unknown), QStringLiteral("E0000007"));
    }

    void aFactorIsRemovedOnceThenNotFound()
    {
        const QString path = userPath(QStringLiteral("/factors/")) + SimProcess::jorenNewPhoneFactorId();
        const HttpResult read = m_sim.send("GET", path);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.object().value(QLatin1String("created")).toString(), SimProcess::jorenNewPhoneEnrolledAt());
        const HttpResult removed = m_sim.send("DELETE", path);
        QCOMPARE(removed.status, 204);
        QVERIFY(removed.body.isEmpty());
        QCOMPARE(factorIds(factorsOf(m_joren)), QStringList{SimProcess::jorenOktaVerifyFactorId()});
        const HttpResult again = m_sim.send("DELETE", path);
        QCOMPARE(again.status, 404);
        QCOMPARE(errorCode(again), QStringLiteral("E0000007"));
        QCOMPARE(factorIds(factorsOf(m_joren)), QStringList{SimProcess::jorenOktaVerifyFactorId()});
        QCOMPARE(errorCode(m_sim.send("GET", path)), QStringLiteral("E0000007"));
    }

    void removingOktaVerifyPushTakesItsTotpWithIt()
    {
        QString error;
        QVERIFY2(m_sim.addFactor(m_joren,
                                 factor(QStringLiteral("ostfjorentotp000001"), QStringLiteral("token:software:totp"),
                                        QStringLiteral("2025-03-12T09:42:00.000Z")),
                                 &error),
                 qPrintable(error));
        QCOMPARE(factorsOf(m_joren).size(), 3);
        QCOMPARE(
            m_sim.send("DELETE", userPath(QStringLiteral("/factors/")) + SimProcess::jorenOktaVerifyFactorId()).status,
            204);
        // The phone is no Okta Verify factor and stays.
        QCOMPARE(factorIds(factorsOf(m_joren)), QStringList{SimProcess::jorenNewPhoneFactorId()});
    }

    void badFactorsAreRefusedAtRunTime()
    {
        QString error;
        QVERIFY(!m_sim.addFactor(m_joren,
                                 factor(SimProcess::jorenNewPhoneFactorId(), QStringLiteral("sms"),
                                        QStringLiteral("2026-11-27T08:30:00.000Z")),
                                 &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!m_sim.addFactor(m_joren,
                                 factor(QStringLiteral("xyz1"), QStringLiteral("carrier-pigeon"),
                                        QStringLiteral("2026-11-27T08:30:00.000Z")),
                                 &error));
        QVERIFY(error.contains(QLatin1String("factorType")));
        QVERIFY(!m_sim.addFactor(
            m_joren, factor(QStringLiteral("xyz2"), QStringLiteral("sms"), QStringLiteral("today")), &error));
        QVERIFY(error.contains(QLatin1String("created")));
        QCOMPARE(factorsOf(m_joren).size(), 2);
    }

    void aDeactivatedUsersFactorsStay()
    {
        const QString maes = m_sim.userId(QStringLiteral("joren.maes@example.com"));
        QCOMPARE(status(maes), QStringLiteral("DEPROVISIONED"));
        QVERIFY(m_sim.addFactor(maes, factor(QStringLiteral("smsmaes0000000000001"), QStringLiteral("sms"),
                                             QStringLiteral("2024-01-02T03:04:05.000Z"))));
        const HttpResult removed = m_sim.send(
            "DELETE", QStringLiteral("/api/v1/users/%1/factors/%2").arg(maes, QStringLiteral("smsmaes0000000000001")));
        QCOMPARE(removed.status, 403);
        QCOMPARE(errorCode(removed), QStringLiteral("E0000038"));
        const HttpResult reset = post(QStringLiteral("/api/v1/users/%1/lifecycle/reset_factors").arg(maes));
        QCOMPARE(reset.status, 403);
        QCOMPARE(errorCode(reset), QStringLiteral("E0000038"));
        QCOMPARE(factorsOf(maes).size(), 1);
    }

    void resetFactorsRemovesEveryFactorAndKeepsTheStatus()
    {
        const auto links = [this] {
            return m_sim.send("GET", userPath()).object().value(QLatin1String("_links")).toObject();
        };
        QVERIFY(links().contains(QLatin1String("resetFactors")));
        const HttpResult reset = post(userPath(QStringLiteral("/lifecycle/reset_factors")));
        QCOMPARE(reset.status, 200);
        QVERIFY(reset.body.isEmpty());
        QCOMPARE(factorsOf(m_joren), QJsonArray());
        QCOMPARE(status(m_joren), QStringLiteral("ACTIVE"));
        // Okta offers the operation only to a user enrolled in a factor.
        QVERIFY(!links().contains(QLatin1String("resetFactors")));
        const HttpResult again = post(userPath(QStringLiteral("/lifecycle/reset_factors")));
        QCOMPARE(again.status, 403);
        QCOMPARE(errorCode(again), QStringLiteral("E0000038"));
        QCOMPARE(again.object().value(QLatin1String("errorSummary")).toString(),
                 QStringLiteral("This operation is not allowed in the user's current status."));
        QCOMPARE(post(QStringLiteral("/api/v1/users/00unosuchuser0000001/lifecycle/reset_factors")).status, 404);
    }

    void expiringAPasswordBlocksALaterSuspend()
    {
        const HttpResult expired = post(userPath(QStringLiteral("/lifecycle/expire_password")));
        QCOMPARE(expired.status, 200);
        // The answer is the user object, in its new status, with the links of that status.
        QCOMPARE(expired.object().value(QLatin1String("id")).toString(), m_joren);
        QCOMPARE(expired.object().value(QLatin1String("status")).toString(), QStringLiteral("PASSWORD_EXPIRED"));
        const QJsonObject links = expired.object().value(QLatin1String("_links")).toObject();
        QVERIFY(!links.contains(QLatin1String("suspend")));
        QVERIFY(links.contains(QLatin1String("expirePassword")));
        QVERIFY(links.contains(QLatin1String("resetFactors")));
        QVERIFY(m_sim.user(m_joren).value(QLatin1String("passwordExpired")).toBool());
        // Suspend takes ACTIVE users only: in this order it fails, and nothing changes.
        const HttpResult suspend = post(userPath(QStringLiteral("/lifecycle/suspend")));
        QCOMPARE(suspend.status, 400);
        QCOMPARE(errorCode(suspend), QStringLiteral("E0000001"));
        QCOMPARE(status(m_joren), QStringLiteral("PASSWORD_EXPIRED"));
        // Expiring it again is allowed.
        QCOMPARE(post(userPath(QStringLiteral("/lifecycle/expire_password"))).status, 200);
    }

    void aPasswordExpiredWhileSuspendedIsExpiredAfterUnsuspend()
    {
        QCOMPARE(post(userPath(QStringLiteral("/lifecycle/suspend"))).status, 200);
        const HttpResult expired = post(userPath(QStringLiteral("/lifecycle/expire_password")));
        QCOMPARE(expired.status, 200);
        QCOMPARE(expired.object().value(QLatin1String("status")).toString(), QStringLiteral("SUSPENDED"));
        const QJsonObject user = m_sim.user(m_joren);
        QCOMPARE(user.value(QLatin1String("status")).toString(), QStringLiteral("SUSPENDED"));
        QVERIFY(user.value(QLatin1String("passwordExpired")).toBool());
        QCOMPARE(post(userPath(QStringLiteral("/lifecycle/unsuspend"))).status, 200);
        QCOMPARE(status(m_joren), QStringLiteral("PASSWORD_EXPIRED"));
        // Without the expiry, unsuspend gives back an ACTIVE user.
        const QString martens = m_sim.userId(QStringLiteral("joren.martens@example.com"));
        QCOMPARE(post(QStringLiteral("/api/v1/users/%1/lifecycle/suspend").arg(martens)).status, 200);
        QCOMPARE(post(QStringLiteral("/api/v1/users/%1/lifecycle/unsuspend").arg(martens)).status, 200);
        QCOMPARE(status(martens), QStringLiteral("ACTIVE"));
        QVERIFY(!m_sim.user(martens).value(QLatin1String("passwordExpired")).toBool());
    }

    void expirePasswordIsRefusedInOtherStatuses_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("staged") << QStringLiteral("sam.okafor@example.com");
        QTest::newRow("deprovisioned") << QStringLiteral("joren.maes@example.com");
        QTest::newRow("locked out") << QStringLiteral("lena.vogt@example.com");
    }
    void expirePasswordIsRefusedInOtherStatuses()
    {
        QFETCH(QString, login);
        const QString id = m_sim.userId(login);
        const QString before = status(id);
        const HttpResult refused = post(QStringLiteral("/api/v1/users/%1/lifecycle/expire_password").arg(id));
        QCOMPARE(refused.status, 403);
        QCOMPARE(errorCode(refused), QStringLiteral("E0000038"));
        QCOMPARE(status(id), before);
        QVERIFY(!m_sim.user(id).value(QLatin1String("passwordExpired")).toBool());
    }

    void riskIsReadAndSet()
    {
        const QString path = userPath(QStringLiteral("/risk"));
        const HttpResult none = m_sim.send("GET", path);
        QCOMPARE(none.status, 200);
        QCOMPARE(none.object().value(QLatin1String("riskLevel")).toString(), QStringLiteral("NONE"));
        QVERIFY(!none.object().contains(QLatin1String("reason")));
        QVERIFY(none.object()
                    .value(QLatin1String("_links"))
                    .toObject()
                    .value(QLatin1String("self"))
                    .toObject()
                    .value(QLatin1String("href"))
                    .toString()
                    .endsWith(path));
        // The first risk object is created, with the default reason.
        const HttpResult created = m_sim.send("PUT", path, SimProcess::demoToken(),
                                              json({{QStringLiteral("riskLevel"), QStringLiteral("HIGH")}}));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object().value(QLatin1String("riskLevel")).toString(), QStringLiteral("HIGH"));
        QCOMPARE(created.object().value(QLatin1String("reason")).toString(), QStringLiteral("override.by.admin"));
        // Later ones update it.
        const QString reason = QStringLiteral("Cordon incident sb-20931, credential theft.\nContained by an analyst");
        const HttpResult updated = m_sim.send(
            "PUT", path, SimProcess::demoToken(),
            json({{QStringLiteral("riskLevel"), QStringLiteral("MEDIUM")}, {QStringLiteral("riskReason"), reason}}));
        QCOMPARE(updated.status, 200);
        const HttpResult read = m_sim.send("GET", path);
        QCOMPARE(read.object().value(QLatin1String("riskLevel")).toString(), QStringLiteral("MEDIUM"));
        QCOMPARE(read.object().value(QLatin1String("reason")).toString(), reason);
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("riskLevel")).toString(), QStringLiteral("MEDIUM"));
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("riskReason")).toString(), reason);
        // LOW is the way back, and a reason of exactly 500 characters is taken.
        QCOMPARE(m_sim
                     .send("PUT", path, SimProcess::demoToken(),
                           json({{QStringLiteral("riskLevel"), QStringLiteral("LOW")},
                                 {QStringLiteral("riskReason"), QString(500, QLatin1Char('a'))}}))
                     .status,
                 200);
        const HttpResult unknown = m_sim.send("GET", QStringLiteral("/api/v1/users/00unosuchuser0000001/risk"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(errorCode(unknown), QStringLiteral("E0000007"));
    }

    void badRiskRequestsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no level") << QByteArray("{\"riskReason\":\"no level\"}");
        QTest::newRow("NONE") << QByteArray("{\"riskLevel\":\"NONE\"}");
        QTest::newRow("unknown level") << QByteArray("{\"riskLevel\":\"CRITICAL\"}");
        QTest::newRow("lower case") << QByteArray("{\"riskLevel\":\"high\"}");
        QTest::newRow("level not a string") << QByteArray("{\"riskLevel\":3}");
        QTest::newRow("reason too long") << QByteArray("{\"riskLevel\":\"HIGH\",\"riskReason\":\"") +
                                                QByteArray(501, 'a') + QByteArray("\"}");
        QTest::newRow("reason with a colon")
            << QByteArray("{\"riskLevel\":\"HIGH\",\"riskReason\":\"Cordon: incident\"}");
        QTest::newRow("reason with markup") << QByteArray("{\"riskLevel\":\"HIGH\",\"riskReason\":\"<b>x</b>\"}");
        QTest::newRow("reason not ASCII") << QByteArray("{\"riskLevel\":\"HIGH\",\"riskReason\":\"Müller\"}");
        QTest::newRow("reason not a string") << QByteArray("{\"riskLevel\":\"HIGH\",\"riskReason\":7}");
        QTest::newRow("not JSON") << QByteArray("riskLevel=HIGH");
        QTest::newRow("an array") << QByteArray("[\"HIGH\"]");
        QTest::newRow("empty") << QByteArray();
    }
    void badRiskRequestsChangeNothing()
    {
        QFETCH(QByteArray, body);
        const HttpResult refused = m_sim.send("PUT", userPath(QStringLiteral("/risk")), SimProcess::demoToken(), body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(errorCode(refused), QStringLiteral("E0000001"));
        QVERIFY(!refused.object().value(QLatin1String("errorCauses")).toArray().isEmpty());
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("riskLevel")).toString(), QStringLiteral("NONE"));
    }

    void globalRevocationEndsSessionsTokensDevicesAndApiTokens()
    {
        m_sim.setSessions(m_joren, 2, 3, 4);
        const HttpResult revoked = m_sim.send("POST", QStringLiteral("/oauth2/v1/global-token-revocation"),
                                              SimProcess::demoToken(), json(revocation(m_joren)));
        QCOMPARE(revoked.status, 204);
        QVERIFY(revoked.body.isEmpty());
        QJsonObject user = m_sim.user(m_joren);
        QCOMPARE(user.value(QLatin1String("sessions")).toInt(), 0);
        QCOMPARE(user.value(QLatin1String("oauthTokens")).toInt(), 0);
        QCOMPARE(user.value(QLatin1String("rememberedDevices")).toInt(), 0);
        QCOMPARE(user.value(QLatin1String("appSessionsRevoked")).toInt(), 1);
        // It is safe to send again; each call counts.
        QCOMPARE(m_sim
                     .send("POST", QStringLiteral("/oauth2/v1/global-token-revocation"), SimProcess::demoToken(),
                           json(revocation(m_joren)))
                     .status,
                 204);
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("appSessionsRevoked")).toInt(), 2);
        QCOMPARE(status(m_joren), QStringLiteral("ACTIVE"));
        // The user's own API tokens end with it: here the help desk admin's.
        const QString hana = m_sim.userId(QStringLiteral("hana.kobayashi@example.com"));
        QCOMPARE(m_sim.send("GET", userPath(), SimProcess::helpDeskToken()).status, 200);
        QCOMPARE(m_sim.user(hana).value(QLatin1String("apiTokens")).toInt(), 1);
        QCOMPARE(m_sim
                     .send("POST", QStringLiteral("/oauth2/v1/global-token-revocation"), SimProcess::demoToken(),
                           json(revocation(hana)))
                     .status,
                 204);
        const HttpResult afterwards = m_sim.send("GET", userPath(), SimProcess::helpDeskToken());
        QCOMPARE(afterwards.status, 401);
        QCOMPARE(errorCode(afterwards), QStringLiteral("E0000011"));
        QCOMPARE(m_sim.user(hana).value(QLatin1String("apiTokens")).toInt(), 0);
    }

    void badRevocationRequestsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("not JSON") << QByteArray("sub_id=00u");
        QTest::newRow("no format") << QByteArray("{\"sub_id\":{\"id\":\"JOREN\"}}");
        QTest::newRow("iss_sub") << QByteArray(
            "{\"sub_id\":{\"format\":\"iss_sub\",\"iss\":\"https://idp.example.com\",\"sub\":\"JOREN\"}}");
        QTest::newRow("email") << QByteArray("{\"sub_id\":{\"format\":\"email\",\"email\":\"joren.m@example.com\"}}");
        QTest::newRow("no id") << QByteArray("{\"sub_id\":{\"format\":\"opaque\"}}");
        QTest::newRow("login for id") << QByteArray(
            "{\"sub_id\":{\"format\":\"opaque\",\"id\":\"joren.m@example.com\"}}");
        QTest::newRow("unknown user") << QByteArray(
            "{\"sub_id\":{\"format\":\"opaque\",\"id\":\"00unosuchuser0000001\"}}");
    }
    void badRevocationRequestsChangeNothing()
    {
        QFETCH(QByteArray, body);
        body.replace("JOREN", m_joren.toLatin1());
        m_sim.setSessions(m_joren, 2, 3, 4);
        const HttpResult refused =
            m_sim.send("POST", QStringLiteral("/oauth2/v1/global-token-revocation"), SimProcess::demoToken(), body);
        QCOMPARE(refused.status, 400);
        // Okta's spec gives this 400 no body.
        QVERIFY(refused.body.isEmpty());
        const QJsonObject user = m_sim.user(m_joren);
        QCOMPARE(user.value(QLatin1String("sessions")).toInt(), 2);
        QCOMPARE(user.value(QLatin1String("oauthTokens")).toInt(), 3);
        QCOMPARE(user.value(QLatin1String("rememberedDevices")).toInt(), 4);
        QCOMPARE(user.value(QLatin1String("appSessionsRevoked")).toInt(), 0);
    }

    void withoutItpRiskAndRevocationAreRefused()
    {
        QVERIFY(m_sim.setItp(false));
        m_sim.setSessions(m_joren, 2, 3, 4);
        const QList<HttpResult> refused = {
            m_sim.send("GET", userPath(QStringLiteral("/risk"))),
            m_sim.send("PUT", userPath(QStringLiteral("/risk")), SimProcess::demoToken(),
                       json({{QStringLiteral("riskLevel"), QStringLiteral("HIGH")}})),
            m_sim.send("POST", QStringLiteral("/oauth2/v1/global-token-revocation"), SimProcess::demoToken(),
                       json(revocation(m_joren))),
        };
        for (const HttpResult& result : refused) {
            QCOMPARE(result.status, 403);
            QCOMPARE(errorCode(result), QStringLiteral("E0000006"));
            QCOMPARE(result.object().value(QLatin1String("errorSummary")).toString(),
                     QStringLiteral("You do not have permission to perform the requested action"));
        }
        const QJsonObject user = m_sim.user(m_joren);
        QCOMPARE(user.value(QLatin1String("riskLevel")).toString(), QStringLiteral("NONE"));
        QCOMPARE(user.value(QLatin1String("sessions")).toInt(), 2);
        QCOMPARE(user.value(QLatin1String("appSessionsRevoked")).toInt(), 0);
        // The factor and password calls do not need ITP.
        QCOMPARE(m_sim.send("GET", userPath(QStringLiteral("/factors"))).status, 200);
        // A reset gives back the org as loaded: the demo org has ITP.
        m_sim.reset();
        QCOMPARE(m_sim.send("GET", userPath(QStringLiteral("/risk"))).status, 200);
    }

    void theCommandLineTurnsItpOff()
    {
        SimProcess unlicensed;
        QString error;
        QVERIFY2(unlicensed.start({QStringLiteral("--itp"), QStringLiteral("off")}, &error), qPrintable(error));
        const HttpResult risk = unlicensed.send("GET", userPath(QStringLiteral("/risk")));
        QCOMPARE(risk.status, 403);
        QCOMPARE(errorCode(risk), QStringLiteral("E0000006"));
        // The rest of the demo org is as ever, and a reset keeps ITP off.
        QCOMPARE(unlicensed.send("GET", userPath(QStringLiteral("/factors"))).array().size(), 2);
        unlicensed.reset();
        QCOMPARE(unlicensed.send("GET", userPath(QStringLiteral("/risk"))).status, 403);
        SimProcess refused;
        QVERIFY(!refused.start({QStringLiteral("--itp"), QStringLiteral("maybe")}, &error));
    }

    void aDirectoryFileWithoutItpHasNone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString userId = QStringLiteral("00ucredentialsuser01");
        const QString adminId = QStringLiteral("00ucredentialsadmin1");
        const auto person = [](const QString& id, const QString& login, const QJsonValue& factors) {
            QJsonObject user{
                {QStringLiteral("id"), id},
                {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                {QStringLiteral("profile"), QJsonObject{{QStringLiteral("login"), login}}},
            };
            if (!factors.isUndefined()) {
                user.insert(QStringLiteral("factors"), factors);
            }
            return user;
        };
        QJsonObject directory{
            {QStringLiteral("users"),
             QJsonArray{person(adminId, QStringLiteral("admin@example.com"), QJsonValue::Undefined),
                        person(userId, QStringLiteral("user@example.com"),
                               QJsonArray{factor(QStringLiteral("sms1"), QStringLiteral("sms"),
                                                 QStringLiteral("2026-01-02T03:04:05.000Z"))})}},
            {QStringLiteral("adminRoles"),
             QJsonObject{{adminId, QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("SUPER_ADMIN")},
                                                          {QStringLiteral("status"), QStringLiteral("ACTIVE")}}}}}},
            {QStringLiteral("tokens"), QJsonObject{{QStringLiteral("file-token"), adminId}}},
        };
        const QString path = dir.filePath(QStringLiteral("org.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(directory).toJson());
        file.close();
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start({QStringLiteral("--directory"), path}, &error), qPrintable(error));
        const HttpResult risk =
            sim.send("GET", QStringLiteral("/api/v1/users/%1/risk").arg(userId), QStringLiteral("file-token"));
        QCOMPARE(risk.status, 403);
        QCOMPARE(errorCode(risk), QStringLiteral("E0000006"));
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/users/%1/factors").arg(userId), QStringLiteral("file-token"))
                     .array()
                     .size(),
                 1);
        // "itp": true in the file turns it on; a malformed factor keeps the file from loading.
        directory.insert(QStringLiteral("itp"), true);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(directory).toJson());
        file.close();
        SimProcess licensed;
        QVERIFY2(licensed.start({QStringLiteral("--directory"), path}, &error), qPrintable(error));
        QCOMPARE(licensed.send("GET", QStringLiteral("/api/v1/users/%1/risk").arg(userId), QStringLiteral("file-token"))
                     .status,
                 200);
        QJsonArray users = directory.value(QLatin1String("users")).toArray();
        users.replace(1, person(userId, QStringLiteral("user@example.com"),
                                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sms1")}}}));
        directory.insert(QStringLiteral("users"), users);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(directory).toJson());
        file.close();
        SimProcess broken;
        QVERIFY(!broken.start({QStringLiteral("--directory"), path}, &error));
    }

    void aServiceAppNeedsEachCallsScope()
    {
        const QString narrow = bearerToken(QStringLiteral("0oacredentialsread01"), {QStringLiteral("okta.users.read")});
        QVERIFY(!narrow.isEmpty());
        const QByteArray high = json({{QStringLiteral("riskLevel"), QStringLiteral("HIGH")}});
        const QString factorPath = userPath(QStringLiteral("/factors/")) + SimProcess::jorenNewPhoneFactorId();
        struct Call
        {
            QByteArray method;
            QString path;
            QByteArray body;
            QString scope;
        };
        const QList<Call> calls = {
            {"DELETE", factorPath, {}, QStringLiteral("okta.users.manage")},
            {"POST", userPath(QStringLiteral("/lifecycle/reset_factors")), {}, QStringLiteral("okta.users.manage")},
            {"POST", userPath(QStringLiteral("/lifecycle/expire_password")), {}, QStringLiteral("okta.users.manage")},
            {"GET", userPath(QStringLiteral("/risk")), {}, QStringLiteral("okta.userRisk.read")},
            {"PUT", userPath(QStringLiteral("/risk")), high, QStringLiteral("okta.userRisk.manage")},
            {"POST", QStringLiteral("/oauth2/v1/global-token-revocation"), json(revocation(m_joren)),
             QStringLiteral("okta.universalLogout.manage")},
        };
        // okta.users.read lists factors and nothing more.
        QCOMPARE(bearer("GET", userPath(QStringLiteral("/factors")), narrow).status, 200);
        for (const Call& call : calls) {
            const HttpResult refused = bearer(call.method, call.path, narrow, call.body);
            QCOMPARE(refused.status, 403);
            QCOMPARE(errorCode(refused), QStringLiteral("E0000006"));
            const QString challenge = QString::fromUtf8(refused.header("WWW-Authenticate"));
            QVERIFY2(challenge.contains(QStringLiteral("insufficient_scope")) &&
                         challenge.contains(QStringLiteral("scope=\"%1\"").arg(call.scope)),
                     qPrintable(challenge));
        }
        QJsonObject user = m_sim.user(m_joren);
        QCOMPARE(user.value(QLatin1String("factors")).toArray().size(), 2);
        QCOMPARE(user.value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(user.value(QLatin1String("riskLevel")).toString(), QStringLiteral("NONE"));
        QCOMPARE(user.value(QLatin1String("appSessionsRevoked")).toInt(), 0);

        // With each call's scope, each goes through.
        const QString wide =
            bearerToken(QStringLiteral("0oacredentialsall001"),
                        {QStringLiteral("okta.users.manage"), QStringLiteral("okta.userRisk.read"),
                         QStringLiteral("okta.userRisk.manage"), QStringLiteral("okta.universalLogout.manage")});
        QVERIFY(!wide.isEmpty());
        const QList<int> statuses = {204, 200, 200, 200, 201, 204};
        for (qsizetype i = 0; i < calls.size(); ++i) {
            QCOMPARE(bearer(calls[i].method, calls[i].path, wide, calls[i].body).status, statuses[i]);
        }
        user = m_sim.user(m_joren);
        QCOMPARE(user.value(QLatin1String("factors")).toArray().size(), 0);
        QCOMPARE(user.value(QLatin1String("riskLevel")).toString(), QStringLiteral("HIGH"));
        QCOMPARE(user.value(QLatin1String("appSessionsRevoked")).toInt(), 1);
    }

    void theDemoServiceAppRevokesWithADpopToken()
    {
        QString error;
        const SigningKey clientKey = SigningKey::fromPem(SimProcess::demoClientKey(), &error);
        QVERIFY2(!clientKey.isNull(), qPrintable(error));
        const SigningKey dpopKey = SigningKey::generate();
        const auto tokenRequest = [&](const QString& nonce) {
            ClientAssertion assertion(SimProcess::demoClientId(), m_sim.tokenUrl());
            assertion.setKeyId(SimProcess::demoClientKeyId());
            DpopProof proof("POST", m_sim.tokenUrl());
            proof.setNonce(nonce);
            const QByteArray body =
                "grant_type=client_credentials&scope=okta.universalLogout.manage&client_assertion_type=" +
                QUrl::toPercentEncoding(ClientAssertion::assertionType()) +
                "&client_assertion=" + assertion.sign(clientKey);
            return m_sim.sendWithHeaders(
                "POST", QStringLiteral("/oauth2/v1/token"),
                {{"Content-Type", "application/x-www-form-urlencoded"}, {"DPoP", proof.sign(dpopKey)}}, body);
        };
        const QString nonce = QString::fromLatin1(tokenRequest({}).header("dpop-nonce"));
        const HttpResult issued = tokenRequest(nonce);
        QCOMPARE(issued.status, 200);
        const QByteArray accessToken = issued.object().value(QLatin1String("access_token")).toString().toLatin1();
        const QString path = QStringLiteral("/oauth2/v1/global-token-revocation");
        DpopProof proof("POST", m_sim.baseUrl().resolved(QUrl(path)));
        proof.setAccessToken(accessToken);
        m_sim.setSessions(m_joren, 1, 1, 1);
        const HttpResult revoked = m_sim.sendWithHeaders("POST", path,
                                                         {{"Authorization", "DPoP " + accessToken},
                                                          {"DPoP", proof.sign(dpopKey)},
                                                          {"Content-Type", "application/json"}},
                                                         json(revocation(m_joren)));
        QCOMPARE(revoked.status, 204);
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("appSessionsRevoked")).toInt(), 1);
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("sessions")).toInt(), 0);
    }

    void aHelpDeskAdminResetsCredentialsButSetsNoRisk()
    {
        // "Password resets, MFA resets" are the help desk's; setting risk and ending every session are not.
        QCOMPARE(m_sim
                     .send("DELETE", userPath(QStringLiteral("/factors/")) + SimProcess::jorenNewPhoneFactorId(),
                           SimProcess::helpDeskToken())
                     .status,
                 204);
        QCOMPARE(post(userPath(QStringLiteral("/lifecycle/expire_password")), SimProcess::helpDeskToken()).status, 200);
        QCOMPARE(m_sim.send("GET", userPath(QStringLiteral("/risk")), SimProcess::helpDeskToken()).status, 200);
        const HttpResult risk = m_sim.send("PUT", userPath(QStringLiteral("/risk")), SimProcess::helpDeskToken(),
                                           json({{QStringLiteral("riskLevel"), QStringLiteral("HIGH")}}));
        QCOMPARE(risk.status, 403);
        QCOMPARE(errorCode(risk), QStringLiteral("E0000006"));
        // A plain user's token reads no one's factors.
        QCOMPARE(m_sim.send("GET", userPath(QStringLiteral("/factors")), QStringLiteral("demo-user-token")).status,
                 403);
    }

    void faultsHitTheNewCallsAsAnyOther()
    {
        // A 500 on reset_factors: Okta did nothing, and says so.
        QVERIFY(m_sim.setFaults({QStringLiteral("POST /api/v1/users/*/lifecycle/reset_factors=500")}));
        const HttpResult failed = post(userPath(QStringLiteral("/lifecycle/reset_factors")));
        QCOMPARE(failed.status, 500);
        QCOMPARE(errorCode(failed), QStringLiteral("E0000009"));
        QVERIFY(!failed.header("X-Okta-Request-Id").isEmpty());
        QCOMPARE(factorsOf(m_joren).size(), 2);

        // A dropped connection on expire_password: no answer, and no change.
        QVERIFY(m_sim.setFaults({QStringLiteral("POST /api/v1/users/*/lifecycle/expire_password=reset")}));
        QCOMPARE(post(userPath(QStringLiteral("/lifecycle/expire_password"))).status, 0);
        QCOMPARE(status(m_joren), QStringLiteral("ACTIVE"));

        // An answer cut short on its way back after Okta removed the factor: a blind retry finds it gone.
        const QString factorPath = userPath(QStringLiteral("/factors/")) + SimProcess::jorenNewPhoneFactorId();
        QVERIFY(m_sim.setFaults({QStringLiteral("DELETE /api/v1/users/*/factors/*=badjsonx1")}));
        const HttpResult cut = m_sim.send("DELETE", factorPath);
        QCOMPARE(cut.status, 200);
        QVERIFY(QJsonDocument::fromJson(cut.body).isNull());
        QCOMPARE(m_sim.send("DELETE", factorPath).status, 404);

        // Rate limits and Okta error codes reach risk and global revocation too.
        QVERIFY(m_sim.setFaults({QStringLiteral("PUT /api/v1/users/*/risk=429"),
                                 QStringLiteral("POST /oauth2/v1/global-token-revocation=E0000006")}));
        const HttpResult limited = m_sim.send("PUT", userPath(QStringLiteral("/risk")), SimProcess::demoToken(),
                                              json({{QStringLiteral("riskLevel"), QStringLiteral("HIGH")}}));
        QCOMPARE(limited.status, 429);
        QCOMPARE(errorCode(limited), QStringLiteral("E0000047"));
        QVERIFY(!limited.header("X-Rate-Limit-Reset").isEmpty());
        m_sim.setSessions(m_joren, 1, 1, 1);
        const HttpResult forbidden = m_sim.send("POST", QStringLiteral("/oauth2/v1/global-token-revocation"),
                                                SimProcess::demoToken(), json(revocation(m_joren)));
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(errorCode(forbidden), QStringLiteral("E0000006"));
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("riskLevel")).toString(), QStringLiteral("NONE"));
        QCOMPARE(m_sim.user(m_joren).value(QLatin1String("sessions")).toInt(), 1);
    }

    void theUserCallsCountAgainstTheUsersBucket()
    {
        m_sim.send("GET", userPath(QStringLiteral("/factors")));
        m_sim.send("DELETE", userPath(QStringLiteral("/factors/")) + SimProcess::jorenNewPhoneFactorId());
        post(userPath(QStringLiteral("/lifecycle/reset_factors")));
        post(userPath(QStringLiteral("/lifecycle/expire_password")));
        m_sim.send("GET", userPath(QStringLiteral("/risk")));
        const QJsonArray log = m_sim.requests();
        QCOMPARE(log.size(), 5);
        for (const QJsonValue& entry : log) {
            QCOMPARE(entry.toObject().value(QLatin1String("bucket")).toString(), QStringLiteral("/api/v1/users"));
        }
        // A full bucket answers 429 before the call does anything.
        m_sim.reset();
        QVERIFY(m_sim.setLimits({{QStringLiteral("users"), 0}}));
        QCOMPARE(post(userPath(QStringLiteral("/lifecycle/expire_password"))).status, 429);
        QCOMPARE(status(m_joren), QStringLiteral("ACTIVE"));
    }
};

QTEST_GUILESS_MAIN(TestOktaSimCredentials)
#include "tst_oktasimcredentials.moc"
