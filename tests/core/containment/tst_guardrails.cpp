#include "containment/Guardrails.h"

#include <QTest>

using namespace cordon::core;

Q_DECLARE_METATYPE(cordon::core::OktaUser)

class TestGuardrails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusals_data();
    void refusals();
    void adminConfirmed();
    void incompleteGroupsRefuse();
};

namespace
{

OktaUser user(const QString& id, const QString& login, const QString& status = QStringLiteral("ACTIVE"))
{
    OktaUser result;
    result.id = id;
    result.login = login;
    result.email = login;
    result.status = status;
    return result;
}

OktaGroup group(const QString& id, const QString& name)
{
    OktaGroup result;
    result.id = id;
    result.name = name;
    result.type = QStringLiteral("OKTA_GROUP");
    return result;
}

} // namespace

void TestGuardrails::refusals_data()
{
    QTest::addColumn<OktaUser>("target");
    QTest::addColumn<QString>("actingUserId");
    QTest::addColumn<QList<OktaGroup>>("groups");
    QTest::addColumn<bool>("admin");
    QTest::addColumn<QStringList>("protectedAccounts");
    QTest::addColumn<QStringList>("protectedGroups");
    QTest::addColumn<QString>("refusal"); // empty: allowed

    OktaUser joren = user(QStringLiteral("00u1joren0000000000a"), QStringLiteral("joren.m@example.com"));
    joren.profile.insert(QStringLiteral("samAccountName"), QStringLiteral("joren"));
    const QList<OktaGroup> engineering{group(QStringLiteral("00g1eng00000000000aa"), QStringLiteral("Engineering"))};
    const QList<OktaGroup> executives{
        group(QStringLiteral("00g1exec0000000000aa"), QStringLiteral("Protected Executives"))};

    QTest::newRow("ordinary user") << joren << "00u1svc000000000000a" << engineering << false << QStringList()
                                   << QStringList() << "";
    QTest::newRow("own user") << joren << joren.id << engineering << false << QStringList() << QStringList()
                              << "own-user";
    QTest::newRow("protected by id") << joren << "00u1svc000000000000a" << engineering << false << QStringList{joren.id}
                                     << QStringList() << "protected-account";
    QTest::newRow("protected by login, other case")
        << joren << "00u1svc000000000000a" << engineering << false << QStringList{QStringLiteral("Joren.M@Example.com")}
        << QStringList() << "protected-account";
    QTest::newRow("protected group by name")
        << joren << "00u1svc000000000000a" << executives << false << QStringList()
        << QStringList{QStringLiteral("Protected Executives")} << "protected-group";
    QTest::newRow("protected group by id") << joren << "00u1svc000000000000a" << executives << false << QStringList()
                                           << QStringList{QStringLiteral("00g1exec0000000000aa")} << "protected-group";
    QTest::newRow("protected group not a member")
        << joren << "00u1svc000000000000a" << engineering << false << QStringList()
        << QStringList{QStringLiteral("Protected Executives")} << "";
    QTest::newRow("deprovisioned") << user(QStringLiteral("00u1old0000000000000"),
                                           QStringLiteral("joren.maes@example.com"), QStringLiteral("DEPROVISIONED"))
                                   << "00u1svc000000000000a" << engineering << false << QStringList() << QStringList()
                                   << "deprovisioned";
    QTest::newRow("admin") << joren << "00u1svc000000000000a" << engineering << true << QStringList() << QStringList()
                           << "admin-needs-confirmation";
    QTest::newRow("protected group by name, other case")
        << joren << "00u1svc000000000000a" << executives << false << QStringList()
        << QStringList{QStringLiteral("protected executives")} << "protected-group";
    QTest::newRow("protected group by id, other case is another id")
        << joren << "00u1svc000000000000a" << executives << false << QStringList()
        << QStringList{QStringLiteral("00G1EXEC0000000000AA")} << "";
    // Entries kept as written (saved before entries were resolved) protect by every name the user goes by.
    QTest::newRow("unresolved short login")
        << joren << "00u1svc000000000000a" << engineering << false << QStringList{QStringLiteral("Joren.M")}
        << QStringList() << "protected-account";
    QTest::newRow("unresolved AD username")
        << joren << "00u1svc000000000000a" << engineering << false << QStringList{QStringLiteral("JOREN")}
        << QStringList() << "protected-account";
    QTest::newRow("unresolved AD username with its domain")
        << joren << "00u1svc000000000000a" << engineering << false << QStringList{QStringLiteral("AD_DOMAIN\\joren")}
        << QStringList() << "protected-account";
    QTest::newRow("another user's id") << joren << "00u1svc000000000000a" << engineering << false
                                       << QStringList{QStringLiteral("00u1other00000000000")} << QStringList() << "";
    QTest::newRow("a longer short login is another user")
        << joren << "00u1svc000000000000a" << engineering << false << QStringList{QStringLiteral("joren.maes")}
        << QStringList() << "";
    QTest::newRow("blank protected entries do not match")
        << joren << "" << engineering << false << QStringList{QStringLiteral("  ")} << QStringList{QString()} << "";
}

void TestGuardrails::refusals()
{
    QFETCH(OktaUser, target);
    QFETCH(QString, actingUserId);
    QFETCH(QList<OktaGroup>, groups);
    QFETCH(bool, admin);
    QFETCH(QStringList, protectedAccounts);
    QFETCH(QStringList, protectedGroups);
    QFETCH(QString, refusal);

    GuardrailInput input{target, actingUserId, groups, {}, false};
    if (admin) {
        OktaRole role;
        role.type = QStringLiteral("SUPER_ADMIN");
        role.label = QStringLiteral("Super Administrator");
        input.targetRoles << role;
    }
    const auto result = checkGuardrails(input, {protectedAccounts, protectedGroups});
    if (refusal.isEmpty()) {
        QVERIFY2(!result, qPrintable(result ? result->message : QString()));
        return;
    }
    QVERIFY(result.has_value());
    QCOMPARE(result->code(), refusal);
    QVERIFY2(result->message.contains(target.login), "a refusal names the user it refused");
}

void TestGuardrails::incompleteGroupsRefuse()
{
    GuardrailInput input;
    input.target = user(QStringLiteral("00u1joren0000000000a"), QStringLiteral("joren.m@example.com"));
    input.targetGroups << group(QStringLiteral("00g1eng00000000000aa"), QStringLiteral("Engineering"));
    input.groupsComplete = false;
    const auto refusal = checkGuardrails(input, {});
    QVERIFY(refusal.has_value());
    QCOMPARE(refusal->code(), QStringLiteral("groups-incomplete"));
    QVERIFY2(refusal->message.contains(QStringLiteral("joren.m@example.com")), qPrintable(refusal->message));
    // A protected group among those read is named as such.
    const auto named = checkGuardrails(input, {{}, {QStringLiteral("ENGINEERING")}});
    QVERIFY(named.has_value());
    QCOMPARE(named->code(), QStringLiteral("protected-group"));
    input.groupsComplete = true;
    QVERIFY(!checkGuardrails(input, {}).has_value());
}

void TestGuardrails::adminConfirmed()
{
    GuardrailInput input;
    input.target = user(QStringLiteral("00u1alex000000000000"), QStringLiteral("alex.morgan@example.com"));
    OktaRole role;
    role.type = QStringLiteral("SUPER_ADMIN");
    input.targetRoles << role;
    QVERIFY(checkGuardrails(input, {}).has_value());
    input.adminConfirmed = true;
    QVERIFY(!checkGuardrails(input, {}).has_value());
    // The confirmation covers the admin rule only, never the own-account rule.
    input.actingUserId = input.target.id;
    QCOMPARE(checkGuardrails(input, {})->reason, Refusal::Reason::OwnUser);
}

QTEST_GUILESS_MAIN(TestGuardrails)
#include "tst_guardrails.moc"
