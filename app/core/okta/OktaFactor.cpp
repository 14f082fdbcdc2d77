#include "OktaFactor.h"

#include "OktaJson.h"

namespace cordon::core
{

std::optional<OktaFactor> OktaFactor::fromJson(const QJsonObject& object)
{
    OktaFactor factor;
    factor.id = object.value(QStringLiteral("id")).toString();
    factor.factorType = object.value(QStringLiteral("factorType")).toString();
    factor.provider = object.value(QStringLiteral("provider")).toString();
    factor.status = object.value(QStringLiteral("status")).toString();
    factor.created = okta::json::readDate(object, QStringLiteral("created"));
    if (factor.id.isEmpty()) {
        return std::nullopt;
    }
    return factor;
}

QString OktaFactor::describe() const
{
    return QStringLiteral("%1 (%2), enrolled %3, id %4")
        .arg(factorType.isEmpty() ? QStringLiteral("factor") : factorType,
             provider.isEmpty() ? QStringLiteral("?") : provider,
             created.isValid() ? created.toUTC().toString(Qt::ISODate) : QStringLiteral("at an unknown time"), id);
}

} // namespace cordon::core
