#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrlQuery>

#include <optional>

namespace cordon::test
{

// One HTTP/1.1 request as a test server read it off the wire.
struct HttpRequest
{
    QByteArray line; // the request line as sent: "GET /path?query HTTP/1.1"
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first header of that name (the name's case does not matter), empty when there is none.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    QByteArray path() const; // as sent, percent-encoded
    QUrlQuery query() const;

    // Takes the first whole request (its head, and as many body bytes as its Content-Length says) off the
    // front of what a connection has sent so far; nothing while the request is still incomplete.
    static std::optional<HttpRequest> take(QByteArray& received);
};

// "HTTP/1.1 <status> <reason>\r\n"
QByteArray httpStatusLine(int status);

} // namespace cordon::test
