#include "FloodServer.h"
#include "base/ReplyLimits.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QThread>

using namespace cordon::core;
using cordon::test::FloodServer;

// limitResponseSize against a real server on loopback, in a thread of its own, with this thread busy while
// the answer arrives: the network thread reads ahead only a bounded way, and an answer within the limit
// still arrives whole.
class TestReplyLimits : public QObject
{
    Q_OBJECT

private slots:
    void busyThreadStillBoundsTheReadAhead_data();
    void busyThreadStillBoundsTheReadAhead();
    void answerAtTheLimitArrivesWhole_data();
    void answerAtTheLimitArrivesWhole();

private:
    // Sends method to server as Cordon does, bounded to maxBytes; then keeps this thread from running for
    // busyMs once the request has started, as a busy window or a loaded machine would.
    QNetworkReply*
    send(QNetworkAccessManager& network, const QByteArray& method, quint16 port, qint64 maxBytes, int busyMs);
};

QNetworkReply* TestReplyLimits::send(
    QNetworkAccessManager& network, const QByteArray& method, quint16 port, qint64 maxBytes, int busyMs)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/flood").arg(port)));
    keepToHttp1(request);
    // A request with a body (an empty one, as Okta's lifecycle calls have) starts in this thread's next turn,
    // one without at once.
    QNetworkReply* reply =
        method == "GET" ? network.get(request) : network.sendCustomRequest(request, method, QByteArray());
    limitResponseSize(reply, maxBytes);
    QCoreApplication::processEvents();
    QThread::msleep(busyMs);
    return reply;
}

void TestReplyLimits::busyThreadStillBoundsTheReadAhead_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("announced");
    QTest::newRow("GET, endless body") << QByteArray("GET") << false;
    QTest::newRow("POST, endless body") << QByteArray("POST") << false;
    QTest::newRow("GET, 1 GB announced") << QByteArray("GET") << true;
}

void TestReplyLimits::busyThreadStillBoundsTheReadAhead()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, announced);
    const auto length = announced ? FloodServer::Length::Announced : FloodServer::Length::Unannounced;
    FloodServer server(qint64(1) << 30, length);
    const quint16 port = server.listen();
    QVERIFY(port != 0);
    QNetworkAccessManager network;
    QNetworkReply* reply = send(network, method, port, 1024 * 1024, 1500);
    // Unbounded, Qt's network thread reads hundreds of megabytes from loopback in the 1.5 s this thread is
    // busy. Bounded, it stops 4 MB ahead of this thread, which reads on and cuts the answer. The kernel's
    // socket buffers hold more on top: on Debian 12 up to 32 MB received (tcp_rmem) and 4 MB sent (tcp_wmem).
    const qint64 sentWhileBusy = server.sent();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30'000);
    QVERIFY(isTooLarge(reply));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QVERIFY(takeBody(reply).isEmpty());
    QVERIFY2(sentWhileBusy < 64 * 1024 * 1024, qPrintable(QString::number(sentWhileBusy)));
    QVERIFY2(server.sent() < 64 * 1024 * 1024, qPrintable(QString::number(server.sent())));
    delete reply;
}

void TestReplyLimits::answerAtTheLimitArrivesWhole_data()
{
    QTest::addColumn<bool>("announced");
    QTest::addColumn<qint64>("overLimit");
    QTest::newRow("no length, exactly the limit") << false << qint64(0);
    QTest::newRow("no length, one byte over") << false << qint64(1);
    QTest::newRow("announced, exactly the limit") << true << qint64(0);
    QTest::newRow("announced, one byte over") << true << qint64(1);
}

void TestReplyLimits::answerAtTheLimitArrivesWhole()
{
    QFETCH(bool, announced);
    const auto length = announced ? FloodServer::Length::Announced : FloodServer::Length::Unannounced;
    QFETCH(qint64, overLimit);
    // Larger than the read-ahead window, so the network thread waits for this one several times.
    constexpr qint64 limit = 10 * 1024 * 1024 + 7;
    FloodServer server(limit + overLimit, length);
    const quint16 port = server.listen();
    QVERIFY(port != 0);
    QNetworkAccessManager network;
    QNetworkReply* reply = send(network, "GET", port, limit, 300);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30'000);
    QCOMPARE(isTooLarge(reply), overLimit > 0);
    const QByteArray body = takeBody(reply);
    if (overLimit > 0) {
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        QVERIFY(body.isEmpty());
    } else {
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(body.size(), limit);
        QVERIFY(body == FloodServer::bodyUpTo(limit));
    }
    delete reply;
}

QTEST_GUILESS_MAIN(TestReplyLimits)
#include "tst_replylimits.moc"
