#include "HostileServer.h"
#include "okta/OktaClient.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace cordon::core;
using cordon::test::HostileServer;

// The Okta client against an org that is not what it seems: one that echoes the Authorization header back in
// its error objects, HTML pages and headers, and one that redirects. No text of the answer carries the token
// out, and no redirect is followed, with a message that says so.

namespace
{

const QByteArray Token = "00TokenEchoCanary-7c1d9e3f5a2b";

} // namespace

class TestOktaClientHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void echoedTokenIsScrubbed_data();
    void echoedTokenIsScrubbed();
    void redirectIsNotFollowed_data();
    void redirectIsNotFollowed();
    void floodIsCutOff();

private:
    // Reads a user (or suspends one) and waits for the reply.
    OktaReply call(const QUrl& org, bool mutate);

    std::optional<QNetworkAccessManager> m_network;
};

void TestOktaClientHostile::init()
{
    m_network.emplace();
}

OktaReply TestOktaClientHostile::call(const QUrl& org, bool mutate)
{
    OktaClient client(&*m_network);
    client.setOrgUrl(org);
    client.setToken(Token);
    client.setMaxRetries(0);
    std::optional<OktaReply> result;
    if (mutate) {
        client.suspend(QStringLiteral("00u1victim"), this, [&result](const OktaReply& reply) { result = reply; });
    } else {
        client.getUser(QStringLiteral("00u1victim"), this,
                       [&result](const OktaReply& reply, const OktaUser&) { result = reply; });
    }
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
    return result.value_or(OktaReply());
}

void TestOktaClientHostile::echoedTokenIsScrubbed_data()
{
    QTest::addColumn<bool>("html");
    QTest::addColumn<int>("status");
    QTest::newRow("Okta error object, 403") << false << 403;
    QTest::newRow("Okta error object, 401") << false << 401;
    QTest::newRow("HTML page title, 403") << true << 403;
    QTest::newRow("HTML page title, 502") << true << 502;
}

void TestOktaClientHostile::echoedTokenIsScrubbed()
{
    QFETCH(bool, html);
    QFETCH(int, status);
    HostileServer org;
    QVERIFY(org.listen() != 0);
    org.on("", html ? HostileServer::htmlPage(status) : HostileServer::oktaError(status));

    const OktaReply reply = call(org.url(), false);
    QVERIFY(!reply.ok());
    // The server did get the token, and did echo it.
    QVERIFY(!org.requests().isEmpty());
    QCOMPARE(org.requests().first().header("Authorization"), "SSWS " + Token);

    const OktaError& error = reply.error;
    const QString text = error.message() + error.errorSummary + error.causes.join(QLatin1Char(' ')) + error.detail +
                         error.errorId + error.errorLink + error.requestId + reply.requestId;
    QVERIFY2(!text.contains(QString::fromLatin1(Token), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(!text.contains(QString::fromLatin1(Token.left(12)), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("[redacted]")), qPrintable(text));
    QCOMPARE(error.httpStatus, status);
    if (!html) {
        // What Okta's object says is still shown, less the credential.
        QCOMPARE(error.errorCode, QStringLiteral("E0000006"));
        QVERIFY2(error.errorSummary.startsWith(QLatin1String("You do not have permission")),
                 qPrintable(error.errorSummary));
        QVERIFY(!error.causes.isEmpty());
    }
}

void TestOktaClientHostile::redirectIsNotFollowed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("mutate");
    QTest::newRow("GET, 301") << 301 << false;
    QTest::newRow("GET, 302") << 302 << false;
    QTest::newRow("suspend, 307") << 307 << true;
    QTest::newRow("suspend, 308") << 308 << true;
}

void TestOktaClientHostile::redirectIsNotFollowed()
{
    QFETCH(int, status);
    QFETCH(bool, mutate);
    HostileServer elsewhere;
    const quint16 port = elsewhere.listen();
    QVERIFY(port != 0);
    elsewhere.on("", HostileServer::plain(200, R"({"id":"00u1victim","status":"ACTIVE","profile":{}})"));
    HostileServer org;
    QVERIFY(org.listen() != 0);
    org.on("", HostileServer::redirect(status,
                                       QUrl(QStringLiteral("http://localhost:%1/api/v1/users/00u1victim").arg(port))));

    const OktaReply reply = call(org.url(), mutate);
    QVERIFY(!reply.ok());
    QCOMPARE(org.requests().size(), 1); // neither followed nor retried
    QCOMPARE(elsewhere.requests().size(), 0);
    const QString message = reply.error.message();
    QVERIFY2(message.contains(QStringLiteral("redirect to http://localhost:%1").arg(port)), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("follows no redirect")), qPrintable(message));
    QCOMPARE(reply.error.httpStatus, status);
}

void TestOktaClientHostile::floodIsCutOff()
{
    // An org that answers a lookup with a gigabyte: the call fails near the client's limit, not at its end.
    HostileServer org;
    QVERIFY(org.listen() != 0);
    org.on("", HostileServer::flood(qint64(1) << 30));
    OktaClient client(&*m_network);
    client.setOrgUrl(org.url());
    client.setToken(Token);
    client.setMaxRetries(0);
    client.setMaxResponseBytes(1024 * 1024);
    std::optional<OktaReply> result;
    client.getUser(QStringLiteral("00u1victim"), this,
                   [&result](const OktaReply& reply, const OktaUser&) { result = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QCOMPARE(result->error.kind, OktaError::Kind::InvalidResponse);
    QVERIFY2(result->error.message().contains(QLatin1String("okta/maxResponseBytes")),
             qPrintable(result->error.message()));
}

QTEST_GUILESS_MAIN(TestOktaClientHostile)
#include "tst_oktaclient_hostile.moc"
