#pragma once

#include <QHash>
#include <QString>

namespace cordon::core
{

// How an endpoint identity is looked for at Okta; from settings and the org's user schema.
struct MatchOptions
{
    // The Okta profile attribute that holds the AD username (sAMAccountName), when the org maps it.
    QString adUsernameAttribute = QStringLiteral("samAccountName");
    bool adUsernameAvailable = true;
    // The Okta profile attribute that holds the AD objectSid, when the org maps it.
    QString sidAttribute = QStringLiteral("objectSid");
    bool sidAvailable = false;
    // NetBIOS domain (upper case) → the email domain of its people: AD_DOMAIN → example.com.
    QHash<QString, QString> emailDomains;
    // Candidates asked of Okta per search.
    int searchLimit = 50;
};

} // namespace cordon::core
