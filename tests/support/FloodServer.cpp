#include "FloodServer.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace cordon::test
{

namespace
{

constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 QueuedBytes = 256 * 1024;

// Byte i of every body: letters that change every 1,000 bytes, so a lost or repeated piece shows.
char byteAt(qint64 i)
{
    return char('a' + (i / 1000) % 26);
}

QByteArray bodyPart(qint64 from, qint64 bytes)
{
    QByteArray part(bytes, Qt::Uninitialized);
    for (qint64 i = 0; i < bytes; ++i) {
        part[i] = byteAt(from + i);
    }
    return part;
}

} // namespace

FloodServer::FloodServer(qint64 total, Length length) : m_total(total), m_length(length) {}

FloodServer::~FloodServer()
{
    quit();
    wait();
}

quint16 FloodServer::listen()
{
    start();
    m_listening.acquire();
    return m_port;
}

QByteArray FloodServer::bodyUpTo(qint64 bytes)
{
    return bodyPart(0, bytes);
}

void FloodServer::run()
{
    QTcpServer server;
    if (server.listen(QHostAddress::LocalHost, 0)) {
        m_port = server.serverPort();
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] { more(socket); });
        }
    });
    m_listening.release();
    exec();
}

void FloodServer::answer(QTcpSocket* socket)
{
    if (!socket->readAll().contains("\r\n\r\n")) {
        return;
    }
    const QByteArray length = m_length == Length::Announced ? "Content-Length: " + QByteArray::number(m_total)
                                                            : QByteArray("Connection: close");
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n" + length + "\r\n\r\n");
}

void FloodServer::more(QTcpSocket* socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() >= QueuedBytes) {
        return;
    }
    if (m_sent < m_total) {
        const qint64 bytes = std::min(ChunkBytes, m_total - m_sent);
        m_sent += socket->write(bodyPart(m_sent, bytes));
    } else if (m_length == Length::Unannounced) {
        socket->disconnectFromHost();
    }
}

} // namespace cordon::test
