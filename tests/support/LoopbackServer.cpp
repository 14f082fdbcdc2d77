#include "LoopbackServer.h"

#include <QTcpSocket>

#include <algorithm>

namespace cordon::test
{

namespace
{

constexpr qint64 FloodChunkBytes = 64 * 1024;
constexpr qint64 FloodQueuedBytes = 256 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray LoopbackServer::Request::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool LoopbackServer::Request::hasHeader(const QByteArray& name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&name](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray LoopbackServer::Request::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

QUrlQuery LoopbackServer::Request::query() const
{
    return QUrlQuery(QUrl(QString::fromLatin1(target)));
}

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
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        return;
    }
    Request request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    request.line = lines.first().trimmed();
    const QList<QByteArray> parts = request.line.split(' ');
    request.method = parts.value(0);
    request.target = parts.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            request.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
    }
    const qint64 length = request.header("Content-Length").toLongLong();
    if (buffer.size() < headEnd + 4 + length) {
        return;
    }
    request.body = buffer.mid(headEnd + 4, length);
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
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) + "\r\n";
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
