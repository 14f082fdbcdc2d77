#include "CordonCtl.h"
#include "HostileServer.h"
#include "TransportCases.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using cordon::test::CordonCtl;
using cordon::test::CtlRun;
using cordon::test::HostileServer;

// cordonctl against hostile servers and hostile feeds: an "Okta" that echoes the token back in its errors, HTML
// pages and headers; redirects, from an org or a feed; feed text that tries to drive the terminal; and the
// precedence of what the command line says over the environment.

namespace
{

const QString Token = QStringLiteral("00TokenEchoCanary-3e8b1f6a9d2c");
const QString Victim = QStringLiteral("00u1victim");

QByteArray userJson(const QString& id)
{
    return QStringLiteral(R"({"id":"%1","status":"ACTIVE","created":"2024-01-01T00:00:00.000Z",)"
                          R"("profile":{"login":"victim@example.com","email":"victim@example.com",)"
                          R"("firstName":"Vic","lastName":"Tim"}})")
        .arg(id)
        .toUtf8();
}

// An org that reads users as Okta does and refuses every change with an error object echoing the request.
void actAsEchoingOrg(HostileServer& org, bool html)
{
    const HostileServer::Answer refusal = html ? HostileServer::htmlPage(403) : HostileServer::oktaError(403);
    org.on("", refusal);
    org.on("GET /api/v1/users/" + Victim.toLatin1(), HostileServer::plain(200, userJson(Victim)));
    org.on("GET /api/v1/users/" + Victim.toLatin1() + "/groups", HostileServer::plain(200, "[]"));
    org.on("GET /api/v1/users/" + Victim.toLatin1() + "/roles", HostileServer::plain(200, "[]"));
    org.on("GET /api/v1/users/00u1echo", refusal);
}

// Every file under dir whose bytes hold needle.
QStringList filesHolding(const QString& dir, const QByteArray& needle)
{
    QStringList found;
    QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            found << file.fileName();
        }
    }
    return found;
}

CtlRun runWith(const QProcessEnvironment& env, const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CORDONCTL_PATH), arguments);
    CtlRun result;
    if (!process.waitForStarted() || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestCordonCtlHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void echoedTokenReachesNoOutputNorFile_data();
    void echoedTokenReachesNoOutputNorFile();
    void orgRedirectIsAnError();
    void feedRedirectObeysTheTransportRule();
    void feedAddressObeysTheTransportRule_data();
    void feedAddressObeysTheTransportRule();
    void feedTextCannotDriveTheTerminal();
    void explicitOrgWinsOverTheEnvironment();
    void customDomainNeedsItsOrg();
    void datesPastYear9999AreNull();
};

void TestCordonCtlHostile::echoedTokenReachesNoOutputNorFile_data()
{
    QTest::addColumn<bool>("html");
    QTest::newRow("Okta error object") << false;
    QTest::newRow("HTML page") << true;
}

void TestCordonCtlHostile::echoedTokenReachesNoOutputNorFile()
{
    QFETCH(bool, html);
    HostileServer org;
    QVERIFY(org.listen() != 0);
    actAsEchoingOrg(org, html);
    CordonCtl ctl(org.url());
    ctl.setToken(Token);
    const QByteArray token = Token.toLatin1();

    QList<CtlRun> runs;
    runs << ctl.run({QStringLiteral("user"), QStringLiteral("00u1echo")});
    runs << ctl.run({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("00u1echo")});
    runs << ctl.run({QStringLiteral("contain"), Victim, QStringLiteral("--action"), QStringLiteral("suspend"),
                     QStringLiteral("--action"), QStringLiteral("clear-sessions"), QStringLiteral("--yes")});
    runs << ctl.run({QStringLiteral("--json"), QStringLiteral("contain"), Victim, QStringLiteral("--action"),
                     QStringLiteral("suspend"), QStringLiteral("--yes")});
    for (const CtlRun& run : std::as_const(runs)) {
        QVERIFY2(run.exitCode > 0, run.err.constData());
    }
    // The server was sent the token, and echoed it: cordonctl still shows what it said, less the token.
    QVERIFY(org.requests().size() >= 4);
    QCOMPARE(org.requests().first().header("Authorization"), "SSWS " + token);
    QVERIFY2(runs.at(0).err.contains("[redacted]"), runs.at(0).err.constData());
    QVERIFY2(runs.at(2).err.contains("HTTP 403"), runs.at(2).err.constData());

    runs << ctl.run({QStringLiteral("audit")});
    runs << ctl.run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json")});
    runs << ctl.run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv")});
    // The refused changes are in the audit log, with Okta's answer.
    QVERIFY2(runs.at(4).out.contains("suspend"), runs.at(4).out.constData());
    QVERIFY2(runs.at(4).out.contains("http=403"), runs.at(4).out.constData());
    for (const CtlRun& run : std::as_const(runs)) {
        for (const QByteArray& part : {token, token.left(12), token.right(12)}) {
            QVERIFY2(!run.out.contains(part), run.out.constData());
            QVERIFY2(!run.err.contains(part), run.err.constData());
        }
    }
    // Nor in any file cordonctl wrote: the database with its audit log and journal, the settings.
    for (const QString& dir : {ctl.dataDir(), ctl.configDir()}) {
        const QStringList holding = filesHolding(dir, token.left(12)) + filesHolding(dir, token.right(12));
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));
    }
}

void TestCordonCtlHostile::orgRedirectIsAnError()
{
    HostileServer elsewhere;
    const quint16 port = elsewhere.listen();
    QVERIFY(port != 0);
    elsewhere.on("", HostileServer::plain(200, userJson(Victim)));
    HostileServer org;
    QVERIFY(org.listen() != 0);
    org.on("", HostileServer::redirect(
                   302, QUrl(QStringLiteral("http://localhost:%1/api/v1/users/%2").arg(port).arg(Victim))));
    CordonCtl ctl(org.url());
    ctl.setToken(Token);
    const CtlRun run = ctl.run({QStringLiteral("user"), Victim});
    QVERIFY2(run.exitCode > 0, run.err.constData());
    QVERIFY2(run.err.contains("redirect to http://localhost:" + QByteArray::number(port)), run.err.constData());
    QVERIFY2(run.err.contains("follows no redirect"), run.err.constData());
    QCOMPARE(elsewhere.requests().size(), 0);
    QCOMPARE(org.requests().size(), 1);
}

void TestCordonCtlHostile::feedRedirectObeysTheTransportRule()
{
    const QByteArray feed = R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"loris"},)"
                            R"("source_id":"1","title":"Finding 1","severity":"high","state":"new",)"
                            R"("user":{"raw":"AD_DOMAIN\\joren"}})"
                            "\n";
    HostileServer server;
    QVERIFY(server.listen() != 0);
    server.on("GET /away", HostileServer::redirect(302, QUrl(QStringLiteral("http://feeds.example.invalid/feed"))));
    server.on("GET /moved", HostileServer::redirect(302, server.url(QStringLiteral("/feed"))));
    server.on("GET /feed", HostileServer::plain(200, feed, "application/x-ndjson"));
    CordonCtl ctl(server.url());

    // Plain http to a host that is not loopback is refused as a feed's address, so it is refused as a hop too.
    const CtlRun direct = ctl.run({QStringLiteral("incidents"), QStringLiteral("http://feeds.example.invalid/feed")});
    QCOMPARE(direct.exitCode, 3);
    const CtlRun away = ctl.run({QStringLiteral("incidents"), server.url(QStringLiteral("/away")).toString()});
    QCOMPARE(away.exitCode, 1);
    QVERIFY2(away.err.contains("redirect to http://feeds.example.invalid was not followed"), away.err.constData());
    QVERIFY(away.out.isEmpty());

    // A hop that keeps to the rule is followed.
    const CtlRun moved = ctl.run({QStringLiteral("incidents"), server.url(QStringLiteral("/moved")).toString()});
    QCOMPARE(moved.exitCode, 0);
    QVERIFY2(moved.out.contains("Finding 1"), moved.out.constData());
}

void TestCordonCtlHostile::feedAddressObeysTheTransportRule_data()
{
    // The allowed addresses that would be asked for real are the core's test of the rule to hold.
    cordon::test::addTransportRows(cordon::test::TransportRows::RefusedOrServed);
}

void TestCordonCtlHostile::feedAddressObeysTheTransportRule()
{
    QFETCH(QString, url);
    QFETCH(bool, allowLoopback);
    QFETCH(bool, served);
    HostileServer server;
    const quint16 port = server.listen();
    QVERIFY(port != 0);
    server.on("GET /feed", HostileServer::plain(200,
                                                R"({"schema":"console.incident/v1","source":{"kind":"generic",)"
                                                R"("instance":"loris"},"source_id":"1","title":"Finding 1",)"
                                                R"("severity":"high","state":"new","user":{"raw":"joren"}})"
                                                "\n",
                                                "application/x-ndjson"));
    const QString address = url.contains(QLatin1String("%1")) ? url.arg(port) : url;
    CordonCtl ctl(server.url());
    QStringList arguments{QStringLiteral("incidents"), address};
    if (allowLoopback) {
        arguments << QStringLiteral("--allow-http-loopback");
    }
    const CtlRun run = runWith(ctl.environment(), arguments);
    if (served) {
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Finding 1"), run.out.constData());
        QCOMPARE(server.requests().size(), 1);
        return;
    }
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("refusing the feed"), run.err.constData());
    // What is refused, and why: the rule's own words.
    QVERIFY2(run.err.contains("only https://") || run.err.contains("not a valid address") ||
                 run.err.contains("written as one"),
             run.err.constData());
    QCOMPARE(server.requests().size(), 0);
}

void TestCordonCtlHostile::feedTextCannotDriveTheTerminal()
{
    // A title that clears the screen, retitles the terminal, beeps, returns to the start of the line and forges
    // a second incident line, then reverses what follows; a hostname with a C1 CSI and a bidi isolate.
    const QString title = QStringLiteral("Benign\x1b[2J\x1b]0;owned\x07\r\ncritical       new          "
                                         "LT-CEO-01         AD\\ceo  forged:1  Fake") +
                          QChar(0x202E) + QStringLiteral("exe.ssap");
    const QString host = QStringLiteral("LT") + QChar(0x9B) + QStringLiteral("31m") + QChar(0x2066) +
                         QStringLiteral("-01") + QChar(0x200B);
    const QJsonObject record{
        {QStringLiteral("schema"), QStringLiteral("console.incident/v1")},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("generic")},
                                               {QStringLiteral("instance"), QStringLiteral("x")}}},
        {QStringLiteral("source_id"), QStringLiteral("1\n2")},
        {QStringLiteral("title"), title},
        {QStringLiteral("severity"), QStringLiteral("high")},
        {QStringLiteral("state"), QStringLiteral("new")},
        {QStringLiteral("endpoint"), QJsonObject{{QStringLiteral("hostname"), host}}},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("raw"), QStringLiteral("AD\\jo\tren")}}}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.ndjson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + "\n" + R"({"schema":"console.incident/v9)" +
               QByteArray("\x1b[31m") + R"("})" + "\n");
    file.close();

    CordonCtl ctl(QUrl(QStringLiteral("https://example.okta.com")));
    const CtlRun run = ctl.run({QStringLiteral("incidents"), path});
    QCOMPARE(run.exitCode, 0);
    // One incident, one line; no byte that a terminal acts on, in stdout or stderr.
    QCOMPARE(run.out.count('\n'), 1);
    QVERIFY(run.out.endsWith('\n'));
    for (const QByteArray& stream : {run.out, run.err}) {
        const QString text = QString::fromUtf8(stream);
        for (const QChar c : text) {
            const bool control = (c.unicode() < 0x20 && c != u'\n') || (c.unicode() >= 0x7F && c.unicode() <= 0x9F) ||
                                 c.category() == QChar::Other_Format;
            QVERIFY2(!control, qPrintable(QStringLiteral("U+%1 in %2").arg(c.unicode(), 4, 16).arg(text)));
        }
    }
    // What the title says is still there, written out.
    QVERIFY2(run.out.contains("Benign\\e[2J\\e]0;owned\\x07\\r\\ncritical"), run.out.constData());
    QVERIFY2(run.out.contains("\\u{202e}exe.ssap"), run.out.constData());
    QVERIFY2(run.out.contains("LT\\x9b31m\\u{2066}-01\\u{200b}"), run.out.constData());
    QVERIFY2(run.out.contains("AD\\jo\\tren"), run.out.constData());
    QVERIFY2(run.err.contains("skipped record 1"), run.err.constData());

    // JSON stays JSON, with the text as it was.
    const CtlRun json = ctl.run({QStringLiteral("--json"), QStringLiteral("incidents"), path});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().array().first().toObject().value(QStringLiteral("title")).toString(), title);
}

void TestCordonCtlHostile::explicitOrgWinsOverTheEnvironment()
{
    HostileServer org;
    QVERIFY(org.listen() != 0);
    actAsEchoingOrg(org, false);
    HostileServer other;
    QVERIFY(other.listen() != 0);
    CordonCtl ctl(org.url());
    ctl.setToken(Token);
    QProcessEnvironment env = ctl.environment();
    env.insert(QStringLiteral("OKTA_CLIENT_ORGURL"), other.url().toString());

    const CtlRun run = runWith(env, ctl.orgArguments() + QStringList{QStringLiteral("user"), Victim});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("victim@example.com"), run.out.constData());
    QCOMPARE(other.requests().size(), 0);

    // Without --org the environment names the org.
    const CtlRun fromEnv = runWith(env, {QStringLiteral("--allow-http-loopback"), QStringLiteral("user"), Victim});
    QVERIFY(fromEnv.exitCode > 0);
    QVERIFY(!other.requests().isEmpty());
}

void TestCordonCtlHostile::customDomainNeedsItsOrg()
{
    // --custom-domain vouches for the host it is given with; it never turns the environment's host into an org.
    CordonCtl ctl(QUrl(QStringLiteral("https://example.okta.com")));
    ctl.setToken(Token);
    QProcessEnvironment env = ctl.environment();
    env.insert(QStringLiteral("OKTA_CLIENT_ORGURL"), QStringLiteral("https://login.attacker.invalid"));
    const CtlRun run = runWith(env, {QStringLiteral("--custom-domain"), QStringLiteral("user"), Victim});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--org"), run.err.constData());

    // Given with --org, it applies to --org's host, not to the environment's.
    env.insert(QStringLiteral("CORDON_OKTA_TIMEOUT_MS"), QStringLiteral("2000"));
    const CtlRun withOrg = runWith(env, {QStringLiteral("--org"), QStringLiteral("https://id.acme.invalid"),
                                         QStringLiteral("--custom-domain"), QStringLiteral("user"), Victim});
    QVERIFY2(!withOrg.err.contains("attacker"), withOrg.err.constData());
    QVERIFY2(withOrg.exitCode != 3 && withOrg.exitCode != 2, withOrg.err.constData());
}

void TestCordonCtlHostile::datesPastYear9999AreNull()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.ndjson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"x"},"source_id":"1",)"
               R"("title":"Far","severity":"high","state":"new","user":{"raw":"joren"},)"
               R"("detected_at":253402300800000,"reported_at":"2026-01-02T03:04:05.000Z"})"
               "\n");
    file.close();
    CordonCtl ctl(QUrl(QStringLiteral("https://example.okta.com")));
    const CtlRun run = ctl.run({QStringLiteral("--json"), QStringLiteral("incidents"), path});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject incident = run.json().array().first().toObject();
    QVERIFY2(incident.contains(QStringLiteral("detected_at")), run.out.constData());
    QVERIFY2(incident.value(QStringLiteral("detected_at")).isNull(), run.out.constData());
    QCOMPARE(incident.value(QStringLiteral("reported_at")).toString(), QStringLiteral("2026-01-02T03:04:05.000Z"));
}

QTEST_GUILESS_MAIN(TestCordonCtlHostile)
#include "tst_cordonctl_hostile.moc"
