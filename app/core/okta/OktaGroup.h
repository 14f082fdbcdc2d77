#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cordon::core
{

// type is OKTA_GROUP (membership can change), APP_GROUP (imported, e.g. from AD) or BUILT_IN (Everyone).
struct OktaGroup
{
    QString id;
    QString name;
    QString description;
    QString type;
    // When a member last joined or left: tells whether the membership changed after a given moment.
    QDateTime lastMembershipUpdated;

    bool isValid() const { return !id.isEmpty(); }
    bool isModifiable() const { return type == QLatin1String("OKTA_GROUP"); }

    static OktaGroup fromJson(const QJsonObject& object);
};

} // namespace cordon::core
