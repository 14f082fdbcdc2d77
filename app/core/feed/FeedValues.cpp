#include "feed/FeedValues.h"

namespace cordon::core::feedvalues
{

QDateTime timeFromText(const QString& text)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const qint64 ms = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    const QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString osFamilyFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower.isEmpty()) {
        return QString();
    }
    if (lower.contains(QLatin1String("windows"))) {
        return QStringLiteral("windows");
    }
    if (lower.contains(QLatin1String("mac")) || lower.contains(QLatin1String("os x")) ||
        lower.contains(QLatin1String("osx")) || lower.contains(QLatin1String("darwin"))) {
        return QStringLiteral("macos");
    }
    if (lower.contains(QLatin1String("ipados")) || lower.contains(QLatin1String("ios"))) {
        return QStringLiteral("ios");
    }
    if (lower.contains(QLatin1String("android"))) {
        return QStringLiteral("android");
    }
    if (lower.contains(QLatin1String("linux")) || lower.contains(QLatin1String("ubuntu")) ||
        lower.contains(QLatin1String("debian")) || lower.contains(QLatin1String("red hat")) ||
        lower.contains(QLatin1String("rhel")) || lower.contains(QLatin1String("centos"))) {
        return QStringLiteral("linux");
    }
    return QString();
}

QString slug(const QString& textValue)
{
    QString result;
    result.reserve(textValue.size());
    bool dash = false;
    for (const QChar c : textValue.trimmed().toLower()) {
        if (c.isLetterOrNumber()) {
            if (dash && !result.isEmpty()) {
                result.append(u'-');
            }
            dash = false;
            result.append(c);
        } else {
            dash = true;
        }
    }
    return result;
}

bool looksLikeSid(const QString& textValue)
{
    return textValue.startsWith(QLatin1String("S-1-"), Qt::CaseInsensitive);
}

QString StringPool::intern(const QString& textValue)
{
    if (textValue.isEmpty()) {
        return QString();
    }
    const auto it = m_strings.constFind(textValue);
    if (it != m_strings.constEnd()) {
        return *it;
    }
    m_strings.insert(textValue);
    return textValue;
}

QString StringPool::intern(QLatin1String textValue)
{
    if (textValue.isEmpty()) {
        return QString();
    }
    const auto it = m_latin1.constFind(QByteArray::fromRawData(textValue.data(), textValue.size()));
    if (it != m_latin1.constEnd()) {
        return *it;
    }
    const QString shared = intern(QString(textValue));
    m_latin1.insert(QByteArray(textValue.data(), textValue.size()), shared);
    return shared;
}

} // namespace cordon::core::feedvalues
