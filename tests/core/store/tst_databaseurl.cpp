#include "store/AppSettings.h"
#include "store/DatabaseUrl.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cordon::core;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void readsTheParts();
    void tlsIsVerifiedExceptOnLoopback_data();
    void tlsIsVerifiedExceptOnLoopback();
    void aServerThatNeverAnswersIsGivenUpOn();
    void refused_data();
    void refused();
    void settingsRefuseAPassword();
    void environmentOverridesTheSetting();
};

void TestDatabaseUrl::readsTheParts()
{
    QString error;
    const DatabaseUrl url =
        DatabaseUrl::parse(QStringLiteral("postgresql://jdoe@db.soc.example:6543/cordon?application_name=x"), &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    QCOMPARE(url.host(), QStringLiteral("db.soc.example"));
    QCOMPARE(url.port(), 6543);
    QCOMPARE(url.user(), QStringLiteral("jdoe"));
    QCOMPARE(url.database(), QStringLiteral("cordon"));
    QCOMPARE(url.options().value(QStringLiteral("application_name")), QStringLiteral("x"));
    // The same database whoever connects: the audit key is named after it on every workstation.
    QCOMPARE(url.identity(),
             DatabaseUrl::parse(QStringLiteral("postgres://bob@db.soc.example:6543/cordon")).identity());
    QVERIFY(!url.identity().contains(QLatin1String("jdoe")));
    QVERIFY(DatabaseUrl::parse(QStringLiteral("postgresql:///cordon?host=/run/postgresql")).isLocal());
}

void TestDatabaseUrl::tlsIsVerifiedExceptOnLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("sslmode");
    QTest::newRow("remote") << QStringLiteral("postgresql://a@db.example/cordon") << QStringLiteral("verify-full");
    QTest::newRow("remote by address") << QStringLiteral("postgresql://a@10.1.2.3/cordon")
                                       << QStringLiteral("verify-full");
    QTest::newRow("loopback v4") << QStringLiteral("postgresql://a@127.0.0.1/cordon") << QStringLiteral("prefer");
    QTest::newRow("loopback v6") << QStringLiteral("postgresql://a@[::1]/cordon") << QStringLiteral("prefer");
    QTest::newRow("localhost") << QStringLiteral("postgresql://a@localhost/cordon") << QStringLiteral("prefer");
    QTest::newRow("asked for") << QStringLiteral("postgresql://a@db.example/cordon?sslmode=require")
                               << QStringLiteral("require");
    // A host that only looks local by name is remote.
    QTest::newRow("lookalike") << QStringLiteral("postgresql://a@localhost.attacker.example/cordon")
                               << QStringLiteral("verify-full");
}

void TestDatabaseUrl::tlsIsVerifiedExceptOnLoopback()
{
    QFETCH(QString, url);
    QFETCH(QString, sslmode);
    const DatabaseUrl parsed = DatabaseUrl::parse(url);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.options().value(QStringLiteral("sslmode")), sslmode);
    QVERIFY(parsed.connectOptions().contains(QStringLiteral("sslmode='%1'").arg(sslmode)));
}

void TestDatabaseUrl::aServerThatNeverAnswersIsGivenUpOn()
{
    // libpq waits for ever without connect_timeout; 0 means the same.
    for (const char* text : {"postgresql://a@db.example/cordon", "postgresql://a@db.example/cordon?connect_timeout=0",
                             "postgresql://a@db.example/cordon?connect_timeout=soon"}) {
        const DatabaseUrl url = DatabaseUrl::parse(QLatin1String(text));
        QVERIFY(url.isValid());
        QCOMPARE(url.options().value(QStringLiteral("connect_timeout")),
                 QString::number(DatabaseUrl::DefaultConnectTimeoutSeconds));
    }
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgresql://a@h/c?connect_timeout=3"))
                 .options()
                 .value(QStringLiteral("connect_timeout")),
             QStringLiteral("3"));
}

void TestDatabaseUrl::refused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    QTest::newRow("password") << QStringLiteral("postgresql://jdoe:hunter2secret@db.example/cordon")
                              << QStringLiteral("password");
    QTest::newRow("password option") << QStringLiteral("postgresql://jdoe@db.example/cordon?password=hunter2secret")
                                     << QStringLiteral("password");
    QTest::newRow("no database") << QStringLiteral("postgresql://jdoe@db.example")
                                 << QStringLiteral("names no database");
    QTest::newRow("bad sslmode") << QStringLiteral("postgresql://jdoe@db.example/cordon?sslmode=maybe")
                                 << QStringLiteral("sslmode");
    QTest::newRow("unknown option") << QStringLiteral("postgresql://jdoe@db.example/cordon?sslpassword=x")
                                    << QStringLiteral("sslpassword");
    QTest::newRow("separator") << QStringLiteral(
                                      "postgresql://jdoe@db.example/cordon?application_name=a;sslmode=disable")
                               << QStringLiteral("';'");
    QTest::newRow("not postgres") << QStringLiteral("mysql://jdoe@db.example/cordon")
                                  << QStringLiteral("postgresql://");
}

void TestDatabaseUrl::refused()
{
    QFETCH(QString, url);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!DatabaseUrl::parse(url, &error).isValid());
    QVERIFY2(error.contains(says), qPrintable(error));
    // The message never repeats the password it refuses.
    QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error));
}

void TestDatabaseUrl::settingsRefuseAPassword()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("cordon.ini")), QSettings::IniFormat);
    AppSettings settings(&store);
    QVERIFY(!settings.setDatabaseUrl(QStringLiteral("postgresql://jdoe:hunter2secret@db.example/cordon")));
    QVERIFY(settings.databaseUrl().isEmpty());
    store.sync();
    QFile file(store.fileName());
    QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains("hunter2"));
    QVERIFY(settings.setDatabaseUrl(QStringLiteral("postgresql://jdoe@db.example/cordon")));
    QCOMPARE(settings.databaseUrl(), QStringLiteral("postgresql://jdoe@db.example/cordon"));
}

void TestDatabaseUrl::environmentOverridesTheSetting()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("cordon.ini")), QSettings::IniFormat);
    AppSettings settings(&store);
    QVERIFY(settings.setDatabaseUrl(QStringLiteral("postgresql://jdoe@db.example/cordon")));
    qputenv("CORDON_DATABASE_URL", "postgresql://automation@db.example/cordon");
    QCOMPARE(settings.databaseLocation(), QStringLiteral("postgresql://automation@db.example/cordon"));
    qunsetenv("CORDON_DATABASE_URL");
    QCOMPARE(settings.databaseLocation(), QStringLiteral("postgresql://jdoe@db.example/cordon"));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
