#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QSet>
#include <QString>

namespace cordon::core::feedvalues
{

// A string, or a number written as one (ids are integers in some feeds); empty otherwise.
QString text(const QJsonValue& value);
// A timestamp given as epoch milliseconds (number or digits) or as RFC 3339 text; invalid otherwise.
QDateTime time(const QJsonValue& value);
// "windows", "macos", "linux", "ios", "android" from a platform or OS name ("OS X", "Windows 11"); empty if unsure.
QString osFamilyFromName(const QString& name);
// Lower-case words joined by '-': "Sentrybird Labs" -> "sentrybird-labs".
QString slug(const QString& text);
// True for "S-1-…" (a Windows SID).
bool looksLikeSid(const QString& text);

// Hands out one shared copy of strings that repeat across records (vendor, product, domain), so that
// a large feed holds each of them once.
class StringPool
{
public:
    QString intern(const QString& text);

private:
    QSet<QString> m_strings;
};

} // namespace cordon::core::feedvalues
