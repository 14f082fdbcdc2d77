#include "SimProcess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using cordon::test::HttpResult;
using cordon::test::SimProcess;

// What cordon-okta-sim adds around the API: rate limits, the concurrency limit, latency, faults and
// the request log, each started as a real program with its command line.
class TestOktaSimLimits : public QObject
{
    Q_OBJECT

private:
    static QString suspendPath(const QString& id)
    {
        return QStringLiteral("/api/v1/users/%1/lifecycle/suspend").arg(id);
    }
    static QString status(SimProcess& sim, const QString& id)
    {
        return sim.user(id).value(QLatin1String("status")).toString();
    }
    static void verifyRateHeaders(const HttpResult& result)
    {
        bool ok = false;
        QVERIFY(result.header("X-Rate-Limit-Limit").toInt(&ok) >= 0 && ok);
        QVERIFY(result.header("X-Rate-Limit-Remaining").toInt(&ok) >= 0 && ok);
        QVERIFY(result.header("X-Rate-Limit-Reset").toLongLong(&ok) > 0 && ok);
    }

private slots:
    void defaultLimitsAreOktas()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        const QString joren = sim.userId(SimProcess::jorenLogin());
        sim.reset();
        // Okta's last published Workforce figures, per bucket of its own map (docs/okta.md §Rate limits).
        const HttpResult byId = sim.send("GET", QStringLiteral("/api/v1/users/") + joren);
        QCOMPARE(byId.header("X-Rate-Limit-Limit"), QByteArray("2000"));
        QCOMPARE(byId.header("X-Rate-Limit-Remaining"), QByteArray("1999"));
        const HttpResult suspend = sim.send("POST", suspendPath(joren));
        QCOMPARE(suspend.header("X-Rate-Limit-Limit"), QByteArray("600"));
        QCOMPARE(suspend.header("X-Rate-Limit-Remaining"), QByteArray("599"));
        // A user's groups count under /api/v1/users, with the suspend.
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/users/%1/groups").arg(joren)).header("X-Rate-Limit-Remaining"),
                 QByteArray("598"));
        const HttpResult me = sim.send("GET", QStringLiteral("/api/v1/users/me"));
        QCOMPARE(me.header("X-Rate-Limit-Limit"), QByteArray("40"));
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/groups")).header("X-Rate-Limit-Limit"), QByteArray("500"));
        const QString group = sim.groupId(QStringLiteral("Limited Data Access"));
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/groups/") + group).header("X-Rate-Limit-Limit"),
                 QByteArray("1000"));
        // A membership counts under /api/v1/groups, which the two list calls above already spent from.
        const HttpResult member = sim.send("PUT", QStringLiteral("/api/v1/groups/%1/users/%2").arg(group, joren));
        QCOMPARE(member.header("X-Rate-Limit-Limit"), QByteArray("500"));
        QCOMPARE(member.header("X-Rate-Limit-Remaining"), QByteArray("497"));
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/org")).header("X-Rate-Limit-Limit"), QByteArray("1200"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 reset = byId.header("X-Rate-Limit-Reset").toLongLong();
        QVERIFY(reset > now && reset <= now + 61);
        // The documentation's example for /api/v1/users/me: 40 in ten seconds.
        const qint64 meReset = me.header("X-Rate-Limit-Reset").toLongLong();
        QVERIFY(meReset > now && meReset <= now + 11);
        // The log names each request's bucket.
        QStringList buckets;
        for (const QJsonValue& entry : sim.requests()) {
            buckets << entry.toObject().value(QLatin1String("bucket")).toString();
        }
        QCOMPARE(buckets.mid(0, 4),
                 (QStringList{QStringLiteral("/api/v1/users/{id:.+}"), QStringLiteral("/api/v1/users"),
                              QStringLiteral("/api/v1/users"), QStringLiteral("/api/v1/users/me")}));
    }

    void eachBucketCanBeSet()
    {
        SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--rate-limit"), QStringLiteral("/api/v1/users/{id:.+}=2"),
                           QStringLiteral("--rate-limit"), QStringLiteral("groups=7")}));
        const QString joren = sim.userId(SimProcess::jorenLogin());
        sim.reset();
        const QString byId = QStringLiteral("/api/v1/users/") + joren;
        QCOMPARE(sim.send("GET", byId).status, 200);
        QCOMPARE(sim.send("GET", byId).status, 200);
        QCOMPARE(sim.send("GET", byId).status, 429);
        // Reading a user by id spends nothing of what the user's lifecycle uses.
        const HttpResult suspend = sim.send("POST", suspendPath(joren));
        QCOMPARE(suspend.status, 200);
        QCOMPARE(suspend.header("X-Rate-Limit-Limit"), QByteArray("600"));
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/groups")).header("X-Rate-Limit-Limit"), QByteArray("7"));

        // At run time, through /__sim/limits, by Okta's bucket names; the windows start afresh.
        QVERIFY(sim.setLimits({{QStringLiteral("/api/v1/users"), 1}, {QStringLiteral("/api/v1/users/{id:.+}"), 5}}));
        QCOMPARE(sim.send("GET", byId).header("X-Rate-Limit-Limit"), QByteArray("5"));
        QCOMPARE(sim.send("POST", QStringLiteral("/api/v1/users/%1/lifecycle/unsuspend").arg(joren)).status, 200);
        QCOMPARE(sim.send("DELETE", QStringLiteral("/api/v1/users/%1/sessions").arg(joren)).status, 429);
        const QJsonObject limits = sim.send("GET", QStringLiteral("/__sim/limits"), QString())
                                       .object()
                                       .value(QLatin1String("limits"))
                                       .toObject();
        QCOMPARE(limits.value(QLatin1String("/api/v1/users")).toObject().value(QLatin1String("requests")).toInt(), 1);
        QCOMPARE(limits.value(QLatin1String("/api/v1/groups/{id}")).toObject().value(QLatin1String("requests")).toInt(),
                 1000);
        QVERIFY(!sim.setLimits({{QStringLiteral("/api/v1/apps"), 3}}));
    }

    void rateLimitInAShortWindow()
    {
        SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--rate-limit"), QStringLiteral("/api/v1/users/me=3"),
                           QStringLiteral("--rate-window-s"), QStringLiteral("5")}));
        for (int i = 0; i < 3; ++i) {
            const HttpResult result = sim.send("GET", QStringLiteral("/api/v1/users/me"));
            QCOMPARE(result.status, 200);
            verifyRateHeaders(result);
            QCOMPARE(result.header("X-Rate-Limit-Limit"), QByteArray("3"));
            QCOMPARE(result.header("X-Rate-Limit-Remaining").toInt(), 2 - i);
        }
        const HttpResult limited = sim.send("GET", QStringLiteral("/api/v1/users/me"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.object().value(QLatin1String("errorCode")).toString(), QStringLiteral("E0000047"));
        verifyRateHeaders(limited);
        QCOMPARE(limited.header("X-Rate-Limit-Remaining"), QByteArray("0"));
        QVERIFY(!limited.header("X-Okta-Request-Id").isEmpty());

        // Other buckets are counted apart.
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/groups")).status, 200);
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/users?limit=1")).status, 200);

        // After the reset time the bucket is fresh again.
        const qint64 resetMs = limited.header("X-Rate-Limit-Reset").toLongLong() * 1000;
        QVERIFY(resetMs - QDateTime::currentMSecsSinceEpoch() <= 6000);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() >= resetMs, 8000);
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/users/me")).status, 200);
    }

    void concurrencyLimit()
    {
        SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--latency-ms"),
                           QStringLiteral("1500")}));
        QNetworkAccessManager network;
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 6; ++i) {
            QNetworkRequest request(QUrl(sim.baseUrl().toString() + QStringLiteral("/api/v1/users/me")));
            request.setRawHeader("Authorization", "SSWS " + SimProcess::demoToken().toLatin1());
            replies.append(network.get(request));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.begin(), replies.end(), [](QNetworkReply* r) { return r->isFinished(); }), 10000);
        int ok = 0;
        int limited = 0;
        for (QNetworkReply* reply : replies) {
            const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (code == 200) {
                ++ok;
            } else if (code == 429) {
                ++limited;
                // A concurrency 429 reports 0 for limit and remaining and an estimated reset
                // (docs/okta.md §Rate limits).
                QCOMPARE(reply->rawHeader("X-Rate-Limit-Limit"), QByteArray("0"));
                QCOMPARE(reply->rawHeader("X-Rate-Limit-Remaining"), QByteArray("0"));
                const qint64 reset = reply->rawHeader("X-Rate-Limit-Reset").toLongLong();
                const qint64 now = QDateTime::currentSecsSinceEpoch();
                QVERIFY2(reset >= now - 2 && reset <= now + 2, reply->rawHeader("X-Rate-Limit-Reset").constData());
            }
            reply->deleteLater();
        }
        QCOMPARE(ok + limited, 6);
        QVERIFY(ok >= 2);
        QVERIFY(limited >= 1);
    }

    void latencyDelaysEveryAnswer()
    {
        SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--latency-ms"), QStringLiteral("300")}));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/users/me")).status, 200);
        QVERIFY(timer.elapsed() >= 300);
    }

    void statusFaultHasNoEffectForItsFirstN()
    {
        SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--fault"), QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=503x2")}));
        const QString joren = sim.userId(SimProcess::jorenLogin());
        for (int i = 0; i < 2; ++i) {
            const HttpResult result = sim.send("POST", suspendPath(joren));
            QCOMPARE(result.status, 503);
            QVERIFY(!result.object().value(QLatin1String("errorCode")).toString().isEmpty());
            QCOMPARE(status(sim, joren), QStringLiteral("ACTIVE"));
        }
        QCOMPARE(sim.send("POST", suspendPath(joren)).status, 200);
        QCOMPARE(status(sim, joren), QStringLiteral("SUSPENDED"));
    }

    void faultPathStarIsOneSegment()
    {
        SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--fault"), QStringLiteral("GET /api/v1/users/*=500")}));
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/users/me")).status, 500);
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/users/me/groups")).status, 200);
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/users")).status, 200);
    }

    void rateLimitFaultCarriesHeaders()
    {
        SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--fault"), QStringLiteral("GET /api/v1/users/me=429x1")}));
        const HttpResult result = sim.send("GET", QStringLiteral("/api/v1/users/me"));
        QCOMPARE(result.status, 429);
        QCOMPARE(result.object().value(QLatin1String("errorCode")).toString(), QStringLiteral("E0000047"));
        verifyRateHeaders(result);
        QVERIFY(result.header("X-Rate-Limit-Reset").toLongLong() >= QDateTime::currentSecsSinceEpoch());
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/users/me")).status, 200);
    }

    void timeoutFaultNeverAnswers()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        const QString joren = sim.userId(SimProcess::jorenLogin());
        QVERIFY(sim.setFaults({QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=timeoutx1")}));
        const HttpResult result = sim.send("POST", suspendPath(joren), SimProcess::demoToken(), {}, 800);
        QCOMPARE(result.status, 0);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(status(sim, joren), QStringLiteral("ACTIVE"));
        QCOMPARE(sim.send("POST", suspendPath(joren)).status, 200);
    }

    void resetFaultClosesTheConnection()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        const QString joren = sim.userId(SimProcess::jorenLogin());
        QVERIFY(sim.setFaults({QStringLiteral("DELETE /api/v1/users/*/sessions=reset")}));
        const HttpResult result = sim.send("DELETE", QStringLiteral("/api/v1/users/%1/sessions").arg(joren));
        QCOMPARE(result.status, 0);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(sim.user(joren).value(QLatin1String("sessions")).toInt(), 2);
    }

    void slowFaultDelaysTheAnswerNotTheEffect()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        const QString joren = sim.userId(SimProcess::jorenLogin());
        QVERIFY(sim.setFaults({QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=slow:3000x1")}));
        // The client gives up long before the answer; the suspension has happened all the same.
        const HttpResult result = sim.send("POST", suspendPath(joren), SimProcess::demoToken(), {}, 300);
        QCOMPARE(result.status, 0);
        QCOMPARE(status(sim, joren), QStringLiteral("SUSPENDED"));

        QVERIFY(sim.setFaults({QStringLiteral("GET /api/v1/users/me=slow:400")}));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/users/me")).status, 200);
        QVERIFY(timer.elapsed() >= 400);
    }

    void htmlFaultIsAProxyPage()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        const QString joren = sim.userId(SimProcess::jorenLogin());
        QVERIFY(sim.setFaults({QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=html")}));
        const HttpResult result = sim.send("POST", suspendPath(joren));
        QCOMPARE(result.status, 502);
        QVERIFY(result.header("Content-Type").startsWith("text/html"));
        QVERIFY(result.body.contains("<html>"));
        QCOMPARE(status(sim, joren), QStringLiteral("ACTIVE"));
    }

    void badJsonFaultTruncatesTheAnswer()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        const QString joren = sim.userId(SimProcess::jorenLogin());
        QVERIFY(sim.setFaults({QStringLiteral("GET /api/v1/users/*=badjson")}));
        const HttpResult result = sim.send("GET", QStringLiteral("/api/v1/users/") + joren);
        QCOMPARE(result.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(result.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void badFaultRuleIsRefused()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        QVERIFY(!sim.setFaults({QStringLiteral("POST /api/v1/users=teapot")}));
        QVERIFY(!sim.setFaults({QStringLiteral("nonsense")}));
        QVERIFY(sim.setFaults({}));
    }

    void errorCodeFaultAnswersOktasError()
    {
        SimProcess sim;
        QVERIFY(sim.start(
            {QStringLiteral("--fault"), QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=E0000028x1"),
             QStringLiteral("--fault"), QStringLiteral("POST /api/v1/users/*/lifecycle/unsuspend=E0000038")}));
        const QString joren = sim.userId(SimProcess::jorenLogin());
        // What Okta's spec declares for a lifecycle change it refuses: the error, and no change.
        const HttpResult refused = sim.send("POST", suspendPath(joren));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.object().value(QLatin1String("errorCode")).toString(), QStringLiteral("E0000028"));
        QVERIFY(!refused.object().value(QLatin1String("errorSummary")).toString().isEmpty());
        verifyRateHeaders(refused);
        QVERIFY(!refused.header("X-Okta-Request-Id").isEmpty());
        QCOMPARE(status(sim, joren), QStringLiteral("ACTIVE"));
        QCOMPARE(sim.send("POST", suspendPath(joren)).status, 200);
        const HttpResult notAllowed =
            sim.send("POST", QStringLiteral("/api/v1/users/%1/lifecycle/unsuspend").arg(joren));
        QCOMPARE(notAllowed.status, 403);
        QCOMPARE(notAllowed.object().value(QLatin1String("errorCode")).toString(), QStringLiteral("E0000038"));
        QCOMPARE(status(sim, joren), QStringLiteral("SUSPENDED"));
    }

    void clearingSessionsForgetsDevicesAsAsked_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("forgotten");
        QTest::newRow("explicit true") << QStringLiteral("classic") << QStringLiteral("&forgetDevices=true") << true;
        QTest::newRow("explicit false") << QStringLiteral("oie") << QStringLiteral("&forgetDevices=false") << false;
        // Left out, Okta's default applies, and it differs between engines (Okta's spec).
        QTest::newRow("identity engine default") << QStringLiteral("oie") << QString() << true;
        QTest::newRow("classic engine default") << QStringLiteral("classic") << QString() << false;
    }
    void clearingSessionsForgetsDevicesAsAsked()
    {
        QFETCH(QString, engine);
        QFETCH(QString, query);
        QFETCH(bool, forgotten);
        SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--engine"), engine}));
        const QString joren = sim.userId(SimProcess::jorenLogin());
        sim.setSessions(joren, 2, 1, 3);
        QCOMPARE(sim.user(joren).value(QLatin1String("rememberedDevices")).toInt(), 3);
        sim.reset();
        sim.setSessions(joren, 2, 1, 3);
        const HttpResult cleared =
            sim.send("DELETE", QStringLiteral("/api/v1/users/%1/sessions?oauthTokens=true").arg(joren) + query);
        QCOMPARE(cleared.status, 204);
        const QJsonObject user = sim.user(joren);
        QCOMPARE(user.value(QLatin1String("sessions")).toInt(), 0);
        QCOMPARE(user.value(QLatin1String("oauthTokens")).toInt(), 0);
        QCOMPARE(user.value(QLatin1String("rememberedDevices")).toInt(), forgotten ? 0 : 3);
        // The request log says what was done, whatever the query said.
        const QJsonObject logged = sim.requests().last().toObject();
        QVERIFY(logged.value(QLatin1String("path")).toString().endsWith(QLatin1String("/sessions")));
        QCOMPARE(logged.value(QLatin1String("forgetDevices")).toBool(!forgotten), forgotten);
    }

    void searchIsEventuallyConsistent()
    {
        SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--search-lag-ms"), QStringLiteral("1500")}));
        const QString joren = sim.userId(SimProcess::jorenLogin());
        const QString suspended = QStringLiteral("/api/v1/users?search=") +
                                  QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("status eq \"SUSPENDED\"")));
        const auto found = [&] {
            for (const QJsonValue& user : sim.send("GET", suspended).array()) {
                if (user.toObject().value(QLatin1String("id")).toString() == joren) {
                    return true;
                }
            }
            return false;
        };
        QCOMPARE(sim.send("POST", suspendPath(joren)).status, 200);
        // Reading the user by id shows the change at once; search catches up later.
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/users/") + joren)
                     .object()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("SUSPENDED"));
        QVERIFY(!found());
        QTRY_VERIFY_WITH_TIMEOUT(found(), 5000);
    }

    void requestLogAndReset()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        const QString joren = sim.userId(SimProcess::jorenLogin());
        sim.reset();
        QVERIFY(sim.requests().isEmpty());
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(sim.send("POST", suspendPath(joren)).status, 200);
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/users?q=jor&limit=3")).status, 200);
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/users/me"), QStringLiteral("wrong")).status, 401);
        const QJsonArray log = sim.requests();
        QCOMPARE(log.size(), 3);
        const QJsonObject first = log.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(first.value(QLatin1String("path")).toString(), suspendPath(joren));
        QCOMPARE(first.value(QLatin1String("status")).toInt(), 200);
        QVERIFY(first.value(QLatin1String("ms")).isDouble());
        // Arrival times in epoch ms, in order.
        const qint64 at = qint64(first.value(QLatin1String("at")).toDouble());
        QVERIFY(at >= before && at <= QDateTime::currentMSecsSinceEpoch());
        QVERIFY(qint64(log.at(2).toObject().value(QLatin1String("at")).toDouble()) >= at);
        QCOMPARE(log.at(1).toObject().value(QLatin1String("query")).toString(), QStringLiteral("q=jor&limit=3"));
        QCOMPARE(log.at(2).toObject().value(QLatin1String("status")).toInt(), 401);

        QCOMPARE(status(sim, joren), QStringLiteral("SUSPENDED"));
        sim.reset();
        QCOMPARE(status(sim, joren), QStringLiteral("ACTIVE"));
        QVERIFY(sim.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOktaSimLimits)
#include "tst_oktasimlimits.moc"
