#include "feed/HttpsSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace cordon::core;

namespace
{

struct Request
{
    QByteArray path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
};

struct Response
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool hang = false; // never answer
};

// A tiny HTTP/1.1 server on loopback that answers each GET from a handler, one request per connection.
class FakeServer : public QObject
{
public:
    explicit FakeServer(std::function<Response(const Request&)> handler) : m_handler(std::move(handler))
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            }
        });
    }

    QUrl url(const QString& path = QString()) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    QList<Request> requests;

private:
    void serve(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.clear();
        Request request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        request.path = target.path().toLatin1();
        request.query = QUrlQuery(target);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
            }
        }
        requests.append(request);
        const Response response = m_handler(request);
        if (response.hang) {
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
        head += "Content-Type: application/json\r\nConnection: close\r\n";
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        for (const auto& [name, value] : response.headers) {
            head += name + ": " + value + "\r\n";
        }
        socket->write(head + "\r\n" + response.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    std::function<Response(const Request&)> m_handler;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

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
    FakeServer server([](const Request& request) {
        return Response{200, page(request.query.queryItemValue(QStringLiteral("page")).toInt(), 2, 5), {}, false};
    });
    HttpsSource source(redCanaryOptions(server.url(QStringLiteral("/openapi/v3"))), {}, &m_network);
    source.setSecret("rc-api-key-1");
    QSignalSpy loaded(&source, &HttpsSource::incidentsLoaded);
    source.start();
    QTRY_COMPARE(source.state(), HttpsSource::State::Ok);
    QCOMPARE(ids(loaded), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                       QStringLiteral("4"), QStringLiteral("5")}));
    QCOMPARE(server.requests.size(), 3);
    for (qsizetype i = 0; i < server.requests.size(); ++i) {
        const Request& request = server.requests.at(i);
        QCOMPARE(request.path, QByteArray("/openapi/v3/detections"));
        QCOMPARE(request.headers.value("x-api-key"), QByteArray("rc-api-key-1"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("page")), QString::number(i + 1));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("2"));
        QVERIFY(!request.query.hasQueryItem(QStringLiteral("since")));
    }
    QCOMPARE(loaded.first().at(0).value<QList<Incident>>().first().id,
             QStringLiteral("redcanary:127.0.0.1:1")); // the instance falls back to the host

    // The next poll asks only for what is new.
    source.pollNow();
    QTRY_COMPARE(server.requests.size(), 6);
    QTRY_COMPARE(source.state(), HttpsSource::State::Ok);
    QVERIFY(server.requests.at(3).query.hasQueryItem(QStringLiteral("since")));
}

void TestHttpsSource::hugeTotalWithTinyBodyStops()
{
    FakeServer server([](const Request& request) {
        return Response{
            200, page(request.query.queryItemValue(QStringLiteral("page")).toInt(), 2, 1, 1000000000), {}, false};
    });
    HttpsSource source(redCanaryOptions(server.url()), FeedContext{QStringLiteral("acme"), {}, {}, {}}, &m_network);
    QSignalSpy loaded(&source, &HttpsSource::incidentsLoaded);
    source.start();
    QTRY_COMPARE(source.state(), HttpsSource::State::Ok);
    QCOMPARE(ids(loaded), QStringList{QStringLiteral("1")});
    QCOMPARE(server.requests.size(), 1);
}

void TestHttpsSource::rateLimitedThenRetried()
{
    int calls = 0;
    FakeServer server([&calls](const Request& request) {
        ++calls;
        if (calls == 2) {
            return Response{429, R"({"error":"rate limited"})", {{"Retry-After", "1"}}, false};
        }
        return Response{200, page(request.query.queryItemValue(QStringLiteral("page")).toInt(), 2, 3), {}, false};
    });
    HttpsSource source(redCanaryOptions(server.url()), {}, &m_network);
    QSignalSpy loaded(&source, &HttpsSource::incidentsLoaded);
    QSignalSpy states(&source, &HttpsSource::statusChanged);
    source.start();
    QTRY_COMPARE(source.state(), HttpsSource::State::Failing);
    QVERIFY(source.statusMessage().contains(QLatin1String("429")));
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), HttpsSource::State::Ok, 5000);
    // Page 2 was asked again, page 1 not.
    QCOMPARE(server.requests.size(), 3);
    QCOMPARE(server.requests.at(2).query.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(ids(loaded), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
}

void TestHttpsSource::serverErrorBacksOffAndKeepsIncidents()
{
    bool failing = false;
    FakeServer server([&failing](const Request&) {
        if (failing) {
            return Response{500, "oops", {}, false};
        }
        return Response{200, page(1, 2, 1), {}, false};
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
    QTRY_VERIFY_WITH_TIMEOUT(server.requests.size() >= 4, 5000);
    QCOMPARE(source.lastSuccess(), success);
    QCOMPARE(ids(loaded), QStringList{QStringLiteral("1")});

    failing = false;
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), HttpsSource::State::Ok, 5000);
}

void TestHttpsSource::timeout()
{
    FakeServer server([](const Request&) { return Response{200, {}, {}, true}; });
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
    FakeServer server([](const Request&) {
        return Response{200, "{\"meta\": {\"total_items\": 3}, \"data\": [", {}, false};
    });
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
    FakeServer server([](const Request&) { return Response{200, QByteArray(2 * 1024 * 1024, ' ') + "[]", {}, false}; });
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
    FakeServer server([&body](const Request&) { return Response{200, body, {}, false}; });
    HttpsSource::Options options;
    options.url = server.url(QStringLiteral("/feed.ndjson"));
    options.allowHttpLoopback = true;
    HttpsSource source(options, {}, &m_network);
    source.setSecret("generic-token");
    QSignalSpy loaded(&source, &HttpsSource::incidentsLoaded);
    source.start();
    QTRY_COMPARE(source.state(), HttpsSource::State::Ok);
    QCOMPARE(ids(loaded), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.first().path, QByteArray("/feed.ndjson"));
    QCOMPARE(server.requests.first().headers.value("authorization"), QByteArray("Bearer generic-token"));
    QVERIFY(!server.requests.first().headers.contains("x-api-key"));
}

void TestHttpsSource::plainHttpRefusedUnlessLoopbackAllowed()
{
    FakeServer server([](const Request&) { return Response{200, "[]", {}, false}; });
    HttpsSource::Options options;
    options.url = server.url();
    HttpsSource refused(options, {}, &m_network);
    refused.start();
    QTest::qWait(200);
    QVERIFY(server.requests.isEmpty());
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
    FakeServer server([&pageBody](const Request& request) {
        if (request.path.endsWith("/endpoint_users/550900")) {
            return Response{200,
                            R"({"meta":{"total_items":1},"data":[{"type":"EndpointUser","id":550900,)"
                            R"("attributes":{"username":"AD_DOMAIN\\joren","uid":"S-1-5-21-1-2-3-1100"}}]})",
                            {},
                            false};
        }
        if (request.path.endsWith("/endpoints/880900")) {
            return Response{200,
                            R"({"data":[{"type":"Endpoint","id":880900,)"
                            R"("attributes":{"hostname":"lt-joren-01","platform":"Windows"}}]})",
                            {},
                            false};
        }
        return Response{200, pageBody, {}, false};
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
    QCOMPARE(server.requests.size(), 3);
    for (const Request& request : server.requests) {
        QCOMPARE(request.headers.value("x-api-key"), QByteArray("rc-key"));
    }

    // Known ones are not fetched again.
    source.pollNow();
    QTRY_COMPARE(server.requests.size(), 4);
    QTRY_COMPARE(source.state(), HttpsSource::State::Ok);
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(loaded.last().at(0).value<QList<Incident>>().first().user.username, QStringLiteral("joren"));
}

QTEST_GUILESS_MAIN(TestHttpsSource)
#include "tst_httpssource.moc"
