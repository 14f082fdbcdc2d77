#include "IncidentBuilder.h"
#include "base/Clock.h"
#include "feed/IncidentStore.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cordon::core;

namespace
{

// Finding <sourceId>, detected <sourceId> seconds after the start.
Incident makeIncident(const QString& sourceId, Incident::State state = Incident::State::New)
{
    return IncidentBuilder(sourceId, QStringLiteral("ocsf"), QStringLiteral("lab"))
        .title(QStringLiteral("Finding %1").arg(sourceId))
        .state(state)
        .detectedAt(QDateTime::fromString(QStringLiteral("2026-11-20T10:00:00.000Z"), Qt::ISODateWithMs)
                        .addSecs(sourceId.toInt()))
        .host(QStringLiteral("LT-JOREN-01"))
        .user(QStringLiteral("AD_DOMAIN\\joren"));
}

} // namespace

class TestIncidentStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsAndCounts();
    void duplicatesMerge();
    void stateChangesEmitOnce_data();
    void stateChangesEmitOnce();
    void otherChangesAreUpdates();
    void survivesRestart();
    void findUnknown();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    ManualClock m_clock;

    QString path() const { return m_dir->filePath(QStringLiteral("cordon.sqlite")); }
};

void TestIncidentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_database->open(path(), &error), qPrintable(error));
}

void TestIncidentStore::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestIncidentStore::addsAndCounts()
{
    IncidentStore store(*m_database, &m_clock);
    QSignalSpy added(&store, &IncidentStore::incidentsAdded);
    QSignalSpy changed(&store, &IncidentStore::incidentStateChanged);

    const IncidentStore::UpsertResult first =
        store.upsert({makeIncident(QStringLiteral("1")), makeIncident(QStringLiteral("2"))});
    QVERIFY(first.ok);
    QCOMPARE(first.added, 2);
    QCOMPARE(first.updated, 0);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().value<QList<Incident>>().size(), 2);
    QCOMPARE(store.count(), 2);

    const IncidentStore::UpsertResult again =
        store.upsert({makeIncident(QStringLiteral("1")), makeIncident(QStringLiteral("3"))});
    QCOMPARE(again.added, 1);
    QCOMPARE(again.unchanged, 1);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.last().first().value<QList<Incident>>().first().id, QStringLiteral("ocsf:lab:3"));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.count(), 3);
    QCOMPARE(store.upsert({}).added, 0);
}

void TestIncidentStore::duplicatesMerge()
{
    IncidentStore store(*m_database, &m_clock);
    Incident older = makeIncident(QStringLiteral("7"));
    Incident newer = makeIncident(QStringLiteral("7"), Incident::State::InProgress);
    newer.title = QStringLiteral("Renamed");
    const IncidentStore::UpsertResult result = store.upsert({older, makeIncident(QStringLiteral("8")), newer});
    QCOMPARE(result.added, 2);
    QCOMPARE(store.count(), 2);
    const std::optional<Incident> stored = store.find(QStringLiteral("ocsf:lab:7"));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->title, QStringLiteral("Renamed"));
    QCOMPARE(stored->state, Incident::State::InProgress);
}

void TestIncidentStore::stateChangesEmitOnce_data()
{
    QTest::addColumn<QList<int>>("states");
    QTest::addColumn<int>("changes");
    using S = Incident::State;
    QTest::newRow("new, in progress, resolved") << QList<int>{int(S::New), int(S::InProgress), int(S::Resolved)} << 2;
    QTest::newRow("repeated states") << QList<int>{int(S::New), int(S::New), int(S::Resolved), int(S::Resolved)} << 1;
    QTest::newRow("suppressed then reopened")
        << QList<int>{int(S::New), int(S::Suppressed), int(S::InProgress), int(S::InProgress)} << 2;
}

void TestIncidentStore::stateChangesEmitOnce()
{
    QFETCH(QList<int>, states);
    QFETCH(int, changes);
    IncidentStore store(*m_database, &m_clock);
    QSignalSpy changed(&store, &IncidentStore::incidentStateChanged);
    QList<std::pair<Incident::State, Incident::State>> expected;
    for (qsizetype i = 0; i < states.size(); ++i) {
        store.upsert({makeIncident(QStringLiteral("5"), Incident::State(states.at(i)))});
        if (i > 0 && states.at(i) != states.at(i - 1)) {
            expected.append({Incident::State(states.at(i - 1)), Incident::State(states.at(i))});
        }
    }
    QCOMPARE(changed.count(), changes);
    QCOMPARE(expected.size(), changes);
    for (qsizetype i = 0; i < changed.count(); ++i) {
        const Incident incident = changed.at(i).at(0).value<Incident>();
        QCOMPARE(changed.at(i).at(1).value<Incident::State>(), expected.at(i).first);
        QCOMPARE(incident.state, expected.at(i).second);
        QCOMPARE(incident.id, QStringLiteral("ocsf:lab:5"));
    }
}

void TestIncidentStore::otherChangesAreUpdates()
{
    IncidentStore store(*m_database, &m_clock);
    store.upsert({makeIncident(QStringLiteral("1"))});
    QSignalSpy updated(&store, &IncidentStore::incidentsUpdated);
    QSignalSpy changed(&store, &IncidentStore::incidentStateChanged);
    Incident incident = makeIncident(QStringLiteral("1"));
    incident.severity = Incident::Severity::Critical;
    const IncidentStore::UpsertResult result = store.upsert({incident});
    QCOMPARE(result.updated, 1);
    QCOMPARE(updated.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.find(incident.id)->severity, Incident::Severity::Critical);
}

void TestIncidentStore::survivesRestart()
{
    QList<Incident> written;
    {
        IncidentStore store(*m_database, &m_clock);
        written = {makeIncident(QStringLiteral("3")), makeIncident(QStringLiteral("1"), Incident::State::Resolved),
                   makeIncident(QStringLiteral("2"))};
        written[1].resolution = QStringLiteral("remediated");
        written[1].remediatedAt = written[1].detectedAt.addSecs(3600);
        QVERIFY(store.upsert(written).ok);
    }
    m_database.reset();

    Database reopened;
    QString error;
    QVERIFY2(reopened.open(path(), &error), qPrintable(error));
    IncidentStore store(reopened, &m_clock);
    const QList<Incident> read = store.all();
    QCOMPARE(read.size(), 3);
    // Oldest detection first.
    QCOMPARE(read.at(0).id, QStringLiteral("ocsf:lab:1"));
    QCOMPARE(read.at(2).id, QStringLiteral("ocsf:lab:3"));
    for (const Incident& incident : written) {
        const std::optional<Incident> found = store.find(incident.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->toJson(), incident.toJson());
    }
    // Seen again after the restart: unchanged, no signals.
    QSignalSpy added(&store, &IncidentStore::incidentsAdded);
    QSignalSpy changed(&store, &IncidentStore::incidentStateChanged);
    QCOMPARE(store.upsert(written).unchanged, 3);
    QCOMPARE(added.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestIncidentStore::findUnknown()
{
    IncidentStore store(*m_database, &m_clock);
    QVERIFY(!store.find(QStringLiteral("ocsf:lab:nope")).has_value());
    QVERIFY(store.all().isEmpty());
}

QTEST_GUILESS_MAIN(TestIncidentStore)
#include "tst_incidentstore.moc"
