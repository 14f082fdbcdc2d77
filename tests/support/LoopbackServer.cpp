#include "LoopbackServer.h"

#include <QTcpSocket>

#include <algorithm>

namespace cordon::test
{

namespace
{

constexpr qint64 FloodChunkBytes = 64 * 1024;
constexpr qint64 FloodQueuedBytes = 256 * 1024;

} // namespace

LoopbackServer::Answer& LoopbackServer::Answer::header(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

LoopbackServer::Answer LoopbackServer::Answer::plain(int status, const QByteArray& body)
{
    Answer answer;
    answer.status = status;
    answer.body = body;
    return answer;
}

LoopbackServer::Answer LoopbackServer::Answer::json(int status, const QByteArray& body)
{
    return plain(status, body).header("Content-Type", "application/json");
}

LoopbackServer::Answer LoopbackServer::Answer::unannounced(const QByteArray& body)
{
    Answer answer = plain(200, body);
    answer.delivery = Delivery::Unannounced;
    return answer;
}

LoopbackServer::Answer LoopbackServer::Answer::never()
{
    Answer answer;
    answer.delivery = Delivery::Never;
    return answer;
}

LoopbackServer::Answer LoopbackServer::Answer::trickle(const QByteArray& first, qint64 promised)
{
    Answer answer = plain(200, first);
    answer.delivery = Delivery::Trickle;
    answer.length = promised;
    return answer;
}

LoopbackServer::Answer LoopbackServer::Answer::flood(const QByteArray& first, qint64 bytes, bool announced)
{
    Answer answer = plain(200, first);
    answer.delivery = Delivery::Flood;
    answer.length = bytes;
    answer.announced = announced;
    return answer;
}

LoopbackServer::LoopbackServer()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { more(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                if (!m_closedByServer.remove(socket)) {
                    ++m_closedByClient;
                }
                m_buffers.remove(socket);
                m_trickling.remove(socket);
                m_flooding.remove(socket);
                socket->deleteLater();
            });
        }
    });
    m_trickle.setInterval(20);
    connect(&m_trickle, &QTimer::timeout, this, [this] {
        for (auto it = m_trickling.begin(); it != m_trickling.end(); ++it) {
            if (it.value() > 0) {
                it.value() -= it.key()->write(" ");
            }
        }
    });
}

QUrl LoopbackServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void LoopbackServer::read(QTcpSocket* socket)
{
    if (!m_buffers.contains(socket) && socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const std::optional<Request> taken = Request::take(buffer);
    if (!taken) {
        return;
    }
    const Request& request = *taken;
    m_buffers.remove(socket);
    socket->setProperty("answered", true);
    m_requests.append(request);

    if (m_handler) {
        answer(socket, m_handler(request));
    } else if (!m_queue.empty()) {
        const Answer next = m_queue.front();
        m_queue.pop_front();
        answer(socket, next);
    } else {
        answer(socket, m_fallback);
    }
}

void LoopbackServer::answer(QTcpSocket* socket, const Answer& answer)
{
    using Delivery = Answer::Delivery;
    if (answer.delivery == Delivery::Never) {
        return;
    }
    QByteArray head = httpStatusLine(answer.status);
    for (const auto& [name, value] : answer.headers) {
        head += name + ": " + value + "\r\n";
    }
    switch (answer.delivery) {
    case Delivery::Whole:
        head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n";
        break;
    case Delivery::Trickle:
        head += "Content-Length: " + QByteArray::number(answer.length) + "\r\n";
        m_trickling.insert(socket, answer.length - answer.body.size());
        m_trickle.start();
        break;
    case Delivery::Flood:
        head += answer.announced ? "Content-Length: " + QByteArray::number(answer.body.size() + answer.length) + "\r\n"
                                 : QByteArray("Connection: close\r\n");
        m_flooding.insert(socket, answer.length);
        break;
    case Delivery::Unannounced:
    case Delivery::Never:
        head += "Connection: close\r\n";
        break;
    }
    socket->write(head + "\r\n" + answer.body);
    if (answer.delivery == Delivery::Whole || answer.delivery == Delivery::Unannounced) {
        m_closedByServer.insert(socket);
        socket->disconnectFromHost();
    }
}

void LoopbackServer::more(QTcpSocket* socket)
{
    const auto flooding = m_flooding.find(socket);
    if (flooding == m_flooding.end() || flooding.value() <= 0 || socket->state() != QAbstractSocket::ConnectedState ||
        socket->bytesToWrite() >= FloodQueuedBytes) {
        return;
    }
    const qint64 sent = socket->write(QByteArray(std::min(FloodChunkBytes, flooding.value()), ' '));
    if (sent > 0) {
        flooding.value() -= sent;
        m_flooded += sent;
    }
}

} // namespace cordon::test
