#include "feed/HttpsSource.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace cordon::core;

namespace
{

// How the loopback server answers one request.
enum class Answer
{
    Feed,    // a small NDJSON feed, at once
    Trickle, // a promised body, one byte at a time, never finished
    Flood,   // 100 MB without a length, sent as fast as it is read
    Large,   // largeFeed(), without a length: its end is where the server hangs up
};

// count NDJSON incidents, from "1" up, each about 200 bytes.
QByteArray largeFeed(int count)
{
    QByteArray feed;
    for (int i = 1; i <= count; ++i) {
        feed += R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"loris"},"source_id":")" +
                QByteArray::number(i) + R"(","title":"Finding )" + QByteArray::number(i) +
                R"(","severity":"high","state":"new","user":{"raw":"AD_DOMAIN\\joren"}})"
                "\n";
    }
    return feed;
}

// A loopback HTTP/1.1 server whose answer to each request is chosen by the test.
class BoundsServer : public QObject
{
public:
    BoundsServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        m_trickle.setInterval(20);
        connect(&m_trickle, &QTimer::timeout, this, [this] {
            for (QTcpSocket* socket : std::as_const(m_trickling)) {
                socket->write(" ");
            }
        });
        m_trickle.start();
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_trickling.removeAll(socket);
                    ++closedByClient;
                });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/feed").arg(m_server.serverPort())); }

    Answer answer = Answer::Feed;
    int requests = 0;
    int closedByClient = 0;
    static constexpr qint64 floodBytes = 100 * 1024 * 1024;
    qint64 flooded = 0; // bytes of body sent by Flood answers
    QByteArray large;   // the body of Large answers

private:
    void serve(QTcpSocket* socket)
    {
        if (!socket->readAll().contains("\r\n\r\n")) {
            return;
        }
        ++requests;
        switch (answer) {
        case Answer::Feed: {
            const QByteArray body =
                R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"loris"},"source_id":"1",)"
                R"("title":"One","severity":"high","state":"new","user":{"raw":"AD_DOMAIN\\joren"}})"
                "\n"
                R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"loris"},"source_id":"2",)"
                R"("title":"Two","severity":"low","state":"new","user":{"raw":"AD_DOMAIN\\ilse"}})"
                "\n";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nConnection: close\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
            break;
        }
        case Answer::Trickle:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[");
            m_trickling.append(socket);
            break;
        case Answer::Large:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nConnection: close\r\n\r\n" + large);
            socket->disconnectFromHost();
            break;
        case Answer::Flood:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[");
            connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
                if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024 &&
                    flooded < floodBytes) {
                    flooded += socket->write(QByteArray(64 * 1024, ' '));
                }
            });
            break;
        }
    }

    QTcpServer m_server;
    QTimer m_trickle;
    QList<QTcpSocket*> m_trickling;
};

HttpsSource::Options options(const QUrl& url)
{
    HttpsSource::Options options;
    options.kind = HttpsSource::Kind::GenericJson;
    options.url = url;
    options.intervalMs = 60000;
    options.initialBackoffMs = 60000;
    options.maxBackoffMs = 60000;
    options.allowHttpLoopback = true;
    return options;
}

} // namespace

class TestHttpsSourceLimits : public QObject
{
    Q_OBJECT

private slots:
    void trickleIsCutOffByTheTotalTimeAndIncidentsStay();
    void endlessBodyIsCutAtTheSizeLimit();
    void answerUpToTheLimitArrivesWhole();
    void limitsComeFromTheSettings();

private:
    QNetworkAccessManager m_network;
};

void TestHttpsSourceLimits::trickleIsCutOffByTheTotalTimeAndIncidentsStay()
{
    BoundsServer server;
    HttpsSource::Options bounded = options(server.url());
    // A byte every 20 ms keeps the idle timeout from ever firing; only the total bound ends it.
    bounded.transferTimeoutMs = 1000;
    bounded.maxTransferMs = 1500;
    HttpsSource source(bounded, {}, &m_network);
    QSignalSpy loaded(&source, &HttpsSource::incidentsLoaded);
    source.start();
    QTRY_COMPARE(source.state(), HttpsSource::State::Ok);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().at(0).value<QList<Incident>>().size(), 2);
    const QDateTime success = source.lastSuccess();

    server.answer = Answer::Trickle;
    source.pollNow();
    QCOMPARE(source.state(), HttpsSource::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), HttpsSource::State::Failing, 10000);
    QVERIFY2(source.statusMessage().contains(QLatin1String("took longer than 1.5 s and was cut off")),
             qPrintable(source.statusMessage()));
    QVERIFY(source.statusMessage().contains(QLatin1String("feeds/maxTransferMs")));
    QVERIFY(source.statusMessage().contains(QLatin1String("Next attempt in 60 s")));
    // The connection is closed by the source, not left open.
    QTRY_COMPARE(server.closedByClient, 2);
    // What the first poll delivered is never taken back, and it still counts as the last success.
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(source.lastSuccess(), success);
    QCOMPARE(server.requests, 2);
}

void TestHttpsSourceLimits::endlessBodyIsCutAtTheSizeLimit()
{
    BoundsServer server;
    server.answer = Answer::Flood;
    HttpsSource::Options bounded = options(server.url());
    bounded.maxResponseBytes = 2 * 1024 * 1024;
    HttpsSource source(bounded, {}, &m_network);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), HttpsSource::State::Failing, 20000);
    QVERIFY2(source.statusMessage().contains(QLatin1String("larger than 2 MB (setting feeds/maxResponseBytes)")),
             qPrintable(source.statusMessage()));
    QTRY_COMPARE(server.closedByClient, 1);
    // Cut off near the limit: what was sent past it is what the sockets' buffers hold, a few megabytes,
    // not what a fast server sends in the 100 ms between two of Qt's progress signals (tens of them).
    QVERIFY2(server.flooded < 32 * 1024 * 1024, qPrintable(QString::number(server.flooded)));
}

// The answer is read as it arrives, Qt reading at most 4 MB ahead: an answer of over twice that, with no
// length announced, arrives whole when it is exactly the limit, and one byte more is refused.
void TestHttpsSourceLimits::answerUpToTheLimitArrivesWhole()
{
    BoundsServer server;
    server.answer = Answer::Large;
    server.large = largeFeed(50000);
    QVERIFY(server.large.size() > 8 * 1024 * 1024);
    HttpsSource::Options bounded = options(server.url());
    bounded.maxResponseBytes = server.large.size();
    {
        HttpsSource source(bounded, {}, &m_network);
        QSignalSpy loaded(&source, &HttpsSource::incidentsLoaded);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), HttpsSource::State::Ok, 60000);
        QCOMPARE(loaded.count(), 1);
        const auto incidents = loaded.first().at(0).value<QList<Incident>>();
        QCOMPARE(incidents.size(), 50000);
        for (int i : {0, 1, 16000, 49999}) {
            QCOMPARE(incidents.at(i).title, QStringLiteral("Finding %1").arg(i + 1));
        }
    }
    bounded.maxResponseBytes = server.large.size() - 1;
    HttpsSource source(bounded, {}, &m_network);
    QSignalSpy loaded(&source, &HttpsSource::incidentsLoaded);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), HttpsSource::State::Failing, 60000);
    QVERIFY2(source.statusMessage().contains(QLatin1String("(setting feeds/maxResponseBytes)")),
             qPrintable(source.statusMessage()));
    QCOMPARE(loaded.count(), 0);
}

void TestHttpsSourceLimits::limitsComeFromTheSettings()
{
    QTemporaryDir dir;
    QSettings qsettings(dir.filePath(QStringLiteral("cordon.ini")), QSettings::IniFormat);
    AppSettings settings(&qsettings);
    HttpsSource::Options defaults;
    defaults.applyLimits(settings);
    QCOMPARE(defaults.maxResponseBytes, 64 * 1024 * 1024);
    QCOMPARE(defaults.transferTimeoutMs, 30 * 1000);
    QCOMPARE(defaults.maxTransferMs, 5 * 60 * 1000);

    QVERIFY(settings.setLimit(AppSettings::Limit::FeedResponseBytes, 1000));
    QVERIFY(settings.setLimit(AppSettings::Limit::FeedIdleTimeoutMs, 2000));
    QVERIFY(settings.setLimit(AppSettings::Limit::FeedTransferMs, 3000));
    HttpsSource::Options set;
    set.applyLimits(settings);
    QCOMPARE(set.maxResponseBytes, 1000);
    QCOMPARE(set.transferTimeoutMs, 2000);
    QCOMPARE(set.maxTransferMs, 3000);
}

QTEST_GUILESS_MAIN(TestHttpsSourceLimits)
#include "tst_httpssource_limits.moc"
