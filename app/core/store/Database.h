#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cordon::core
{

// Cordon's state in one SQLite file: incidents, identity links, the action journal and the audit log.
// Each instance owns its own connection, so two instances (the console and cordonctl, or a test
// reopening the file) can work on the same file at once. Like any QSqlDatabase connection, it belongs
// to the thread that opened it: a worker thread opens a Database of its own on the same file.
class Database
{
public:
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
    bool openDefault(QString* error = nullptr, QString* warning = nullptr);
    // The schema this program writes; a file with a newer one is refused.
    static int latestSchemaVersion();

    // Opens (or creates) the file and brings its schema up to date. On failure the database stays
    // closed and *error says why.
    bool open(const QString& path, QString* error = nullptr);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // The highest migration applied to the file, 0 when closed.
    int schemaVersion() const;

private:
    bool configure(QString* error);
    bool migrate(QString* error);

    QString m_connectionName;
    QString m_path;
};

// Timestamps are stored as fixed-width UTC text with milliseconds, so that they sort as text and
// read back to exactly the value written.
QString toStoredTime(const QDateTime& time);
QDateTime fromStoredTime(const QString& text);
// Text for a NOT NULL column: a null QString would bind as SQL NULL.
QString storedText(const QString& text);

} // namespace cordon::core
