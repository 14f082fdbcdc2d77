#include "identity/IdentityParser.h"
#include "identity/IdentitySearch.h"
#include "identity/NameFolding.h"

#include <QTest>

using namespace cordon::core;

class TestIdentitySearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void primaryCoversLikelyAttributes();
    void attributeLeftOutWhenAbsent();
    void transliterationSpellings();
    void entraNames_data();
    void entraNames();
    void germanTransliterationBothWays();
    void spellingsNeverGuessAnUmlaut();
    void longNameKeepsToBudget();
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

void TestIdentitySearch::entraNames_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QStringList>("wanted");

    // Okta's search keeps diacritics significant: a name with them is also looked for without.
    QTest::newRow("diacritics folded") << QString::fromUtf8("AzureAD\\NoëlDupré")
                                       << QStringList{QString::fromUtf8("profile.firstName eq \"Noël\""),
                                                      QStringLiteral("profile.firstName eq \"Noel\""),
                                                      QStringLiteral("profile.lastName eq \"Dupre\"")};
    QTest::newRow("ring folded") << QString::fromUtf8("AzureAD\\ÅsaLindström")
                                 << QStringList{QStringLiteral("profile.firstName eq \"Asa\""),
                                                QStringLiteral("profile.lastName eq \"Lindstrom\""),
                                                QStringLiteral("profile.lastName eq \"Lindstroem\"")};
    QTest::newRow("apostrophe kept") << QString::fromUtf8("AzureAD\\SeánO'Brien")
                                     << QStringList{QStringLiteral("profile.firstName eq \"Sean\""),
                                                    QStringLiteral("profile.lastName eq \"O'Brien\"")};
    QTest::newRow("hyphen kept") << QStringLiteral("AzureAD\\Jean-LucD'Arcy")
                                 << QStringList{QStringLiteral("profile.firstName eq \"Jean-Luc\""),
                                                QStringLiteral("profile.lastName eq \"D'Arcy\"")};
    // Four words: the first name may be one or two of them, the last name the rest, spaced or run together.
    QTest::newRow("several words") << QString::fromUtf8("AzureAD\\MaríaJoséGarcíaPérez")
                                   << QStringList{QStringLiteral("profile.firstName eq \"Maria Jose\""),
                                                  QStringLiteral("profile.lastName eq \"Garcia Perez\""),
                                                  QString::fromUtf8("profile.lastName eq \"José García Pérez\""),
                                                  QStringLiteral("profile.lastName eq \"GarciaPerez\"")};
    QTest::newRow("last name of two words") << QStringLiteral("AzureAD\\CiaranMacGiolla")
                                            << QStringList{QStringLiteral("profile.lastName eq \"Mac Giolla\""),
                                                           QStringLiteral("profile.lastName eq \"MacGiolla\"")};
}

void TestIdentitySearch::entraNames()
{
    QFETCH(QString, raw);
    QFETCH(QStringList, wanted);
    const UserQuery query = IdentitySearch::primary(IdentityParser::parse(raw), MatchOptions());
    for (const QString& term : wanted) {
        QVERIFY2(query.search.contains(term), qPrintable(term + QStringLiteral(" in ") + query.search));
    }
    QVERIFY(query.search.size() <= IdentitySearch::SearchBudget);
}

void TestIdentitySearch::germanTransliterationBothWays()
{
    // The endpoint writes the umlauts out; Okta holds the name with them and the login without.
    const UserQuery written = IdentitySearch::primary(IdentityParser::parse(QStringLiteral("boerge.hoess")), {});
    for (const QString& term :
         {QStringLiteral("profile.login sw \"boerge.hoess\""), QStringLiteral("profile.login sw \"borge.hoss\""),
          QString::fromUtf8("profile.firstName eq \"Börge\""), QString::fromUtf8("profile.lastName eq \"Höß\""),
          QStringLiteral("profile.lastName eq \"Hoss\"")}) {
        QVERIFY2(written.search.contains(term), qPrintable(term + QStringLiteral(" in ") + written.search));
    }
    // The endpoint writes the umlauts; Okta holds them written out or bare.
    const UserQuery umlauts =
        IdentitySearch::primary(IdentityParser::parse(QString::fromUtf8("AzureAD\\BörgeHöß")), {});
    for (const QString& term :
         {QStringLiteral("profile.login sw \"boerge.hoess\""), QStringLiteral("profile.login sw \"borge.hoss\""),
          QStringLiteral("profile.firstName eq \"Boerge\""), QStringLiteral("profile.firstName eq \"Borge\""),
          QStringLiteral("profile.lastName eq \"Hoess\""), QStringLiteral("profile.lastName eq \"Hoss\"")}) {
        QVERIFY2(umlauts.search.contains(term), qPrintable(term + QStringLiteral(" in ") + umlauts.search));
    }
}

void TestIdentitySearch::spellingsNeverGuessAnUmlaut()
{
    // Only a written-out umlaut ("oe") or an umlaut itself says where one is; a bare vowel is left alone.
    QCOMPARE(NameFolding::spellings(QStringLiteral("Borge")), QStringList{QStringLiteral("Borge")});
    QVERIFY(!NameFolding::spellings(QString::fromUtf8("Noël")).contains(QString::fromUtf8("Nöl")));
    QVERIFY(NameFolding::spellings(QStringLiteral("Weiss")).contains(QString::fromUtf8("Weiß")));
    QCOMPARE(NameFolding::loginSpellings(QStringLiteral("Boerge.Hoess")),
             (QStringList{QStringLiteral("boerge.hoess"), QStringLiteral("borge.hoss")}));
    QCOMPARE(NameFolding::loginSpellings(QString::fromUtf8("noël.dupré")),
             (QStringList{QString::fromUtf8("noël.dupré"), QStringLiteral("noel.dupre")}));
}

void TestIdentitySearch::longNameKeepsToBudget()
{
    // A name of many words has many splits, each in several spellings; the likeliest are sent, within budget.
    const QString raw = QString::fromUtf8("AzureAD\\ÄnneMüllerSchröderJägerÖztürkGößlingWeißÜberMäßig");
    const UserQuery query = IdentitySearch::primary(IdentityParser::parse(raw), MatchOptions());
    QVERIFY2(query.search.size() <= IdentitySearch::SearchBudget, qPrintable(query.search));
    QVERIFY(query.search.contains(QString::fromUtf8("profile.firstName eq \"Änne\"")));
    QVERIFY(query.search.contains(QStringLiteral("profile.login sw \"aenne.muellerschroederjaegeroeztuerk")));
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
