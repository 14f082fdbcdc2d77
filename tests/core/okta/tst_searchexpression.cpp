#include "okta/SearchExpression.h"

#include <QTest>

using cordon::core::SearchExpression;

class TestSearchExpression : public QObject
{
    Q_OBJECT

private slots:
    void quote_data();
    void quote();
    void attributes_data();
    void attributes();
    void combinations();
    void refusalsPropagate();
};

namespace
{

// Reads back the value of a quoted string the way Okta's parser does: the value ends at the first
// unescaped quote. Returns the value and where it ended.
QString readQuoted(const QString& text, qsizetype* end)
{
    QString value;
    qsizetype i = 1;
    for (; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            value += text.at(++i);
            continue;
        }
        if (text.at(i) == QLatin1Char('"')) {
            break;
        }
        value += text.at(i);
    }
    *end = i;
    return value;
}

} // namespace

void TestSearchExpression::quote_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quoted");

    QTest::newRow("plain") << QStringLiteral("joren") << QStringLiteral("\"joren\"");
    QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    QTest::newRow("injection") << QStringLiteral("joren\" or status eq \"ACTIVE")
                               << QStringLiteral("\"joren\\\" or status eq \\\"ACTIVE\"");
    QTest::newRow("backslash") << QStringLiteral("AD_DOMAIN\\joren") << QStringLiteral("\"AD_DOMAIN\\\\joren\"");
    QTest::newRow("trailing backslash") << QStringLiteral("joren\\") << QStringLiteral("\"joren\\\\\"");
    QTest::newRow("backslash then quote") << QStringLiteral("a\\\" or x") << QStringLiteral("\"a\\\\\\\" or x\"");
    QTest::newRow("unicode") << QStringLiteral("Müller") << QStringLiteral("\"Müller\"");
    QTest::newRow("parentheses") << QStringLiteral("a) or (b") << QStringLiteral("\"a) or (b\"");
}

void TestSearchExpression::quote()
{
    QFETCH(QString, value);
    QFETCH(QString, quoted);
    const QString result = SearchExpression::quote(value);
    QCOMPARE(result, quoted);
    // Whatever the input, the quoted string reads back as exactly one value spanning the whole string.
    qsizetype end = 0;
    QCOMPARE(readQuoted(result, &end), value);
    QCOMPARE(end, result.size() - 1);
}

void TestSearchExpression::attributes_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<bool>("valid");

    QTest::newRow("login") << QStringLiteral("profile.login") << true;
    QTest::newRow("custom") << QStringLiteral("profile.samAccountName") << true;
    QTest::newRow("top level") << QStringLiteral("status") << true;
    QTest::newRow("type id") << QStringLiteral("type.id") << true;
    QTest::newRow("underscore") << QStringLiteral("profile.employee_number") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("profile.login eq \"x\" or status") << false;
    QTest::newRow("quote") << QStringLiteral("profile.\"login") << false;
    QTest::newRow("parenthesis") << QStringLiteral("(status") << false;
    QTest::newRow("double dot") << QStringLiteral("profile..login") << false;
    QTest::newRow("trailing dot") << QStringLiteral("profile.") << false;
    QTest::newRow("dash") << QStringLiteral("profile.first-name") << false;
}

void TestSearchExpression::attributes()
{
    QFETCH(QString, attribute);
    QFETCH(bool, valid);
    QCOMPARE(SearchExpression::isValidAttribute(attribute), valid);
    QCOMPARE(SearchExpression::eq(attribute, QStringLiteral("x")).isEmpty(), !valid);
    QCOMPARE(SearchExpression::sw(attribute, QStringLiteral("x")).isEmpty(), !valid);
    QCOMPARE(SearchExpression::co(attribute, QStringLiteral("x")).isEmpty(), !valid);
}

void TestSearchExpression::combinations()
{
    const QString injected = QStringLiteral("joren\" or status eq \"ACTIVE");
    const QString login = SearchExpression::eq(QStringLiteral("profile.samAccountName"), injected);
    QCOMPARE(login, QStringLiteral("profile.samAccountName eq \"joren\\\" or status eq \\\"ACTIVE\""));
    QCOMPARE(SearchExpression::sw(QStringLiteral("profile.login"), QStringLiteral("jo")),
             QStringLiteral("profile.login sw \"jo\""));
    QCOMPARE(SearchExpression::co(QStringLiteral("profile.email"), QStringLiteral("maes")),
             QStringLiteral("profile.email co \"maes\""));

    const QString any = SearchExpression::anyOf(
        {login, SearchExpression::eq(QStringLiteral("profile.login"), QStringLiteral("joren@example.com"))});
    QCOMPARE(any, QStringLiteral("(profile.samAccountName eq \"joren\\\" or status eq \\\"ACTIVE\" or "
                                 "profile.login eq \"joren@example.com\")"));
    const QString all =
        SearchExpression::allOf({any, SearchExpression::eq(QStringLiteral("status"), QStringLiteral("ACTIVE"))});
    QCOMPARE(all, QStringLiteral("((profile.samAccountName eq \"joren\\\" or status eq \\\"ACTIVE\" or "
                                 "profile.login eq \"joren@example.com\") and status eq \"ACTIVE\")"));
    QCOMPARE(SearchExpression::anyOf({login}), login);
    // Two groups side by side are not one group: they are wrapped, so "and" binds inside.
    const QString pair = QStringLiteral("(status eq \"ACTIVE\") and (type.id eq \"x\")");
    QCOMPARE(SearchExpression::anyOf({pair, SearchExpression::eq(QStringLiteral("id"), QStringLiteral("00u1"))}),
             QStringLiteral("(((status eq \"ACTIVE\") and (type.id eq \"x\")) or id eq \"00u1\")"));
    // A parenthesis inside a quoted value does not end a group.
    const QString tricky = SearchExpression::anyOf({SearchExpression::eq(QStringLiteral("a"), QStringLiteral(") or (")),
                                                    SearchExpression::eq(QStringLiteral("b"), QStringLiteral("y"))});
    QCOMPARE(SearchExpression::allOf({tricky, SearchExpression::eq(QStringLiteral("c"), QStringLiteral("z"))}),
             QStringLiteral("((a eq \") or (\" or b eq \"y\") and c eq \"z\")"));
}

void TestSearchExpression::refusalsPropagate()
{
    const QString good = SearchExpression::eq(QStringLiteral("profile.login"), QStringLiteral("a"));
    const QString bad = SearchExpression::eq(QStringLiteral("profile.login or 1"), QStringLiteral("a"));
    QVERIFY(bad.isEmpty());
    // Dropping a refused term would widen the search; the whole expression is refused instead.
    QVERIFY(SearchExpression::anyOf({good, bad}).isEmpty());
    QVERIFY(SearchExpression::allOf({good, bad}).isEmpty());
    QVERIFY(SearchExpression::anyOf({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchExpression)
#include "tst_searchexpression.moc"
