#include "FeedSourcesFixture.h"
#include "feed/FileSource.h"
#include "feed/HttpsSource.h"

#include <QFile>

using cordon::core::FeedSource;
using cordon::core::FileSource;
using cordon::core::HttpsSource;

// Every kind of source keeps its status the one way: a success is stamped, a failure keeps the last success
// and becomes the last error (which stays after the source recovers), a refusal is a failure, and a stop
// leaves the source Stopped.
class TestFeedSource : public QObject, public FeedSourcesFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void failureKeepsTheLastSuccessAndRecoveryKeepsTheLastError_data();
    void failureKeepsTheLastSuccessAndRecoveryKeepsTheLastError();
    void refusedAddressIsAFailureWithItsReason();

private:
    // A source of the row's kind; breaking it makes the next read or poll fail, mending it lets it succeed.
    std::unique_ptr<FeedSource> makeSource(const QString& kind);
    void breakSource(const QString& kind);
    void mendSource(const QString& kind);
    QString path() const { return m_folder.filePath(QStringLiteral("alerts.ndjson")); }
};

std::unique_ptr<FeedSource> TestFeedSource::makeSource(const QString& kind)
{
    if (kind == QLatin1String("file")) {
        QFile file(path());
        if (!file.open(QIODevice::WriteOnly)) {
            return nullptr;
        }
        file.write(line(1));
        return std::make_unique<FileSource>(path());
    }
    const quint16 port = serve();
    if (port == 0) {
        return nullptr;
    }
    HttpsSource::Options options;
    options.url = QUrl(QStringLiteral("http://127.0.0.1:%1/alerts").arg(port));
    options.allowHttpLoopback = true;
    return std::make_unique<HttpsSource>(options, cordon::core::FeedContext{}, &m_network);
}

void TestFeedSource::breakSource(const QString& kind)
{
    if (kind == QLatin1String("file")) {
        QVERIFY(QFile::remove(path()));
    } else {
        m_status = 500;
    }
}

void TestFeedSource::mendSource(const QString& kind)
{
    if (kind == QLatin1String("file")) {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(line(2));
    } else {
        m_status = 200;
    }
}

void TestFeedSource::failureKeepsTheLastSuccessAndRecoveryKeepsTheLastError_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("file") << QStringLiteral("file");
    QTest::newRow("https") << QStringLiteral("https");
}

void TestFeedSource::failureKeepsTheLastSuccessAndRecoveryKeepsTheLastError()
{
    QFETCH(QString, kind);
    const std::unique_ptr<FeedSource> source = makeSource(kind);
    QVERIFY(source);
    QCOMPARE(source->state(), FeedSource::State::Stopped);
    QVERIFY(!source->lastSuccess().isValid());
    QSignalSpy changed(source.get(), &FeedSource::statusChanged);

    source->start();
    QTRY_COMPARE_WITH_TIMEOUT(source->state(), FeedSource::State::Ok, WaitMs);
    const QDateTime success = source->lastSuccess();
    QVERIFY(success.isValid());
    QVERIFY(source->status().lastError.isEmpty());

    breakSource(kind);
    source->pollNow();
    QTRY_COMPARE_WITH_TIMEOUT(source->state(), FeedSource::State::Failing, WaitMs);
    const FeedSource::Status failing = source->status();
    QVERIFY(!failing.lastError.isEmpty());
    QCOMPARE(failing.lastError, failing.message);
    QVERIFY(failing.lastErrorAt.isValid());
    QCOMPARE(failing.lastSuccess, success);

    mendSource(kind);
    source->pollNow();
    QTRY_COMPARE_WITH_TIMEOUT(source->state(), FeedSource::State::Ok, WaitMs);
    QVERIFY(source->lastSuccess() >= success);
    QCOMPARE(source->status().lastError, failing.lastError);
    QCOMPARE(source->status().lastErrorAt, failing.lastErrorAt);

    const qsizetype before = changed.size();
    source->stop();
    QCOMPARE(source->state(), FeedSource::State::Stopped);
    QCOMPARE(changed.size(), before + 1);
    QCOMPARE(source->status().lastError, failing.lastError);
}

void TestFeedSource::refusedAddressIsAFailureWithItsReason()
{
    HttpsSource::Options options;
    options.url = QUrl(QStringLiteral("http://feeds.example.com/alerts.json"));
    options.allowHttpLoopback = true;
    HttpsSource source(options, {}, &m_network);
    source.start();
    QCOMPARE(source.state(), FeedSource::State::Failing);
    QVERIFY(!source.status().lastError.isEmpty());
    QCOMPARE(source.status().lastError, source.statusMessage());
    QVERIFY(source.status().lastErrorAt.isValid());
    QVERIFY(!source.lastSuccess().isValid());
}

QTEST_MAIN(TestFeedSource)
#include "tst_feedsource.moc"
