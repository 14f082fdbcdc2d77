#include "FeedSourcesFixture.h"
#include "gui/feeds/FeedSourcesView.h"

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using cordon::core::FeedSources;
using cordon::gui::FeedSourcesView;

// The view of the running feed sources: every source in words, and a failure shown on its source without
// taking back what it delivered.
class TestFeedSourcesView : public QObject, public FeedSourcesFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void failureShowsInTheViewAndKeepsWhatWasDelivered();
    void viewListsEverySourceInWords();
};

void TestFeedSourcesView::failureShowsInTheViewAndKeepsWhatWasDelivered()
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

void TestFeedSourcesView::viewListsEverySourceInWords()
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

QTEST_MAIN(TestFeedSourcesView)
#include "tst_feedsourcesview.moc"
