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
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("bucket");
        QTest::newRow("list users") << QStringLiteral("/api/v1/users") << QStringLiteral("users");
        QTest::newRow("suspend") << QStringLiteral("/api/v1/users/00u1/lifecycle/suspend") << QStringLiteral("users");
        QTest::newRow("sessions") << QStringLiteral("/api/v1/users/00u1/sessions") << QStringLiteral("users");
        QTest::newRow("group membership")
            << QStringLiteral("/api/v1/groups/00g1/users/00u1") << QStringLiteral("groups");
        QTest::newRow("org") << QStringLiteral("/api/v1/org") << QStringLiteral("default");
        QTest::newRow("schema") << QStringLiteral("/api/v1/meta/schemas/user/default") << QStringLiteral("default");
        QTest::newRow("not a prefix") << QStringLiteral("/api/v1/usersx") << QStringLiteral("default");
    }
    void buckets()
    {
        QFETCH(QString, path);
        QFETCH(QString, bucket);
        QCOMPARE(RateLimiter::bucketFor(path), bucket);
    }

    void countsInFixedWindows()
    {
        RateLimiter limiter;
        limiter.setLimits({{QStringLiteral("users"), 2}});
        limiter.setWindowSeconds(10);
        const qint64 start = 1'700'000'000'500;
        RateLimiter::Decision d = limiter.take(QStringLiteral("users"), start);
        QVERIFY(d.allowed);
        QCOMPARE(d.limit, 2);
        QCOMPARE(d.remaining, 1);
        // The reset is the window's end: the last whole second within the window's length.
        QCOMPARE(d.resetEpochS, (start + 10'000) / 1000);
        QVERIFY(limiter.take(QStringLiteral("users"), start + 100).allowed);
        d = limiter.take(QStringLiteral("users"), start + 200);
        QVERIFY(!d.allowed);
        QCOMPARE(d.remaining, 0);
        // Other buckets keep their own count and Okta's default figure.
        QCOMPARE(limiter.take(QStringLiteral("groups"), start + 200).limit, 500);
        // peek does not count.
        QCOMPARE(limiter.peek(QStringLiteral("groups"), start + 300).remaining, 499);
        // Just before the reset announced the window is still full; at it, a new window opens.
        const qint64 reset = d.resetEpochS;
        QVERIFY(!limiter.take(QStringLiteral("users"), reset * 1000 - 1).allowed);
        d = limiter.take(QStringLiteral("users"), reset * 1000);
        QVERIFY(d.allowed);
        QCOMPARE(d.remaining, 1);
        QCOMPARE(d.resetEpochS, reset + 10);
        limiter.reset();
        QCOMPARE(limiter.peek(QStringLiteral("users"), start).remaining, 2);
    }
};

QTEST_GUILESS_MAIN(TestSimRateLimiter)
#include "tst_simratelimiter.moc"
