#pragma once

#include <QJsonObject>
#include <QString>

namespace cordon::core
{

// An admin role assigned to a user (GET /api/v1/users/{id}/roles): SUPER_ADMIN, ORG_ADMIN, HELP_DESK_ADMIN, ...
struct OktaRole
{
    QString id;
    QString type;
    QString label;
    QString assignmentType;
    QString status;

    static OktaRole fromJson(const QJsonObject& object);
};

} // namespace cordon::core
