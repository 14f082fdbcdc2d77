#include "HostileServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <memory>

namespace cordon::test
{

namespace
{

constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 QueuedBytes = 256 * 1024;
constexpr const char* BufferName = "hostileBuffer";

// "name: value" for each header, and each value's last word alone (a token without its scheme).
QStringList echoed(const HostileServer::Request& request)
{
    QStringList lines;
    for (const auto& [name, value] : request.headers) {
        lines << QString::fromLatin1(name + ": " + value);
    }
    for (const auto& [name, value] : request.headers) {
        lines << QString::fromLatin1(value.split(' ').last());
    }
    return lines;
}

} // namespace

HostileServer::Answer HostileServer::plain(int status, const QByteArray& body, const QByteArray& contentType)
{
    Answer answer;
    answer.status = status;
    answer.body = body;
    answer.contentType = contentType;
    answer.echoInHeaders = false;
    return answer;
}

HostileServer::Answer HostileServer::oktaError(int status)
{
    Answer answer;
    answer.kind = Answer::Kind::EchoOktaError;
    answer.status = status;
    return answer;
}

HostileServer::Answer HostileServer::htmlPage(int status)
{
    Answer answer;
    answer.kind = Answer::Kind::EchoHtml;
    answer.status = status;
    answer.contentType = "text/html; charset=utf-8";
    return answer;
}

HostileServer::Answer HostileServer::redirect(int status, const QUrl& to)
{
    Answer answer;
    answer.kind = Answer::Kind::Redirect;
    answer.status = status;
    answer.location = to.toEncoded();
    answer.echoInHeaders = false;
    return answer;
}

HostileServer::Answer HostileServer::flood(qint64 total)
{
    Answer answer;
    answer.kind = Answer::Kind::Flood;
    answer.total = total;
    answer.contentType = "application/octet-stream";
    answer.echoInHeaders = false;
    return answer;
}

HostileServer::HostileServer() = default;

HostileServer::~HostileServer()
{
    quit();
    wait();
}

void HostileServer::on(const QByteArray& prefix, const Answer& answer)
{
    const QMutexLocker lock(&m_mutex);
    m_answers.removeIf([&prefix](const auto& entry) { return entry.first == prefix; });
    m_answers.append({prefix, answer});
}

quint16 HostileServer::listen()
{
    start();
    m_listening.acquire();
    return m_port;
}

QUrl HostileServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QList<HostileServer::Request> HostileServer::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests;
}

void HostileServer::run()
{
    QTcpServer server;
    if (server.listen(QHostAddress::LocalHost, 0)) {
        m_port = server.serverPort();
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { readRequest(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    m_listening.release();
    exec();
}

void HostileServer::readRequest(QTcpSocket* socket)
{
    QByteArray buffer = socket->property(BufferName).toByteArray() + socket->readAll();
    const std::optional<Request> taken = Request::take(buffer);
    socket->setProperty(BufferName, buffer);
    if (!taken) {
        return;
    }
    const Request& request = *taken;
    {
        const QMutexLocker lock(&m_mutex);
        m_requests.append(request);
    }
    answer(socket, request);
}

HostileServer::Answer HostileServer::answerFor(const Request& request) const
{
    const QByteArray key = request.method + ' ' + request.target.split('?').first();
    const QMutexLocker lock(&m_mutex);
    const QPair<QByteArray, Answer>* best = nullptr;
    for (const auto& entry : m_answers) {
        if (key.startsWith(entry.first) && (!best || entry.first.size() > best->first.size())) {
            best = &entry;
        }
    }
    return best ? best->second : oktaError(404);
}

void HostileServer::answer(QTcpSocket* socket, const Request& request)
{
    const Answer answer = answerFor(request);
    QByteArray body = answer.body;
    QList<QPair<QByteArray, QByteArray>> headers;
    const QStringList echo = echoed(request);
    switch (answer.kind) {
    case Answer::Kind::Plain:
    case Answer::Kind::Flood:
        break;
    case Answer::Kind::EchoOktaError: {
        QJsonArray causes;
        for (const QString& line : echo) {
            causes.append(QJsonObject{{QStringLiteral("errorSummary"), line}});
        }
        body =
            QJsonDocument(QJsonObject{{QStringLiteral("errorCode"), QStringLiteral("E0000006")},
                                      {QStringLiteral("errorSummary"), QStringLiteral("You do not have permission: ") +
                                                                           echo.join(QStringLiteral("; "))},
                                      {QStringLiteral("errorLink"), QStringLiteral("E0000006")},
                                      {QStringLiteral("errorId"), echo.value(echo.size() / 2 + 1)},
                                      {QStringLiteral("errorCauses"), causes}})
                .toJson(QJsonDocument::Compact);
        break;
    }
    case Answer::Kind::EchoHtml:
        body = "<!DOCTYPE html><html><head><title>Access denied for " +
               echo.join(QStringLiteral(" | ")).toHtmlEscaped().toUtf8() +
               "</title></head><body><h1>Access denied</h1></body></html>";
        break;
    case Answer::Kind::Redirect:
        headers.append({"Location", answer.location});
        break;
    }
    if (answer.echoInHeaders) {
        for (const auto& [name, value] : request.headers) {
            headers.append({"X-Echo-" + name, value});
        }
        headers.append({"X-Okta-Request-Id", request.header("Authorization").split(' ').last()});
    }
    const qint64 length = answer.kind == Answer::Kind::Flood ? answer.total : body.size();
    QByteArray head = httpStatusLine(answer.status);
    head += "Content-Type: " + answer.contentType + "\r\nContent-Length: " + QByteArray::number(length) +
            "\r\nConnection: close\r\n";
    for (const auto& [name, value] : headers) {
        head += name + ": " + value + "\r\n";
    }
    socket->write(head + "\r\n" + body);
    if (answer.kind != Answer::Kind::Flood) {
        socket->disconnectFromHost();
        return;
    }
    // Only as fast as the client reads: a few chunks queued at a time.
    auto sent = std::make_shared<qint64>(0);
    const auto more = [socket, sent, total = answer.total] {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < QueuedBytes &&
               *sent < total) {
            const qint64 bytes = std::min(ChunkBytes, total - *sent);
            *sent += socket->write(QByteArray(bytes, 'x'));
        }
        if (*sent >= total) {
            socket->disconnectFromHost();
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
    more();
}

} // namespace cordon::test
