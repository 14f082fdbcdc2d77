#include "base/JsonTime.h"

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

} // namespace cordon::core
