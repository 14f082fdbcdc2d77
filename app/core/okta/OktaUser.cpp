#include "OktaUser.h"

#include "okta/OktaJson.h"

namespace cordon::core
{

OktaUser OktaUser::fromJson(const QJsonObject& object)
{
    OktaUser user;
    user.id = object.value(QStringLiteral("id")).toString();
    user.status = object.value(QStringLiteral("status")).toString();
    user.profile = object.value(QStringLiteral("profile")).toObject();
    user.login = user.profile.value(QStringLiteral("login")).toString();
    user.email = user.profile.value(QStringLiteral("email")).toString();
    user.firstName = user.profile.value(QStringLiteral("firstName")).toString();
    user.lastName = user.profile.value(QStringLiteral("lastName")).toString();
    user.displayName = user.profile.value(QStringLiteral("displayName")).toString();
    user.department = user.profile.value(QStringLiteral("department")).toString();
    user.title = user.profile.value(QStringLiteral("title")).toString();
    user.manager = user.profile.value(QStringLiteral("manager")).toString();
    const QJsonObject provider =
        object.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("provider")).toObject();
    user.providerType = provider.value(QStringLiteral("type")).toString();
    user.providerName = provider.value(QStringLiteral("name")).toString();
    user.created = okta::json::readDate(object, QStringLiteral("created"));
    user.activated = okta::json::readDate(object, QStringLiteral("activated"));
    user.statusChanged = okta::json::readDate(object, QStringLiteral("statusChanged"));
    user.lastLogin = okta::json::readDate(object, QStringLiteral("lastLogin"));
    user.lastUpdated = okta::json::readDate(object, QStringLiteral("lastUpdated"));
    return user;
}

QJsonObject OktaUser::toJson() const
{
    QJsonObject fullProfile = profile;
    const auto keep = [&fullProfile](const QString& key, const QString& value) {
        if (!value.isEmpty()) {
            fullProfile.insert(key, value);
        }
    };
    keep(QStringLiteral("login"), login);
    keep(QStringLiteral("email"), email);
    keep(QStringLiteral("firstName"), firstName);
    keep(QStringLiteral("lastName"), lastName);
    keep(QStringLiteral("displayName"), displayName);
    keep(QStringLiteral("department"), department);
    keep(QStringLiteral("title"), title);
    keep(QStringLiteral("manager"), manager);

    QJsonObject object{
        {QStringLiteral("id"), id}, {QStringLiteral("status"), status}, {QStringLiteral("profile"), fullProfile}};
    okta::json::writeDate(object, QStringLiteral("created"), created);
    okta::json::writeDate(object, QStringLiteral("activated"), activated);
    okta::json::writeDate(object, QStringLiteral("statusChanged"), statusChanged);
    okta::json::writeDate(object, QStringLiteral("lastLogin"), lastLogin);
    okta::json::writeDate(object, QStringLiteral("lastUpdated"), lastUpdated);
    if (!providerType.isEmpty() || !providerName.isEmpty()) {
        const QJsonObject provider{{QStringLiteral("type"), providerType}, {QStringLiteral("name"), providerName}};
        object.insert(QStringLiteral("credentials"), QJsonObject{{QStringLiteral("provider"), provider}});
    }
    return object;
}

} // namespace cordon::core
