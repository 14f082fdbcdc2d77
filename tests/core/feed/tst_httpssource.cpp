#include "LoopbackServer.h"
#include "feed/HttpsSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace cordon::core;

using cordon::test::LoopbackServer;
using Request = LoopbackServer::Request;
using Answer = LoopbackServer::Answer;

namespace
{

QJsonObject detection(int id)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Detection")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("attributes"),
                        QJsonObject{{QStringLiteral("headline"), QStringLiteral("Detection %1").arg(id)},
                                    {QStringLiteral("severity"), QStringLiteral("high")},
                                    {QStringLiteral("time_of_occurrence"), QStringLiteral("2026-11-27T08:00:00Z")}}},
                       {QStringLiteral("hostname"), QStringLiteral("lt-joren-01")},
                       {QStringLiteral("username"), QStringLiteral("AD_DOMAIN\\joren")},
                       {QStringLiteral("relationships"), QJsonObject()}};
}

// Page `page` of `total` detections, `perPage` to a page, as Red Canary's envelope; total_items may lie.
QByteArray page(int pageNumber, int perPage, int total, qint64 claimedTotal = -1)
{
    QJsonArray data;
    for (int id = (pageNumber - 1) * perPage + 1; id <= std::min(total, pageNumber * perPage); ++id) {
        data.append(detection(id));
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("meta"), QJsonObject{{QStringLiteral("api_version"), QStringLiteral("v3.0")},
                                                                {QStringLiteral("total_items"),
                                                                 double(claimedTotal >= 0 ? claimedTotal : total)}}},
                           {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

HttpsSource::Options redCanaryOptions(const QUrl& url)
{
    HttpsSource::Options options;
    options.kind = HttpsSource::Kind::RedCanary;
    options.url = url;
    options.perPage = 2;
    options.intervalMs = 60000;
    options.initialBackoffMs = 200;
    options.maxBackoffMs = 2000;
    options.transferTimeoutMs = 2000;
    options.allowHttpLoopback = true;
    return options;
}

QStringList ids(const QSignalSpy& spy)
{
    QStringList result;
    for (const QList<QVariant>& arguments : spy) {
        for (const Incident& incident : arguments.at(0).value<QList<Incident>>()) {
            result.append(incident.sourceId);
        }
    }
    return result;
}

} // namespace

class TestHttpsSource : public QObject
{
    Q_OBJECT

private slots:
    void redCanaryPaging();
    void hugeTotalWithTinyBodyStops();
    void rateLimitedThenRetried();
    void serverErrorBacksOffAndKeepsIncidents();
    void timeout();
    void badJson();
    void responseSizeCap();
    void genericWithBearerToken();
    void plainHttpRefusedUnlessLoopbackAllowed();
    void relatedEndpointUserFetchedOnce();

private:
    QNetworkAccessManager m_network;
};

void TestHttpsSource::redCanaryPaging()
{
    LoopbackServer server;
    server.setHandler([](const Request& request) {
        return Answer::json(200, page(request.query().queryItemValue(QStringLiteral("page")).toInt(), 2, 5));
    });
    HttpsSource source(redCanaryOptions(server.url(QStringLiteral("/openapi/v3"))), {}, &m_network);
    source.setSecret("rc-api-key-1");
    QSignalSpy loaded(&source, &HttpsSource::incidentsLoaded);
    source.start();
    QTRY_COMPARE(source.state(), HttpsSource::State::Ok);
    QCOMPARE(ids(loaded), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                       QStringLiteral("4"), QStringLiteral("5")}));
    QCOMPARE(server.requests().size(), 3);
    for (qsizetype i = 0; i < server.requests().size(); ++i) {
        const Request& request = server.requests().at(i);
        QCOMPARE(request.path(), QByteArray("/openapi/v3/detections"));
        QCOMPARE(request.header("x-api-key"), QByteArray("rc-api-key-1"));
        QCOMPARE(request.query().queryItemValue(QStringLiteral("page")), QString::number(i + 1));
        QCOMPARE(request.query().queryItemValue(QStringLiteral("per_page")), QStringLiteral("2"));
        QVERIFY(!request.query().hasQueryItem(QStringLiteral("since")));
    }
    QCOMPARE(loaded.first().at(0).value<QList<Incident>>().first().id,
             QStringLiteral("redcanary:127.0.0.1:1")); // the instance falls back to the host

    // The next poll asks only for what is new.
    source.pollNow();
    QTRY_COMPARE(server.requests().size(), 6);
    QTRY_COMPARE(source.state(), HttpsSource::State::Ok);
    QVERIFY(server.requests().at(3).query().hasQueryItem(QStringLiteral("since")));
}

void TestHttpsSource::hugeTotalWithTinyBodyStops()
{
    LoopbackServer server;
    server.setHandler([](const Request& request) {
        return Answer::json(200,
                            page(request.query().queryItemValue(QStringLiteral("page")).toInt(), 2, 1, 1000000000));
    });
    HttpsSource source(redCanaryOptions(server.url()), FeedContext{QStringLiteral("acme"), {}, {}, {}}, &m_network);
    QSignalSpy loaded(&source, &HttpsSource::incidentsLoaded);
    source.start();
    QTRY_COMPARE(source.state(), HttpsSource::State::Ok);
    QCOMPARE(ids(loaded), QStringList{QStringLiteral("1")});
    QCOMPARE(server.requests().size(), 1);
}

void TestHttpsSource::rateLimitedThenRetried()
{
    int calls = 0;
    LoopbackServer server;
    server.setHandler([&calls](const Request& request) {
        ++calls;
        if (calls == 2) {
            return Answer::json(429, R"({"error":"rate limited"})").header("Retry-After", "1");
        }
        return Answer::json(200, page(request.query().queryItemValue(QStringLiteral("page")).toInt(), 2, 3));
    });
    HttpsSource source(redCanaryOptions(server.url()), {}, &m_network);
    QSignalSpy loaded(&source, &HttpsSource::incidentsLoaded);
    QSignalSpy states(&source, &HttpsSource::statusChanged);
    source.start();
    QTRY_COMPARE(source.state(), HttpsSource::State::Failing);
    QVERIFY(source.statusMessage().contains(QLatin1String("429")));
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), HttpsSource::State::Ok, 5000);
    // Page 2 was asked again, page 1 not.
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(server.requests().at(2).query().queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(ids(loaded), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
}

void TestHttpsSource::serverErrorBacksOffAndKeepsIncidents()
{
    bool failing = false;
    LoopbackServer server;
    server.setHandler([&failing](const Request&) {
        if (failing) {
            return Answer::json(500, "oops");
        }
        return Answer::json(200, page(1, 2, 1));
    });
    HttpsSource source(redCanaryOptions(server.url()), {}, &m_network);
    QSignalSpy loaded(&source, &HttpsSource::incidentsLoaded);
    source.start();
    QTRY_COMPARE(source.state(), HttpsSource::State::Ok);
    const QDateTime success = source.lastSuccess();

    failing = true;
    source.pollNow();
    QTRY_COMPARE(source.state(), HttpsSource::State::Failing);
    QVERIFY(source.statusMessage().contains(QLatin1String("500")));
    // It tries again by itself, backing off.
    QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 4, 5000);
    QCOMPARE(source.lastSuccess(), success);
    QCOMPARE(ids(loaded), QStringList{QStringLiteral("1")});

    failing = false;
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), HttpsSource::State::Ok, 5000);
}

void TestHttpsSource::timeout()
{
    LoopbackServer server;
    server.setHandler([](const Request&) { return Answer::never(); });
    HttpsSource::Options options = redCanaryOptions(server.url());
    options.transferTimeoutMs = 300;
    options.initialBackoffMs = 60000;
    HttpsSource source(options, {}, &m_network);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), HttpsSource::State::Failing, 5000);
    QVERIFY(source.statusMessage().contains(QLatin1String("No answer")));
}

void TestHttpsSource::badJson()
{
    LoopbackServer server;
    server.setHandler([](const Request&) { return Answer::json(200, "{\"meta\": {\"total_items\": 3}, \"data\": ["); });
    HttpsSource::Options options = redCanaryOptions(server.url());
    options.initialBackoffMs = 60000;
    HttpsSource source(options, {}, &m_network);
    QSignalSpy loaded(&source, &HttpsSource::incidentsLoaded);
    QSignalSpy errors(&source, &HttpsSource::errorsReported);
    source.start();
    QTRY_COMPARE(source.state(), HttpsSource::State::Failing);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(errors.count() >= 1);
}

void TestHttpsSource::responseSizeCap()
{
    LoopbackServer server;
    server.setHandler([](const Request&) { return Answer::json(200, QByteArray(2 * 1024 * 1024, ' ') + "[]"); });
    HttpsSource::Options options = redCanaryOptions(server.url());
    options.maxResponseBytes = 1024 * 1024;
    options.initialBackoffMs = 60000;
    HttpsSource source(options, {}, &m_network);
    source.start();
    QTRY_COMPARE(source.state(), HttpsSource::State::Failing);
    QVERIFY(source.statusMessage().contains(QLatin1String("larger")));
}

void TestHttpsSource::genericWithBearerToken()
{
    const QByteArray body =
        R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"web"},"source_id":"a","title":"A",)"
        R"("severity":"critical","state":"new","user":{"raw":"AD_DOMAIN\\joren"}})"
        "\n"
        R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"web"},"source_id":"b","title":"B",)"
        R"("severity":"low","state":"resolved","user":{"raw":"root"}})"
        "\n";
    LoopbackServer server;
    server.setHandler([&body](const Request&) { return Answer::json(200, body); });
    HttpsSource::Options options;
    options.url = server.url(QStringLiteral("/feed.ndjson"));
    options.allowHttpLoopback = true;
    HttpsSource source(options, {}, &m_network);
    source.setSecret("generic-token");
    QSignalSpy loaded(&source, &HttpsSource::incidentsLoaded);
    source.start();
    QTRY_COMPARE(source.state(), HttpsSource::State::Ok);
    QCOMPARE(ids(loaded), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().path(), QByteArray("/feed.ndjson"));
    QCOMPARE(server.requests().first().header("authorization"), QByteArray("Bearer generic-token"));
    QVERIFY(!server.requests().first().hasHeader("x-api-key"));
}

void TestHttpsSource::plainHttpRefusedUnlessLoopbackAllowed()
{
    LoopbackServer server;
    server.setHandler([](const Request&) { return Answer::json(200, "[]"); });
    HttpsSource::Options options;
    options.url = server.url();
    HttpsSource refused(options, {}, &m_network);
    refused.start();
    QTest::qWait(200);
    QVERIFY(server.requests().isEmpty());
    QCOMPARE(refused.state(), HttpsSource::State::Failing);
    QVERIFY(!refused.statusMessage().isEmpty());

    options.url = QUrl(QStringLiteral("http://feeds.example.com/x.json"));
    options.allowHttpLoopback = true;
    HttpsSource remote(options, {}, &m_network);
    remote.start();
    QCOMPARE(remote.state(), HttpsSource::State::Failing);
}

void TestHttpsSource::relatedEndpointUserFetchedOnce()
{
    // A detection without username and hostname: its endpoint user and endpoint are fetched by id.
    QJsonObject bare = detection(77);
    bare.remove(QStringLiteral("username"));
    bare.remove(QStringLiteral("hostname"));
    bare.insert(
        QStringLiteral("relationships"),
        QJsonObject{
            {QStringLiteral("related_endpoint_user"),
             QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("type"), QStringLiteral("endpoint_user")},
                                                              {QStringLiteral("id"), 550900}}}}},
            {QStringLiteral("affected_endpoint"),
             QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("type"), QStringLiteral("endpoint")},
                                                              {QStringLiteral("id"), 880900}}}}}});
    const QByteArray pageBody =
        QJsonDocument(QJsonObject{{QStringLiteral("meta"), QJsonObject{{QStringLiteral("total_items"), 1}}},
                                  {QStringLiteral("data"), QJsonArray{bare}}})
            .toJson(QJsonDocument::Compact);
    LoopbackServer server;
    server.setHandler([&pageBody](const Request& request) {
        if (request.path().endsWith("/endpoint_users/550900")) {
            return Answer::json(200, R"({"meta":{"total_items":1},"data":[{"type":"EndpointUser","id":550900,)"
                                     R"("attributes":{"username":"AD_DOMAIN\\joren","uid":"S-1-5-21-1-2-3-1100"}}]})");
        }
        if (request.path().endsWith("/endpoints/880900")) {
            return Answer::json(200, R"({"data":[{"type":"Endpoint","id":880900,)"
                                     R"("attributes":{"hostname":"lt-joren-01","platform":"Windows"}}]})");
        }
        return Answer::json(200, pageBody);
    });
    HttpsSource source(redCanaryOptions(server.url(QStringLiteral("/openapi/v3/"))), {}, &m_network);
    source.setSecret("rc-key");
    QSignalSpy loaded(&source, &HttpsSource::incidentsLoaded);
    source.start();
    QTRY_COMPARE(source.state(), HttpsSource::State::Ok);
    QCOMPARE(loaded.count(), 1);
    const Incident incident = loaded.first().at(0).value<QList<Incident>>().first();
    QCOMPARE(incident.user.username, QStringLiteral("joren"));
    QCOMPARE(incident.user.sid, QStringLiteral("S-1-5-21-1-2-3-1100"));
    QCOMPARE(incident.hostname, QStringLiteral("lt-joren-01"));
    QCOMPARE(incident.osFamily, QStringLiteral("windows"));
    QCOMPARE(server.requests().size(), 3);
    for (const Request& request : server.requests()) {
        QCOMPARE(request.header("x-api-key"), QByteArray("rc-key"));
    }

    // Known ones are not fetched again.
    source.pollNow();
    QTRY_COMPARE(server.requests().size(), 4);
    QTRY_COMPARE(source.state(), HttpsSource::State::Ok);
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(loaded.last().at(0).value<QList<Incident>>().first().user.username, QStringLiteral("joren"));
}

QTEST_GUILESS_MAIN(TestHttpsSource)
#include "tst_httpssource.moc"
