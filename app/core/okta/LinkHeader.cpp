#include "LinkHeader.h"

namespace cordon::core
{

namespace
{

// Splits on `separator` outside <...> and "..." so that commas in URLs and quoted values survive.
QList<QByteArray> splitOutside(const QByteArray& value, char separator)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool inAngle = false;
    bool inQuote = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (inQuote) {
            if (c == '\\' && i + 1 < value.size()) {
                current += c;
                current += value.at(++i);
                continue;
            }
            if (c == '"') {
                inQuote = false;
            }
        } else if (inAngle) {
            if (c == '>') {
                inAngle = false;
            }
        } else if (c == '"') {
            inQuote = true;
        } else if (c == '<') {
            inAngle = true;
        } else if (c == separator) {
            parts.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    parts.append(current.trimmed());
    return parts;
}

QByteArray unquote(QByteArray value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
        value = value.mid(1, value.size() - 2);
        QByteArray plain;
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value.at(i) == '\\' && i + 1 < value.size()) {
                ++i;
            }
            plain += value.at(i);
        }
        return plain;
    }
    return value;
}

} // namespace

QList<LinkHeader::Link> LinkHeader::parse(const QByteArray& value)
{
    QList<Link> links;
    for (const QByteArray& part : splitOutside(value, ',')) {
        if (!part.startsWith('<')) {
            continue;
        }
        const qsizetype close = part.indexOf('>');
        if (close < 0) {
            continue;
        }
        const QUrl url = QUrl::fromEncoded(part.mid(1, close - 1).trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.isEmpty()) {
            continue;
        }
        Link link{url, {}};
        const QList<QByteArray> params = splitOutside(part.mid(close + 1), ';');
        for (const QByteArray& param : params) {
            const qsizetype equals = param.indexOf('=');
            if (equals < 0 || param.left(equals).trimmed().toLower() != "rel") {
                continue;
            }
            // rel may list several relations separated by spaces ("next last").
            for (const QByteArray& relation : unquote(param.mid(equals + 1)).simplified().split(' ')) {
                if (!relation.isEmpty()) {
                    link.relations.append(QString::fromLatin1(relation.toLower()));
                }
            }
        }
        links.append(link);
    }
    return links;
}

QList<LinkHeader::Link> LinkHeader::parse(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QList<Link> links;
    for (const auto& [name, value] : headers) {
        if (name.toLower() == "link") {
            links.append(parse(value));
        }
    }
    return links;
}

QUrl LinkHeader::next(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    for (const Link& link : parse(headers)) {
        if (link.relations.contains(QLatin1String("next"))) {
            return link.url;
        }
    }
    return {};
}

} // namespace cordon::core
