#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

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

    // $CORDON_DATA_DIR/cordon.sqlite when set, else the app data folder; the folder is created.
    static QString defaultPath();
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
