#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cordon::core
{

// An Okta user as GET /api/v1/users returns it, with the profile attributes Cordon shows lifted out.
// The whole profile stays in `profile` for custom attributes such as samAccountName.
struct OktaUser
{
    QString id;
    QString status;
    QString login;
    QString email;
    QString firstName;
    QString lastName;
    QString displayName;
    QString department;
    QString title;
    QString manager;
    // credentials.provider: ACTIVE_DIRECTORY / ad.example.com for AD-mastered users, OKTA / OKTA otherwise.
    QString providerType;
    QString providerName;
    QJsonObject profile;
    QDateTime created;
    QDateTime activated;
    QDateTime statusChanged;
    QDateTime lastLogin;
    QDateTime lastUpdated;

    bool isValid() const { return !id.isEmpty(); }

    static OktaUser fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};

} // namespace cordon::core
