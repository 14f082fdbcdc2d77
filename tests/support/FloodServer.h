#pragma once

#include <QByteArray>
#include <QSemaphore>
#include <QThread>

#include <atomic>

class QTcpSocket;

namespace cordon::test
{

// An HTTP/1.1 server on loopback, in a thread of its own, that answers any request with a body of `total`
// bytes (bodyUpTo gives them), 64 KB at a time and only as fast as the client reads. Its own thread keeps it
// sending while the client's thread is busy or waits on a child process. The length is announced with a
// Content-Length, or not: then the connection closes after the last byte.
class FloodServer : public QThread
{
public:
    enum class Length
    {
        Announced,
        Unannounced
    };

    FloodServer(qint64 total, Length length);
    ~FloodServer() override;

    // Starts the thread and returns the port it listens on, 0 when it could not listen.
    quint16 listen();
    // The body bytes handed to the socket so far: at most 256 KB more than the kernel took.
    qint64 sent() const { return m_sent; }

    static QByteArray bodyUpTo(qint64 bytes);

protected:
    void run() override;

private:
    void answer(QTcpSocket* socket);
    void more(QTcpSocket* socket);

    const qint64 m_total;
    const Length m_length;
    QSemaphore m_listening;
    quint16 m_port = 0;
    std::atomic<qint64> m_sent = 0;
};

} // namespace cordon::test
