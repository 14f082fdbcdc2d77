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

QTEST_GUILESS_MAIN(TestContainmentAction)
#include "tst_containmentaction.moc"
