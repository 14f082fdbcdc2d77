#include "Cli.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace cordon::cli
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("cordonctl", text);
}

// The TLS version of a PostgreSQL connection, empty when it is not encrypted (or for a file).
QString tlsVersion(const core::Database& database)
{
    if (!database.isShared()) {
        return {};
    }
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl")) ||
        !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

} // namespace

void runDb(Cli& cli)
{
    const QStringList& words = cli.arguments().command;
    const QString sub = words.value(1);
    if (words.size() != 2 || (sub != QLatin1String("check") && sub != QLatin1String("migrate"))) {
        cli.fail(ExitUsage, tr("usage: cordonctl db check | cordonctl db migrate"));
        return;
    }
    const bool migrate = sub == QLatin1String("migrate");
    core::Workspace* workspace = cli.workspace();
    QString error;
    QString warning;
    // check changes nothing: a schema that is not this version's is reported, not updated.
    if (!workspace->openDatabase(&error, &warning, {}, migrate)) {
        cli.fail(ExitConfiguration, Cli::field(error));
        return;
    }
    if (!warning.isEmpty()) {
        cli.err(QStringLiteral("cordonctl: ") + Cli::field(warning));
    }
    const core::Database& database = *workspace->database();
    const QString tls = tlsVersion(database);
    if (cli.json()) {
        cli.printJson(QJsonObject{
            {QStringLiteral("engine"), database.isShared() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
            {QStringLiteral("location"), database.location()},
            {QStringLiteral("analyst"), database.analyst()},
            {QStringLiteral("server"), database.serverVersion()},
            {QStringLiteral("schema"), database.schemaVersion()},
            {QStringLiteral("latestSchema"), core::Database::latestSchemaVersion()},
            {QStringLiteral("tls"), tls.isEmpty() ? QJsonValue(false) : QJsonValue(tls)},
        });
    } else {
        cli.out(tr("Database: %1").arg(Cli::field(database.location())));
        cli.out(tr("Engine:   %1").arg(Cli::field(database.serverVersion())));
        cli.out(database.isShared() ? tr("Analyst:  %1 (the server's session user, recorded with every change)")
                                          .arg(Cli::field(database.analyst()))
                                    : tr("Analyst:  %1").arg(Cli::field(database.analyst())));
        cli.out(tr("Schema:   %1, this version's").arg(database.schemaVersion()));
        if (database.isShared()) {
            cli.out(tls.isEmpty() ? tr("TLS:      none (allowed for loopback only unless sslmode says otherwise)")
                                  : tr("TLS:      %1").arg(Cli::field(tls)));
        }
    }
    cli.finish(ExitDone);
}

} // namespace cordon::cli
