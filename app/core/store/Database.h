#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace cordon::core
{

// Cordon's state: incidents, identity links, the action journal and the audit log. One analyst keeps
// it in a SQLite file in the data folder; a team shares one PostgreSQL database (see DatabaseUrl), where
// each analyst connects as a role of their own. Each instance owns its own connection, so two
// instances (the console and cordonctl, or a test reopening the file) can work on the same database at
// once. Like any QSqlDatabase connection, it belongs to the thread that opened it: a worker thread
// opens a Database of its own with openLike().
class Database
{
public:
    enum class Engine
    {
        SQLite,
        PostgreSQL,
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The one database of the console and cordonctl: $CORDON_DATA_DIR/cordon.sqlite when set, else
    // cordon.sqlite in a Cordon folder of the user's generic data location (~/.local/share/Cordon on Linux,
    // ~/Library/Application Support/Cordon on macOS, %LOCALAPPDATA%\Cordon on Windows). The folder is created
    // private to the user (see DataFolder).
    static QString defaultPath();
    // Where versions before the shared database kept one per program, the console's first; none when
    // CORDON_DATA_DIR is set, since both programs already shared that folder.
    static QStringList legacyPaths();
    // Takes over the databases of earlier versions (see LegacyDatabases), then opens the default one. A takeover
    // that cannot finish now is retried at the next start and said in *warning; it never stops the open.
    bool openDefault(QString* error = nullptr, QString* warning = nullptr, bool migrate = true);
    // The schema this program writes; a database with a newer one is refused.
    static int latestSchemaVersion();

    // The password for the next open of a PostgreSQL database, from the keychain; without one, libpq
    // looks for PGPASSWORD and the user's .pgpass. Kept in memory only, for openLike().
    void setPassword(const QString& password) { m_password = password; }
    QString password() const { return m_password; }

    // Opens (or creates) the database at location, a file path or a postgresql:// URL, and brings its
    // schema up to date unless migrate is false (then a schema older than this program's is refused too).
    // On failure the database stays closed and *error says why.
    bool open(const QString& location, QString* error = nullptr, bool migrate = true);
    // Opens the database other has open, with the same password, for another thread.
    bool openLike(const Database& other, QString* error = nullptr);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    Engine engine() const { return m_engine; }
    // A database several analysts write: PostgreSQL.
    bool isShared() const { return m_engine == Engine::PostgreSQL; }
    // The file of a SQLite database; empty for PostgreSQL.
    QString path() const { return m_engine == Engine::SQLite ? m_location : QString(); }
    // The file, or the URL without password, as opened.
    QString location() const { return m_location; }
    // The same database whoever opens it: the file, or the URL without user and options.
    QString identity() const { return m_identity; }
    // Who writes: on PostgreSQL the session user, which the server checks on every row it records; else
    // the account's name.
    QString analyst() const { return m_analyst; }
    // The analyst a row is recorded under: the session user on a shared database, whatever name was given.
    QString recordedAnalyst(const QString& given) const { return isShared() ? m_analyst : given; }
    // The highest migration applied to the database, 0 when closed.
    int schemaVersion() const;
    // The server's version for people, e.g. "PostgreSQL 15.18"; SQLite's for a file.
    QString serverVersion() const;

private:
    bool openSqlite(const QString& path, QString* error);
    bool openPostgres(const QString& url, QString* error);
    bool configure(QString* error);
    bool migrate(bool apply, QString* error);

    QString m_connectionName;
    QString m_location;
    QString m_identity;
    QString m_analyst;
    QString m_password;
    Engine m_engine = Engine::SQLite;
};

// After a failed statement: when the failure was a lost connection to PostgreSQL (the server restarted, the
// network dropped, an administrator ended the session), opens the connection again with the same settings,
// so that the next statement reaches the server. True when it reconnected.
bool reconnectIfLost(QSqlDatabase db, const QSqlError& error);

// A lock name for PostgreSQL's advisory locks: Cordon's own class of locks, and a number for the thing
// locked (an Okta user, the write lock).
struct AdvisoryKey
{
    int space = 0;
    int id = 0;
};
AdvisoryKey advisoryKey(int space, const QString& name);
// The spaces of Cordon's advisory locks.
inline constexpr int WriteLockSpace = 0x436f7200;    // "Cor\0": the one write lock, as SQLite has
inline constexpr int ClaimLockSpace = 0x436f7201;    // one per Okta user a run is acting on
inline constexpr int InFlightLockSpace = 0x436f7202; // one per run and user waiting for Okta

// Timestamps are stored as fixed-width UTC text with milliseconds, so that they sort as text and
// read back to exactly the value written.
QString toStoredTime(const QDateTime& time);
QDateTime fromStoredTime(const QString& text);
// Text for a NOT NULL column: a null QString would bind as SQL NULL.
QString storedText(const QString& text);

} // namespace cordon::core
