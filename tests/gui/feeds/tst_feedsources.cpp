#include "TransportCases.h"
#include "gui/feeds/FeedSources.h"
#include "gui/feeds/FeedSourcesView.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretAccounts.h"
#include "store/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using cordon::core::AppSettings;
using cordon::core::Incident;
using cordon::core::MemorySecretStore;
using cordon::gui::FeedSources;
using cordon::gui::FeedSourcesView;

namespace
{

constexpr int WaitMs = 15000;

QByteArray line(int id)
{
    return QStringLiteral(R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"watch"},)"
                          R"("source_id":"%1","title":"Incident %1","severity":"high","state":"new",)"
                          R"("user":{"raw":"AD_DOMAIN\\joren"}})")
               .arg(id)
               .toUtf8() +
           '\n';
}

QJsonObject fileSource(const QString& id, const QString& path)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), QStringLiteral("file")},
            {QStringLiteral("url"), path},
            {QStringLiteral("format"), QStringLiteral("auto")}};
}

QJsonObject httpsSource(const QString& id, const QUrl& url, const QString& api = QStringLiteral("generic"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), QStringLiteral("https")},
            {QStringLiteral("url"), url.toString()},
            {QStringLiteral("format"), QStringLiteral("auto")},
            {QStringLiteral("api"), api},
            {QStringLiteral("intervalMinutes"), 5}};
}

} // namespace

class TestFeedSources : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void folderSourcePicksUpNewFilesAndAppendedLines();
    void httpsSourceSendsItsStoredTokenAndDeliversIncidents();
    void failureShowsInTheViewAndKeepsWhatWasDelivered();
    void redCanaryWithoutAKeyIsASourceError();
    void plainHttpIsRefusedUnlessLoopbackIsAllowed();
    void addressIsHeldToTheTransportRule_data();
    void addressIsHeldToTheTransportRule();
    void reloadRestartsOnlyWhatChanged();
    void viewListsEverySourceInWords();
    void limitsOfTheSettingsApply();

private:
    // An answer for each request to /alerts, counting them and keeping the Authorization header.
    quint16 serve();
    void storeKey(const QString& id, const QByteArray& key);
    QStringList deliveredIds(const QSignalSpy& spy) const;

    QTemporaryDir m_folder;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QHttpServer> m_server;
    QNetworkAccessManager m_network;
    int m_status = 200;
    QByteArray m_body;
    int m_requests = 0;
    QByteArray m_authorization;
};

void TestFeedSources::init()
{
    QVERIFY(m_folder.isValid());
    m_qsettings = std::make_unique<QSettings>(m_folder.filePath(QStringLiteral("cordon.ini")), QSettings::IniFormat);
    m_qsettings->clear();
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_status = 200;
    m_body = line(1) + line(2);
    m_requests = 0;
    m_authorization.clear();
}

void TestFeedSources::cleanup()
{
    m_server.reset();
    m_settings.reset();
    m_qsettings.reset();
}

quint16 TestFeedSources::serve()
{
    m_server = std::make_unique<QHttpServer>();
    m_server->route(QStringLiteral("/alerts"), [this](const QHttpServerRequest& request) {
        ++m_requests;
        m_authorization = request.value("Authorization");
        return QHttpServerResponse(QByteArrayLiteral("application/x-ndjson"), m_body,
                                   QHttpServerResponse::StatusCode(m_status));
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void TestFeedSources::storeKey(const QString& id, const QByteArray& key)
{
    bool stored = false;
    m_secrets->write(cordon::core::SecretAccounts::feedKey(id), key, nullptr,
                     [&stored](const cordon::core::SecretResult& result) { stored = result.ok(); });
    QTRY_VERIFY(stored);
}

QStringList TestFeedSources::deliveredIds(const QSignalSpy& spy) const
{
    QStringList ids;
    for (const QList<QVariant>& arguments : spy) {
        for (const Incident& incident : arguments.at(1).value<QList<Incident>>()) {
            ids.append(incident.sourceId);
        }
    }
    return ids;
}

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

void TestFeedSources::failureShowsInTheViewAndKeepsWhatWasDelivered()
{
    const quint16 port = serve();
    QVERIFY(port != 0);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/alerts").arg(port));
    m_settings->setFeedSources({httpsSource(QStringLiteral("web"), url)});
    FeedSources sources(m_settings.get(), m_secrets.get(), &m_network);
    sources.setAllowHttpLoopback(true);
    QSignalSpy loaded(&sources, &FeedSources::incidentsLoaded);
    sources.start();
    QTRY_COMPARE_WITH_TIMEOUT(sources.source(QStringLiteral("web")).state, FeedSources::State::Ok, WaitMs);
    // No key stored: a generic feed is read without one.
    QVERIFY(m_authorization.isEmpty());
    const QDateTime success = sources.source(QStringLiteral("web")).lastSuccess;

    FeedSourcesView view(&sources);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("feedSourcesTableWidget"));
    auto* summary = view.findChild<QLabel*>(QStringLiteral("feedSummaryLabel"));
    auto* refresh = view.findChild<QPushButton*>(QStringLiteral("refreshFeedButton"));
    QVERIFY(table && summary && refresh);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, FeedSourcesView::SourceColumn)->text(), url.toString());
    QCOMPARE(table->item(0, FeedSourcesView::StateColumn)->text(), QStringLiteral("OK"));
    QCOMPARE(table->item(0, FeedSourcesView::LastErrorColumn)->text(), QStringLiteral("none"));

    // The server fails; Refresh now polls at once and the failure shows on the source, in words.
    m_status = 500;
    table->selectRow(0);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sources.source(QStringLiteral("web")).state, FeedSources::State::Failing, WaitMs);
    QCOMPARE(m_requests, 2);
    const QString state = table->item(0, FeedSourcesView::StateColumn)->text();
    QVERIFY2(state.startsWith(QStringLiteral("Failing")) && state.contains(QStringLiteral("HTTP 500")),
             qPrintable(state));
    QVERIFY(table->item(0, FeedSourcesView::LastErrorColumn)->text().contains(QStringLiteral("HTTP 500")));
    QCOMPARE(summary->text(), QStringLiteral("1 feed: 1 failing"));
    QCOMPARE(sources.summary(), summary->text());

    // Nothing delivered is taken back: the count stays and the last success is still shown.
    QCOMPARE(deliveredIds(loaded), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(sources.source(QStringLiteral("web")).incidents, 2);
    QCOMPARE(sources.source(QStringLiteral("web")).lastSuccess, success);
    QVERIFY(table->item(0, FeedSourcesView::LastSuccessColumn)->text() != QStringLiteral("never"));
    if (const QString folder = qEnvironmentVariable("CORDON_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QVERIFY(view.grab().save(folder + QStringLiteral("/feed-sources.png")));
    }

    // It recovers on the next poll; the last error stays to be read.
    m_status = 200;
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sources.source(QStringLiteral("web")).state, FeedSources::State::Ok, WaitMs);
    QCOMPARE(table->item(0, FeedSourcesView::StateColumn)->text(), QStringLiteral("OK"));
    QVERIFY(table->item(0, FeedSourcesView::LastErrorColumn)->text().contains(QStringLiteral("HTTP 500")));
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

void TestFeedSources::viewListsEverySourceInWords()
{
    const quint16 port = serve();
    QVERIFY(port != 0);
    const QString folder = m_folder.filePath(QStringLiteral("incoming"));
    QVERIFY(QDir().mkpath(folder));
    m_settings->setFeedSources(
        {fileSource(QStringLiteral("drop"), folder),
         httpsSource(QStringLiteral("web"), QUrl(QStringLiteral("http://127.0.0.1:%1/alerts").arg(port))),
         httpsSource(QStringLiteral("rc"), QUrl(QStringLiteral("http://127.0.0.1:%1/openapi/v3").arg(port)),
                     QStringLiteral("redcanary")),
         fileSource(QStringLiteral("gone"), m_folder.filePath(QStringLiteral("missing.ndjson")))});
    FeedSources sources(m_settings.get(), m_secrets.get(), &m_network);
    sources.setAllowHttpLoopback(true);
    sources.start();
    FeedSourcesView view(&sources);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("feedSourcesTableWidget"));
    QVERIFY(table);
    QTRY_COMPARE_WITH_TIMEOUT(sources.summary(), QStringLiteral("4 feeds: 2 ok, 2 failing"), WaitMs);
    QCOMPARE(table->rowCount(), 4);
    const auto cell = [table](int row, int column) { return table->item(row, column)->text(); };
    QCOMPARE(cell(0, FeedSourcesView::KindColumn), QStringLiteral("Folder"));
    QCOMPARE(cell(0, FeedSourcesView::StateColumn), QStringLiteral("OK"));
    QCOMPARE(cell(1, FeedSourcesView::KindColumn), QStringLiteral("JSON over HTTPS"));
    QCOMPARE(cell(2, FeedSourcesView::KindColumn), QStringLiteral("Red Canary API"));
    QVERIFY(cell(2, FeedSourcesView::StateColumn).contains(QStringLiteral("No API key stored")));
    QCOMPARE(cell(2, FeedSourcesView::LastSuccessColumn), QStringLiteral("never"));
    QCOMPARE(cell(3, FeedSourcesView::KindColumn), QStringLiteral("File"));
    QVERIFY(cell(3, FeedSourcesView::StateColumn).contains(QStringLiteral("does not exist")));
    if (const QString shots = qEnvironmentVariable("CORDON_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QVERIFY(view.grab().save(shots + QStringLiteral("/feed-sources-all.png")));
    }
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
