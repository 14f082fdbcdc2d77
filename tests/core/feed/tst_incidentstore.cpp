#include "IncidentBuilder.h"
#include "TestDatabase.h"
#include "base/Clock.h"
#include "base/JsonTime.h"
#include "feed/IncidentStore.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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

// An incident with every field set, in words a list and a JSON writer can get wrong.
Incident richIncident(const QString& sourceId)
{
    Incident incident = IncidentBuilder(sourceId, QStringLiteral("ocsf"), QStringLiteral("lab"))
                            .title(QStringLiteral("Zugriff auf \u00abLSASS\u00bb \"dump\" \\ %1").arg(sourceId))
                            .state(Incident::State::Resolved)
                            .host(QStringLiteral("M\u00dcNCHEN-LT-01"))
                            .user(QStringLiteral("AD_DOMAIN\\j\u00f6ren"));
    incident.summary = QStringLiteral("line one\nline two\ttabbed \u65e5\u672c");
    incident.resolution = QStringLiteral("remediated");
    incident.severityRaw = QStringLiteral("5");
    incident.sourceVendor = QStringLiteral("Vendor");
    incident.sourceProduct = QStringLiteral("EDR");
    incident.ocsfVersion = QStringLiteral("1.1.0");
    incident.reportedAt = incident.detectedAt.addSecs(60);
    incident.remediatedAt = incident.detectedAt.addSecs(3600);
    incident.ips = {QStringLiteral("10.0.0.5"), QStringLiteral("fe80::1")};
    incident.osFamily = QStringLiteral("windows");
    incident.sourceUserId = QStringLiteral("S-1-5-21-1");
    incident.userHints = QJsonObject{{QStringLiteral("reporting_tags"), QJsonArray{QStringLiteral("vip")}}};
    incident.consoleUrl = QStringLiteral("https://edr.example/alerts/%1").arg(sourceId);
    return incident;
}

// What the list shows of an incident, as list() gives it.
Incident listFields(const Incident& whole)
{
    Incident listed;
    listed.listFieldsOnly = true;
    listed.id = whole.id;
    listed.sourceKind = whole.sourceKind;
    listed.title = whole.title;
    listed.summary = whole.summary;
    listed.severity = whole.severity;
    listed.state = whole.state;
    listed.resolution = whole.resolution;
    listed.detectedAt = whole.detectedAt;
    listed.hostname = whole.hostname;
    listed.user.raw = whole.user.raw;
    return listed;
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
    void appendJsonMatchesQt_data();
    void appendJsonMatchesQt();
    void utcTimesReadBack();
    void listRowsAgreeWithTheOpenedIncident();
    void olderSchemaRowsListAndOpen();
    void unreadableJsonListsAndFailsClearlyOnOpen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    ManualClock m_clock;

    // The test's database: a file, or one of its own on the test PostgreSQL cluster (TestDatabase).
    QString m_location;
};

void TestIncidentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    m_location = TestDatabase::freshLocation(*m_dir);
    QString error;
    QVERIFY2(m_database->open(m_location, &error), qPrintable(error));
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
    QVERIFY2(reopened.open(m_location, &error), qPrintable(error));
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

void TestIncidentStore::appendJsonMatchesQt_data()
{
    QTest::addColumn<Incident>("incident");
    QTest::newRow("plain") << Incident(makeIncident(QStringLiteral("1")));
    QTest::newRow("every field") << richIncident(QStringLiteral("2"));
    Incident bare;
    bare.id = QStringLiteral("x");
    QTest::newRow("nothing but an id") << bare;
    Incident controls = makeIncident(QStringLiteral("3"));
    controls.title = QStringLiteral("bell ") + QChar(0x07) + QStringLiteral(" nul ") + QChar(0) +
                     QStringLiteral(" esc ") + QChar(0x1b) + QStringLiteral(" del ") + QChar(0x7f) + QChar(0x2028) +
                     QChar(0xffff) + QStringLiteral("\b\f\r end");
    controls.user.raw = QStringLiteral(""); // empty, not null: written as ""
    QTest::newRow("control characters") << controls;
    Incident surrogates = makeIncident(QStringLiteral("4"));
    surrogates.title = QStringLiteral("emoji \U0001F600, a lone ") + QChar(0xd800) + QStringLiteral(" and ") +
                       QChar(0xdc00) + QStringLiteral(" end");
    surrogates.hostname = QString(QChar(0xd83d));
    QTest::newRow("surrogates") << surrogates;
    Incident times = makeIncident(QStringLiteral("5"));
    times.detectedAt = QDateTime(QDate(2026, 3, 29), QTime(1, 30, 5, 7), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    times.reportedAt = QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
    times.acknowledgedAt = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    times.remediatedAt = QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    times.severityRaw = QStringLiteral("-42");
    QTest::newRow("times and a negative severity") << times;
    Incident words = makeIncident(QStringLiteral("6"));
    words.severityRaw = QStringLiteral("high");
    QTest::newRow("a severity in words") << words;
}

void TestIncidentStore::appendJsonMatchesQt()
{
    // The store tells an unchanged incident by these bytes, and incidents stored before were written by Qt.
    QFETCH(Incident, incident);
    QByteArray written;
    incident.appendJson(written);
    QCOMPARE(written, QJsonDocument(incident.toJson()).toJson(QJsonDocument::Compact));
}

void TestIncidentStore::utcTimesReadBack()
{
    for (const QDateTime& time :
         {QDateTime(QDate(2026, 11, 20), QTime(10, 0, 1, 234), Qt::UTC),
          QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
          QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(1960, 7, 4), QTime(12, 0), Qt::UTC)}) {
        QByteArray text;
        QVERIFY(appendUtcTime(text, time.toMSecsSinceEpoch()));
        QCOMPARE(QString::fromLatin1(text), toStoredTime(time));
        QCOMPARE(parseUtcTime(QString::fromLatin1(text)), time);
    }
    QByteArray outside;
    QVERIFY(!appendUtcTime(outside, QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
    QVERIFY(outside.isEmpty());
    for (const QString& wrong :
         {QStringLiteral("2025-02-29T00:00:00.000Z"), QStringLiteral("2026-13-01T00:00:00.000Z"),
          QStringLiteral("2026-11-20T24:00:00.000Z"), QStringLiteral("2026-11-20T10:00:00Z"),
          QStringLiteral("2026-11-20T10:00:00.000+01"), QStringLiteral("2026-11-2OT10:00:00.000Z"), QString()}) {
        QVERIFY2(!parseUtcTime(wrong).isValid(), qPrintable(wrong));
    }
}

void TestIncidentStore::listRowsAgreeWithTheOpenedIncident()
{
    IncidentStore store(*m_database, &m_clock);
    Incident undated = makeIncident(QStringLiteral("9"));
    undated.detectedAt = {};
    undated.user = {}; // no user at all: raw is null
    const QList<Incident> written{richIncident(QStringLiteral("2")), makeIncident(QStringLiteral("1")), undated};
    QVERIFY(store.upsert(written).ok);

    const QList<Incident> listed = store.list();
    QCOMPARE(listed.size(), 3);
    // Oldest detection first (the rich one is detected in January), the undated last.
    QCOMPARE(listed.at(0).id, QStringLiteral("ocsf:lab:2"));
    QCOMPARE(listed.at(1).id, QStringLiteral("ocsf:lab:1"));
    QCOMPARE(listed.at(2).id, undated.id);
    for (const Incident& row : listed) {
        QVERIFY(row.listFieldsOnly);
        QString error;
        const std::optional<Incident> opened = store.find(row.id, &error);
        QVERIFY2(opened.has_value(), qPrintable(error));
        QVERIFY(!opened->listFieldsOnly);
        QCOMPARE(row, listFields(*opened));
        const auto it = std::find_if(written.cbegin(), written.cend(),
                                     [&row](const Incident& incident) { return incident.id == row.id; });
        QCOMPARE(opened->toJson(), it->toJson());
    }
}

void TestIncidentStore::olderSchemaRowsListAndOpen()
{
    // A database as the version before the list's columns left it: schema 3, incidents as JSON and the
    // columns it sorted on.
    if (TestDatabase::onPostgres()) {
        QSKIP("no PostgreSQL database was written by a version before the list's columns");
    }
    m_database.reset();
    const QString olderPath = m_dir->filePath(QStringLiteral("older.sqlite"));
    const QList<Incident> written{richIncident(QStringLiteral("2")), makeIncident(QStringLiteral("1"))};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(olderPath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY,"
                                          " applied_at TEXT NOT NULL)")));
        for (const Migration& step : migrations()) {
            if (step.version > 3) {
                break;
            }
            for (const QString& statement : step.statements) {
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
            QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, '2026-01-01T00:00:00.000Z')")
                                   .arg(step.version)));
        }
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO incidents (id, source_kind, state, severity, detected_at,"
                                             " updated_at, json) VALUES (?, ?, ?, ?, ?, ?, ?)")));
        for (const Incident& incident : written) {
            query.addBindValue(incident.id);
            query.addBindValue(incident.sourceKind);
            query.addBindValue(Incident::stateName(incident.state));
            query.addBindValue(Incident::severityName(incident.severity));
            query.addBindValue(toStoredTime(incident.detectedAt));
            query.addBindValue(QStringLiteral("2026-01-01T00:00:00.000Z"));
            query.addBindValue(QString::fromUtf8(QJsonDocument(incident.toJson()).toJson(QJsonDocument::Compact)));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        // And one whose JSON cannot be read: still listed, from the columns it has.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO incidents (id, source_kind, state, severity, detected_at,"
                                          " updated_at, json) VALUES ('ocsf:lab:bad', 'ocsf', 'new', 'critical',"
                                          " NULL, '2026-01-01T00:00:00.000Z', '{not json')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));

    for (int start = 0; start < 2; ++start) {
        // The first start reads the older rows' JSON and fills their columns; the second lists from them.
        Database database;
        QString error;
        QVERIFY2(database.open(olderPath, &error), qPrintable(error));
        QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
        IncidentStore store(database, &m_clock);
        const auto filledRows = [&database] {
            QSqlQuery filled(database.connection());
            return filled.exec(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE list_columns = 1")) && filled.next()
                       ? filled.value(0).toInt()
                       : -1;
        };
        // As the console lists: first, and the columns filled behind it.
        const QList<Incident> listed = store.list(false);
        QCOMPARE(filledRows(), start == 0 ? 0 : 2);
        store.fillListColumns();
        QCOMPARE(filledRows(), 2);
        QCOMPARE(listed.size(), 3);
        for (const Incident& incident : written) {
            const auto row = std::find_if(listed.cbegin(), listed.cend(),
                                          [&incident](const Incident& r) { return r.id == incident.id; });
            QVERIFY(row != listed.cend());
            QCOMPARE(*row, listFields(incident));
            const std::optional<Incident> opened = store.find(incident.id, &error);
            QVERIFY2(opened.has_value(), qPrintable(error));
            QCOMPARE(opened->toJson(), incident.toJson());
        }
        QCOMPARE(listed.constLast().id, QStringLiteral("ocsf:lab:bad"));
        QCOMPARE(listed.constLast().severity, Incident::Severity::Critical);
        QVERIFY(!store.find(QStringLiteral("ocsf:lab:bad"), &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("ocsf:lab:bad")), qPrintable(error));

        // Seen again from a feed: the bytes Qt wrote then are the bytes written now, so nothing changed.
        QSignalSpy updated(&store, &IncidentStore::incidentsUpdated);
        QCOMPARE(store.upsert(written).unchanged, 2);
        QCOMPARE(updated.count(), 0);
    }
}

void TestIncidentStore::unreadableJsonListsAndFailsClearlyOnOpen()
{
    IncidentStore store(*m_database, &m_clock);
    const Incident incident = richIncident(QStringLiteral("4"));
    QVERIFY(store.upsert({incident}).ok);
    for (const QString& json : {QStringLiteral("{\"truncated\": "), QStringLiteral("[1, 2]"), QStringLiteral("{}")}) {
        QSqlQuery spoil(m_database->connection());
        spoil.prepare(QStringLiteral("UPDATE incidents SET json = ? WHERE id = ?"));
        spoil.addBindValue(json);
        spoil.addBindValue(incident.id);
        QVERIFY(spoil.exec());

        const QList<Incident> listed = store.list();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.constFirst(), listFields(incident));
        QString error;
        QVERIFY(!store.find(incident.id, &error).has_value());
        QVERIFY2(error.contains(incident.id) && error.contains(QStringLiteral("cannot be read")), qPrintable(error));
    }
    QString error;
    QVERIFY(!store.find(QStringLiteral("ocsf:lab:nope"), &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("no incident")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestIncidentStore)
#include "tst_incidentstore.moc"
