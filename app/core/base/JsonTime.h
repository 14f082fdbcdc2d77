#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QStringView>

namespace cordon::core
{

// A point in time for JSON output: ISO 8601 in UTC with milliseconds, or null when there is none or it lies
// outside the years 0 to 9999 that ISO 8601 writes with four digits (Qt gives an empty string for those).
QJsonValue jsonTime(const QDateTime& time);

// "yyyy-MM-ddTHH:mm:ss.zzzZ" of a time in milliseconds since the epoch, appended digit by digit: a hundred
// thousand times through QDateTime's formatting take a large share of storing or printing incidents. False
// (and nothing appended) for years outside 1 to 9999, which callers leave to QDateTime.
bool appendUtcTime(QByteArray& out, qint64 msecs);
// Reads exactly that form back; an invalid QDateTime for anything else, which callers leave to QDateTime.
QDateTime parseUtcTime(QStringView text);

} // namespace cordon::core
