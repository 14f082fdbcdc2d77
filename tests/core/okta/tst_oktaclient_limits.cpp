#include "LoopbackServer.h"
#include "okta/OktaClient.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace cordon::core;

using cordon::test::LoopbackServer;

namespace
{

// Far more than a client reads ahead before it hangs up, even on a loaded machine: announced up front as a
// Content-Length of 100 MB, or unannounced and sent as fast as it is read until the client hangs up.
constexpr qint64 AnnouncedBytes = qint64(100) * 1024 * 1024;
constexpr qint64 EndlessBytes = qint64(2) * 1024 * 1024 * 1024;

} // namespace

class TestOktaClientLimits : public QObject
{
    Q_OBJECT

private slots:
    void hugeAnswerFailsTheCallAndIsCutOff_data();
    void hugeAnswerFailsTheCallAndIsCutOff();
    void defaultLimit();
};

void TestOktaClientLimits::hugeAnswerFailsTheCallAndIsCutOff_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("Content-Length of 100 MB") << true;
    QTest::newRow("endless body") << false;
}

void TestOktaClientLimits::hugeAnswerFailsTheCallAndIsCutOff()
{
    QFETCH(bool, announced);
    // Every request gets 200 and a body far larger than any Okta answer.
    LoopbackServer server;
    server.setFallback(LoopbackServer::Answer::flood("[", announced ? AnnouncedBytes : EndlessBytes, announced)
                           .header("Content-Type", "application/json")
                           .header("X-Okta-Request-Id", "huge"));
    QNetworkAccessManager network;
    OktaClient client(&network);
    client.setOrgUrl(server.url());
    client.setToken(QByteArrayLiteral("test-token-not-real"));
    client.setRetryBaseDelayMs(0);
    client.setMaxResponseBytes(1024 * 1024);

    std::optional<OktaReply> result;
    client.getUser(QStringLiteral("joren@example.com"), this,
                   [&result](const OktaReply& reply, const OktaUser&) { result = reply; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QCOMPARE(result->error.kind, OktaError::Kind::InvalidResponse);
    QVERIFY2(result->error.message().contains(QLatin1String("larger than 1 MB (setting okta/maxResponseBytes)")),
             qPrintable(result->error.message()));
    QCOMPARE(result->requestId, QStringLiteral("huge"));
    // A GET that fails this way is not asked again: the answer would be as large.
    QCOMPARE(result->attempts, 1);
    QCOMPARE(server.requests().size(), 1);
    // The transfer was cut off near the limit: what was sent past it is what the sockets' buffers hold,
    // a few megabytes, not what a fast server sends between two of Qt's progress signals (100 ms apart).
    QTRY_COMPARE(server.closedByClient(), 1);
    QVERIFY2(server.flooded() < 32 * 1024 * 1024, qPrintable(QString::number(server.flooded())));
    QCOMPARE(client.pendingCount(), 0);
}

void TestOktaClientLimits::defaultLimit()
{
    QNetworkAccessManager network;
    OktaClient client(&network);
    QCOMPARE(client.maxResponseBytes(), 32 * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestOktaClientLimits)
#include "tst_oktaclient_limits.moc"
