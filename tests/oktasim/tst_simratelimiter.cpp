#include "oktasim/RateLimiter.h"

#include <QTest>

using cordon::sim::RateLimiter;

// Fixed-window counting per bucket, with the reset time a client can wait for.
class TestSimRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void buckets_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("bucket");
        // Okta's map (docs/okta.md §Rate limits).
        const QString users = QStringLiteral("/api/v1/users");
        const QString groups = QStringLiteral("/api/v1/groups");
        const QString rest = QStringLiteral("/api/v1");
        QTest::newRow("list users") << QStringLiteral("GET") << users << users;
        QTest::newRow("user by id") << QStringLiteral("GET") << QStringLiteral("/api/v1/users/00u1")
                                    << QStringLiteral("/api/v1/users/{id:.+}");
        QTest::newRow("user by login") << QStringLiteral("GET") << QStringLiteral("/api/v1/users/joren.m@example.com")
                                       << QStringLiteral("/api/v1/users/{id:.+}");
        QTest::newRow("update user") << QStringLiteral("POST") << QStringLiteral("/api/v1/users/00u1")
                                     << QStringLiteral("/api/v1/users/{id}");
        QTest::newRow("delete user") << QStringLiteral("DELETE") << QStringLiteral("/api/v1/users/00u1")
                                     << QStringLiteral("/api/v1/users/{id}");
        QTest::newRow("me") << QStringLiteral("GET") << QStringLiteral("/api/v1/users/me")
                            << QStringLiteral("/api/v1/users/me");
        QTest::newRow("update me") << QStringLiteral("POST") << QStringLiteral("/api/v1/users/me") << users;
        QTest::newRow("suspend") << QStringLiteral("POST") << QStringLiteral("/api/v1/users/00u1/lifecycle/suspend")
                                 << users;
        QTest::newRow("sessions") << QStringLiteral("DELETE") << QStringLiteral("/api/v1/users/00u1/sessions") << users;
        QTest::newRow("user groups") << QStringLiteral("GET") << QStringLiteral("/api/v1/users/00u1/groups") << users;
        QTest::newRow("user roles") << QStringLiteral("GET") << QStringLiteral("/api/v1/users/00u1/roles") << users;
        QTest::newRow("list groups") << QStringLiteral("GET") << groups << groups;
        QTest::newRow("group") << QStringLiteral("GET") << QStringLiteral("/api/v1/groups/00g1")
                               << QStringLiteral("/api/v1/groups/{id}");
        QTest::newRow("group members") << QStringLiteral("GET") << QStringLiteral("/api/v1/groups/00g1/users")
                                       << groups;
        QTest::newRow("add member") << QStringLiteral("PUT") << QStringLiteral("/api/v1/groups/00g1/users/00u1")
                                    << groups;
        QTest::newRow("remove member") << QStringLiteral("DELETE") << QStringLiteral("/api/v1/groups/00g1/users/00u1")
                                       << groups;
        QTest::newRow("org") << QStringLiteral("GET") << QStringLiteral("/api/v1/org") << rest;
        QTest::newRow("schema") << QStringLiteral("GET") << QStringLiteral("/api/v1/meta/schemas/user/default") << rest;
        QTest::newRow("not a prefix") << QStringLiteral("GET") << QStringLiteral("/api/v1/usersx") << rest;
    }
    void buckets()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, bucket);
        QCOMPARE(RateLimiter::bucketFor(method, path), bucket);
    }

    void shortNames()
    {
        QCOMPARE(RateLimiter::bucketNamed(QStringLiteral("users")), QStringLiteral("/api/v1/users"));
        QCOMPARE(RateLimiter::bucketNamed(QStringLiteral("groups")), QStringLiteral("/api/v1/groups"));
        QCOMPARE(RateLimiter::bucketNamed(QStringLiteral("default")), QStringLiteral("/api/v1"));
        QCOMPARE(RateLimiter::bucketNamed(QStringLiteral("/api/v1/groups/{id}")),
                 QStringLiteral("/api/v1/groups/{id}"));
        QVERIFY(RateLimiter::bucketNamed(QStringLiteral("/api/v1/apps")).isEmpty());
        RateLimiter limiter;
        QString error;
        QVERIFY(!limiter.setLimits({{QStringLiteral("apps"), 3}}, &error));
        QVERIFY(error.contains(QLatin1String("apps")));
    }

    void countsInFixedWindows()
    {
        RateLimiter limiter;
        QVERIFY(limiter.setLimits({{QStringLiteral("users"), 2}}));
        limiter.setWindowSeconds(10);
        const QString users = QStringLiteral("/api/v1/users");
        const QString groups = QStringLiteral("/api/v1/groups");
        const qint64 start = 1'700'000'000'500;
        RateLimiter::Decision d = limiter.take(users, start);
        QVERIFY(d.allowed);
        QCOMPARE(d.limit, 2);
        QCOMPARE(d.remaining, 1);
        // The reset is the window's end: the last whole second within the window's length.
        QCOMPARE(d.resetEpochS, (start + 10'000) / 1000);
        QVERIFY(limiter.take(users, start + 100).allowed);
        d = limiter.take(users, start + 200);
        QVERIFY(!d.allowed);
        QCOMPARE(d.remaining, 0);
        // Other buckets keep their own count and Okta's default figure.
        QCOMPARE(limiter.take(groups, start + 200).limit, 500);
        // peek does not count.
        QCOMPARE(limiter.peek(groups, start + 300).remaining, 499);
        // Just before the reset announced the window is still full; at it, a new window opens.
        const qint64 reset = d.resetEpochS;
        QVERIFY(!limiter.take(users, reset * 1000 - 1).allowed);
        d = limiter.take(users, reset * 1000);
        QVERIFY(d.allowed);
        QCOMPARE(d.remaining, 1);
        QCOMPARE(d.resetEpochS, reset + 10);
        limiter.reset();
        QCOMPARE(limiter.peek(users, start).remaining, 2);
    }
};

QTEST_GUILESS_MAIN(TestSimRateLimiter)
#include "tst_simratelimiter.moc"
