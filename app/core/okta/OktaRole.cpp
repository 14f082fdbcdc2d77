#include "OktaRole.h"

namespace cordon::core
{

OktaRole OktaRole::fromJson(const QJsonObject& object)
{
    OktaRole role;
    role.id = object.value(QStringLiteral("id")).toString();
    role.type = object.value(QStringLiteral("type")).toString();
    role.label = object.value(QStringLiteral("label")).toString();
    role.assignmentType = object.value(QStringLiteral("assignmentType")).toString();
    role.status = object.value(QStringLiteral("status")).toString();
    return role;
}

} // namespace cordon::core
