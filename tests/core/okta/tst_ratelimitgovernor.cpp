#include "base/Clock.h"
#include "okta/RateLimitGovernor.h"

#include <QSignalSpy>
#include <QTest>

using namespace cordon::core;
using Priority = RateLimitGovernor::Priority;

class TestRateLimitGovernor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void concurrencyCap_data();
    void concurrencyCap();
    void containmentGoesFirst();
    void reserveHoldsLookupsOnly();
    void waitsForResetAfter429();
    void concurrency429ClosesNoBucketForGood();
    void correctsClockSkew_data();
    void correctsClockSkew();
    void bucketsAreIndependent();
    void lifecycleAndReadsCountApart();
    void freshWindowSendsNoMoreThanItHolds();
    void answersOutOfOrderNeverRaiseTheBudget();
    void backsOffWithoutResetHeader();
    void cancelDropsQueuedCall();
    void reportsBudget();

private:
    RateLimitInfo info(const QString& bucket, int remaining, qint64 resetInS, qint64 skewS = 0) const;
    void enqueue(Priority priority, const QString& bucket, const QString& name);

    ManualClock* m_clock = nullptr;
    RateLimitGovernor* m_governor = nullptr;
    QStringList m_started;
    QList<qint64> m_wakeRequests;
};

void TestRateLimitGovernor::init()
{
    m_clock = new ManualClock;
    m_governor = new RateLimitGovernor(m_clock);
    m_governor->setScheduler([this](qint64 delayMs) { m_wakeRequests.append(delayMs); });
    m_started.clear();
    m_wakeRequests.clear();
}

void TestRateLimitGovernor::cleanup()
{
    delete m_governor;
    delete m_clock;
}

RateLimitInfo TestRateLimitGovernor::info(const QString& bucket, int remaining, qint64 resetInS, qint64 skewS) const
{
    // Okta's clock runs skewS seconds ahead of ours; its Date header and reset say so.
    RateLimitInfo result;
    result.bucket = bucket;
    result.limit = 600;
    result.remaining = remaining;
    result.serverDate = m_clock->now().addSecs(skewS);
    result.reset = result.serverDate.addSecs(resetInS);
    return result;
}

void TestRateLimitGovernor::enqueue(Priority priority, const QString& bucket, const QString& name)
{
    m_governor->enqueue(priority, bucket, [this, name] { m_started.append(name); });
}

void TestRateLimitGovernor::concurrencyCap_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("calls");
    QTest::newRow("default") << 0 << 10;
    QTest::newRow("one") << 1 << 5;
    QTest::newRow("six") << 6 << 9;
}

void TestRateLimitGovernor::concurrencyCap()
{
    QFETCH(int, cap);
    QFETCH(int, calls);
    if (cap > 0) {
        m_governor->setMaxInFlight(cap);
    }
    const int effective = m_governor->maxInFlight();
    QCOMPARE(effective, cap > 0 ? cap : 4);
    for (int i = 0; i < calls; ++i) {
        enqueue(Priority::Lookup, QStringLiteral("users"), QString::number(i));
    }
    QCOMPARE(m_started.size(), effective);
    QCOMPARE(m_governor->inFlight(), effective);
    QCOMPARE(m_governor->queued(), calls - effective);
    // Each answer lets exactly one more call out, in order.
    for (int done = 1; done <= calls; ++done) {
        m_governor->finished(QStringLiteral("users"), {}, 200);
        QCOMPARE(m_started.size(), std::min(calls, effective + done));
        QVERIFY(m_governor->inFlight() <= effective);
    }
    for (int i = 0; i < calls; ++i) {
        QCOMPARE(m_started.at(i), QString::number(i));
    }
    QCOMPARE(m_governor->inFlight(), 0);
}

void TestRateLimitGovernor::containmentGoesFirst()
{
    m_governor->setMaxInFlight(1);
    enqueue(Priority::Lookup, QStringLiteral("users"), QStringLiteral("lookup1"));
    enqueue(Priority::Lookup, QStringLiteral("users"), QStringLiteral("lookup2"));
    enqueue(Priority::Lookup, QStringLiteral("groups"), QStringLiteral("lookup3"));
    enqueue(Priority::Containment, QStringLiteral("users"), QStringLiteral("suspend"));
    enqueue(Priority::Containment, QStringLiteral("groups"), QStringLiteral("addToGroup"));
    QCOMPARE(m_started, QStringList{QStringLiteral("lookup1")});
    for (int i = 0; i < 4; ++i) {
        m_governor->finished(QStringLiteral("users"), {}, 200);
    }
    QCOMPARE(m_started, (QStringList{QStringLiteral("lookup1"), QStringLiteral("suspend"), QStringLiteral("addToGroup"),
                                     QStringLiteral("lookup2"), QStringLiteral("lookup3")}));
}

void TestRateLimitGovernor::reserveHoldsLookupsOnly()
{
    QCOMPARE(m_governor->reserve(), 2);
    enqueue(Priority::Lookup, QStringLiteral("users"), QStringLiteral("first"));
    // Okta says two calls remain in this window, which resets in 30 s.
    m_governor->finished(QStringLiteral("users"), info(QStringLiteral("users"), 2, 30), 200);
    enqueue(Priority::Lookup, QStringLiteral("users"), QStringLiteral("lookup"));
    QCOMPARE(m_started, QStringList{QStringLiteral("first")});
    QVERIFY(m_governor->heldForMs(QStringLiteral("users")) >= 30000);
    // The reserve is there for containment: two go out, the third waits for the reset.
    enqueue(Priority::Containment, QStringLiteral("users"), QStringLiteral("suspend1"));
    enqueue(Priority::Containment, QStringLiteral("users"), QStringLiteral("suspend2"));
    enqueue(Priority::Containment, QStringLiteral("users"), QStringLiteral("suspend3"));
    QCOMPARE(m_started, (QStringList{QStringLiteral("first"), QStringLiteral("suspend1"), QStringLiteral("suspend2")}));
    QVERIFY(!m_wakeRequests.isEmpty());
    const qint64 wake = m_wakeRequests.last();
    QVERIFY2(wake >= 30000 && wake <= 32000, qPrintable(QString::number(wake)));

    m_clock->advance(wake - 1);
    m_governor->wake();
    QCOMPARE(m_started.size(), 3);
    m_clock->advance(1);
    m_governor->wake();
    QCOMPARE(m_started, (QStringList{QStringLiteral("first"), QStringLiteral("suspend1"), QStringLiteral("suspend2"),
                                     QStringLiteral("suspend3"), QStringLiteral("lookup")}));
}

void TestRateLimitGovernor::waitsForResetAfter429()
{
    enqueue(Priority::Containment, QStringLiteral("users"), QStringLiteral("try1"));
    m_governor->finished(QStringLiteral("users"), info(QStringLiteral("users"), 0, 5), 429);
    // The retry and everything else in the bucket waits for the reset, containment included.
    enqueue(Priority::Containment, QStringLiteral("users"), QStringLiteral("try2"));
    QCOMPARE(m_started, QStringList{QStringLiteral("try1")});
    QCOMPARE(m_wakeRequests.size(), 1);
    // The reset, and a quarter second for the answer's trip.
    QCOMPARE(m_wakeRequests.last(), 5250);
    m_clock->advance(5249);
    m_governor->wake();
    QCOMPARE(m_started.size(), 1);
    m_clock->advance(1);
    m_governor->wake();
    QCOMPARE(m_started, (QStringList{QStringLiteral("try1"), QStringLiteral("try2")}));
}

void TestRateLimitGovernor::concurrency429ClosesNoBucketForGood()
{
    // Three look-ups on three buckets go out at once; Okta's concurrency limit lets one through and refuses
    // the other two with a 429 whose limit and remaining are 0 and whose reset is an estimate.
    const QString roles = QStringLiteral("/api/v1/users");
    const QString groups = QStringLiteral("/api/v1/groups");
    const QString user = QStringLiteral("GET /api/v1/users/{id}");
    enqueue(Priority::Lookup, roles, QStringLiteral("roles"));
    enqueue(Priority::Lookup, groups, QStringLiteral("groups"));
    enqueue(Priority::Lookup, user, QStringLiteral("user"));
    QCOMPARE(m_started.size(), 3);
    RateLimitInfo busy;
    busy.limit = 0;
    busy.remaining = 0;
    busy.serverDate = m_clock->now();
    busy.reset = busy.serverDate.addSecs(1);
    busy.bucket = groups;
    m_governor->finished(groups, busy, 429);
    busy.bucket = user;
    m_governor->finished(user, busy, 429);
    // The refused calls are sent again after the estimated reset, never before it, and fewer go out at once.
    enqueue(Priority::Lookup, groups, QStringLiteral("groups again"));
    enqueue(Priority::Lookup, user, QStringLiteral("user again"));
    QCOMPARE(m_started.size(), 3);
    QCOMPARE(m_governor->concurrencyCap(), 1);
    m_governor->finished(roles, info(roles, 598, 60), 200);
    QCOMPARE(m_started.size(), 3);
    QVERIFY(!m_wakeRequests.isEmpty());
    const qint64 wait = m_wakeRequests.last();
    QVERIFY2(wait > 0 && wait <= 1250, qPrintable(QString::number(wait)));
    QVERIFY2(m_governor->waitReason(groups, Priority::Lookup).contains(QLatin1String("concurrency")),
             qPrintable(m_governor->waitReason(groups, Priority::Lookup)));
    m_clock->advance(wait);
    m_governor->wake();
    // Whatever the order, both buckets open again: a concurrency 429 says nothing of a bucket's size.
    const QHash<QString, QString> bucketOf{{QStringLiteral("groups again"), groups},
                                           {QStringLiteral("user again"), user}};
    qsizetype answered = 3;
    for (int round = 0; round < 4 && m_started.size() < 5; ++round) {
        for (; answered < m_started.size(); ++answered) {
            const QString bucket = bucketOf.value(m_started.at(answered));
            m_governor->finished(bucket, info(bucket, 400, 60), 200);
        }
        m_clock->advance(1000);
        m_governor->wake();
    }
    QVERIFY2(m_started.contains(QStringLiteral("groups again")), qPrintable(m_started.join(QLatin1Char(','))));
    QVERIFY2(m_started.contains(QStringLiteral("user again")), qPrintable(m_started.join(QLatin1Char(','))));
    QVERIFY(m_governor->budget(groups).limit != 0);
    QVERIFY(m_governor->budget(user).limit != 0);
}

void TestRateLimitGovernor::correctsClockSkew_data()
{
    QTest::addColumn<qint64>("skewS");
    QTest::newRow("okta ahead by an hour") << qint64(3600);
    QTest::newRow("okta behind by an hour") << qint64(-3600);
    QTest::newRow("in step") << qint64(0);
}

void TestRateLimitGovernor::correctsClockSkew()
{
    QFETCH(qint64, skewS);
    enqueue(Priority::Lookup, QStringLiteral("users"), QStringLiteral("a"));
    m_governor->finished(QStringLiteral("users"), info(QStringLiteral("users"), 0, 10, skewS), 429);
    // The wait is the reset measured on Okta's clock (its Date header), whatever ours says.
    QCOMPARE(m_governor->heldForMs(QStringLiteral("users")), 10250);
}

void TestRateLimitGovernor::bucketsAreIndependent()
{
    enqueue(Priority::Lookup, QStringLiteral("users"), QStringLiteral("u1"));
    m_governor->finished(QStringLiteral("users"), info(QStringLiteral("users"), 0, 20), 429);
    enqueue(Priority::Lookup, QStringLiteral("users"), QStringLiteral("u2"));
    enqueue(Priority::Lookup, QStringLiteral("groups"), QStringLiteral("g1"));
    enqueue(Priority::Lookup, QStringLiteral("users/me"), QStringLiteral("me"));
    QCOMPARE(m_started, (QStringList{QStringLiteral("u1"), QStringLiteral("g1"), QStringLiteral("me")}));
    QCOMPARE(m_governor->heldForMs(QStringLiteral("groups")), 0);
}

void TestRateLimitGovernor::lifecycleAndReadsCountApart()
{
    // Okta counts a suspend under /api/v1/users and a read by id in a bucket of its own, each with its own window:
    // an answer from one says nothing of the other, and is no stale answer of it.
    const QString lifecycle =
        RateLimitGovernor::bucketFor("POST", QStringLiteral("/api/v1/users/00u1/lifecycle/suspend"));
    const QString byId = RateLimitGovernor::bucketFor("GET", QStringLiteral("/api/v1/users/00u1"));
    QVERIFY(lifecycle != byId);
    enqueue(Priority::Containment, lifecycle, QStringLiteral("suspend"));
    m_governor->finished(lifecycle, info(lifecycle, 0, 50), 429);
    enqueue(Priority::Lookup, byId, QStringLiteral("read"));
    RateLimitInfo read = info(byId, 1500, 10);
    read.limit = 2000;
    m_governor->finished(byId, read, 200);
    QCOMPARE(m_governor->budget(byId).remaining, 1500);
    enqueue(Priority::Lookup, byId, QStringLiteral("read again"));
    QVERIFY(m_started.contains(QStringLiteral("read again")));
    QVERIFY(m_governor->heldForMs(lifecycle) > 40000);
    QCOMPARE(m_governor->heldForMs(byId), 0);
}

void TestRateLimitGovernor::freshWindowSendsNoMoreThanItHolds()
{
    m_governor->setReserve(0);
    m_governor->setMaxInFlight(10);
    enqueue(Priority::Lookup, QStringLiteral("users"), QStringLiteral("first"));
    RateLimitInfo small = info(QStringLiteral("users"), 2, 2);
    small.limit = 3;
    m_governor->finished(QStringLiteral("users"), small, 200);
    m_clock->advance(3000);
    // The window has reset: its budget is unknown until an answer, but it holds three calls.
    for (int i = 0; i < 5; ++i) {
        enqueue(Priority::Lookup, QStringLiteral("users"), QString::number(i));
    }
    QCOMPARE(m_started.size(), 4);
    QCOMPARE(m_governor->inFlight(), 3);
    // The first answer of the new window says how much is left, counting the calls still out.
    small = info(QStringLiteral("users"), 2, 2);
    small.limit = 3;
    m_governor->finished(QStringLiteral("users"), small, 200);
    QCOMPARE(m_started.size(), 4);
    QVERIFY(m_governor->heldForMs(QStringLiteral("users")) > 0);
}

void TestRateLimitGovernor::answersOutOfOrderNeverRaiseTheBudget()
{
    // Okta counts ten calls in a window and numbers them as they arrive; the answers come back newest
    // first, so each later answer reports more remaining than the one before it.
    constexpr int Limit = 10;
    m_governor->setReserve(0);
    m_governor->setMaxInFlight(4);
    QList<QPair<quint64, int>> out; // ticket, Okta's count
    int issued = 0;
    for (int i = 0; i < 20; ++i) {
        m_governor->enqueue(Priority::Containment, QStringLiteral("users"), [&](quint64 ticket) {
            out.append({ticket, issued++});
        });
    }
    const QDateTime reset = m_clock->now().addSecs(30);
    while (!out.isEmpty()) {
        const auto [ticket, sequence] = out.takeLast();
        RateLimitInfo answer = info(QStringLiteral("users"), std::max(0, Limit - sequence - 1), 30);
        answer.limit = Limit;
        answer.reset = reset;
        m_governor->finished(QStringLiteral("users"), answer, sequence < Limit ? 200 : 429, ticket);
        QVERIFY2(issued <= Limit, qPrintable(QString::number(issued)));
    }
    QCOMPARE(issued, Limit);
    QVERIFY(m_governor->heldForMs(QStringLiteral("users")) >= 29000);

    // In the next window, a late answer from the last one changes nothing.
    m_clock->advance(31000);
    m_governor->wake();
    QVERIFY(!out.isEmpty());
    RateLimitInfo fresh = info(QStringLiteral("users"), 1, 30);
    fresh.limit = Limit;
    m_governor->finished(QStringLiteral("users"), fresh, 200, out.takeFirst().first);
    RateLimitInfo late = info(QStringLiteral("users"), 9, 30);
    late.limit = Limit;
    late.reset = reset;
    m_governor->finished(QStringLiteral("users"), late, 200, out.takeFirst().first);
    QCOMPARE(m_governor->budget(QStringLiteral("users")).remaining, 1);
}

void TestRateLimitGovernor::backsOffWithoutResetHeader()
{
    enqueue(Priority::Lookup, QStringLiteral("default"), QStringLiteral("a"));
    m_governor->finished(QStringLiteral("default"), {}, 429);
    const qint64 held = m_governor->heldForMs(QStringLiteral("default"));
    QVERIFY2(held >= 500 && held <= 1000, qPrintable(QString::number(held)));
    enqueue(Priority::Lookup, QStringLiteral("default"), QStringLiteral("b"));
    QCOMPARE(m_started.size(), 1);
    m_clock->advance(held);
    m_governor->wake();
    QCOMPARE(m_started.size(), 2);
}

void TestRateLimitGovernor::cancelDropsQueuedCall()
{
    m_governor->setMaxInFlight(1);
    enqueue(Priority::Lookup, QStringLiteral("users"), QStringLiteral("a"));
    const quint64 ticket = m_governor->enqueue(Priority::Lookup, QStringLiteral("users"),
                                               [this] { m_started.append(QStringLiteral("b")); });
    enqueue(Priority::Lookup, QStringLiteral("users"), QStringLiteral("c"));
    QVERIFY(m_governor->cancel(ticket));
    QVERIFY(!m_governor->cancel(ticket));
    m_governor->finished(QStringLiteral("users"), {}, 200);
    QCOMPARE(m_started, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
}

void TestRateLimitGovernor::reportsBudget()
{
    QSignalSpy spy(m_governor, &RateLimitGovernor::budgetChanged);
    enqueue(Priority::Lookup, QStringLiteral("groups"), QStringLiteral("a"));
    m_governor->finished(QStringLiteral("groups"), info(QStringLiteral("groups"), 499, 60), 200);
    QCOMPARE(spy.size(), 1);
    const auto reported = spy.first().first().value<RateLimitInfo>();
    QCOMPARE(reported.bucket, QStringLiteral("groups"));
    QCOMPARE(reported.remaining, 499);
    QCOMPARE(m_governor->budget(QStringLiteral("groups")).limit, 600);
    // An answer without the headers changes nothing that is reported.
    enqueue(Priority::Lookup, QStringLiteral("groups"), QStringLiteral("b"));
    m_governor->finished(QStringLiteral("groups"), {}, 200);
    QCOMPARE(spy.size(), 1);
}

QTEST_GUILESS_MAIN(TestRateLimitGovernor)
#include "tst_ratelimitgovernor.moc"
