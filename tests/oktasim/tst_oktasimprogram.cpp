#include "SimProcess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using cordon::test::HttpResult;
using cordon::test::SimProcess;

// The cordon-okta-sim program's command line as docs/simulator.md §Command line fixes it.
class TestOktaSimProgram : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList& args)
    {
        QProcess process;
        process.start(QStringLiteral(CORDON_OKTASIM_PATH), args);
        Run result;
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(2000);
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write(content);
        return file.fileName();
    }
    static QJsonObject smallDirectory()
    {
        const auto user = [](const char* id, const char* login, const char* status) {
            return QJsonObject{
                {QStringLiteral("id"), QLatin1String(id)},
                {QStringLiteral("status"), QLatin1String(status)},
                {QStringLiteral("profile"), QJsonObject{{QStringLiteral("login"), QLatin1String(login)},
                                                        {QStringLiteral("email"), QLatin1String(login)},
                                                        {QStringLiteral("firstName"), QStringLiteral("Test")},
                                                        {QStringLiteral("lastName"), QLatin1String(id)},
                                                        {QStringLiteral("employeeCode"), QStringLiteral("E-1")}}},
            };
        };
        return {
            {QStringLiteral("users"), QJsonArray{user("00uadmin000000000001", "admin@corp.test", "ACTIVE"),
                                                 user("00uuser0000000000002", "user@corp.test", "ACTIVE"),
                                                 user("00ugone0000000000003", "gone@corp.test", "DEPROVISIONED")}},
            {QStringLiteral("groups"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("00gquarantine0000001")},
                 {QStringLiteral("type"), QStringLiteral("OKTA_GROUP")},
                 {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Quarantine")}}}}}},
            {QStringLiteral("groupMembers"), QJsonObject()},
            {QStringLiteral("adminRoles"),
             QJsonObject{{QStringLiteral("00uadmin000000000001"),
                          QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ORG_ADMIN")},
                                                 {QStringLiteral("status"), QStringLiteral("ACTIVE")}}}}}},
            {QStringLiteral("tokens"),
             QJsonObject{{QStringLiteral("corp-token"), QStringLiteral("00uadmin000000000001")}}},
        };
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* option : {"--listen", "--directory", "--latency-ms", "--rate-limit", "--rate-window-s",
                                   "--concurrency", "--fault", "--engine", "/api/v1/users/{id:.+}"}) {
            QVERIFY2(help.out.contains(option), option);
        }
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("cordon-okta-sim "));
    }

    void firstLineNamesTheAddress()
    {
        QProcess process;
        process.start(QStringLiteral(CORDON_OKTASIM_PATH), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(process.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QString line = QString::fromUtf8(process.readLine());
        static const QRegularExpression pattern(
            QStringLiteral("^cordon-okta-sim listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"));
        const QRegularExpressionMatch match = pattern.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QVERIFY(match.captured(1).toInt() > 0);
        process.kill();
        process.waitForFinished(5000);
    }

    void refusesWhatItCannotServe_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("any address") << QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")};
        QTest::newRow("a LAN address") << QStringList{QStringLiteral("--listen"), QStringLiteral("192.168.1.10:0")};
        QTest::newRow("bad fault rule") << QStringList{QStringLiteral("--fault"), QStringLiteral("GET /api/v1/users")};
        QTest::newRow("unknown bucket") << QStringList{QStringLiteral("--rate-limit"), QStringLiteral("apps=5")};
        QTest::newRow("unknown Okta bucket")
            << QStringList{QStringLiteral("--rate-limit"), QStringLiteral("/api/v1/apps=5")};
        QTest::newRow("unknown engine") << QStringList{QStringLiteral("--engine"), QStringLiteral("next")};
        QTest::newRow("missing directory")
            << QStringList{QStringLiteral("--directory"), QStringLiteral("/nonexistent.json")};
    }
    void refusesWhatItCannotServe()
    {
        QFETCH(QStringList, args);
        const Run result = run(args);
        QVERIFY(result.exitCode != 0);
        QVERIFY(!result.out.contains("listening"));
        QVERIFY(!result.err.isEmpty());
    }

    void inconsistentDirectoryIsRefused()
    {
        QJsonObject directory = smallDirectory();
        directory.insert(QStringLiteral("tokens"), QJsonObject{{QStringLiteral("t"), QStringLiteral("00unobody")}});
        const QString path = writeFile(QStringLiteral("broken.json"), QJsonDocument(directory).toJson());
        const Run result = run({QStringLiteral("--directory"), path});
        QVERIFY(result.exitCode != 0);
        QVERIFY(!result.out.contains("listening"));
    }

    void servesADirectoryFile()
    {
        const QString path = writeFile(QStringLiteral("corp.json"), QJsonDocument(smallDirectory()).toJson());
        SimProcess sim;
        QString error;
        QVERIFY2(sim.start({QStringLiteral("--directory"), path}, &error), qPrintable(error));
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/users/me")).status, 401);
        const HttpResult me = sim.send("GET", QStringLiteral("/api/v1/users/me"), QStringLiteral("corp-token"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.object().value(QLatin1String("id")).toString(), QStringLiteral("00uadmin000000000001"));
        QCOMPARE(sim.send("GET", QStringLiteral("/api/v1/users"), QStringLiteral("corp-token")).array().size(), 2);
        // A custom attribute of the file's profiles is declared by the schema and searchable.
        const HttpResult found =
            sim.send("GET", QStringLiteral("/api/v1/users?search=profile.employeeCode%20eq%20%22e-1%22"),
                     QStringLiteral("corp-token"));
        QCOMPARE(found.status, 200);
        QCOMPARE(found.array().size(), 3);
        QCOMPARE(sim.send("PUT", QStringLiteral("/api/v1/groups/00gquarantine0000001/users/00uuser0000000000002"),
                          QStringLiteral("corp-token"))
                     .status,
                 204);
        QVERIFY(sim.user(QStringLiteral("00uuser0000000000002"))
                    .value(QLatin1String("groups"))
                    .toArray()
                    .contains(QStringLiteral("00gquarantine0000001")));
    }
};

QTEST_GUILESS_MAIN(TestOktaSimProgram)
#include "tst_oktasimprogram.moc"
