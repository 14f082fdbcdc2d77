#include "base/JsonTime.h"

#include <array>

namespace cordon::core
{

QJsonValue jsonTime(const QDateTime& time)
{
    if (!time.isValid()) {
        return QJsonValue(QJsonValue::Null);
    }
    const QString text = time.toUTC().toString(Qt::ISODateWithMs);
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

namespace
{

constexpr qint64 MsPerDay = 86'400'000;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm), as QDate counts.
qint64 daysFromCivil(qint64 year, qint64 month, qint64 day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

} // namespace

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    CivilDate date;
    date.day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    date.month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    date.year = yearOfEra + era * 400 + (date.month <= 2 ? 1 : 0);
    return date;
}

void putDigits(char* out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

bool appendUtcTime(QByteArray& out, qint64 msecs)
{
    const qint64 days = floorDiv(msecs, MsPerDay);
    const qint64 msOfDay = msecs - days * MsPerDay;
    const CivilDate date = civilFromDays(days);
    if (date.year < 1 || date.year > 9999) {
        return false;
    }
    std::array<char, 24> text{};
    const auto put = [&text](size_t at, qint64 value, int width) { putDigits(text.data() + at, value, width); };
    put(0, date.year, 4);
    text[4] = '-';
    put(5, date.month, 2);
    text[7] = '-';
    put(8, date.day, 2);
    text[10] = 'T';
    put(11, msOfDay / 3'600'000, 2);
    text[13] = ':';
    put(14, msOfDay / 60'000 % 60, 2);
    text[16] = ':';
    put(17, msOfDay / 1000 % 60, 2);
    text[19] = '.';
    put(20, msOfDay % 1000, 3);
    text[23] = 'Z';
    out.append(text.data(), qsizetype(text.size()));
    return true;
}

QDateTime parseUtcTime(QStringView text)
{
    if (text.size() != 24) {
        return {};
    }
    const auto number = [text](qsizetype at, int width, qint64& value) {
        value = 0;
        for (qsizetype i = at; i < at + width; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9') {
                return false;
            }
            value = value * 10 + (c - u'0');
        }
        return true;
    };
    qint64 year = 0;
    qint64 month = 0;
    qint64 day = 0;
    qint64 hour = 0;
    qint64 minute = 0;
    qint64 second = 0;
    qint64 ms = 0;
    if (!number(0, 4, year) || text[4] != u'-' || !number(5, 2, month) || text[7] != u'-' || !number(8, 2, day) ||
        text[10] != u'T' || !number(11, 2, hour) || text[13] != u':' || !number(14, 2, minute) || text[16] != u':' ||
        !number(17, 2, second) || text[19] != u'.' || !number(20, 3, ms) || text[23] != u'Z') {
        return {};
    }
    static constexpr std::array<qint64, 12> monthDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > monthDays[static_cast<size_t>(month - 1)] ||
        hour > 23 || minute > 59 || second > 59) {
        return {};
    }
    const qint64 days = daysFromCivil(year, month, day);
    // 29 February of a common year comes out as 1 March: not the date written.
    if (civilFromDays(days).month != month) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(days * MsPerDay + ((hour * 60 + minute) * 60 + second) * 1000 + ms, Qt::UTC);
}

} // namespace cordon::core
