#include "Database.h"

#include "DataFolder.h"
#include "LegacyDatabases.h"
#include "Migrations.h"
#include "WriteTransaction.h"
#include "base/Logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

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

bool Database::openDefault(QString* error, QString* warning)
{
    const QString path = defaultPath();
    QString problem;
    if (!LegacyDatabases::takeOver(path, legacyPaths(), &problem)) {
        qCWarning(lcStore) << "taking over an earlier database:" << problem;
        if (warning) {
            *warning = problem;
        }
    }
    if (!open(path, error)) {
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

bool Database::open(const QString& path, QString* error)
{
    close();
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
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            setError(error,
                     tr("Cannot open the database %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text()));
        } else {
            m_path = path;
        }
    }
    if (m_path.isEmpty() || !configure(error) || !migrate(error)) {
        close();
        return false;
    }
    // Files an earlier version made before the database was private.
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        DataFolder::tightenFile(path + QLatin1String(suffix));
    }
    qCDebug(lcStore) << "opened" << path << "schema" << schemaVersion();
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
    m_path.clear();
}

bool Database::isOpen() const
{
    return !m_path.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    if (m_path.isEmpty()) {
        return 0;
    }
    return storedVersion(connection());
}

bool Database::configure(QString* error)
{
    QSqlDatabase db = connection();
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

bool Database::migrate(QString* error)
{
    QSqlDatabase db = connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        setError(error, tr("Cannot lock the database for its schema check: %1").arg(transaction.errorText()));
        return false;
    }
    if (!exec(db,
              QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                             " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"),
              error)) {
        return false;
    }
    const int current = storedVersion(db);
    if (current > latestSchemaVersion()) {
        setError(error, tr("The database %1 was written by a newer version of Cordon (schema %2; this program "
                           "knows up to %3). It is left untouched: use that newer version of Cordon.")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(current)
                            .arg(latestSchemaVersion()));
        return false;
    }
    if (current == latestSchemaVersion()) {
        return true;
    }
    for (const Migration& step : migrations()) {
        if (step.version <= current) {
            continue;
        }
        for (const QString& statement : step.statements) {
            if (!exec(db, statement, error)) {
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
        qCInfo(lcStore) << "migrated" << m_path << "to schema" << step.version;
    }
    if (!transaction.commit()) {
        setError(error, tr("Cannot commit the schema update: %1").arg(transaction.errorText()));
        return false;
    }
    return true;
}

} // namespace cordon::core
