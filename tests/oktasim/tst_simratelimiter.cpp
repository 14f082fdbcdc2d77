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
        // The reset is the window's end, rounded up to a whole second.
        QCOMPARE(d.resetEpochS, (start + 10'000 + 999) / 1000);
        QVERIFY(limiter.take(QStringLiteral("users"), start + 100).allowed);
        d = limiter.take(QStringLiteral("users"), start + 200);
        QVERIFY(!d.allowed);
        QCOMPARE(d.remaining, 0);
        // Other buckets keep their own count and Okta's default figure.
        QCOMPARE(limiter.take(QStringLiteral("groups"), start + 200).limit, 500);
        // peek does not count.
        QCOMPARE(limiter.peek(QStringLiteral("groups"), start + 300).remaining, 499);
        // At the reset time announced, a new window opens.
        d = limiter.take(QStringLiteral("users"), d.resetEpochS * 1000);
        QVERIFY(d.allowed);
        QCOMPARE(d.remaining, 1);
        limiter.reset();
        QCOMPARE(limiter.peek(QStringLiteral("users"), start).remaining, 2);
    }
};

QTEST_GUILESS_MAIN(TestSimRateLimiter)
#include "tst_simratelimiter.moc"
