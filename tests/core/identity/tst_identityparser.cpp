#include "identity/IdentityParser.h"
#include "identity/IdentitySearch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using cordon::core::EndpointIdentity;
using cordon::core::IdentityContext;
using cordon::core::IdentityParser;
using cordon::core::IdentitySearch;

class TestIdentityParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void entraNameWords_data();
    void entraNameWords();
    void systemPrincipals_data();
    void systemPrincipals();
    void vendorHints_data();
    void vendorHints();
    void serviceAccountPatterns_data();
    void serviceAccountPatterns();
    void keepsRawAndField();
    void shortHostname_data();
    void shortHostname();
    void namesRoundTrip();
    void parsedJson();
};

void TestIdentityParser::parse_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("upn");
    QTest::addColumn<QString>("sid");
    QTest::addColumn<QString>("principalClass");
    QTest::addColumn<QString>("policy");

    const QString none;
    QTest::newRow("down-level") << QStringLiteral("AD_DOMAIN\\joren") << QStringLiteral("LT-JOREN-01") << "down_level"
                                << "AD_DOMAIN"
                                << "joren" << none << none << "human_candidate"
                                << "auto";
    QTest::newRow("down-level doubled backslash") << QStringLiteral("AD_DOMAIN\\\\joren") << none << "down_level"
                                                  << "AD_DOMAIN"
                                                  << "joren" << none << none << "human_candidate"
                                                  << "auto";
    QTest::newRow("down-level splits at the first backslash")
        << QStringLiteral("KESTREL\\ilse\\x") << none << "down_level"
        << "KESTREL"
        << "ilse\\x" << none << none << "human_candidate"
        << "auto";
    QTest::newRow("down-level surrounding spaces") << QStringLiteral("  KESTREL\\ilse.marten ") << none << "down_level"
                                                   << "KESTREL"
                                                   << "ilse.marten" << none << none << "human_candidate"
                                                   << "auto";
    QTest::newRow("upn") << QStringLiteral("teo.lindqvist@kestrel.example.net") << none << "upn"
                         << "kestrel.example.net"
                         << "teo.lindqvist"
                         << "teo.lindqvist@kestrel.example.net" << none << "human_candidate"
                         << "auto";
    QTest::newRow("unicode upn") << QStringLiteral("jonas.müller@example.com") << none << "upn"
                                 << "example.com" << QStringLiteral("jonas.müller")
                                 << QStringLiteral("jonas.müller@example.com") << none << "human_candidate"
                                 << "auto";
    QTest::newRow("domain sid") << QStringLiteral("S-1-5-21-3914487211-2230146572-1908837245-6021") << none << "sid"
                                << none << none << none << "S-1-5-21-3914487211-2230146572-1908837245-6021"
                                << "human_candidate"
                                << "auto";
    QTest::newRow("lower-case sid") << QStringLiteral("s-1-5-21-1-2-3-1105") << none << "sid" << none << none << none
                                    << "S-1-5-21-1-2-3-1105"
                                    << "human_candidate"
                                    << "auto";
    QTest::newRow("sid rid 1000") << QStringLiteral("S-1-5-21-1-2-3-1000") << none << "sid" << none << none << none
                                  << "S-1-5-21-1-2-3-1000"
                                  << "human_candidate"
                                  << "auto";
    QTest::newRow("sid rid 500") << QStringLiteral("S-1-5-21-1-2-3-500") << none << "sid" << none << none << none
                                 << "S-1-5-21-1-2-3-500"
                                 << "service"
                                 << "never";
    QTest::newRow("sid rid 501") << QStringLiteral("S-1-5-21-1-2-3-501") << none << "sid" << none << none << none
                                 << "S-1-5-21-1-2-3-501"
                                 << "service"
                                 << "never";
    QTest::newRow("sid rid 502") << QStringLiteral("S-1-5-21-1-2-3-502") << none << "sid" << none << none << none
                                 << "S-1-5-21-1-2-3-502"
                                 << "service"
                                 << "never";
    QTest::newRow("sid rid 503") << QStringLiteral("S-1-5-21-1-2-3-503") << none << "sid" << none << none << none
                                 << "S-1-5-21-1-2-3-503"
                                 << "service"
                                 << "never";
    QTest::newRow("sid rid 504") << QStringLiteral("S-1-5-21-1-2-3-504") << none << "sid" << none << none << none
                                 << "S-1-5-21-1-2-3-504"
                                 << "service"
                                 << "never";
    QTest::newRow("sid rid 512 (a group)")
        << QStringLiteral("S-1-5-21-1-2-3-512") << none << "sid" << none << none << none << "S-1-5-21-1-2-3-512"
        << "service"
        << "never";
    QTest::newRow("entra sid") << QStringLiteral("S-1-12-1-1561193498-1325418564-2701081754-2816274496") << none
                               << "sid" << none << none << none
                               << "S-1-12-1-1561193498-1325418564-2701081754-2816274496"
                               << "human_candidate"
                               << "never";
    QTest::newRow("sid in lower case") << QStringLiteral("s-1-5-21-1-2-3-1105") << none << "sid" << none << none << none
                                       << "S-1-5-21-1-2-3-1105"
                                       << "human_candidate"
                                       << "auto";
    QTest::newRow("sid of one group is a name")
        << QStringLiteral("S-1-5") << none << "bare" << none << "S-1-5" << none << none << "human_candidate"
        << "suggest";
    QTest::newRow("sid with a trailing dash is a name")
        << QStringLiteral("S-1-5-18-") << none << "bare" << none << "S-1-5-18-" << none << none << "human_candidate"
        << "suggest";
    QTest::newRow("sid with an empty group is a name")
        << QStringLiteral("S-1-5--18") << none << "bare" << none << "S-1-5--18" << none << none << "human_candidate"
        << "suggest";
    QTest::newRow("sid with other digits is a name")
        << QStringLiteral("S-1-5-\u0661\u0668") << none << "bare" << none << QStringLiteral("S-1-5-\u0661\u0668")
        << none << none << "human_candidate"
        << "suggest";
    QTest::newRow("AzureAD name") << QStringLiteral("AzureAD\\NoorHaddad") << none << "down_level"
                                  << "AzureAD"
                                  << "NoorHaddad" << none << none << "entra_name"
                                  << "suggest";
    QTest::newRow("AzureAD name, other case") << QStringLiteral("azuread\\NoorHaddad") << none << "down_level"
                                              << "azuread"
                                              << "NoorHaddad" << none << none << "entra_name"
                                              << "suggest";
    QTest::newRow("AzureAD name with diacritics")
        << QString::fromUtf8("AzureAD\\ÅsaNoëlLindström") << none << "down_level"
        << "AzureAD" << QString::fromUtf8("ÅsaNoëlLindström") << none << none << "entra_name"
        << "suggest";
    QTest::newRow("AzureAD name with an apostrophe")
        << QString::fromUtf8("AzureAD\\SeánO'Brien") << none << "down_level"
        << "AzureAD" << QString::fromUtf8("SeánO'Brien") << none << none << "entra_name"
        << "suggest";
    QTest::newRow("AzureAD upn") << QStringLiteral("AzureAD\\noor.haddad@example.com") << none << "upn"
                                 << "example.com"
                                 << "noor.haddad"
                                 << "noor.haddad@example.com" << none << "human_candidate"
                                 << "auto";
    QTest::newRow("local account") << QStringLiteral("KST-LT-0415\\fieldtech") << QStringLiteral("kst-lt-0415")
                                   << "down_level"
                                   << "KST-LT-0415"
                                   << "fieldtech" << none << none << "local_account"
                                   << "never";
    QTest::newRow("local account, FQDN host")
        << QStringLiteral("LT-JOREN-01\\admin2") << QStringLiteral("lt-joren-01.ad.example.com.") << "down_level"
        << "LT-JOREN-01"
        << "admin2" << none << none << "local_account"
        << "never";
    QTest::newRow("local account, host in another case with spaces")
        << QStringLiteral("lt-joren-01\\admin2") << QStringLiteral("  LT-JOREN-01.ad.example.com ") << "down_level"
        << "lt-joren-01"
        << "admin2" << none << none << "local_account"
        << "never";
    QTest::newRow("local account, unicode host")
        << QStringLiteral("MÜNCHEN-01\\admin2") << QStringLiteral("münchen-01.ad.example.com") << "down_level"
        << QStringLiteral("MÜNCHEN-01") << "admin2" << none << none << "local_account"
        << "never";
    QTest::newRow("host prefix is another domain")
        << QStringLiteral("LT-JOREN\\admin2") << QStringLiteral("lt-joren-01.ad.example.com") << "down_level"
        << "LT-JOREN"
        << "admin2" << none << none << "human_candidate"
        << "auto";
    QTest::newRow("local account, dot") << QStringLiteral(".\\fieldtech") << none << "down_level"
                                        << "."
                                        << "fieldtech" << none << none << "local_account"
                                        << "never";
    QTest::newRow("other host is a domain")
        << QStringLiteral("KST-LT-0415\\fieldtech") << QStringLiteral("kst-lt-0416") << "down_level"
        << "KST-LT-0415"
        << "fieldtech" << none << none << "human_candidate"
        << "auto";
    QTest::newRow("computer account") << QStringLiteral("KST-SRV-FS03$") << none << "bare" << none << "KST-SRV-FS03$"
                                      << none << none << "machine"
                                      << "never";
    QTest::newRow("computer account with domain") << QStringLiteral("AD_DOMAIN\\LT-JOREN-01$") << none << "down_level"
                                                  << "AD_DOMAIN"
                                                  << "LT-JOREN-01$" << none << none << "machine"
                                                  << "never";
    QTest::newRow("mac short name") << QStringLiteral("oskar") << QStringLiteral("kst-mbp-oskar") << "bare" << none
                                    << "oskar" << none << none << "human_candidate"
                                    << "suggest";
    QTest::newRow("root") << QStringLiteral("root") << none << "bare" << none << "root" << none << none << "system"
                          << "never";
    QTest::newRow("nobody") << QStringLiteral("nobody") << none << "bare" << none << "nobody" << none << none
                            << "system"
                            << "never";
    QTest::newRow("daemon") << QStringLiteral("daemon") << none << "bare" << none << "daemon" << none << none
                            << "system"
                            << "never";
    QTest::newRow("macOS _spotlight") << QStringLiteral("_spotlight") << none << "bare" << none << "_spotlight" << none
                                      << none << "system"
                                      << "never";
    QTest::newRow("empty") << QString() << none << "unknown" << none << none << none << none << "unknown"
                           << "never";
    QTest::newRow("blank") << QStringLiteral("   ") << none << "unknown" << none << none << none << none << "unknown"
                           << "never";
    QTest::newRow("dash") << QStringLiteral("-") << none << "unknown" << none << none << none << none << "unknown"
                          << "never";
    QTest::newRow("N/A") << QStringLiteral("n/a") << none << "unknown" << none << none << none << none << "unknown"
                         << "never";
    QTest::newRow("null") << QStringLiteral("null") << none << "unknown" << none << none << none << none << "unknown"
                          << "never";
}

void TestIdentityParser::parse()
{
    QFETCH(QString, raw);
    QFETCH(QString, hostname);
    QFETCH(QString, form);
    QFETCH(QString, domain);
    QFETCH(QString, username);
    QFETCH(QString, upn);
    QFETCH(QString, sid);
    QFETCH(QString, principalClass);
    QFETCH(QString, policy);

    IdentityContext context;
    context.hostname = hostname;
    const EndpointIdentity identity = IdentityParser::parse(raw, context);
    QCOMPARE(EndpointIdentity::formName(identity.form), form);
    QCOMPARE(identity.domain, domain);
    QCOMPARE(identity.username, username);
    QCOMPARE(identity.upn, upn);
    QCOMPARE(identity.sid, sid);
    QCOMPARE(EndpointIdentity::principalClassName(identity.principalClass), principalClass);
    QCOMPARE(EndpointIdentity::matchPolicyName(identity.matchPolicy), policy);
    QCOMPARE(identity.matchable(), policy != QLatin1String("never"));
    QVERIFY2(!identity.reason.isEmpty(), "every parse says why");
}

void TestIdentityParser::entraNameWords_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QStringList>("words");

    // Entra-joined Windows runs the first and last name together; a capital after a small letter starts a word.
    QTest::newRow("two words") << QStringLiteral("AzureAD\\NoorHaddad")
                               << QStringList{QStringLiteral("Noor"), QStringLiteral("Haddad")};
    QTest::newRow("diacritics") << QString::fromUtf8("AzureAD\\NoëlDupré")
                                << QStringList{QString::fromUtf8("Noël"), QString::fromUtf8("Dupré")};
    QTest::newRow("capital with a ring") << QString::fromUtf8("AzureAD\\ÅsaLindström")
                                         << QStringList{QString::fromUtf8("Åsa"), QString::fromUtf8("Lindström")};
    QTest::newRow("apostrophe") << QString::fromUtf8("AzureAD\\SeánO'Brien")
                                << QStringList{QString::fromUtf8("Seán"), QStringLiteral("O'Brien")};
    QTest::newRow("typographic apostrophe") << QString::fromUtf8("AzureAD\\ClaireD’Arcy")
                                            << QStringList{QStringLiteral("Claire"), QString::fromUtf8("D’Arcy")};
    QTest::newRow("hyphen") << QStringLiteral("AzureAD\\Jean-LucPicard")
                            << QStringList{QStringLiteral("Jean-Luc"), QStringLiteral("Picard")};
    QTest::newRow("four words") << QString::fromUtf8("AzureAD\\MaríaJoséGarcíaPérez")
                                << QStringList{QString::fromUtf8("María"), QString::fromUtf8("José"),
                                               QString::fromUtf8("García"), QString::fromUtf8("Pérez")};
    QTest::newRow("umlauts written out") << QStringLiteral("AD_DOMAIN\\boerge.hoess")
                                         << QStringList{QStringLiteral("boerge"), QStringLiteral("hoess")};
    QTest::newRow("apostrophes and hyphens at the ends dropped")
        << QStringLiteral("AzureAD\\'Noor-Haddad'") << QStringList{QStringLiteral("Noor-Haddad")};
}

void TestIdentityParser::entraNameWords()
{
    QFETCH(QString, raw);
    QFETCH(QStringList, words);
    QCOMPARE(IdentitySearch::nameWords(IdentityParser::parse(raw)), words);
}

void TestIdentityParser::systemPrincipals_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("principalClass");

    const QStringList system{
        QStringLiteral("NT AUTHORITY\\SYSTEM"),
        QStringLiteral("NT AUTHORITY\\LOCAL SERVICE"),
        QStringLiteral("NT AUTHORITY\\NETWORK SERVICE"),
        QStringLiteral("NT AUTHORITY\\ANONYMOUS LOGON"),
        QStringLiteral("nt authority\\system"),
        QStringLiteral("NT SERVICE\\MSSQLSERVER"),
        QStringLiteral("NT SERVICE\\TrustedInstaller"),
        QStringLiteral("Window Manager\\DWM-2"),
        QStringLiteral("Font Driver Host\\UMFD-0"),
        QStringLiteral("IIS APPPOOL\\DefaultAppPool"),
        QStringLiteral("NT VIRTUAL MACHINE\\5CB4C6A1-0000-4F2C-9E3A-1D2B3C4D5E6F"),
        QStringLiteral("BUILTIN\\Administrators"),
        QStringLiteral("BUILTIN\\Users"),
        QStringLiteral(".\\LocalSystem"),
        QStringLiteral("KST-LT-0412\\LocalSystem"),
        QStringLiteral("S-1-5-18"),
        QStringLiteral("S-1-5-19"),
        QStringLiteral("S-1-5-20"),
        QStringLiteral("S-1-5-80-3880718306-3832830129-1677859214-2598158968-1052248003"),
        QStringLiteral("S-1-5-82-1036420768-1044797643-1061213386-2937092688-4282445334"),
        QStringLiteral("S-1-5-90-0-2"),
        QStringLiteral("S-1-5-96-0-0"),
        QStringLiteral("S-1-5-32-544"),
        QStringLiteral("DWM-3"),
        QStringLiteral("SYSTEM"),
    };
    for (const QString& raw : system) {
        QTest::newRow(qPrintable(raw)) << raw << QStringLiteral("system");
    }
    const QStringList builtIn{
        QStringLiteral("Administrator"),
        QStringLiteral("AD_DOMAIN\\Administrator"),
        QStringLiteral("KESTREL\\administrator"),
        QStringLiteral("Guest"),
        QStringLiteral("AD_DOMAIN\\krbtgt"),
        QStringLiteral("DefaultAccount"),
        QStringLiteral("WDAGUtilityAccount"),
        QStringLiteral("AD_DOMAIN\\WDAGUtilityAccount"),
        QStringLiteral("administrator@ad.example.com"),
    };
    for (const QString& raw : builtIn) {
        QTest::newRow(qPrintable(raw)) << raw << QStringLiteral("service");
    }
}

void TestIdentityParser::systemPrincipals()
{
    QFETCH(QString, raw);
    QFETCH(QString, principalClass);
    IdentityContext context;
    context.hostname = QStringLiteral("KST-LT-0412");
    const EndpointIdentity identity = IdentityParser::parse(raw, context);
    QCOMPARE(EndpointIdentity::principalClassName(identity.principalClass), principalClass);
    QCOMPARE(identity.matchPolicy, EndpointIdentity::MatchPolicy::Never);
    QVERIFY(!identity.matchable());
}

void TestIdentityParser::vendorHints_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QByteArray>("hints");
    QTest::addColumn<QString>("sid");
    QTest::addColumn<QString>("principalClass");
    QTest::addColumn<QString>("policy");

    QTest::newRow("RC system_account on a computer account")
        << QStringLiteral("KST-SRV-FS03$") << QStringLiteral("kst-srv-fs03")
        << QByteArray(R"({"local_account":true,"system_account":true})") << QString() << "machine"
        << "never";
    QTest::newRow("RC system_account on a person-looking name")
        << QStringLiteral("AD_DOMAIN\\backupjob") << QString() << QByteArray(R"({"system_account":true})") << QString()
        << "system"
        << "never";
    QTest::newRow("RC local_account on a mac short name")
        << QStringLiteral("oskar") << QStringLiteral("kst-mbp-oskar") << QByteArray(R"({"local_account":true})")
        << QString() << "local_account"
        << "suggest";
    QTest::newRow("RC local_account on a down-level name")
        << QStringLiteral("WORKGROUP\\fieldtech") << QString() << QByteArray(R"({"local_account":true})") << QString()
        << "local_account"
        << "never";
    QTest::newRow("RC domain account stays matchable")
        << QStringLiteral("KESTREL\\ilse.marten") << QString()
        << QByteArray(
               R"({"logon_domain":"KESTREL","local_account":false,"domain_account":true,"system_account":false})")
        << QString() << "human_candidate"
        << "auto";
    QTest::newRow("RC flags never make a person of root")
        << QStringLiteral("root") << QString() << QByteArray(R"({"local_account":false,"system_account":false})")
        << QString() << "system"
        << "never";
    QTest::newRow("OCSF user type System") << QStringLiteral("AD_DOMAIN\\sched") << QString()
                                           << QByteArray(R"({"ocsf_user_type_id":3})") << QString() << "system"
                                           << "never";
    QTest::newRow("OCSF user type Service") << QStringLiteral("svc-backup@example.com") << QString()
                                            << QByteArray(R"({"ocsf_user_type_id":4})") << QString() << "service"
                                            << "never";
    QTest::newRow("OCSF user type User") << QStringLiteral("AD_DOMAIN\\joren") << QString()
                                         << QByteArray(R"({"ocsf_user_type_id":1,"ocsf_account_type_id":19})")
                                         << QString() << "human_candidate"
                                         << "auto";
    QTest::newRow("OCSF account Mac OS") << QStringLiteral("oskar") << QString()
                                         << QByteArray(R"({"ocsf_account_type_id":7})") << QString() << "local_account"
                                         << "suggest";
    QTest::newRow("OCSF account Linux") << QStringLiteral("joren") << QString()
                                        << QByteArray(R"({"ocsf_account_type_id":9})") << QString() << "local_account"
                                        << "suggest";
    QTest::newRow("SID beside the name says LocalSystem")
        << QStringLiteral("AD_DOMAIN\\joren") << QString() << QByteArray("{}") << QStringLiteral("S-1-5-18") << "system"
        << "never";
    QTest::newRow("SID beside the name is a person")
        << QStringLiteral("AD_DOMAIN\\joren") << QString() << QByteArray("{}") << QStringLiteral("S-1-5-21-1-2-3-1104")
        << "human_candidate"
        << "auto";
}

void TestIdentityParser::vendorHints()
{
    QFETCH(QString, raw);
    QFETCH(QString, hostname);
    QFETCH(QByteArray, hints);
    QFETCH(QString, sid);
    QFETCH(QString, principalClass);
    QFETCH(QString, policy);

    IdentityContext context;
    context.hostname = hostname;
    context.sid = sid;
    context.vendorHints = QJsonDocument::fromJson(hints).object();
    const EndpointIdentity identity = IdentityParser::parse(raw, context);
    QCOMPARE(EndpointIdentity::principalClassName(identity.principalClass), principalClass);
    QCOMPARE(EndpointIdentity::matchPolicyName(identity.matchPolicy), policy);
    if (!sid.isEmpty()) {
        QCOMPARE(identity.sid, sid);
    }
}

void TestIdentityParser::serviceAccountPatterns_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<bool>("denied");

    const QStringList svc{QStringLiteral("^svc[-_]"), QStringLiteral("^sa-.*-prod$")};
    QTest::newRow("svc- down-level") << QStringLiteral("AD_DOMAIN\\svc-backup") << svc << true;
    QTest::newRow("svc_ upper case") << QStringLiteral("AD_DOMAIN\\SVC_SQL") << svc << true;
    QTest::newRow("svc upn") << QStringLiteral("svc-cordon@example.com") << svc << true;
    QTest::newRow("second pattern") << QStringLiteral("sa-ingest-prod") << svc << true;
    QTest::newRow("person") << QStringLiteral("AD_DOMAIN\\joren") << svc << false;
    QTest::newRow("svc in the middle") << QStringLiteral("AD_DOMAIN\\jo-svc-ren") << svc << false;
    QTest::newRow("invalid pattern is ignored")
        << QStringLiteral("AD_DOMAIN\\joren") << QStringList{QStringLiteral("([")} << false;
    QTest::newRow("no patterns") << QStringLiteral("AD_DOMAIN\\svc-backup") << QStringList() << false;
}

void TestIdentityParser::serviceAccountPatterns()
{
    QFETCH(QString, raw);
    QFETCH(QStringList, patterns);
    QFETCH(bool, denied);

    IdentityContext context;
    context.serviceAccountPatterns = patterns;
    const EndpointIdentity identity = IdentityParser::parse(raw, context);
    if (denied) {
        QCOMPARE(identity.principalClass, EndpointIdentity::PrincipalClass::Service);
        QCOMPARE(identity.matchPolicy, EndpointIdentity::MatchPolicy::Never);
        QVERIFY(identity.reason.contains(QLatin1String("pattern")));
    } else {
        QVERIFY(identity.matchable());
    }
}

void TestIdentityParser::keepsRawAndField()
{
    IdentityContext context;
    context.rawField = QStringLiteral("username");
    const QString raw = QStringLiteral(" AD_DOMAIN\\joren ");
    const EndpointIdentity identity = IdentityParser::parse(raw, context);
    QCOMPARE(identity.raw, raw);
    QCOMPARE(identity.rawField, QStringLiteral("username"));
}

void TestIdentityParser::shortHostname_data()
{
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fqdn") << QStringLiteral("kst-ws-2251.kestrel.example.net") << QStringLiteral("kst-ws-2251");
    QTest::newRow("trailing dot") << QStringLiteral("LT-JOREN-01.") << QStringLiteral("lt-joren-01");
    QTest::newRow("space kept") << QStringLiteral("user_iphone 14") << QStringLiteral("user_iphone 14");
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentityParser::shortHostname()
{
    QFETCH(QString, hostname);
    QFETCH(QString, expected);
    QCOMPARE(IdentityParser::shortHostname(hostname), expected);
}

void TestIdentityParser::namesRoundTrip()
{
    using Form = EndpointIdentity::Form;
    using Class = EndpointIdentity::PrincipalClass;
    using Policy = EndpointIdentity::MatchPolicy;
    for (Form form : {Form::DownLevel, Form::Upn, Form::Sid, Form::Bare, Form::Unknown}) {
        QCOMPARE(EndpointIdentity::formFromName(EndpointIdentity::formName(form)), form);
    }
    for (Class value : {Class::HumanCandidate, Class::EntraName, Class::LocalAccount, Class::Service, Class::System,
                        Class::Machine, Class::Unknown}) {
        QCOMPARE(EndpointIdentity::principalClassFromName(EndpointIdentity::principalClassName(value)), value);
    }
    for (Policy value : {Policy::Auto, Policy::Suggest, Policy::Never}) {
        QCOMPARE(EndpointIdentity::matchPolicyFromName(EndpointIdentity::matchPolicyName(value)), value);
    }
    QCOMPARE(EndpointIdentity::matchPolicyFromName(QStringLiteral("sometimes")), Policy::Never);
}

void TestIdentityParser::parsedJson()
{
    const QJsonObject json = IdentityParser::parse(QStringLiteral("AD_DOMAIN\\joren")).toJson();
    QCOMPARE(json.value(QLatin1String("form")).toString(), QStringLiteral("down_level"));
    QCOMPARE(json.value(QLatin1String("domain")).toString(), QStringLiteral("AD_DOMAIN"));
    QCOMPARE(json.value(QLatin1String("username")).toString(), QStringLiteral("joren"));
    QVERIFY(json.value(QLatin1String("upn")).isNull());
    QVERIFY(json.value(QLatin1String("sid")).isNull());
    QCOMPARE(json.value(QLatin1String("principal_class")).toString(), QStringLiteral("human_candidate"));
    QCOMPARE(json.value(QLatin1String("match_policy")).toString(), QStringLiteral("auto"));
}

QTEST_GUILESS_MAIN(TestIdentityParser)
#include "tst_identityparser.moc"
