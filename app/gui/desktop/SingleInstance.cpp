#include "gui/desktop/SingleInstance.h"

#include "base/OsAccount.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

namespace cordon::gui
{

namespace
{

// Arguments are a few short strings; anything larger is not a console talking.
constexpr qint64 MaxMessageBytes = 64 * 1024;
constexpr int ReadTimeoutMs = 5000;
const QByteArray Acknowledgement("ok\n");

} // namespace

QString SingleInstance::serverName(bool demo)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(core::osAccountName().toUtf8());
    hash.addData(QByteArrayLiteral("\n"));
    hash.addData(QDir::homePath().toUtf8());
    hash.addData(QByteArrayLiteral("\n"));
    hash.addData(qEnvironmentVariable("CORDON_CONFIG_DIR").toUtf8());
    hash.addData(demo ? QByteArrayLiteral("\ndemo") : QByteArrayLiteral("\nreal"));
    return QStringLiteral("cordon-") + QString::fromLatin1(hash.result().toHex().left(24));
}

SingleInstance::SingleInstance(const QString& serverName, QObject* parent) : QObject(parent), m_serverName(serverName)
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::forwardToRunning(const QStringList& arguments, int timeoutMs)
{
    // A blocking exchange before any window exists: the second start has nothing else to do meanwhile.
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    QByteArray message;
    QDataStream stream(&message, QIODevice::WriteOnly);
    stream << arguments;
    QDataStream framed(&socket);
    framed << message;
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return false;
    }
    QByteArray answer;
    while (answer.size() < Acknowledgement.size() && socket.waitForReadyRead(timeoutMs)) {
        answer += socket.readAll();
    }
    socket.disconnectFromServer();
    return answer.startsWith(Acknowledgement);
}

bool SingleInstance::listen(QString* error)
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readConnection);
    }
    if (m_server->listen(m_serverName)) {
        return true;
    }
    // A socket file left by a console that crashed: nobody answered on it (forwardToRunning failed), so
    // it is taken over.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(m_serverName);
        if (m_server->listen(m_serverName)) {
            return true;
        }
    }
    if (error) {
        *error = m_server->errorString();
    }
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::readConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A peer that connects and says nothing is dropped after a while.
        QTimer::singleShot(ReadTimeoutMs, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > MaxMessageBytes + 4) {
                socket->abort();
                return;
            }
            QDataStream framed(socket);
            framed.startTransaction();
            QByteArray message;
            framed >> message;
            if (!framed.commitTransaction()) {
                return; // not all of it yet
            }
            QStringList arguments;
            QDataStream stream(message);
            stream >> arguments;
            if (stream.status() != QDataStream::Ok || message.size() > MaxMessageBytes) {
                socket->abort();
                return;
            }
            socket->write(Acknowledgement);
            socket->flush();
            emit argumentsReceived(arguments);
        });
    }
}

} // namespace cordon::gui
