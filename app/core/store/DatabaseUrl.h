#pragma once

#include <QMap>
#include <QString>

namespace cordon::core
{

// Where a team's shared database is: a libpq URL such as
// postgresql://jdoe@db.soc.example:5432/cordon?sslmode=verify-full. The password is never part of it
// (it comes from the keychain, PGPASSWORD or a .pgpass file), and TLS that checks the server's
// certificate and name is the default for any host but loopback.
class DatabaseUrl
{
public:
    // Whether text names a PostgreSQL database rather than a file.
    static bool isPostgresUrl(const QString& text);
    // Reads the URL; on failure, returns an invalid DatabaseUrl and says why in *error (never repeating a
    // password the URL held).
    static DatabaseUrl parse(const QString& text, QString* error = nullptr);

    bool isValid() const { return !m_database.isEmpty(); }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    // libpq's keywords and values besides host, port, dbname and user: sslmode, connect_timeout and
    // whatever else the URL gave.
    QMap<QString, QString> options() const { return m_options; }
    // Loopback or a Unix socket: no TLS needed by default.
    bool isLocal() const;
    // The options as Qt's PostgreSQL driver takes them: key=value pairs separated by ';'. serverOptions, when
    // given, go before the URL's own options keyword (command-line options for the server, "-c name=value").
    QString connectOptions(const QString& serverOptions = {}) const;
    // The URL as shown to people and used to name the database elsewhere (the audit key): no password,
    // options in a fixed order.
    QString display() const;
    // The same database whoever connects: display() without the user.
    QString identity() const;

    // libpq waits forever for a server that accepts and never answers; Cordon gives up after this.
    static constexpr int DefaultConnectTimeoutSeconds = 8;

private:
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QMap<QString, QString> m_options;
};

} // namespace cordon::core
