#include "AuditEntry.h"

namespace cordon::core
{

QJsonObject AuditEntry::toJson() const
{
    return {
        {QStringLiteral("seq"), seq},
        {QStringLiteral("id"), id},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("analyst"), analyst},
        {QStringLiteral("machine"), machine},
        {QStringLiteral("incidentId"), incidentId},
        {QStringLiteral("oktaUserId"), oktaUserId},
        {QStringLiteral("oktaLogin"), oktaLogin},
        {QStringLiteral("action"), action},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("httpStatus"), httpStatus},
        {QStringLiteral("requestId"), requestId},
        {QStringLiteral("errorCode"), errorCode},
        {QStringLiteral("errorSummary"), errorSummary},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("prevHash"), prevHash},
        {QStringLiteral("hash"), hash},
    };
}

} // namespace cordon::core
