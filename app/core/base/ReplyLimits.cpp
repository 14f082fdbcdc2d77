#include "base/ReplyLimits.h"

#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <utility>

namespace cordon::core
{

namespace
{

constexpr const char* TooLarge = "cordonTooLarge";
constexpr const char* TooSlow = "cordonTooSlow";
constexpr const char* BodyName = "cordonBody";

// How far Qt's network thread reads ahead of this one over HTTP/1.1. Unbounded, it reads on while this
// thread is busy or not scheduled, and a fast server gets hundreds of megabytes in before a check runs.
constexpr qint64 ReadAheadBytes = 4 * 1024 * 1024;

// The answer read so far, kept beside the reply it came from.
class Body : public QObject
{
public:
    explicit Body(QNetworkReply* reply, qint64 maxBytes) : QObject(reply), m_reply(reply), m_maxBytes(maxBytes)
    {
        setObjectName(QLatin1String(BodyName));
    }

    void cutIfOver(qint64 bytes)
    {
        if (bytes > m_maxBytes && !isTooLarge(m_reply)) {
            m_reply->setProperty(TooLarge, true);
            m_reply->abort();
        }
    }

    void readOn()
    {
        if (isTooLarge(m_reply) || !m_reply->isOpen()) {
            return;
        }
        m_bytes += m_reply->readAll();
        cutIfOver(m_bytes.size());
    }

    QByteArray take() { return isTooLarge(m_reply) ? QByteArray() : std::exchange(m_bytes, {}); }

private:
    QNetworkReply* m_reply;
    const qint64 m_maxBytes;
    QByteArray m_bytes;
};

} // namespace

void keepToHttp1(QNetworkRequest& request)
{
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
}

void limitResponseSize(QNetworkReply* reply, qint64 maxBytes)
{
    auto* body = new Body(reply, maxBytes);
    const qint64 readAhead = std::clamp<qint64>(maxBytes, 1, ReadAheadBytes);
    const QNetworkRequest& request = reply->request();
    // A request that may go over HTTP/2 gets no read buffer: Qt's flow control there has been reported to
    // misbehave with one, and which protocol answers is known only once the headers are in.
    if (!request.attribute(QNetworkRequest::Http2AllowedAttribute, true).toBool() &&
        !request.attribute(QNetworkRequest::Http2DirectAttribute).toBool()) {
        // Qt's network thread only takes a read buffer once it has started the request. A request without a
        // body has started by now, so it gets the buffer before any byte of the answer, however late this
        // thread runs again. One with a body starts in this thread's next turn, and the queued call follows it.
        reply->setReadBufferSize(readAhead);
        QMetaObject::invokeMethod(
            body, [reply, readAhead] { reply->setReadBufferSize(readAhead); }, Qt::QueuedConnection);
    }
    QObject::connect(reply, &QNetworkReply::metaDataChanged, body, [reply, body] {
        body->cutIfOver(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    // Every arrival is read and counted at once: Qt's downloadProgress comes at most every 100 ms, and a
    // fast server sends far more than the limit in that time.
    QObject::connect(reply, &QNetworkReply::readyRead, body, [body] { body->readOn(); });
    // Connected before any handler of the caller's: the last bytes are counted, and isTooLarge() settled,
    // before anyone else learns that the reply finished.
    QObject::connect(reply, &QNetworkReply::finished, body, [body] { body->readOn(); });
}

bool isTooLarge(const QNetworkReply* reply)
{
    return reply->property(TooLarge).toBool();
}

QByteArray takeBody(QNetworkReply* reply)
{
    // Body has no meta-object of its own, so it is found by its name.
    if (auto* body = reply->findChild<QObject*>(QLatin1String(BodyName), Qt::FindDirectChildrenOnly)) {
        return static_cast<Body*>(body)->take();
    }
    return reply->isOpen() ? reply->readAll() : QByteArray();
}

void limitTransferTime(QNetworkReply* reply, qint64 maxMs)
{
    QTimer::singleShot(std::chrono::milliseconds(maxMs), reply, [reply] {
        if (reply->isRunning()) {
            reply->setProperty(TooSlow, true);
            reply->abort();
        }
    });
}

bool isTooSlow(const QNetworkReply* reply)
{
    return reply->property(TooSlow).toBool();
}

} // namespace cordon::core
