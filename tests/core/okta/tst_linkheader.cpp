#include "okta/LinkHeader.h"

#include <QTest>

using cordon::core::LinkHeader;
using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestLinkHeader : public QObject
{
    Q_OBJECT

private slots:
    void next_data();
    void next();
    void relations();
};

void TestLinkHeader::next_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("expected");

    const QByteArray self = "<https://acme.okta.com/api/v1/users?limit=2>; rel=\"self\"";
    const QByteArray next = "<https://acme.okta.com/api/v1/users?after=00u2&limit=2>; rel=\"next\"";
    const QString nextUrl = QStringLiteral("https://acme.okta.com/api/v1/users?after=00u2&limit=2");

    QTest::newRow("separate lines") << Headers{{"Link", self}, {"Link", next}} << nextUrl;
    QTest::newRow("lower-case name") << Headers{{"link", self}, {"link", next}} << nextUrl;
    QTest::newRow("comma joined") << Headers{{"Link", self + ", " + next}} << nextUrl;
    QTest::newRow("next first") << Headers{{"Link", next + "," + self}} << nextUrl;
    QTest::newRow("self only") << Headers{{"Link", self}} << QString();
    QTest::newRow("no link header") << Headers{{"Content-Type", "application/json"}} << QString();
    QTest::newRow("unquoted rel") << Headers{{"Link", "<https://acme.okta.com/api/v1/users?after=x>; rel=next"}}
                                  << QStringLiteral("https://acme.okta.com/api/v1/users?after=x");
    QTest::newRow("rel list") << Headers{{"Link", "<https://acme.okta.com/a?after=1>; rel=\"next last\""}}
                              << QStringLiteral("https://acme.okta.com/a?after=1");
    QTest::newRow("other params") << Headers{{"Link", "<https://acme.okta.com/a?after=1>; title=\"x, y; z\"; "
                                                      "REL=\"Next\""}}
                                  << QStringLiteral("https://acme.okta.com/a?after=1");
    QTest::newRow("comma in url") << Headers{{"Link", "<https://acme.okta.com/a?after=1,2>; rel=\"next\""}}
                                  << QStringLiteral("https://acme.okta.com/a?after=1,2");
    QTest::newRow("encoded search kept")
        << Headers{{"Link", "<https://acme.okta.com/api/v1/users?after=1&search=profile.login%20sw%20%22j%22>; "
                            "rel=\"next\""}}
        << QStringLiteral("https://acme.okta.com/api/v1/users?after=1&search=profile.login%20sw%20%22j%22");
    QTest::newRow("junk before") << Headers{{"Link", "garbage, ;;; , " + next}} << nextUrl;
    QTest::newRow("unterminated url") << Headers{{"Link", "<https://acme.okta.com/a; rel=\"next\""}} << QString();
    QTest::newRow("empty url") << Headers{{"Link", "<>; rel=\"next\""}} << QString();
    QTest::newRow("empty value") << Headers{{"Link", ""}} << QString();
    QTest::newRow("rel missing") << Headers{{"Link", "<https://acme.okta.com/a>"}} << QString();
    QTest::newRow("nextish rel") << Headers{{"Link", "<https://acme.okta.com/a>; rel=\"nextpage\""}} << QString();
}

void TestLinkHeader::next()
{
    QFETCH(Headers, headers);
    QFETCH(QString, expected);
    const QUrl url = LinkHeader::next(headers);
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
}

void TestLinkHeader::relations()
{
    const auto links = LinkHeader::parse(QByteArray("<https://a.okta.com/x>; rel=\"self\", "
                                                    "<https://a.okta.com/y>; rel=\"next last\""));
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.at(0).relations, QStringList{QStringLiteral("self")});
    QCOMPARE(links.at(1).relations, (QStringList{QStringLiteral("next"), QStringLiteral("last")}));
    QCOMPARE(links.at(1).url, QUrl(QStringLiteral("https://a.okta.com/y")));
}

QTEST_GUILESS_MAIN(TestLinkHeader)
#include "tst_linkheader.moc"
