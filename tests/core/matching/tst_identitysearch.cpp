#include "identity/IdentityParser.h"
#include "identity/IdentitySearch.h"

#include <QTest>

using namespace cordon::core;

class TestIdentitySearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void primaryCoversLikelyAttributes();
    void attributeLeftOutWhenAbsent();
    void transliterationSpellings();
    void hostileInputStaysOneValue_data();
    void hostileInputStaysOneValue();
    void fallback();
};

void TestIdentitySearch::primaryCoversLikelyAttributes()
{
    MatchOptions options;
    options.emailDomains.insert(QStringLiteral("AD_DOMAIN"), QStringLiteral("example.com"));
    const UserQuery query = IdentitySearch::primary(IdentityParser::parse(QStringLiteral("AD_DOMAIN\\joren")), options);
    QVERIFY(query.search.contains(QLatin1String("profile.samAccountName eq \"joren\"")));
    QVERIFY(query.search.contains(QLatin1String("profile.login sw \"joren\"")));
    QVERIFY(query.search.contains(QLatin1String("profile.email sw \"joren\"")));
    QVERIFY(query.search.contains(QLatin1String("profile.login eq \"joren@example.com\"")));
    QVERIFY(query.q.isEmpty());
    QCOMPARE(query.maxPages, 1);
}

void TestIdentitySearch::attributeLeftOutWhenAbsent()
{
    MatchOptions options;
    options.adUsernameAvailable = false;
    const UserQuery query = IdentitySearch::primary(IdentityParser::parse(QStringLiteral("AD_DOMAIN\\joren")), options);
    QVERIFY(!query.search.contains(QLatin1String("samAccountName")));
    QVERIFY(!query.search.isEmpty());

    options.adUsernameAvailable = true;
    options.adUsernameAttribute = QStringLiteral("bad attribute\" or 1");
    const UserQuery refused =
        IdentitySearch::primary(IdentityParser::parse(QStringLiteral("AD_DOMAIN\\joren")), options);
    QVERIFY(!refused.search.contains(QLatin1String("bad attribute")));
}

void TestIdentitySearch::transliterationSpellings()
{
    const UserQuery query =
        IdentitySearch::primary(IdentityParser::parse(QStringLiteral("AzureAD\\JonasMueller")), MatchOptions());
    QVERIFY(query.search.contains(QLatin1String("profile.lastName eq \"Mueller\"")));
    QVERIFY(query.search.contains(QString::fromUtf8("profile.lastName eq \"Müller\"")));
    QVERIFY(query.search.contains(QLatin1String("profile.firstName eq \"Jonas\"")));
}

void TestIdentitySearch::hostileInputStaysOneValue_data()
{
    QTest::addColumn<QString>("raw");
    QTest::newRow("quote and or") << "AD_DOMAIN\\joren\" or status eq \"ACTIVE";
    QTest::newRow("backslash quote") << "AD_DOMAIN\\joren\\\" or id sw \"00u";
    QTest::newRow("upn with quote") << "a\" or profile.login sw \"@example.com";
}

void TestIdentitySearch::hostileInputStaysOneValue()
{
    QFETCH(QString, raw);
    const UserQuery query = IdentitySearch::primary(IdentityParser::parse(raw), MatchOptions());
    // Outside quoted values only attribute names, operators and parentheses may appear; walk the expression
    // as Okta would and check that no comparison was added by the input.
    QString outside;
    bool inString = false;
    for (int i = 0; i < query.search.size(); ++i) {
        const QChar c = query.search.at(i);
        if (inString) {
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == QLatin1Char('"')) {
                inString = false;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            inString = true;
            outside += QLatin1String("V");
            continue;
        }
        outside += c;
    }
    QVERIFY2(!inString, qPrintable(query.search));
    QVERIFY2(!outside.contains(QLatin1String("status")), qPrintable(outside));
    QVERIFY2(!outside.contains(QLatin1String(" id ")), qPrintable(outside));
    const QStringList allowed{QStringLiteral("eq"), QStringLiteral("sw"), QStringLiteral("or"), QStringLiteral("and")};
    const QStringList parts = outside.split(QRegularExpression(QStringLiteral("[\\s()]+")), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        QVERIFY2(part == QLatin1String("V") || allowed.contains(part) || part.startsWith(QLatin1String("profile.")),
                 qPrintable(part));
    }
}

void TestIdentitySearch::fallback()
{
    QCOMPARE(IdentitySearch::fallback(IdentityParser::parse(QStringLiteral("oskar")), MatchOptions()).q,
             QStringLiteral("oskar"));
    QCOMPARE(IdentitySearch::fallback(IdentityParser::parse(QStringLiteral("AzureAD\\NoorHaddad")), MatchOptions()).q,
             QStringLiteral("Noor"));
}

QTEST_GUILESS_MAIN(TestIdentitySearch)
#include "tst_identitysearch.moc"
