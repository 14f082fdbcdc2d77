#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace cordon::core
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("cordon::core::DatabaseUrl", text);
}

// libpq connection keywords a URL may set. Anything else is refused rather than passed to libpq, which
// would refuse the connection with a less helpful message; password and passfile never come from a URL.
const QSet<QString>& allowedOptions()
{
    static const QSet<QString> keys = {
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives"),       QStringLiteral("keepalives_idle"),
        QStringLiteral("tcp_user_timeout"), QStringLiteral("options"),
    };
    return keys;
}

const QSet<QString>& sslModes()
{
    static const QSet<QString> modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                        QStringLiteral("prefer"),    QStringLiteral("require"),
                                        QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

DatabaseUrl fail(QString* error, const QString& text)
{
    if (error) {
        *error = text;
    }
    return {};
}

} // namespace

bool DatabaseUrl::isPostgresUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

DatabaseUrl DatabaseUrl::parse(const QString& text, QString* error)
{
    if (!isPostgresUrl(text)) {
        return fail(error, tr("A database URL starts with postgresql://"));
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid()) {
        // QUrl's message repeats the URL, and with it any password it held.
        return fail(error, tr("The database URL cannot be read."));
    }
    if (!url.password().isEmpty()) {
        return fail(error, tr("The database URL holds a password. Take it out: Cordon reads the password from the "
                              "keychain (Settings → Database) or from PGPASSWORD."));
    }
    DatabaseUrl parsed;
    parsed.m_host = url.host(QUrl::FullyDecoded);
    parsed.m_user = url.userName(QUrl::FullyDecoded);
    parsed.m_database = url.path(QUrl::FullyDecoded).mid(1);
    if (url.port() > 0) {
        parsed.m_port = url.port();
    }
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password") || key == QLatin1String("passfile")) {
            return fail(error, tr("The database URL holds a password. Take it out: Cordon reads the password from "
                                  "the keychain (Settings → Database) or from PGPASSWORD."));
        }
        if (key == QLatin1String("host")) {
            parsed.m_host = value; // a Unix socket's folder, as libpq takes it
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            parsed.m_port = value.toInt(&ok);
            if (!ok || parsed.m_port <= 0 || parsed.m_port > 65535) {
                return fail(error, tr("The database URL's port %1 is not a port number.").arg(value));
            }
        } else if (key == QLatin1String("dbname")) {
            parsed.m_database = value;
        } else if (key == QLatin1String("user")) {
            parsed.m_user = value;
        } else if (allowedOptions().contains(key) && value.contains(QLatin1Char(';'))) {
            // Qt's driver turns every ';' of its options into a separator.
            return fail(error, tr("The database URL's option %1 holds a ';', which cannot be passed on.").arg(key));
        } else if (allowedOptions().contains(key)) {
            parsed.m_options.insert(key, value);
        } else {
            return fail(error, tr("The database URL's option %1 is not one Cordon passes on.").arg(key));
        }
    }
    if (parsed.m_database.isEmpty() || parsed.m_database.contains(QLatin1Char('/'))) {
        return fail(error, tr("The database URL names no database: end it with /DATABASE, e.g. "
                              "postgresql://jdoe@db.example:5432/cordon"));
    }
    if (parsed.m_host.isEmpty()) {
        return fail(error, tr("The database URL names no host."));
    }
    const QString mode = parsed.m_options.value(QStringLiteral("sslmode"));
    if (!mode.isEmpty() && !sslModes().contains(mode)) {
        return fail(error, tr("The database URL's sslmode %1 is not one of disable, allow, prefer, require, "
                              "verify-ca, verify-full.")
                               .arg(mode));
    }
    if (mode.isEmpty()) {
        parsed.m_options.insert(QStringLiteral("sslmode"),
                                parsed.isLocal() ? QStringLiteral("prefer") : QStringLiteral("verify-full"));
    }
    const QString timeout = parsed.m_options.value(QStringLiteral("connect_timeout"));
    bool timeoutOk = false;
    const int seconds = timeout.toInt(&timeoutOk);
    if (timeout.isEmpty() || !timeoutOk || seconds <= 0) {
        // 0 or none would mean waiting forever on a server that never answers.
        parsed.m_options.insert(QStringLiteral("connect_timeout"), QString::number(DefaultConnectTimeoutSeconds));
    }
    return parsed;
}

bool DatabaseUrl::isLocal() const
{
    if (m_host.startsWith(QLatin1Char('/')) || m_host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(m_host);
    return !address.isNull() && address.isLoopback();
}

QString DatabaseUrl::connectOptions(const QString& serverOptions) const
{
    QMap<QString, QString> options = m_options;
    if (!serverOptions.isEmpty()) {
        const QString given = options.value(QStringLiteral("options"));
        options.insert(QStringLiteral("options"),
                       given.isEmpty() ? serverOptions : serverOptions + QLatin1Char(' ') + given);
    }
    QStringList pairs;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        QString value = it.value();
        // Qt passes the string on to libpq, which reads quoted values with backslash escapes.
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        pairs << QStringLiteral("%1='%2'").arg(it.key(), value);
    }
    return pairs.join(QLatin1Char(';'));
}

QString DatabaseUrl::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (m_host.startsWith(QLatin1Char('/'))) {
        url.setHost(QStringLiteral("localhost"));
    } else {
        url.setHost(m_host);
    }
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    if (m_host.startsWith(QLatin1Char('/'))) {
        query.addQueryItem(QStringLiteral("host"), m_host);
    }
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        query.addQueryItem(it.key(), it.value());
    }
    url.setQuery(query);
    return url.toString();
}

QString DatabaseUrl::identity() const
{
    DatabaseUrl anyone = *this;
    anyone.m_user.clear();
    anyone.m_options.clear();
    return anyone.display();
}

} // namespace cordon::core
