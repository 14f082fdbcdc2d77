#include "containment/ContainmentAction.h"

#include <QTest>

using cordon::core::ContainmentAction;

class TestContainmentAction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void inverse();
    void oktaIds();
    void credentialActionsAreOneShotAndOnlyRiskIsUndone();
    void riskReasonsAreWhatOktaTakes();
};

void TestContainmentAction::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("name");

    using Kind = ContainmentAction::Kind;
    QTest::newRow("clear") << "clear-sessions" << true << int(Kind::ClearSessions) << ""
                           << "clear-sessions";
    QTest::newRow("suspend") << "suspend" << true << int(Kind::Suspend) << ""
                             << "suspend";
    QTest::newRow("unsuspend") << " unsuspend " << true << int(Kind::Unsuspend) << ""
                               << "unsuspend";
    QTest::newRow("add by name") << "add-group:Limited Data Access" << true << int(Kind::AddGroup)
                                 << "Limited Data Access"
                                 << "add-group:Limited Data Access";
    QTest::newRow("add by id") << "add-group:00g1abcdefghijklmnop" << true << int(Kind::AddGroup)
                               << "00g1abcdefghijklmnop"
                               << "add-group:00g1abcdefghijklmnop";
    QTest::newRow("remove") << "remove-group:Engineering" << true << int(Kind::RemoveGroup) << "Engineering"
                            << "remove-group:Engineering";
    QTest::newRow("group missing") << "add-group:" << false << 0 << ""
                                   << "";
    QTest::newRow("group blank") << "remove-group:   " << false << 0 << ""
                                 << "";
    QTest::newRow("unknown") << "delete" << false << 0 << ""
                             << "";
    QTest::newRow("case matters") << "Suspend" << false << 0 << ""
                                  << "";
    QTest::newRow("empty") << "" << false << 0 << ""
                           << "";
    QTest::newRow("risk high") << "risk:HIGH" << true << int(Kind::SetRisk) << ""
                               << "risk:HIGH";
    QTest::newRow("risk level in any case") << "risk:medium" << true << int(Kind::SetRisk) << ""
                                            << "risk:MEDIUM";
    QTest::newRow("risk none") << "risk:NONE" << false << 0 << ""
                               << "";
    QTest::newRow("risk unknown") << "risk:SEVERE" << false << 0 << ""
                                  << "";
    QTest::newRow("risk without level") << "risk" << false << 0 << ""
                                        << "";
    QTest::newRow("universal logout") << "universal-logout" << true << int(Kind::UniversalLogout) << ""
                                      << "universal-logout";
    QTest::newRow("factors since detection") << "revoke-factors-since" << true << int(Kind::RevokeFactorsSince) << ""
                                             << "revoke-factors-since";
    QTest::newRow("factors since a time")
        << "revoke-factors-since:2026-11-27T08:14:10Z" << true << int(Kind::RevokeFactorsSince) << ""
        << "revoke-factors-since:2026-11-27T08:14:10Z";
    QTest::newRow("factors since a time with an offset")
        << "revoke-factors-since:2026-11-27T10:14:10+02:00" << true << int(Kind::RevokeFactorsSince) << ""
        << "revoke-factors-since:2026-11-27T08:14:10Z";
    QTest::newRow("factors since a time without its zone")
        << "revoke-factors-since:2026-11-27T08:14:10" << false << 0 << ""
        << "";
    QTest::newRow("factors since the future") << "revoke-factors-since:2999-01-01T00:00:00Z" << false << 0 << ""
                                              << "";
    QTest::newRow("factors since nonsense") << "revoke-factors-since:last week" << false << 0 << ""
                                            << "";
    QTest::newRow("reset factors") << "reset-factors" << true << int(Kind::ResetFactors) << ""
                                   << "reset-factors";
    QTest::newRow("expire password") << "expire-password" << true << int(Kind::ExpirePassword) << ""
                                     << "expire-password";
}

void TestContainmentAction::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, kind);
    QFETCH(QString, group);
    QFETCH(QString, name);

    QString error;
    const auto action = ContainmentAction::parse(text, &error);
    QCOMPARE(action.has_value(), valid);
    if (!valid) {
        QVERIFY2(!error.isEmpty(), "a refused action must say why");
        return;
    }
    QCOMPARE(int(action->kind), kind);
    QCOMPARE(action->group, group);
    QCOMPARE(action->name(), name);
    const auto again = ContainmentAction::parse(action->name(), &error);
    QVERIFY(again.has_value());
    QCOMPARE(*again, *action);
}

void TestContainmentAction::inverse()
{
    QString error;
    const auto add = ContainmentAction::parse(QStringLiteral("add-group:Limited Data Access"), &error);
    QCOMPARE(add->inverse().name(), QStringLiteral("remove-group:Limited Data Access"));
    QVERIFY(add->inverse().isRelease());
    QVERIFY(!add->isRelease());
    const auto suspend = ContainmentAction::parse(QStringLiteral("suspend"), &error);
    QCOMPARE(suspend->inverse().kind, ContainmentAction::Kind::Unsuspend);
    QCOMPARE(suspend->inverse().inverse(), *suspend);
}

void TestContainmentAction::oktaIds()
{
    QVERIFY(cordon::core::looksLikeOktaUserId(QStringLiteral("00u1abcdefghijklmnop")));
    QVERIFY(!cordon::core::looksLikeOktaUserId(QStringLiteral("joren.m@example.com")));
    QVERIFY(!cordon::core::looksLikeOktaUserId(QStringLiteral("00u1abc")));
    QVERIFY(cordon::core::looksLikeOktaGroupId(QStringLiteral("00g1abcdefghijklmnop")));
    QVERIFY(!cordon::core::looksLikeOktaGroupId(QStringLiteral("00u1abcdefghijklmnop")));
    QVERIFY(!cordon::core::looksLikeOktaGroupId(QStringLiteral("Limited Data Access")));
}

void TestContainmentAction::credentialActionsAreOneShotAndOnlyRiskIsUndone()
{
    QString error;
    for (const char* text :
         {"risk:HIGH", "universal-logout", "revoke-factors-since", "reset-factors", "expire-password"}) {
        const auto action = ContainmentAction::parse(QLatin1String(text), &error);
        QVERIFY2(action, text);
        QVERIFY2(action->isOneShot(), text);
        // Each says what it reaches before the analyst agrees.
        QVERIFY2(!action->blastRadius().isEmpty(), text);
        QCOMPARE(action->hasInverse(), QByteArray(text) == "risk:HIGH");
    }
    const auto high = ContainmentAction::parse(QStringLiteral("risk:HIGH"), &error);
    QCOMPARE(high->inverse().name(), QStringLiteral("risk:LOW"));
    QVERIFY(high->inverse().isRelease());
    QVERIFY(!high->isRelease());
    for (const char* text : {"clear-sessions", "suspend", "add-group:X"}) {
        QVERIFY(!ContainmentAction::parse(QLatin1String(text), &error)->isOneShot());
    }
}

void TestContainmentAction::riskReasonsAreWhatOktaTakes()
{
    using cordon::core::riskReasonFrom;
    using cordon::core::riskReasonProblem;
    QVERIFY(riskReasonProblem(QStringLiteral("EDR alert 731, credential theft. Host LT-4411")).isEmpty());
    QVERIFY(riskReasonProblem(QString()).isEmpty());
    QVERIFY(riskReasonProblem(QString(500, QLatin1Char('a'))).isEmpty());
    QVERIFY(!riskReasonProblem(QString(501, QLatin1Char('a'))).isEmpty());
    // Okta's pattern is ASCII: no accented letters, no other white space than ASCII's, no punctuation beyond - , .
    for (const QString& refused : {QStringLiteral("Jörg's laptop"), QStringLiteral("a\u00a0b"), QStringLiteral("a:b"),
                                   QStringLiteral("<script>"), QStringLiteral("a/b")}) {
        QVERIFY2(!riskReasonProblem(refused).isEmpty(), qPrintable(refused));
        // What the reason is made from free text is always taken.
        QVERIFY2(riskReasonProblem(riskReasonFrom(refused)).isEmpty(), qPrintable(riskReasonFrom(refused)));
    }
    QCOMPARE(riskReasonFrom(QStringLiteral("Cordon incident ocsf:acme:alrt-731")),
             QStringLiteral("Cordon incident ocsf acme alrt-731"));
    QCOMPARE(riskReasonFrom(QString(600, QLatin1Char('x'))).size(), 500);
    QCOMPARE(cordon::core::defaultRiskReason(QStringLiteral("redcanary:lab:42")),
             QStringLiteral("Cordon incident redcanary lab 42"));
}

QTEST_GUILESS_MAIN(TestContainmentAction)
#include "tst_containmentaction.moc"
