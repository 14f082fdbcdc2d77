#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QSemaphore>
#include <QThread>
#include <QUrl>

class QTcpSocket;

namespace cordon::test
{

// A loopback HTTP/1.1 server that answers as a hostile or broken server would, in a thread of its own (so that
// it answers while the test waits on a child process). Each answer is chosen by the request's method and path:
// an Okta error object, an HTML page or headers that echo the request's headers back (the Authorization value,
// an API key: what a proxy or a malicious server can do), a redirect, a flood of bytes, or a plain answer. It
// keeps every request it saw, so a test can say which origin got which credential.
class HostileServer : public QThread
{
public:
    struct Answer
    {
        enum class Kind
        {
            Plain,
            EchoOktaError, // errorSummary and errorCauses hold the request's headers
            EchoHtml,      // the page's <title> holds them
            Redirect,
            Flood,
        };
        Kind kind = Kind::Plain;
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QByteArray location; // Redirect
        qint64 total = 0;    // Flood: this many bytes, announced
        // Also the request's headers back as X-Echo-<name>, and the Authorization value in X-Okta-Request-Id.
        bool echoInHeaders = true;
    };
    static Answer plain(int status, const QByteArray& body, const QByteArray& contentType = "application/json");
    static Answer oktaError(int status);
    static Answer htmlPage(int status);
    static Answer redirect(int status, const QUrl& to);
    static Answer flood(qint64 total);

    using Request = HttpRequest;

    HostileServer();
    ~HostileServer() override;

    // Answers requests whose "METHOD /path" starts with prefix (the longest prefix wins, "" matches all);
    // unmatched ones get an echoing Okta error 404. May be changed while the server runs.
    void on(const QByteArray& prefix, const Answer& answer);
    // Starts the thread and returns the port it listens on, 0 when it could not listen.
    quint16 listen();
    // http://127.0.0.1:<port><path>
    QUrl url(const QString& path = {}) const;
    QList<Request> requests() const;

protected:
    void run() override;

private:
    void readRequest(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Request& request);
    Answer answerFor(const Request& request) const;

    mutable QMutex m_mutex;
    QList<QPair<QByteArray, Answer>> m_answers;
    QList<Request> m_requests;
    QSemaphore m_listening;
    quint16 m_port = 0;
};

} // namespace cordon::test
