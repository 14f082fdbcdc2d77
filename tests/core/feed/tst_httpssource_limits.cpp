#include "LoopbackServer.h"
#include "TestFolders.h"
#include "feed/HttpsSource.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace cordon::core;

using cordon::test::LoopbackServer;
using Answer = LoopbackServer::Answer;

namespace
{

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

// A small NDJSON feed of two incidents.
LoopbackServer::Answer smallFeed()
{
    return LoopbackServer::Answer::plain(
               200, R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"loris"},"source_id":"1",)"
                    R"("title":"One","severity":"high","state":"new","user":{"raw":"AD_DOMAIN\\joren"}})"
                    "\n"
                    R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"loris"},"source_id":"2",)"
                    R"("title":"Two","severity":"low","state":"new","user":{"raw":"AD_DOMAIN\\ilse"}})"
                    "\n")
        .header("Content-Type", "application/x-ndjson");
}

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
    LoopbackServer server;
    server.enqueue(smallFeed());
    // Then a promised body that never ends.
    server.setFallback(Answer::trickle("[", 100000).header("Content-Type", "application/json"));
    HttpsSource::Options bounded = options(server.url(QStringLiteral("/feed")));
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

    source.pollNow();
    QCOMPARE(source.state(), HttpsSource::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), HttpsSource::State::Failing, 10000);
    QVERIFY2(source.statusMessage().contains(QLatin1String("took longer than 1.5 s and was cut off")),
             qPrintable(source.statusMessage()));
    QVERIFY(source.statusMessage().contains(QLatin1String("feeds/maxTransferMs")));
    QVERIFY(source.statusMessage().contains(QLatin1String("Next attempt in 60 s")));
    // The connection is closed by the source, not left open.
    QTRY_COMPARE(server.closedByClient(), 1);
    // What the first poll delivered is never taken back, and it still counts as the last success.
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(source.lastSuccess(), success);
    QCOMPARE(server.requests().size(), 2);
}

void TestHttpsSourceLimits::endlessBodyIsCutAtTheSizeLimit()
{
    // 100 MB without a length, sent as fast as it is read.
    LoopbackServer server;
    server.setFallback(Answer::flood("[", 100 * 1024 * 1024, false).header("Content-Type", "application/json"));
    HttpsSource::Options bounded = options(server.url(QStringLiteral("/feed")));
    bounded.maxResponseBytes = 2 * 1024 * 1024;
    HttpsSource source(bounded, {}, &m_network);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), HttpsSource::State::Failing, 20000);
    QVERIFY2(source.statusMessage().contains(QLatin1String("larger than 2 MB (setting feeds/maxResponseBytes)")),
             qPrintable(source.statusMessage()));
    QTRY_COMPARE(server.closedByClient(), 1);
    // Cut off near the limit: what was sent past it is what the sockets' buffers hold, a few megabytes,
    // not what a fast server sends in the 100 ms between two of Qt's progress signals (tens of them).
    QVERIFY2(server.flooded() < 32 * 1024 * 1024, qPrintable(QString::number(server.flooded())));
}

// The answer is read as it arrives, Qt reading at most 4 MB ahead: an answer of over twice that, with no
// length announced, arrives whole when it is exactly the limit, and one byte more is refused.
void TestHttpsSourceLimits::answerUpToTheLimitArrivesWhole()
{
    const QByteArray large = largeFeed(50000);
    QVERIFY(large.size() > 8 * 1024 * 1024);
    // Without a length: its end is where the server hangs up.
    LoopbackServer server;
    server.setFallback(Answer::unannounced(large).header("Content-Type", "application/x-ndjson"));
    HttpsSource::Options bounded = options(server.url(QStringLiteral("/feed")));
    bounded.maxResponseBytes = large.size();
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
    bounded.maxResponseBytes = large.size() - 1;
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
    TestFolders folders;
    const std::unique_ptr<QSettings> qsettings = folders.settings();
    AppSettings settings(qsettings.get());
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
