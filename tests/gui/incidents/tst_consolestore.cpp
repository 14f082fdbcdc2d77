#include "TestFolders.h"
// The console keeps what its feeds brought: a feed's incidents are stored behind the list, and listed again
// at the next start from the real database, including when the console closes right after the feed came.

#include "feed/IncidentTableModel.h"
#include "gui/Console.h"
#include "gui/feeds/FeedLoader.h"
#include "gui/incidents/MainWindow.h"
#include "secrets/MemorySecretStore.h"

#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using cordon::gui::Console;
using cordon::gui::MainWindow;

namespace
{

QByteArray feed(const QString& prefix, int count)
{
    QByteArray data;
    for (int i = 0; i < count; ++i) {
        data += QStringLiteral(R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"store"},)"
                               R"("source_id":"%1-%2","title":"Incident %2","severity":"high","state":"new",)"
                               R"("user":{"raw":"AD_DOMAIN\\joren"}})")
                    .arg(prefix)
                    .arg(i)
                    .toUtf8() +
                '\n';
    }
    return data;
}

std::unique_ptr<Console> console()
{
    return std::make_unique<Console>(std::make_unique<cordon::core::MemorySecretStore>());
}

// A fresh console's list once it has read the database.
int listedAtStart()
{
    const std::unique_ptr<Console> again = console();
    QSignalSpy loaded(again->window(), &MainWindow::incidentsLoaded);
    again->start();
    if (!loaded.wait(10000)) {
        return -1;
    }
    return again->window()->incidentModel()->rowCount();
}

} // namespace

class TestConsoleStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listedIncidentsAreStoredBehindTheList();
    void closingRightAfterAFeedLosesNothing();

private:
    QString writeFeed(const QString& prefix, int count);

    std::unique_ptr<TestFolders> m_folder;
};

void TestConsoleStore::init()
{
    m_folder = std::make_unique<TestFolders>();
    QVERIFY(m_folder->isValid());
}

QString TestConsoleStore::writeFeed(const QString& prefix, int count)
{
    const QString path = m_folder->filePath(prefix + QStringLiteral(".ndjson"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(feed(prefix, count)) < 0) {
        return {};
    }
    return path;
}

void TestConsoleStore::listedIncidentsAreStoredBehindTheList()
{
    const QString path = writeFeed(QStringLiteral("listed"), 40);
    QVERIFY(!path.isEmpty());
    {
        const std::unique_ptr<Console> first = console();
        QSignalSpy loaded(first->window(), &MainWindow::incidentsLoaded);
        QSignalSpy stored(first.get(), &Console::incidentsStored);
        first->loadFeed(path);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(first->window()->incidentModel()->rowCount(), 40);
        QVERIFY(stored.count() > 0 || stored.wait(10000));
    }
    QCOMPARE(listedAtStart(), 40);
}

void TestConsoleStore::closingRightAfterAFeedLosesNothing()
{
    const QString path = writeFeed(QStringLiteral("closed"), 25);
    QVERIFY(!path.isEmpty());
    {
        const std::unique_ptr<Console> first = console();
        // Closed as soon as the feed is read: the window may not have listed it yet.
        QEventLoop read;
        connect(first->feedLoader(), &cordon::gui::FeedLoader::feedLoaded, &read, &QEventLoop::quit);
        first->loadFeed(path);
        QTimer::singleShot(10000, &read, &QEventLoop::quit);
        read.exec();
    }
    QCOMPARE(listedAtStart(), 25);
}

QTEST_MAIN(TestConsoleStore)
#include "tst_consolestore.moc"
