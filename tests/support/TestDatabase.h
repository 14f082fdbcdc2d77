#pragma once

#include "store/Database.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>

// Where a store test keeps its database: a SQLite file in a temporary folder, or, when the test runs with
// CORDON_TEST_ENGINE=postgresql, a database of its own on the test cluster (tests/support/pg-cluster.sh,
// whose folder CORDON_TEST_PG_INFO names). That database is made by the team's setup script and its schema
// by its owner role, as a SOC would; the test then connects as an analyst (alice unless said).
namespace TestDatabase
{

inline bool onPostgres()
{
    return qEnvironmentVariable("CORDON_TEST_ENGINE") == QLatin1String("postgresql");
}

inline QString clusterDir()
{
    QFile info(qEnvironmentVariable("CORDON_TEST_PG_INFO"));
    if (!info.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(info.readAll()).trimmed();
}

inline int clusterPort()
{
    QFile port(clusterDir() + QStringLiteral("/port"));
    return port.open(QIODevice::ReadOnly) ? QString::fromUtf8(port.readAll()).trimmed().toInt() : 0;
}

inline QString urlFor(const QString& database, const QString& role)
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(role).arg(clusterPort()).arg(database);
}

// Runs psql as the cluster's superuser over its socket; the output, or empty with *ok false.
inline QString superuserSql(const QString& database, const QString& sql, bool* ok = nullptr)
{
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGHOST"), clusterDir());
    env.insert(QStringLiteral("PGPORT"), QString::number(clusterPort()));
    env.insert(QStringLiteral("PGUSER"), QStringLiteral("postgres"));
    psql.setProcessEnvironment(env);
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
    const bool done = psql.waitForFinished(60000) && psql.exitStatus() == QProcess::NormalExit && psql.exitCode() == 0;
    if (ok) {
        *ok = done;
    }
    if (!done) {
        qWarning("psql failed: %s", psql.readAllStandardError().constData());
    }
    return QString::fromUtf8(psql.readAllStandardOutput()).trimmed();
}

// A new database on the cluster as the team's setup script leaves it: no schema yet. Its name; empty when the
// cluster cannot make one (error says why).
inline QString makeEmptyPostgres(QString* error = nullptr)
{
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QProcess setup;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGHOST"), clusterDir());
    env.insert(QStringLiteral("PGPORT"), QString::number(clusterPort()));
    env.insert(QStringLiteral("PGUSER"), QStringLiteral("postgres"));
    setup.setProcessEnvironment(env);
    setup.start(QStringLiteral(CORDON_SOURCE_DIR "/packaging/postgresql/cordon-team-setup.sh"),
                {QStringLiteral("--database"), name});
    if (!setup.waitForFinished(60000) || setup.exitCode() != 0) {
        if (error) {
            *error = QStringLiteral("the setup script failed: ") + QString::fromUtf8(setup.readAllStandardError());
        }
        return {};
    }
    return name;
}

// A new database on the cluster, set up for the team with its schema created by cordon_owner; its URL for
// role. Empty when the cluster cannot make one (error says why).
inline QString makePostgres(const QString& role = QStringLiteral("alice"), QString* error = nullptr)
{
    const QString name = makeEmptyPostgres(error);
    if (name.isEmpty()) {
        return {};
    }
    cordon::core::Database owner;
    QString problem;
    if (!owner.open(urlFor(name, QStringLiteral("cordon_owner")), &problem)) {
        if (error) {
            *error = QStringLiteral("the owner cannot create the schema: ") + problem;
        }
        return {};
    }
    return urlFor(name, role);
}

// A fresh, empty database's location for a test: file in dir, or a new database on the cluster.
inline QString freshLocation(const QTemporaryDir& dir,
                             const QString& file = QStringLiteral("cordon.sqlite"),
                             const QString& role = QStringLiteral("alice"))
{
    return onPostgres() ? makePostgres(role) : dir.filePath(file);
}

} // namespace TestDatabase
