#include "CordonCtl.h"
#include "HostileServer.h"
#include "store/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

using cordon::test::CordonCtl;
using cordon::test::CtlRun;
using cordon::test::HostileServer;

namespace
{

QByteArray line(int id)
{
    return QStringLiteral(R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"watch"},)"
                          R"("source_id":"%1","title":"Incident %1","severity":"high","state":"new"})")
               .arg(id)
               .toUtf8() +
           '\n';
}

} // namespace

// cordonctl incidents --configured: the feed sources of the settings (a file and an HTTPS feed on a loopback
// server, its key looked up in the keychain), each read or polled once, their incidents printed.
class TestCordonCtlConfigured : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void printsTheIncidentsOfEverySource();
    void aFailingSourceFailsTheRunAndKeepsTheOthers();
    void plainHttpOffLoopbackIsRefusedBeforeAnythingIsSent();
    void noSourcesIsAConfigurationError();

private:
    void configure(const QString& alerts);

    std::unique_ptr<CordonCtl> m_ctl;
    std::unique_ptr<HostileServer> m_server;
    QString m_file;
};

void TestCordonCtlConfigured::init()
{
    m_ctl = std::make_unique<CordonCtl>(QUrl(QStringLiteral("http://127.0.0.1:1")));
    m_server = std::make_unique<HostileServer>();
    m_server->on("GET /alerts", HostileServer::plain(200, line(3) + line(4), "application/x-ndjson"));
    QVERIFY(m_server->listen() != 0);
    m_file = QDir(m_ctl->configDir()).filePath(QStringLiteral("alerts.ndjson"));
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(line(1) + line(2));
}

void TestCordonCtlConfigured::configure(const QString& alerts)
{
    QSettings qsettings(QDir(m_ctl->configDir()).filePath(QStringLiteral("cordon.ini")), QSettings::IniFormat);
    cordon::core::AppSettings settings(&qsettings);
    QJsonArray sources{QJsonObject{{QStringLiteral("id"), QStringLiteral("drop")},
                                   {QStringLiteral("kind"), QStringLiteral("file")},
                                   {QStringLiteral("url"), m_file}}};
    if (!alerts.isEmpty()) {
        sources.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("web")},
                                   {QStringLiteral("kind"), QStringLiteral("https")},
                                   {QStringLiteral("url"), alerts},
                                   {QStringLiteral("api"), QStringLiteral("generic")}});
    }
    QVERIFY(settings.setFeedSources(sources));
    qsettings.sync();
}

void TestCordonCtlConfigured::printsTheIncidentsOfEverySource()
{
    configure(m_server->url(QStringLiteral("/alerts")).toString());
    const CtlRun run = m_ctl->run({QStringLiteral("--allow-http-loopback"), QStringLiteral("--json"),
                                   QStringLiteral("incidents"), QStringLiteral("--configured")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QStringList titles;
    for (const QJsonValue& value : run.json().array()) {
        titles << value.toObject().value(QStringLiteral("title")).toString();
    }
    titles.sort();
    QCOMPARE(titles, (QStringList{QStringLiteral("Incident 1"), QStringLiteral("Incident 2"),
                                  QStringLiteral("Incident 3"), QStringLiteral("Incident 4")}));
    QVERIFY2(run.err.contains("4 incidents from 2 sources, 0 failing"), run.err.constData());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestCordonCtlConfigured::aFailingSourceFailsTheRunAndKeepsTheOthers()
{
    m_server->on("GET /alerts", HostileServer::plain(500, "{}"));
    configure(m_server->url(QStringLiteral("/alerts")).toString());
    const CtlRun run = m_ctl->run({QStringLiteral("--allow-http-loopback"), QStringLiteral("--json"),
                                   QStringLiteral("incidents"), QStringLiteral("--configured")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("HTTP 500"), run.err.constData());
    QCOMPARE(run.json().array().size(), 2);
}

void TestCordonCtlConfigured::plainHttpOffLoopbackIsRefusedBeforeAnythingIsSent()
{
    // Even with --allow-http-loopback (which the helper passes), http to another host is refused.
    configure(QStringLiteral("http://feeds.example.invalid/alerts"));
    const CtlRun run = m_ctl->run({QStringLiteral("incidents"), QStringLiteral("--configured")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("http://feeds.example.invalid/alerts: Refused"), run.err.constData());
    QVERIFY2(run.out.contains("Incident 1"), run.out.constData());
}

void TestCordonCtlConfigured::noSourcesIsAConfigurationError()
{
    const CtlRun run = m_ctl->run({QStringLiteral("incidents"), QStringLiteral("--configured")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("no feed sources are configured"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCordonCtlConfigured)
#include "tst_cordonctl_configured.moc"
