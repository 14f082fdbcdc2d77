#include "store/Database.h"
#include "store/Migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cordon::core;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseHasEveryTable();
    void pragmas();
    void reopenKeepsData();
    void newerSchemaIsRefused();
    void defaultPathHonoursDataDir();
    void instancesUseTheirOwnConnections();
    void storedTimeRoundTrips();
    void migrationsAreOrdered();
    void unusablePathIsAnError();

private:
    static QStringList tables(const Database& db);
};

QStringList TestDatabase::tables(const Database& db)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (query.next()) {
        names << query.value(0).toString();
    }
    return names;
}

void TestDatabase::freshDatabaseHasEveryTable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("sub/folder/cordon.sqlite")), &error), qPrintable(error));
    QVERIFY(db.isOpen());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db.schemaVersion() >= 1);
    const QStringList names = tables(db);
    for (const char* table : {"schema_version", "incidents", "identity_links", "journal", "audit_log"}) {
        QVERIFY2(names.contains(QLatin1String(table)), table);
    }
    QSqlQuery columns(db.connection());
    QVERIFY(columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('incidents')")));
    QStringList incidentColumns;
    while (columns.next()) {
        incidentColumns << columns.value(0).toString();
    }
    QCOMPARE(incidentColumns,
             (QStringList{QStringLiteral("id"), QStringLiteral("source_kind"), QStringLiteral("state"),
                          QStringLiteral("severity"), QStringLiteral("detected_at"), QStringLiteral("updated_at"),
                          QStringLiteral("json"),
                          // What the incident list shows, since schema 4.
                          QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("hostname"),
                          QStringLiteral("user_raw"), QStringLiteral("resolution"), QStringLiteral("list_columns")}));
}

void TestDatabase::pragmas()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("cordon.sqlite"))));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestDatabase::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cordon.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QSqlQuery insert(db.connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO incidents (id, source_kind, state, severity, detected_at, "
                                           "updated_at, json) VALUES ('ocsf:a:1', 'ocsf', 'new', 'high', NULL,"
                                           " '2026-01-01T00:00:00.000Z', '{}')")));
    }
    Database again;
    QString error;
    QVERIFY2(again.open(path, &error), qPrintable(error));
    QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(again.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM incidents")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), Database::latestSchemaVersion());
}

void TestDatabase::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cordon.sqlite"));
    const int newer = Database::latestSchemaVersion() + 1;
    {
        Database db;
        QVERIFY(db.open(path));
        QSqlQuery insert(db.connection());
        QVERIFY(insert.exec(
            QStringLiteral("INSERT INTO schema_version VALUES (%1, '2030-01-01T00:00:00.000Z')").arg(newer)));
    }
    Database db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(QString::number(newer)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));

    // Refusing left the file as it was: the newer version is still recorded, nothing was downgraded.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    {
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), newer);
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestDatabase::defaultPathHonoursDataDir()
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    qputenv("CORDON_DATA_DIR", dataDir.toLocal8Bit());
    const QString path = Database::defaultPath();
    qunsetenv("CORDON_DATA_DIR");
    QCOMPARE(path, QDir(dataDir).filePath(QStringLiteral("cordon.sqlite")));
    QVERIFY(QFileInfo(dataDir).isDir());
}

void TestDatabase::instancesUseTheirOwnConnections()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cordon.sqlite"));
    Database first;
    Database second;
    QVERIFY(first.open(path));
    QVERIFY(second.open(path));
    QVERIFY(first.connection().connectionName() != second.connection().connectionName());
    QSqlQuery insert(first.connection());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO incidents (id, source_kind, state, severity, detected_at, "
                                       "updated_at, json) VALUES ('x', 'ndjson', 'new', 'low', NULL, 't', '{}')")));
    QSqlQuery query(second.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM incidents")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    first.close();
    QVERIFY(!first.isOpen());
    QVERIFY(second.isOpen());
}

void TestDatabase::storedTimeRoundTrips()
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(1'763'000'123'456, Qt::UTC);
    const QString text = toStoredTime(time);
    QCOMPARE(text, QStringLiteral("2025-11-13T02:15:23.456Z"));
    QCOMPARE(fromStoredTime(text), time);
    QVERIFY(!fromStoredTime(QString()).isValid());
    QVERIFY(!storedText(QString()).isNull());
}

void TestDatabase::migrationsAreOrdered()
{
    const QList<Migration>& steps = migrations();
    QVERIFY(!steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].version, int(i) + 1);
        QVERIFY(!steps[i].statements.isEmpty());
    }
    QCOMPARE(Database::latestSchemaVersion(), steps.constLast().version);
}

void TestDatabase::unusablePathIsAnError()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.write("not a folder");
    blocker.close();
    Database db;
    QString error;
    QVERIFY(!db.open(dir.filePath(QStringLiteral("file/cordon.sqlite")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!db.isOpen());
    QCOMPARE(db.schemaVersion(), 0);

    QFile garbage(dir.filePath(QStringLiteral("garbage.sqlite")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    QVERIFY(!db.open(garbage.fileName(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!db.isOpen());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
