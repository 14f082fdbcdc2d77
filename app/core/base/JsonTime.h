#pragma once

#include <QDateTime>
#include <QJsonValue>

namespace cordon::core
{

// A point in time for JSON output: ISO 8601 in UTC with milliseconds, or null when there is none or it lies
// outside the years 0 to 9999 that ISO 8601 writes with four digits (Qt gives an empty string for those).
QJsonValue jsonTime(const QDateTime& time);

} // namespace cordon::core
