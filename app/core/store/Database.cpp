#include "Database.h"

#include "DataFolder.h"
#include "DatabaseUrl.h"
#include "LegacyDatabases.h"
#include "Migrations.h"
#include "WriteTransaction.h"
#include "base/Logging.h"
#include "base/OsAccount.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cstring>

namespace cordon::core
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("cordon::core::Database", text);
}

void setError(QString* error, const QString& text)
{
    if (error) {
        *error = text;
    }
}

bool exec(QSqlDatabase db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        setError(error, tr("Database statement failed: %1").arg(query.lastError().text()));
        return false;
    }
    return true;
}

bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

bool hasSchemaTable(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(
               isPostgres(db)
                   ? QStringLiteral("SELECT 1 WHERE to_regclass('schema_version') IS NOT NULL")
                   : QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) &&
           query.next();
}

int storedVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

} // namespace

QString toStoredTime(const QDateTime& time)
{
    if (!time.isValid()) {
        return {};
    }
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime fromStoredTime(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.toUTC();
}

QString storedText(const QString& text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

Database::Database()
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = QStringLiteral("cordon-store-%1").arg(++counter);
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString chosen = qEnvironmentVariable("CORDON_DATA_DIR");
    const QString dir = chosen.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                                               .filePath(QStringLiteral("Cordon"))
                                         : chosen;
    QString error;
    if (!DataFolder::makePrivate(dir, chosen.isEmpty(), &error)) {
        qCWarning(lcStore) << error;
    }
    return QDir(dir).filePath(QStringLiteral("cordon.sqlite"));
}

QStringList Database::legacyPaths()
{
    if (!qEnvironmentVariableIsEmpty("CORDON_DATA_DIR")) {
        return {};
    }
    // Each program's own app data folder, which Qt derives from the organization and application names: asked
    // under each program's names, then the names are put back.
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QStringList paths;
    for (const QString& program : {QStringLiteral("Cordon"), QStringLiteral("cordonctl")}) {
        QCoreApplication::setOrganizationName(QStringLiteral("Cordon"));
        QCoreApplication::setApplicationName(program);
        paths << QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                     .filePath(QStringLiteral("cordon.sqlite"));
    }
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    return paths;
}

bool Database::openDefault(QString* error, QString* warning, bool migrate)
{
    const QString path = defaultPath();
    QString problem;
    if (!LegacyDatabases::takeOver(path, legacyPaths(), &problem)) {
        qCWarning(lcStore) << "taking over an earlier database:" << problem;
        if (warning) {
            *warning = problem;
        }
    }
    if (!open(path, error, migrate)) {
        return false;
    }
    // Anything an earlier version left readable by others in the folder.
    DataFolder::tightenFiles(QFileInfo(path).absolutePath());
    return true;
}

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

bool reconnectIfLost(QSqlDatabase db, const QSqlError& error)
{
    if (!isPostgres(db)) {
        return false;
    }
    // SQLSTATE class 08 is a connection exception; 57P01 to 57P03, the server shutting down or ending the session.
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText();
    const bool lost = !db.isOpen() || error.type() == QSqlError::ConnectionError ||
                      code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")) ||
                      text.contains(QLatin1String("server closed the connection")) ||
                      text.contains(QLatin1String("no connection to the server")) ||
                      text.contains(QLatin1String("terminating connection"));
    if (!lost) {
        return false;
    }
    qCWarning(lcStore) << "the connection to the database was lost; connecting again";
    db.close();
    if (!db.open()) {
        qCWarning(lcStore) << "cannot connect again:" << db.lastError().databaseText();
        return false;
    }
    return true;
}

AdvisoryKey advisoryKey(int space, const QString& name)
{
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    quint32 id = 0;
    std::memcpy(&id, digest.constData(), sizeof id);
    // Non-negative, so that it reads back the same from pg_locks, whose keys are unsigned.
    return {space, int(id & 0x7fffffffU)};
}

bool Database::open(const QString& location, QString* error, bool migrate)
{
    close();
    const bool opened =
        DatabaseUrl::isPostgresUrl(location) ? openPostgres(location, error) : openSqlite(location, error);
    if (!opened || !configure(error) || !this->migrate(migrate, error)) {
        close();
        return false;
    }
    qCDebug(lcStore) << "opened" << m_location << "schema" << schemaVersion();
    return true;
}

bool Database::openLike(const Database& other, QString* error)
{
    m_password = other.m_password;
    return open(other.m_location, error);
}

bool Database::openSqlite(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        setError(error, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    // The file exists, for the owner only, before SQLite opens it: SQLite gives the -wal and -shm files it
    // makes the database file's mode, and would create the database itself readable by everyone.
    if (!DataFolder::createPrivateFile(path, error)) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        setError(error,
                 tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text()));
        return false;
    }
    m_engine = Engine::SQLite;
    m_location = path;
    m_identity = QFileInfo(path).absoluteFilePath();
    m_analyst = analystName();
    // Files an earlier version made before the database was private.
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        DataFolder::tightenFile(path + QLatin1String(suffix));
    }
    return true;
}

bool Database::openPostgres(const QString& text, QString* error)
{
    QString problem;
    const DatabaseUrl url = DatabaseUrl::parse(text, &problem);
    if (!url.isValid()) {
        setError(error, problem);
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        setError(error, tr("Qt's PostgreSQL driver is not installed (on Debian and Ubuntu: libqt6sql6-psql)."));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setDatabaseName(url.database());
    db.setUserName(url.user());
    db.setPassword(m_password);
    // As long as SQLite's busy_timeout: a writer waits this long for another's write lock, then fails with a
    // message rather than hanging. Set at connection, so that a connection made again has it too.
    db.setConnectOptions(url.connectOptions(QStringLiteral("-c lock_timeout=10s")));
    if (!db.open()) {
        // libpq's own words (host, port, the server's refusal); it never repeats the password.
        setError(error, tr("Cannot connect to %1: %2").arg(url.display(), db.lastError().databaseText().trimmed()));
        return false;
    }
    m_engine = Engine::PostgreSQL;
    m_location = url.display();
    m_identity = url.identity();
    QSqlQuery who(db);
    if (!who.exec(QStringLiteral("SELECT session_user")) || !who.next()) {
        setError(error, tr("Cannot ask %1 who is connected: %2").arg(m_location, who.lastError().text()));
        return false;
    }
    m_analyst = who.value(0).toString();
    return true;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_location.clear();
    m_identity.clear();
    m_analyst.clear();
}

bool Database::isOpen() const
{
    return !m_location.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    if (m_location.isEmpty()) {
        return 0;
    }
    return storedVersion(connection());
}

QString Database::serverVersion() const
{
    QSqlQuery query(connection());
    if (isShared()) {
        if (query.exec(QStringLiteral("SHOW server_version")) && query.next()) {
            return QStringLiteral("PostgreSQL %1").arg(query.value(0).toString().section(QLatin1Char(' '), 0, 0));
        }
    } else if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next()) {
        return QStringLiteral("SQLite %1").arg(query.value(0).toString());
    }
    return {};
}

bool Database::configure(QString* error)
{
    QSqlDatabase db = connection();
    if (isShared()) {
        return true; // its settings come with the connection (openPostgres)
    }
    // WAL lets readers run beside a writer; synchronous=FULL makes each commit durable before it
    // returns, which the journal relies on (an action is on disk before it is sent).
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
        setError(error, tr("Cannot configure the database: %1").arg(query.lastError().text()));
        return false;
    }
    const QString mode = query.value(0).toString().toLower();
    if (mode != QLatin1String("wal") && mode != QLatin1String("memory")) {
        setError(error, tr("The database cannot use write-ahead logging (journal mode %1).").arg(mode));
        return false;
    }
    return exec(db, QStringLiteral("PRAGMA synchronous=FULL"), error) &&
           exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), error) &&
           exec(db, QStringLiteral("PRAGMA busy_timeout=10000"), error);
}

bool Database::migrate(bool apply, QString* error)
{
    QSqlDatabase db = connection();
    // On PostgreSQL the write lock also keeps two workstations starting on an empty database from both
    // creating the schema: the second waits, then finds it current.
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        setError(error, tr("Cannot lock the database for its schema check: %1").arg(transaction.errorText()));
        return false;
    }
    // A statement of the schema's; on a shared database only its owner may run them.
    const auto change = [this, &db, error](const QString& statement) {
        if (exec(db, statement, error)) {
            return true;
        }
        if (error && isShared()) {
            *error += QLatin1Char(' ') + tr("(The schema is created and updated by the database's owner role, with "
                                            "cordonctl db migrate: see packaging/postgresql/README.md.)");
        }
        return false;
    };
    if (!hasSchemaTable(db)) {
        if (!apply) {
            setError(error,
                     tr("The database %1 holds no Cordon schema yet: run cordonctl db migrate.").arg(m_location));
            return false;
        }
        if (!change(QStringLiteral(
                "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"))) {
            return false;
        }
    }
    const int current = storedVersion(db);
    if (current > latestSchemaVersion()) {
        setError(error, tr("The database %1 was written by a newer version of Cordon (schema %2; this program "
                           "knows up to %3). It is left untouched: use that newer version of Cordon.")
                            .arg(QDir::toNativeSeparators(m_location))
                            .arg(current)
                            .arg(latestSchemaVersion()));
        return false;
    }
    if (current == latestSchemaVersion()) {
        return true;
    }
    if (!apply) {
        setError(error, tr("The database %1 has schema %2; this program needs %3: run cordonctl db migrate.")
                            .arg(QDir::toNativeSeparators(m_location))
                            .arg(current)
                            .arg(latestSchemaVersion()));
        return false;
    }
    for (const Migration& step : migrations()) {
        if (step.version <= current) {
            continue;
        }
        const QStringList& statements = isShared() && !step.postgres.isEmpty() ? step.postgres : step.statements;
        for (const QString& statement : statements) {
            if (!change(statement)) {
                return false;
            }
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO schema_version(version, applied_at) VALUES (?, ?)"));
        record.addBindValue(step.version);
        record.addBindValue(toStoredTime(QDateTime::currentDateTimeUtc()));
        if (!record.exec()) {
            setError(error, tr("Cannot record the schema version: %1").arg(record.lastError().text()));
            return false;
        }
        qCInfo(lcStore) << "migrated" << m_location << "to schema" << step.version;
    }
    if (!transaction.commit()) {
        setError(error, tr("Cannot commit the schema update: %1").arg(transaction.errorText()));
        return false;
    }
    return true;
}

} // namespace cordon::core
