#include "OktaJson.h"

#include "base/JsonTime.h"

namespace cordon::core::okta::json
{

QDateTime readDate(const QJsonObject& object, const QString& key)
{
    const QString text = object.value(key).toString();
    if (text.isEmpty()) {
        return {};
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

void writeDate(QJsonObject& object, const QString& key, const QDateTime& value)
{
    object.insert(key, jsonTime(value));
}

} // namespace cordon::core::okta::json
