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

// The pieces the fast writers share.
// a / b rounded towards negative infinity.
qint64 floorDiv(qint64 a, qint64 b);
// The proleptic Gregorian date of a day counted from 1970-01-01, as QDate counts (H. Hinnant's algorithm).
struct CivilDate
{
    qint64 year = 0;
    qint64 month = 0;
    qint64 day = 0;
};
CivilDate civilFromDays(qint64 days);
// value as exactly width decimal digits at out, zero-padded.
void putDigits(char* out, qint64 value, int width);

} // namespace cordon::core
