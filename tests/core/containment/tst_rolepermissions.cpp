#include "containment/RolePermissions.h"

#include <QTest>

using namespace cordon::core;

class TestRolePermissions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromRoles_data();
    void fromRoles();
};

void TestRolePermissions::fromRoles_data()
{
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<bool>("clearSessions");
    QTest::addColumn<bool>("suspend");
    QTest::addColumn<bool>("membership");
    QTest::addColumn<bool>("warnsBroad");

    // docs/okta.md §Admin roles: the standard roles' table.
    QTest::newRow("super admin") << QStringList{QStringLiteral("SUPER_ADMIN")} << true << true << true << true;
    QTest::newRow("org admin") << QStringList{QStringLiteral("ORG_ADMIN")} << true << true << true << false;
    QTest::newRow("group admin") << QStringList{QStringLiteral("USER_ADMIN")} << true << true << true << false;
    QTest::newRow("help desk") << QStringList{QStringLiteral("HELP_DESK_ADMIN")} << true << false << false << false;
    QTest::newRow("group membership") << QStringList{QStringLiteral("GROUP_MEMBERSHIP_ADMIN")} << false << false << true
                                      << false;
    QTest::newRow("help desk and membership")
        << QStringList{QStringLiteral("HELP_DESK_ADMIN"), QStringLiteral("GROUP_MEMBERSHIP_ADMIN")} << true << false
        << true << false;
    QTest::newRow("read only") << QStringList{QStringLiteral("READ_ONLY_ADMIN")} << false << false << false << false;
    QTest::newRow("none") << QStringList() << false << false << false << false;
}

void TestRolePermissions::fromRoles()
{
    QFETCH(QStringList, types);
    QFETCH(bool, clearSessions);
    QFETCH(bool, suspend);
    QFETCH(bool, membership);
    QFETCH(bool, warnsBroad);

    QList<OktaRole> roles;
    for (const QString& type : types) {
        OktaRole role;
        role.type = type;
        roles << role;
    }
    const auto permissions = RolePermissions::fromRoles(roles);
    QCOMPARE(permissions.clearSessions, clearSessions);
    QCOMPARE(permissions.suspend, suspend);
    QCOMPARE(permissions.groupMembership, membership);
    const bool broad = std::any_of(permissions.warnings.begin(), permissions.warnings.end(),
                                   [](const QString& warning) { return warning.contains(QLatin1String("Super")); });
    QCOMPARE(broad, warnsBroad);
    if (!permissions.allowsAll()) {
        QVERIFY2(!permissions.warnings.isEmpty(), "a token that cannot do everything says so");
    }
    QCOMPARE(permissions.toJson().value(QStringLiteral("unsuspend")).toBool(), suspend);
}

QTEST_GUILESS_MAIN(TestRolePermissions)
#include "tst_rolepermissions.moc"
