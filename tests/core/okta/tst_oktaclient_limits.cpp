#include "okta/OktaClient.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using namespace cordon::core;

namespace
{

// A loopback server that answers every request with 200 and a body far larger than any Okta answer:
// either announced up front (Content-Length of 100 MB) or unannounced, sent as fast as it is read
// until the client hangs up.
class HugeAnswerServer : public QObject
{
public:
    // The announced body, and far more than a client reads ahead before it hangs up, even on a loaded machine.
    static constexpr qint64 AnnouncedBytes = qint64(100) * 1024 * 1024;
    static constexpr qint64 EndlessBytes = qint64(2) * 1024 * 1024 * 1024;
    qint64 bodyBytes() const { return m_announced ? AnnouncedBytes : EndlessBytes; }

    explicit HugeAnswerServer(bool announced) : m_announced(announced)
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { more(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this] { ++closedByClient; });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    int requests = 0;
    int closedByClient = 0;
    qint64 sent = 0; // body bytes written

private:
    void serve(QTcpSocket* socket)
    {
        if (!socket->readAll().contains("\r\n\r\n")) {
            return;
        }
        ++requests;
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Okta-Request-Id: huge\r\n";
        head += m_announced ? "Content-Length: " + QByteArray::number(AnnouncedBytes) + "\r\n\r\n"
                            : QByteArray("Connection: close\r\n\r\n");
        socket->write(head + "[");
    }

    void more(QTcpSocket* socket)
    {
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024 &&
            sent < bodyBytes()) {
            sent += socket->write(QByteArray(64 * 1024, ' '));
        }
    }

    bool m_announced;
    QTcpServer m_server;
};

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
    HugeAnswerServer server(announced);
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
    QCOMPARE(server.requests, 1);
    // The transfer was cut off near the limit: what was sent past it is what the sockets' buffers hold,
    // a few megabytes, not what a fast server sends between two of Qt's progress signals (100 ms apart).
    QTRY_COMPARE(server.closedByClient, 1);
    QVERIFY2(server.sent < 32 * 1024 * 1024, qPrintable(QString::number(server.sent)));
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
