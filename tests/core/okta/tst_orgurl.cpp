#include "okta/OrgUrl.h"

#include <QTest>

using cordon::core::OrgUrl;
using cordon::core::OrgUrlOptions;

class TestOrgUrl : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
};

void TestOrgUrl::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("allowLoopback");
    QTest::addColumn<QStringList>("customDomains");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("hasNote");
    QTest::addColumn<QString>("errorMentions");

    const QStringList none;
    const QStringList custom{QStringLiteral("login.example.com")};
    // Accepted forms of the same org.
    QTest::newRow("bare host") << QStringLiteral("acme.okta.com") << false << none
                               << QStringLiteral("https://acme.okta.com") << false << QStringLiteral("");
    QTest::newRow("admin dashboard") << QStringLiteral("https://acme-admin.okta.com/admin/dashboard") << false << none
                                     << QStringLiteral("https://acme.okta.com") << true << QStringLiteral("");
    QTest::newRow("upper case, trailing slash")
        << QStringLiteral("ACME.okta.com/") << false << none << QStringLiteral("https://acme.okta.com") << false
        << QStringLiteral("");
    QTest::newRow("end-user dashboard") << QStringLiteral("https://acme.okta.com/app/UserHome") << false << none
                                        << QStringLiteral("https://acme.okta.com") << false << QStringLiteral("");
    QTest::newRow("surrounding spaces") << QStringLiteral("  https://acme.okta.com  ") << false << none
                                        << QStringLiteral("https://acme.okta.com") << false << QStringLiteral("");
    QTest::newRow("query and fragment") << QStringLiteral("https://acme.okta.com/?x=1#top") << false << none
                                        << QStringLiteral("https://acme.okta.com") << false << QStringLiteral("");
    QTest::newRow("explicit 443") << QStringLiteral("https://acme.okta.com:443") << false << none
                                  << QStringLiteral("https://acme.okta.com") << false << QStringLiteral("");
    QTest::newRow("trailing dot") << QStringLiteral("acme.okta.com.") << false << none
                                  << QStringLiteral("https://acme.okta.com") << false << QStringLiteral("");
    QTest::newRow("preview") << QStringLiteral("acme.oktapreview.com") << false << none
                             << QStringLiteral("https://acme.oktapreview.com") << false << QStringLiteral("");
    QTest::newRow("preview admin") << QStringLiteral("acme-admin.oktapreview.com") << false << none
                                   << QStringLiteral("https://acme.oktapreview.com") << true << QStringLiteral("");
    QTest::newRow("emea") << QStringLiteral("acme.okta-emea.com") << false << none
                          << QStringLiteral("https://acme.okta-emea.com") << false << QStringLiteral("");
    QTest::newRow("gov") << QStringLiteral("agency.okta-gov.com") << false << none
                         << QStringLiteral("https://agency.okta-gov.com") << false << QStringLiteral("");
    QTest::newRow("mil") << QStringLiteral("milmove.okta.mil") << false << none
                         << QStringLiteral("https://milmove.okta.mil") << false << QStringLiteral("");
    QTest::newRow("hyphenated org") << QStringLiteral("acme-corp.okta.com") << false << none
                                    << QStringLiteral("https://acme-corp.okta.com") << false << QStringLiteral("");
    QTest::newRow("declared custom domain")
        << QStringLiteral("https://login.example.com/") << false << custom
        << QStringLiteral("https://login.example.com") << false << QStringLiteral("");
    QTest::newRow("custom domain any case")
        << QStringLiteral("LOGIN.example.com") << false << custom << QStringLiteral("https://login.example.com")
        << false << QStringLiteral("");
    QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080") << true << none
                                   << QStringLiteral("http://127.0.0.1:8080") << false << QStringLiteral("");
    QTest::newRow("loopback 127/8") << QStringLiteral("http://127.4.5.6:9") << true << none
                                    << QStringLiteral("http://127.4.5.6:9") << false << QStringLiteral("");
    QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:4010") << true << none
                                   << QStringLiteral("http://[::1]:4010") << false << QStringLiteral("");

    // Refused, each with a message that says why.
    QTest::newRow("empty") << QStringLiteral("") << false << none << QStringLiteral("") << false
                           << QStringLiteral("Enter");
    QTest::newRow("only spaces") << QStringLiteral("   ") << false << none << QStringLiteral("") << false
                                 << QStringLiteral("Enter");
    QTest::newRow("inner space") << QStringLiteral("acme .okta.com") << false << none << QStringLiteral("") << false
                                 << QStringLiteral("spaces");
    QTest::newRow("http to okta") << QStringLiteral("http://acme.okta.com") << false << none << QStringLiteral("")
                                  << false << QStringLiteral("https");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false << none << QStringLiteral("") << false
                                << QStringLiteral("javascript");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false << none << QStringLiteral("") << false
                          << QStringLiteral("web address");
    QTest::newRow("mailto") << QStringLiteral("mailto:admin@acme.okta.com") << false << none << QStringLiteral("")
                            << false << QStringLiteral("mailto");
    QTest::newRow("ftp") << QStringLiteral("ftp://acme.okta.com") << false << none << QStringLiteral("") << false
                         << QStringLiteral("web address");
    QTest::newRow("userinfo") << QStringLiteral("https://admin:pw@acme.okta.com") << false << none << QStringLiteral("")
                              << false << QStringLiteral("user name");
    QTest::newRow("port on okta host") << QStringLiteral("https://acme.okta.com:8443") << false << none
                                       << QStringLiteral("") << false << QStringLiteral("8443");
    QTest::newRow("public ip") << QStringLiteral("https://203.0.113.7") << false << none << QStringLiteral("") << false
                               << QStringLiteral("IP address");
    QTest::newRow("private ip http") << QStringLiteral("http://10.0.0.5:8080") << true << none << QStringLiteral("")
                                     << false << QStringLiteral("IP address");
    // localhost is looked up like any name, so it is no loopback address; the message says what to write instead.
    QTest::newRow("localhost") << QStringLiteral("http://localhost:4010/api") << true << none << QStringLiteral("")
                               << false << QStringLiteral("127.0.0.1");
    QTest::newRow("loopback not allowed") << QStringLiteral("http://127.0.0.1:8080") << false << none
                                          << QStringLiteral("") << false << QStringLiteral("allow-http-loopback");
    QTest::newRow("undeclared custom domain") << QStringLiteral("login.example.com") << false << none
                                              << QStringLiteral("") << false << QStringLiteral("declare");
    QTest::newRow("look-alike domain") << QStringLiteral("acme.okta.com.evil.example") << false << none
                                       << QStringLiteral("") << false << QStringLiteral("declare");
    QTest::newRow("okta.com alone") << QStringLiteral("okta.com") << false << none << QStringLiteral("") << false
                                    << QStringLiteral("declare");
    QTest::newRow("two labels on okta") << QStringLiteral("a.b.okta.com") << false << none << QStringLiteral("")
                                        << false << QStringLiteral("not an Okta org");
    QTest::newRow("custom domain cname target") << QStringLiteral("customdomains.okta.com") << false << none
                                                << QStringLiteral("") << false << QStringLiteral("not an Okta org");
    QTest::newRow("admin host of no org") << QStringLiteral("acme--admin.oktapreview.com") << false << none
                                          << QStringLiteral("") << false << QStringLiteral("not an Okta org");
    QTest::newRow("admin host of an admin host") << QStringLiteral("acme-admin-admin.okta.com") << false << none
                                                 << QStringLiteral("") << false << QStringLiteral("not an Okta org");
    QTest::newRow("underscore host") << QStringLiteral("ac_me.okta.com") << false << none << QStringLiteral("") << false
                                     << QStringLiteral("");
    QTest::newRow("garbage") << QStringLiteral("%%%") << false << none << QStringLiteral("") << false
                             << QStringLiteral("");
    QTest::newRow("scheme only") << QStringLiteral("https://") << false << none << QStringLiteral("") << false
                                 << QStringLiteral("");
}

void TestOrgUrl::normalize()
{
    QFETCH(QString, input);
    QFETCH(bool, allowLoopback);
    QFETCH(QStringList, customDomains);
    QFETCH(QString, expected);
    QFETCH(bool, hasNote);
    QFETCH(QString, errorMentions);

    OrgUrlOptions options;
    options.allowHttpLoopback = allowLoopback;
    options.customDomains = customDomains;
    const auto result = OrgUrl::normalize(input, options);
    if (expected.isEmpty()) {
        QVERIFY2(!result.ok, qPrintable(result.url.toString()));
        QVERIFY(!result.error.isEmpty());
        QVERIFY2(result.error.contains(errorMentions, Qt::CaseInsensitive), qPrintable(result.error));
        return;
    }
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.url.toString(), expected);
    QCOMPARE(result.host, result.url.host());
    QCOMPARE(!result.note.isEmpty(), hasNote);
    QCOMPARE(result.loopback, allowLoopback);
    QCOMPARE(result.customDomain, !customDomains.isEmpty());
    // What comes out is accepted again unchanged.
    const auto again = OrgUrl::normalize(result.url.toString(), options);
    QVERIFY(again.ok);
    QCOMPARE(again.url, result.url);
}

QTEST_GUILESS_MAIN(TestOrgUrl)
#include "tst_orgurl.moc"
