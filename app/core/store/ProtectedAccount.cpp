#include "ProtectedAccount.h"

#include <QCoreApplication>

namespace cordon::core
{

QString ProtectedAccount::describe() const
{
    if (!isResolved()) {
        return QCoreApplication::translate("ProtectedAccount",
                                           "%1 (unresolved: compared by login, email, short login and AD username)")
            .arg(entry);
    }
    QString who = name.isEmpty() ? login : name;
    if (!email.isEmpty()) {
        who += QStringLiteral(" <%1>").arg(email);
    } else if (!name.isEmpty() && !login.isEmpty()) {
        who += QStringLiteral(" <%1>").arg(login);
    }
    return QStringLiteral("%1 → %2 (%3)").arg(entry, who, userId);
}

QJsonObject ProtectedAccount::toJson() const
{
    return {{QStringLiteral("entry"), entry},
            {QStringLiteral("id"), userId},
            {QStringLiteral("login"), login},
            {QStringLiteral("name"), name},
            {QStringLiteral("email"), email}};
}

ProtectedAccount ProtectedAccount::fromJson(const QJsonObject& object)
{
    ProtectedAccount account;
    account.entry = object.value(QLatin1String("entry")).toString();
    account.userId = object.value(QLatin1String("id")).toString();
    account.login = object.value(QLatin1String("login")).toString();
    account.name = object.value(QLatin1String("name")).toString();
    account.email = object.value(QLatin1String("email")).toString();
    return account;
}

} // namespace cordon::core
