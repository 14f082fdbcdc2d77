#include "OktaJson.h"

namespace cordon::core::okta::json
{

QDateTime readDate(const QJsonObject& object, const QString& key)
{
    const QString text = object.value(key).toString();
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

void writeDate(QJsonObject& object, const QString& key, const QDateTime& value)
{
    object.insert(key, value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue());
}

} // namespace cordon::core::okta::json
