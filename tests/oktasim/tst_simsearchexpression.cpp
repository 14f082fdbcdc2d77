#include "oktasim/SearchExpression.h"

#include <QJsonArray>
#include <QTest>

using cordon::sim::SearchExpression;

Q_DECLARE_METATYPE(SearchExpression::Error)

// Okta's search and filter grammar and rules (docs/okta.md §User search), against one user object.
class TestSimSearchExpression : public QObject
{
    Q_OBJECT

private:
    static QJsonObject user()
    {
        return {
            {QStringLiteral("id"), QStringLiteral("00u1")},
            {QStringLiteral("status"), QStringLiteral("ACTIVE")},
            {QStringLiteral("lastUpdated"), QStringLiteral("2025-06-01T10:00:00.000Z")},
            {QStringLiteral("type"), QJsonObject{{QStringLiteral("id"), QStringLiteral("oty1")}}},
            {QStringLiteral("profile"),
             QJsonObject{{QStringLiteral("login"), QStringLiteral("jonas.mueller@example.com")},
                         {QStringLiteral("email"), QStringLiteral("jonas.mueller@example.com")},
                         {QStringLiteral("firstName"), QStringLiteral("Jonas")},
                         {QStringLiteral("lastName"), QStringLiteral("Müller")},
                         {QStringLiteral("nickName"), QStringLiteral("say \"hi\" \\ bye")},
                         {QStringLiteral("samAccountName"), QStringLiteral("jmueller")},
                         {QStringLiteral("tags"),
                          QJsonArray::fromStringList({QStringLiteral("red"), QStringLiteral("blue")})}}},
        };
    }
    static SearchExpression::Rules rules(const QString& kind)
    {
        if (kind == QLatin1String("filter")) {
            return SearchExpression::userFilterRules();
        }
        return SearchExpression::userSearchRules({QStringLiteral("samAccountName"), QStringLiteral("tags")});
    }

private slots:
    void matching_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("matches");
        const QString s = QStringLiteral("search");
        const QString f = QStringLiteral("filter");
        QTest::newRow("eq") << s << QStringLiteral("profile.firstName eq \"Jonas\"") << true;
        QTest::newRow("eq ignores case") << s << QStringLiteral("profile.firstName eq \"JONAS\"") << true;
        QTest::newRow("operator ignores case") << s << QStringLiteral("profile.firstName Eq \"Jonas\"") << true;
        QTest::newRow("diacritics count") << s << QStringLiteral("profile.lastName eq \"Muller\"") << false;
        QTest::newRow("diacritic, other case") << s << QStringLiteral("profile.lastName eq \"MÜLLER\"") << true;
        QTest::newRow("sw") << s << QStringLiteral("profile.login sw \"jonas.m\"") << true;
        QTest::newRow("sw is a prefix") << s << QStringLiteral("profile.login sw \"mueller\"") << false;
        QTest::newRow("co") << s << QStringLiteral("profile.email co \"mueller@\"") << true;
        QTest::newRow("custom attribute") << s << QStringLiteral("profile.samAccountName eq \"JMUELLER\"") << true;
        QTest::newRow("type.id") << s << QStringLiteral("type.id eq \"oty1\"") << true;
        QTest::newRow("array element") << s << QStringLiteral("profile.tags eq \"blue\"") << true;
        QTest::newRow("and binds tighter than or")
            << s << QStringLiteral("status eq \"SUSPENDED\" and id eq \"00u1\" or profile.firstName eq \"Jonas\"")
            << true;
        QTest::newRow("parentheses change it")
            << s << QStringLiteral("status eq \"SUSPENDED\" and (id eq \"00u1\" or profile.firstName eq \"Jonas\")")
            << false;
        QTest::newRow("nested parentheses")
            << s << QStringLiteral("((status eq \"ACTIVE\") and (profile.firstName sw \"J\" or id eq \"x\"))") << true;
        QTest::newRow("ne workaround") << s << QStringLiteral("(status lt \"STAGED\" or status gt \"STAGED\")") << true;
        QTest::newRow("escaped quote and backslash")
            << s << QStringLiteral("profile.nickName eq \"say \\\"hi\\\" \\\\ bye\"") << true;
        QTest::newRow("pr") << s << QStringLiteral("profile.samAccountName pr") << true;
        QTest::newRow("filter eq") << f << QStringLiteral("status eq \"ACTIVE\"") << true;
        QTest::newRow("filter is case-sensitive") << f << QStringLiteral("status eq \"active\"") << false;
        QTest::newRow("filter lastUpdated gt")
            << f << QStringLiteral("lastUpdated gt \"2025-01-01T00:00:00.000Z\"") << true;
        QTest::newRow("filter or") << f << QStringLiteral("id eq \"00u2\" or id eq \"00u1\"") << true;
    }
    void matching()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expression);
        QFETCH(bool, matches);
        SearchExpression parsed;
        QCOMPARE(parsed.parse(expression, rules(kind)), SearchExpression::Error::None);
        QCOMPARE(parsed.matches(user()), matches);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<SearchExpression::Error>("error");
        const QString s = QStringLiteral("search");
        const QString f = QStringLiteral("filter");
        const auto syntax = SearchExpression::Error::Syntax;
        const auto unsupported = SearchExpression::Error::Unsupported;
        QTest::newRow("empty") << s << QString() << syntax;
        QTest::newRow("no value") << s << QStringLiteral("profile.login eq") << syntax;
        QTest::newRow("unquoted string") << s << QStringLiteral("status eq ACTIVE") << syntax;
        QTest::newRow("unterminated") << s << QStringLiteral("status eq \"ACTIVE") << syntax;
        QTest::newRow("missing close") << s << QStringLiteral("(status eq \"ACTIVE\"") << syntax;
        QTest::newRow("stray close") << s << QStringLiteral("status eq \"ACTIVE\")") << syntax;
        QTest::newRow("dangling and") << s << QStringLiteral("status eq \"ACTIVE\" and") << syntax;
        QTest::newRow("unknown operator") << s << QStringLiteral("status is \"ACTIVE\"") << syntax;
        QTest::newRow("ne") << s << QStringLiteral("status ne \"ACTIVE\"") << unsupported;
        QTest::newRow("not") << s << QStringLiteral("not status eq \"ACTIVE\"") << unsupported;
        QTest::newRow("co on a custom attribute")
            << s << QStringLiteral("profile.samAccountName co \"mu\"") << unsupported;
        QTest::newRow("co on id") << s << QStringLiteral("id co \"00u\"") << unsupported;
        QTest::newRow("undeclared attribute") << s << QStringLiteral("profile.shoeSize eq \"42\"") << unsupported;
        QTest::newRow("names are case-sensitive")
            << s << QStringLiteral("profile.FirstName eq \"Jonas\"") << unsupported;
        QTest::newRow("filter sw") << f << QStringLiteral("profile.login sw \"jonas\"") << unsupported;
        QTest::newRow("filter custom attribute")
            << f << QStringLiteral("profile.samAccountName eq \"x\"") << unsupported;
        QTest::newRow("filter gt on status") << f << QStringLiteral("status gt \"A\"") << unsupported;
    }
    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expression);
        QFETCH(SearchExpression::Error, error);
        SearchExpression parsed;
        QCOMPARE(parsed.parse(expression, rules(kind)), error);
        QVERIFY(!parsed.errorText().isEmpty());
        QVERIFY(!parsed.matches(user()));
    }

    void groupRules()
    {
        const QJsonObject group{
            {QStringLiteral("type"), QStringLiteral("OKTA_GROUP")},
            {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Contractors")},
                                                    {QStringLiteral("description"), QStringLiteral("EMEA")}}}};
        SearchExpression search;
        QCOMPARE(search.parse(QStringLiteral("profile.name co \"tract\" and type eq \"okta_group\""),
                              SearchExpression::groupSearchRules()),
                 SearchExpression::Error::None);
        QVERIFY(search.matches(group));
        SearchExpression filter;
        QCOMPARE(filter.parse(QStringLiteral("profile.name eq \"Contractors\""), SearchExpression::groupFilterRules()),
                 SearchExpression::Error::Unsupported);
        QCOMPARE(filter.parse(QStringLiteral("type eq \"OKTA_GROUP\""), SearchExpression::groupFilterRules()),
                 SearchExpression::Error::None);
        QVERIFY(filter.matches(group));
    }
};

QTEST_GUILESS_MAIN(TestSimSearchExpression)
#include "tst_simsearchexpression.moc"
