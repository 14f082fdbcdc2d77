#include "HostileServer.h"
#include "feed/HttpsSource.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace cordon::core;
using cordon::test::HostileServer;

// An HTTPS feed source against servers that redirect it elsewhere or echo its credential back: each hop keeps
// to the transport rule, the secret never reaches another origin, and no message or error holds it.

namespace
{

const QByteArray Secret = "feedsecret-4f9a2c7e1b";

QByteArray feed()
{
    return R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"loris"},"source_id":"1",)"
           R"("title":"Finding 1","severity":"high","state":"new","user":{"raw":"AD_DOMAIN\\joren"}})"
           "\n";
}

HttpsSource::Options options(const QUrl& url, HttpsSource::Kind kind = HttpsSource::Kind::GenericJson)
{
    HttpsSource::Options options;
    options.kind = kind;
    options.url = url;
    options.intervalMs = 60000;
    options.initialBackoffMs = 60000;
    options.maxBackoffMs = 60000;
    options.allowHttpLoopback = true;
    return options;
}

// Every header any request to server carried, as one text.
QByteArray allHeaders(const HostileServer& server)
{
    QByteArray text;
    for (const HostileServer::Request& request : server.requests()) {
        for (const auto& [name, value] : request.headers) {
            text += name + ": " + value + "\n";
        }
    }
    return text;
}

} // namespace

class TestHttpsSourceHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void credentialStaysWithItsOrigin_data();
    void credentialStaysWithItsOrigin();
    void redirectToPlainHttpElsewhereIsRefused();
    void redirectWithinTheOriginIsFollowed();
    void echoedSecretIsScrubbedFromErrors();

private:
    QNetworkAccessManager m_network;
};

void TestHttpsSourceHostile::credentialStaysWithItsOrigin_data()
{
    QTest::addColumn<HttpsSource::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("bearer, 302") << HttpsSource::Kind::GenericJson << 302;
    QTest::newRow("bearer, 307") << HttpsSource::Kind::GenericJson << 307;
    QTest::newRow("bearer, 301") << HttpsSource::Kind::GenericJson << 301;
    QTest::newRow("X-Api-Key, 308") << HttpsSource::Kind::RedCanary << 308;
}

void TestHttpsSourceHostile::credentialStaysWithItsOrigin()
{
    QFETCH(HttpsSource::Kind, kind);
    QFETCH(int, status);
    // The other origin is loopback too (another port), so only the origin rule can stop the hop.
    HostileServer elsewhere;
    const quint16 port = elsewhere.listen();
    QVERIFY(port != 0);
    elsewhere.on("", HostileServer::plain(200, feed(), "application/x-ndjson"));
    HostileServer feedServer;
    QVERIFY(feedServer.listen() != 0);
    feedServer.on("GET /", HostileServer::redirect(status, elsewhere.url(QStringLiteral("/feed"))));

    HttpsSource source(options(feedServer.url(QStringLiteral("/feed")), kind), {}, &m_network);
    source.setSecret(Secret);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), HttpsSource::State::Failing, 10000);
    QCOMPARE(feedServer.requests().size(), 1);
    QVERIFY2(allHeaders(feedServer).contains(Secret), "the feed's own origin gets the credential");
    QVERIFY2(!allHeaders(elsewhere).contains(Secret), allHeaders(elsewhere).constData());
    QCOMPARE(elsewhere.requests().size(), 0);
    QVERIFY2(source.statusMessage().contains(QLatin1String("redirect")), qPrintable(source.statusMessage()));
    QVERIFY2(source.statusMessage().contains(QLatin1String("another origin")), qPrintable(source.statusMessage()));
}

void TestHttpsSourceHostile::redirectToPlainHttpElsewhereIsRefused()
{
    // No credential at all: the hop is still held to https, or http to loopback.
    HostileServer feedServer;
    QVERIFY(feedServer.listen() != 0);
    feedServer.on("GET /", HostileServer::redirect(302, QUrl(QStringLiteral("http://feeds.example.invalid/feed"))));
    HttpsSource source(options(feedServer.url(QStringLiteral("/feed"))), {}, &m_network);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), HttpsSource::State::Failing, 10000);
    const QString message = source.statusMessage();
    QVERIFY2(message.contains(QLatin1String("redirect to http://feeds.example.invalid was not followed")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("https")), qPrintable(message));
}

void TestHttpsSourceHostile::redirectWithinTheOriginIsFollowed()
{
    HostileServer feedServer;
    QVERIFY(feedServer.listen() != 0);
    feedServer.on("GET /old", HostileServer::redirect(301, feedServer.url(QStringLiteral("/new"))));
    feedServer.on("GET /new", HostileServer::plain(200, feed(), "application/x-ndjson"));
    HttpsSource source(options(feedServer.url(QStringLiteral("/old"))), {}, &m_network);
    source.setSecret(Secret);
    QSignalSpy loaded(&source, &HttpsSource::incidentsLoaded);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), HttpsSource::State::Ok, 10000);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(feedServer.requests().size(), 2);
    QCOMPARE(feedServer.requests().at(1).header("Authorization"), "Bearer " + Secret);
}

void TestHttpsSourceHostile::echoedSecretIsScrubbedFromErrors()
{
    // A server that writes the credential it was sent into records the parser quotes in its errors.
    HostileServer feedServer;
    QVERIFY(feedServer.listen() != 0);
    const QByteArray records = R"({"schema":"Bearer )" + Secret + "\"}\n" + R"({"schema":")" + Secret + "\"}\n";
    feedServer.on("GET /", HostileServer::plain(200, records, "application/x-ndjson"));
    HttpsSource::Options ndjson = options(feedServer.url(QStringLiteral("/feed")));
    ndjson.format = FeedFormat::Ndjson; // whose errors quote a record's schema
    HttpsSource source(ndjson, {}, &m_network);
    source.setSecret(Secret);
    QSignalSpy errors(&source, &HttpsSource::errorsReported);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), HttpsSource::State::Failing, 10000);
    QCOMPARE(errors.count(), 1);
    const auto reported = errors.first().at(0).value<QList<FeedError>>();
    QCOMPARE(reported.size(), 2);
    for (const FeedError& error : reported) {
        QVERIFY2(!error.reason.contains(QString::fromLatin1(Secret)), qPrintable(error.reason));
        QVERIFY2(error.reason.contains(QLatin1String("[redacted]")), qPrintable(error.reason));
    }
    QVERIFY2(!source.statusMessage().contains(QString::fromLatin1(Secret)), qPrintable(source.statusMessage()));
}

QTEST_GUILESS_MAIN(TestHttpsSourceHostile)
#include "tst_httpssource_hostile.moc"
