#include "FeedSourcesFixture.h"
#include "TransportCases.h"
#include "feed/FeedSources.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

using cordon::core::AppSettings;
using cordon::core::FeedSources;

// The configured feed sources running: a watched folder, an HTTPS feed against a loopback server with its
// token from a keychain in memory, the transport rule, reloads and the limits of the settings.
class TestFeedSources : public QObject, public FeedSourcesFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void folderSourcePicksUpNewFilesAndAppendedLines();
    void httpsSourceSendsItsStoredTokenAndDeliversIncidents();
    void redCanaryWithoutAKeyIsASourceError();
    void plainHttpIsRefusedUnlessLoopbackIsAllowed();
    void addressIsHeldToTheTransportRule_data();
    void addressIsHeldToTheTransportRule();
    void reloadRestartsOnlyWhatChanged();
    void limitsOfTheSettingsApply();
};

void TestFeedSources::folderSourcePicksUpNewFilesAndAppendedLines()
{
    const QString folder = m_folder.filePath(QStringLiteral("drop"));
    QVERIFY(QDir().mkpath(folder));
    m_settings->setFeedSources({fileSource(QStringLiteral("drop"), folder)});
    FeedSources sources(m_settings.get(), m_secrets.get(), &m_network);
    QSignalSpy loaded(&sources, &FeedSources::incidentsLoaded);
    sources.start();
    QTRY_COMPARE_WITH_TIMEOUT(sources.source(QStringLiteral("drop")).state, FeedSources::State::Ok, WaitMs);
    QVERIFY(sources.source(QStringLiteral("drop")).folder);
    QVERIFY(loaded.isEmpty());

    // A file written after the start is picked up, and lines appended to it arrive as they are written.
    const QString path = QDir(folder).filePath(QStringLiteral("alerts.ndjson"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(line(1));
    }
    QTRY_COMPARE_WITH_TIMEOUT(deliveredIds(loaded), QStringList{QStringLiteral("1")}, WaitMs);
    QCOMPARE(loaded.first().at(0).toString(), folder);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(line(2) + line(3));
    }
    QTRY_COMPARE_WITH_TIMEOUT(deliveredIds(loaded),
                              (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(sources.source(QStringLiteral("drop")).state, FeedSources::State::Ok, WaitMs);
    QCOMPARE(sources.source(QStringLiteral("drop")).incidents, 3);
    QVERIFY(sources.source(QStringLiteral("drop")).lastSuccess.isValid());
    QCOMPARE(sources.summary(), QStringLiteral("1 feed: 1 ok"));
}

void TestFeedSources::httpsSourceSendsItsStoredTokenAndDeliversIncidents()
{
    const quint16 port = serve();
    QVERIFY(port != 0);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/alerts").arg(port));
    m_settings->setFeedSources({httpsSource(QStringLiteral("web"), url)});
    storeKey(QStringLiteral("web"), QByteArrayLiteral("bearer-for-the-test-feed"));

    FeedSources sources(m_settings.get(), m_secrets.get(), &m_network);
    sources.setAllowHttpLoopback(true);
    QSignalSpy loaded(&sources, &FeedSources::incidentsLoaded);
    sources.start();
    QTRY_COMPARE_WITH_TIMEOUT(deliveredIds(loaded), (QStringList{QStringLiteral("1"), QStringLiteral("2")}), WaitMs);
    QCOMPARE(m_authorization, QByteArrayLiteral("Bearer bearer-for-the-test-feed"));
    QCOMPARE(loaded.first().at(0).toString(), url.toString());
    QTRY_COMPARE_WITH_TIMEOUT(sources.source(QStringLiteral("web")).state, FeedSources::State::Ok, WaitMs);
    const FeedSources::Source state = sources.source(QStringLiteral("web"));
    QCOMPARE(state.api, QStringLiteral("generic"));
    QVERIFY(state.lastSuccess.isValid());
    QVERIFY(state.lastError.isEmpty());
    QCOMPARE(m_requests, 1);
}

void TestFeedSources::redCanaryWithoutAKeyIsASourceError()
{
    const quint16 port = serve();
    QVERIFY(port != 0);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/openapi/v3").arg(port));
    m_settings->setFeedSources({httpsSource(QStringLiteral("rc"), url, QStringLiteral("redcanary"))});
    FeedSources sources(m_settings.get(), m_secrets.get(), &m_network);
    sources.setAllowHttpLoopback(true);
    sources.start();
    QTRY_COMPARE_WITH_TIMEOUT(sources.source(QStringLiteral("rc")).state, FeedSources::State::Failing, WaitMs);
    QVERIFY2(sources.source(QStringLiteral("rc")).lastError.contains(QStringLiteral("No API key stored")),
             qPrintable(sources.source(QStringLiteral("rc")).lastError));
    QCOMPARE(m_requests, 0);
    QCOMPARE(sources.summary(), QStringLiteral("1 feed: 1 failing"));

    // A keychain that cannot be read is an error on the source too, in the keychain's words.
    m_secrets->setFailure(cordon::core::SecretResult::Status::NoBackend);
    sources.refresh(QStringLiteral("rc"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !sources.source(QStringLiteral("rc")).lastError.contains(QStringLiteral("No API key stored")), WaitMs);
    QCOMPARE(sources.source(QStringLiteral("rc")).state, FeedSources::State::Failing);
    QCOMPARE(m_requests, 0);
}

void TestFeedSources::plainHttpIsRefusedUnlessLoopbackIsAllowed()
{
    const quint16 port = serve();
    QVERIFY(port != 0);
    m_settings->setFeedSources(
        {httpsSource(QStringLiteral("web"), QUrl(QStringLiteral("http://127.0.0.1:%1/alerts").arg(port)))});
    FeedSources sources(m_settings.get(), m_secrets.get(), &m_network);
    sources.start();
    QCOMPARE(sources.source(QStringLiteral("web")).state, FeedSources::State::Failing);
    QVERIFY(sources.source(QStringLiteral("web")).lastError.contains(QStringLiteral("https://")));
    sources.refresh(QStringLiteral("web"));
    QTest::qWait(0);
    QCOMPARE(m_requests, 0);

    QCOMPARE(FeedSources::apiForUrl(QUrl(QStringLiteral("https://acme.my.redcanary.co/openapi/v3"))),
             QStringLiteral("redcanary"));
    QCOMPARE(FeedSources::apiForUrl(QUrl(QStringLiteral("https://proxy.example.net/openapi/v3/"))),
             QStringLiteral("redcanary"));
    QCOMPARE(FeedSources::apiForUrl(QUrl(QStringLiteral("https://feeds.example.net/alerts.ndjson"))),
             QStringLiteral("generic"));
    QCOMPARE(FeedSources::displayUrl(QUrl(QStringLiteral("https://user:pw@feeds.example.net/a?key=s#x"))),
             QStringLiteral("https://feeds.example.net/a"));
}

void TestFeedSources::addressIsHeldToTheTransportRule_data()
{
    // The allowed addresses that would be asked for real are the core's test of the rule to hold.
    cordon::test::addTransportRows(cordon::test::TransportRows::RefusedOrServed);
}

void TestFeedSources::addressIsHeldToTheTransportRule()
{
    QFETCH(QString, url);
    QFETCH(bool, allowLoopback);
    QFETCH(bool, served);
    const quint16 port = serve();
    QVERIFY(port != 0);
    const QString address = (url.contains(QLatin1String("%1")) ? url.arg(port) : url)
                                .replace(QLatin1String("/feed"), QLatin1String("/alerts"));
    m_settings->setFeedSources({httpsSource(QStringLiteral("web"), QUrl(address))});
    FeedSources sources(m_settings.get(), m_secrets.get(), &m_network);
    sources.setAllowHttpLoopback(allowLoopback);
    sources.start();
    if (served) {
        QTRY_COMPARE_WITH_TIMEOUT(sources.source(QStringLiteral("web")).state, FeedSources::State::Ok, WaitMs);
        QCOMPARE(m_requests, 1);
        return;
    }
    // Refused at once, before its key is read, and never asked.
    QCOMPARE(sources.source(QStringLiteral("web")).state, FeedSources::State::Failing);
    QVERIFY2(sources.source(QStringLiteral("web")).lastError.startsWith(QLatin1String("Refused")),
             qPrintable(sources.source(QStringLiteral("web")).lastError));
    QCOMPARE(m_secrets->calls(), 0);
    sources.refresh(QStringLiteral("web"));
    QTest::qWait(0);
    QCOMPARE(m_requests, 0);
}

void TestFeedSources::reloadRestartsOnlyWhatChanged()
{
    const quint16 port = serve();
    QVERIFY(port != 0);
    const QJsonObject web =
        httpsSource(QStringLiteral("web"), QUrl(QStringLiteral("http://127.0.0.1:%1/alerts").arg(port)));
    m_settings->setFeedSources({web});
    FeedSources sources(m_settings.get(), m_secrets.get(), &m_network);
    sources.setAllowHttpLoopback(true);
    QSignalSpy loaded(&sources, &FeedSources::incidentsLoaded);
    sources.start();
    QTRY_COMPARE_WITH_TIMEOUT(sources.source(QStringLiteral("web")).state, FeedSources::State::Ok, WaitMs);
    QCOMPARE(m_requests, 1);

    // A file source is added: it starts; the unchanged HTTPS source is not polled again.
    const QString path = m_folder.filePath(QStringLiteral("one.ndjson"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(line(7));
    }
    m_settings->setFeedSources({web, fileSource(QStringLiteral("one"), path)});
    sources.reload();
    QCOMPARE(sources.sources().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(deliveredIds(loaded).contains(QStringLiteral("7")), WaitMs);
    QCOMPARE(m_requests, 1);
    QCOMPARE(sources.source(QStringLiteral("web")).state, FeedSources::State::Ok);

    // Its interval changes: it restarts and polls; the removed file source goes.
    QJsonObject changed = web;
    changed.insert(QStringLiteral("intervalMinutes"), 10);
    m_settings->setFeedSources({changed});
    sources.reload();
    QCOMPARE(sources.sources().size(), 1);
    QVERIFY(sources.source(QStringLiteral("one")).id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_requests, 2, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(sources.source(QStringLiteral("web")).state, FeedSources::State::Ok, WaitMs);
}

void TestFeedSources::limitsOfTheSettingsApply()
{
    const QString path = m_folder.filePath(QStringLiteral("large.ndjson"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(line(1) + line(2));
    }
    QVERIFY(m_settings->setLimit(AppSettings::Limit::FeedFileBytes, 64));
    m_settings->setFeedSources({fileSource(QStringLiteral("large"), path)});
    FeedSources sources(m_settings.get(), m_secrets.get(), &m_network);
    QSignalSpy loaded(&sources, &FeedSources::incidentsLoaded);
    sources.start();
    QTRY_COMPARE_WITH_TIMEOUT(sources.source(QStringLiteral("large")).state, FeedSources::State::Failing, WaitMs);
    QVERIFY2(sources.source(QStringLiteral("large")).lastError.contains(QStringLiteral("feeds/maxFileBytes")),
             qPrintable(sources.source(QStringLiteral("large")).lastError));
    QVERIFY(loaded.isEmpty());
}

QTEST_MAIN(TestFeedSources)
#include "tst_feedsources.moc"
