#include "HttpRequest.h"

#include <QUrl>

#include <algorithm>

namespace cordon::test
{

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray& name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&name](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray HttpRequest::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

QUrlQuery HttpRequest::query() const
{
    return QUrlQuery(QUrl(QString::fromLatin1(target)));
}

std::optional<HttpRequest> HttpRequest::take(QByteArray& received)
{
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        return std::nullopt;
    }
    HttpRequest request;
    const QList<QByteArray> lines = received.left(headEnd).split('\n');
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
    if (received.size() - headEnd - 4 < length) {
        return std::nullopt;
    }
    request.body = received.mid(headEnd + 4, length);
    received.remove(0, headEnd + 4 + length);
    return request;
}

QByteArray httpStatusLine(int status)
{
    QByteArray reason;
    switch (status) {
    case 200:
        reason = "OK";
        break;
    case 301:
        reason = "Moved Permanently";
        break;
    case 302:
        reason = "Found";
        break;
    case 307:
        reason = "Temporary Redirect";
        break;
    case 308:
        reason = "Permanent Redirect";
        break;
    case 401:
        reason = "Unauthorized";
        break;
    case 403:
        reason = "Forbidden";
        break;
    case 404:
        reason = "Not Found";
        break;
    case 429:
        reason = "Too Many Requests";
        break;
    case 500:
        reason = "Internal Server Error";
        break;
    case 503:
        reason = "Service Unavailable";
        break;
    default:
        reason = "Status";
        break;
    }
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
}

} // namespace cordon::test
