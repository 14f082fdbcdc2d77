#include "RateLimitInfo.h"

#include <QLocale>

namespace cordon::core
{

namespace
{

int readInt(const QByteArray& value)
{
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    return ok && number >= 0 ? number : -1;
}

} // namespace

QDateTime parseHttpDate(const QByteArray& value)
{
    // RFC 9110 IMF-fixdate; the month and day names are English whatever the locale.
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(QLatin1String(" GMT"))) {
        text.chop(4);
    }
    QDateTime date = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    date.setTimeSpec(Qt::UTC);
    return date;
}

RateLimitInfo RateLimitInfo::fromHeaders(const QString& bucket, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    RateLimitInfo info;
    info.bucket = bucket;
    for (const auto& [name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "x-rate-limit-limit") {
            info.limit = readInt(value);
        } else if (lower == "x-rate-limit-remaining") {
            info.remaining = readInt(value);
        } else if (lower == "x-rate-limit-reset") {
            bool ok = false;
            const qint64 seconds = value.trimmed().toLongLong(&ok);
            if (ok && seconds > 0) {
                info.reset = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
            }
        } else if (lower == "date") {
            info.serverDate = parseHttpDate(value);
        }
    }
    return info;
}

} // namespace cordon::core
