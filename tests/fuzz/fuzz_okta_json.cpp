// Okta's user and group answers: any JSON (a list or one object), read as users, groups and roles.
// Property: a user Cordon writes back (the cache, the journal) reads back as the same user.

#include "FuzzSupport.h"
#include "okta/OktaGroup.h"
#include "okta/OktaRole.h"
#include "okta/OktaUser.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace cordon::core;

namespace
{

void read(const QJsonObject& object)
{
    const OktaUser user = OktaUser::fromJson(object);
    const OktaUser back = OktaUser::fromJson(user.toJson());
    cordon::fuzz::check(back.id == user.id && back.login == user.login && back.email == user.email &&
                            back.status == user.status && back.providerType == user.providerType,
                        "a user reads back as written", user.id + QLatin1Char(' ') + user.login);
    cordon::fuzz::check(back.lastLogin == user.lastLogin && back.statusChanged == user.statusChanged,
                        "a user's dates read back as written", user.lastLogin.toString(Qt::ISODateWithMs));
    OktaGroup::fromJson(object).isModifiable();
    OktaRole::fromJson(object);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(cordon::fuzz::bytes(data, size));
    if (document.isObject()) {
        read(document.object());
    }
    for (const QJsonValue& item : document.array()) {
        read(item.toObject());
    }
    return 0;
}
