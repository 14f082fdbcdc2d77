#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>

class QTcpSocket;

namespace cordon::test
{

// An HTTP/1.1 server on 127.0.0.1 in the test's own thread, for a client under test that talks HTTP over
// loopback. It keeps every request it is sent (method, target, headers and body) and answers each one, one
// request to a connection, from the test's handler, else from a queue of canned answers, else with the
// fallback (500 unless set). An answer can also stall, trickle or flood, as a slow or hostile server would.
// A test that waits on a child process needs a server in a thread of its own: HostileServer or FloodServer.
class LoopbackServer : public QObject
{
public:
    using Request = HttpRequest;

    struct Answer
    {
        enum class Delivery
        {
            Whole,       // the head, a Content-Length and the body, then the server hangs up
            Unannounced, // no Content-Length: the body ends where the server hangs up
            Never,       // no answer at all; the connection stays open
            Trickle,     // a Content-Length of `length`, the body, then one more byte every 20 ms up to `length`
            Flood,       // the body, then spaces up to `length` more bytes, as fast as the client reads
        };

        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Delivery delivery = Delivery::Whole;
        qint64 length = 0;     // Trickle, Flood
        bool announced = true; // Flood: with a Content-Length of the whole body, else with none

        Answer& header(const QByteArray& name, const QByteArray& value);

        static Answer plain(int status, const QByteArray& body = {});
        // With Content-Type: application/json.
        static Answer json(int status, const QByteArray& body = {});
        static Answer unannounced(const QByteArray& body);
        static Answer never();
        static Answer trickle(const QByteArray& first, qint64 promised);
        static Answer flood(const QByteArray& first, qint64 bytes, bool announced);
    };
    using Handler = std::function<Answer(const Request&)>;

    LoopbackServer();

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:<port><path>
    QUrl url(const QString& path = {}) const;

    // Decides every answer; the queue and the fallback are then not used.
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // The next request's answer, after those queued before it.
    void enqueue(const Answer& answer) { m_queue.push_back(answer); }
    // The answer once the queue is empty.
    void setFallback(const Answer& answer) { m_fallback = answer; }

    const QList<Request>& requests() const { return m_requests; }
    // Connections that ended without the server hanging up: the client closed them.
    int closedByClient() const { return m_closedByClient; }
    // The bytes Flood answers sent after their body, so far.
    qint64 flooded() const { return m_flooded; }

private:
    void read(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Answer& answer);
    void more(QTcpSocket* socket);

    QTcpServer m_server;
    Handler m_handler;
    std::deque<Answer> m_queue;
    Answer m_fallback = Answer::plain(500);
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QSet<QTcpSocket*> m_closedByServer;
    QHash<QTcpSocket*, qint64> m_trickling; // bytes still promised
    QHash<QTcpSocket*, qint64> m_flooding;  // bytes still to send
    QTimer m_trickle;
    int m_closedByClient = 0;
    qint64 m_flooded = 0;
};

} // namespace cordon::test
