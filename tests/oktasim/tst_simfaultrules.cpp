#include "oktasim/FaultRules.h"

#include <QTest>

using cordon::sim::FaultRules;

Q_DECLARE_METATYPE(FaultRules::Fault::Kind)

// The fault rule syntax of docs/simulator.md §Fault rules, `METHOD PATH=FAULT[xN]`.
class TestSimFaultRules : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<FaultRules::Fault::Kind>("kind");
        QTest::addColumn<int>("value");
        using Kind = FaultRules::Fault::Kind;
        QTest::newRow("status") << QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=503") << Kind::Status << 503;
        QTest::newRow("timeout") << QStringLiteral("GET /api/v1/users=timeout") << Kind::Timeout << 0;
        QTest::newRow("reset") << QStringLiteral("DELETE /api/v1/users/*/sessions=reset") << Kind::Reset << 0;
        QTest::newRow("slow") << QStringLiteral("GET /api/v1/users/*=slow:250") << Kind::Slow << 250;
        QTest::newRow("html") << QStringLiteral("PUT /api/v1/groups/*/users/*=html") << Kind::Html << 0;
        QTest::newRow("badjson") << QStringLiteral("GET /api/v1/groups=badjson") << Kind::BadJson << 0;
        QTest::newRow("lower-case method") << QStringLiteral("get /api/v1/org=500") << Kind::Status << 500;
    }
    void parses()
    {
        QFETCH(QString, rule);
        QFETCH(FaultRules::Fault::Kind, kind);
        QFETCH(int, value);
        FaultRules rules;
        QString error;
        QVERIFY2(rules.setRules({rule}, &error), qPrintable(error));
        const QString method = rule.section(QLatin1Char(' '), 0, 0).toUpper();
        const QString path = rule.section(QLatin1Char(' '), 1)
                                 .section(QLatin1Char('='), 0, 0)
                                 .replace(QLatin1Char('*'), QStringLiteral("x1"));
        const auto fault = rules.take(method, path);
        QVERIFY(fault.has_value());
        QCOMPARE(fault->kind, kind);
        QCOMPARE(kind == FaultRules::Fault::Kind::Slow ? fault->slowMs : fault->status, value);
    }

    void refusesMalformedRules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("no fault") << QStringLiteral("GET /api/v1/users");
        QTest::newRow("no method") << QStringLiteral("/api/v1/users=503");
        QTest::newRow("unknown fault") << QStringLiteral("GET /api/v1/users=teapot");
        QTest::newRow("status out of range") << QStringLiteral("GET /api/v1/users=999");
        QTest::newRow("bad count") << QStringLiteral("GET /api/v1/users=503xx");
    }
    void refusesMalformedRules()
    {
        QFETCH(QString, rule);
        FaultRules rules;
        QVERIFY(rules.setRules({QStringLiteral("GET /api/v1/org=500")}, nullptr));
        QString error;
        QVERIFY(!rules.setRules({rule}, &error));
        QVERIFY(!error.isEmpty());
        // A refused set leaves the rules as they were.
        QCOMPARE(rules.rules(), QStringList{QStringLiteral("GET /api/v1/org=500")});
    }

    void matchesMethodSegmentsAndCount()
    {
        FaultRules rules;
        QVERIFY(rules.setRules(
            {QStringLiteral("POST /api/v1/users/*/lifecycle/suspend=503x2"), QStringLiteral("* /api/v1/org=500")},
            nullptr));
        QVERIFY(!rules.take(QStringLiteral("GET"), QStringLiteral("/api/v1/users/00u1/lifecycle/suspend")));
        QVERIFY(!rules.take(QStringLiteral("POST"), QStringLiteral("/api/v1/users/a/b/lifecycle/suspend")));
        QVERIFY(!rules.take(QStringLiteral("POST"), QStringLiteral("/api/v1/users//lifecycle/suspend")));
        QVERIFY(rules.take(QStringLiteral("POST"), QStringLiteral("/api/v1/users/00u1/lifecycle/suspend")));
        QVERIFY(rules.take(QStringLiteral("POST"), QStringLiteral("/api/v1/users/00u2/lifecycle/suspend")));
        QVERIFY(!rules.take(QStringLiteral("POST"), QStringLiteral("/api/v1/users/00u1/lifecycle/suspend")));
        QVERIFY(rules.take(QStringLiteral("DELETE"), QStringLiteral("/api/v1/org")));
        QVERIFY(rules.take(QStringLiteral("GET"), QStringLiteral("/api/v1/org")));
    }
};

QTEST_GUILESS_MAIN(TestSimFaultRules)
#include "tst_simfaultrules.moc"
