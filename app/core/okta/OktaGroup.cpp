#include "OktaGroup.h"

#include "okta/OktaJson.h"

namespace cordon::core
{

OktaGroup OktaGroup::fromJson(const QJsonObject& object)
{
    const QJsonObject profile = object.value(QStringLiteral("profile")).toObject();
    OktaGroup group;
    group.id = object.value(QStringLiteral("id")).toString();
    group.name = profile.value(QStringLiteral("name")).toString();
    group.description = profile.value(QStringLiteral("description")).toString();
    group.type = object.value(QStringLiteral("type")).toString();
    group.lastMembershipUpdated = okta::json::readDate(object, QStringLiteral("lastMembershipUpdated"));
    return group;
}

} // namespace cordon::core
