#include "TestFolders.h"
// The console keeps what its feeds brought: a feed's incidents are stored behind the list, and listed again
// at the next start from the real database, including when the console closes right after the feed came.
// Listed from the database, an incident shows its whole record once opened.

#include "feed/IncidentTableModel.h"
#include "gui/Console.h"
#include "gui/containment/ActionPane.h"
#include "gui/feeds/FeedLoader.h"
#include "gui/identity/IdentityPane.h"
#include "gui/incidents/MainWindow.h"
#include "secrets/MemorySecretStore.h"
#include "store/Database.h"

#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
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
    void anIncidentListedFromTheDatabaseOpensWhole();
    void anUnreadableStoredIncidentListsAndSaysSoWhenOpened();

private:
    QString writeFeed(const QString& prefix, int count);
    // A first console reads the feed and stores it; false when it could not.
    bool storeFeed(const QString& path);

    std::unique_ptr<TestFolders> m_folder;
};

void TestConsoleStore::init()
{
    // The folders of the test before put back the environment they found: let them go first.
    m_folder.reset();
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

bool TestConsoleStore::storeFeed(const QString& path)
{
    const std::unique_ptr<Console> first = console();
    QSignalSpy loaded(first->window(), &MainWindow::incidentsLoaded);
    QSignalSpy stored(first.get(), &Console::incidentsStored);
    first->loadFeed(path);
    return loaded.wait(10000) && (stored.count() > 0 || stored.wait(10000));
}

void TestConsoleStore::anIncidentListedFromTheDatabaseOpensWhole()
{
    // What the list does not show: the vendor, the console link, the user's parse.
    const QString path = m_folder->filePath(QStringLiteral("whole.ndjson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"store","vendor":"Acme",)"
               R"("product":"Acme EDR"},"source_id":"w-1","title":"Credential dumping","summary":"lsass read",)"
               R"("severity":"low","state":"new","detected_at":"2026-11-20T10:00:00Z",)"
               R"("endpoint":{"hostname":"LT-0415"},"user":{"raw":"AD_DOMAIN\\joren"},)"
               R"("links":{"console":"https://edr.example/alerts/w-1"}})"
               "\n"
               // The most urgent: the one the list selects at start.
               R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"store"},"source_id":"w-2",)"
               R"("title":"Ransomware","severity":"critical","state":"new"})"
               "\n");
    file.close();
    QVERIFY(storeFeed(path));

    const std::unique_ptr<Console> again = console();
    QSignalSpy loaded(again->window(), &MainWindow::incidentsLoaded);
    again->start();
    QVERIFY(loaded.wait(10000));
    MainWindow* window = again->window();
    const QString id = QStringLiteral("generic:store:w-1");
    const cordon::core::Incident* listed = window->incidentModel()->incidentById(id);
    QVERIFY(listed);
    QVERIFY(listed->listFieldsOnly);
    QCOMPARE(listed->title, QStringLiteral("Credential dumping"));
    QCOMPARE(listed->hostname, QStringLiteral("LT-0415"));
    QCOMPARE(listed->severity, cordon::core::Incident::Severity::Low);

    QVERIFY(window->selectIncident(id));
    const cordon::core::Incident* opened = window->incidentModel()->incidentById(id);
    QVERIFY2(!opened->listFieldsOnly, qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(opened->consoleUrl, QStringLiteral("https://edr.example/alerts/w-1"));
    QCOMPARE(opened->user.username, QStringLiteral("joren"));
    const auto* source = window->findChild<QLabel*>(QStringLiteral("detailSourceLabel"));
    const auto* link = window->findChild<QLabel*>(QStringLiteral("detailConsoleLinkLabel"));
    const auto* parse = window->findChild<QLabel*>(QStringLiteral("detailUserParseLabel"));
    QVERIFY(source && link && parse);
    QVERIFY2(source->text().contains(QStringLiteral("Acme")), qPrintable(source->text()));
    QVERIFY2(link->text().contains(QStringLiteral("https://edr.example/alerts/w-1")), qPrintable(link->text()));
    QVERIFY2(parse->text().contains(QStringLiteral("joren")), qPrintable(parse->text()));
    QCOMPARE(window->identityPane()->incidentId(), id);
    QCOMPARE(window->actionPane()->incidentId(), id);
}

void TestConsoleStore::anUnreadableStoredIncidentListsAndSaysSoWhenOpened()
{
    const QString path = writeFeed(QStringLiteral("spoiled"), 2);
    QVERIFY(!path.isEmpty());
    QVERIFY(storeFeed(path));
    const QString spoiled = QStringLiteral("generic:store:spoiled-0");
    {
        cordon::core::Database database;
        QString error;
        QVERIFY2(database.open(cordon::core::Database::defaultPath(), &error), qPrintable(error));
        QSqlQuery spoil(database.connection());
        spoil.prepare(QStringLiteral("UPDATE incidents SET json = '{\"cut short' WHERE id = ?"));
        spoil.addBindValue(spoiled);
        QVERIFY(spoil.exec());
        QCOMPARE(spoil.numRowsAffected(), 1);
    }

    const std::unique_ptr<Console> again = console();
    QSignalSpy loaded(again->window(), &MainWindow::incidentsLoaded);
    again->start();
    QVERIFY(loaded.wait(10000));
    MainWindow* window = again->window();
    QCOMPARE(window->incidentModel()->rowCount(), 2);

    QVERIFY(window->selectIncident(spoiled));
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("could not be read")) && message.contains(spoiled), qPrintable(message));
    const auto* title = window->findChild<QLabel*>(QStringLiteral("detailTitleLabel"));
    QVERIFY(title);
    QVERIFY2(title->text().contains(QStringLiteral("Incident 0")), qPrintable(title->text()));
    // Nothing is matched or contained on what the list alone holds.
    QVERIFY(window->identityPane()->incidentId().isEmpty());
    QVERIFY(window->actionPane()->incidentId().isEmpty());

    const QString readable = QStringLiteral("generic:store:spoiled-1");
    QVERIFY(window->selectIncident(readable));
    QVERIFY(!window->incidentModel()->incidentById(readable)->listFieldsOnly);
    QCOMPARE(window->identityPane()->incidentId(), readable);
}

QTEST_MAIN(TestConsoleStore)
#include "tst_consolestore.moc"
