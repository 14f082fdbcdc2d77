#pragma once

#include "identity/EndpointIdentity.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cordon::core
{

// What a feed knows around the user string, which the string alone cannot tell.
struct IdentityContext
{
    // The endpoint's name as the feed gives it (short or FQDN): MACHINE\user is local when MACHINE is it.
    QString hostname;
    // Where the string came from ("username", "actor.user"), kept on the result.
    QString rawField;
    // A SID the feed gives beside the name (OCSF user.uid, a Red Canary endpoint user's uid).
    QString sid;
    // Vendor flags: Red Canary reporting_tags as they come (system_account, local_account, ...), and
    // OCSF's "ocsf_user_type_id" (user.type_id) and "ocsf_account_type_id" (user.account.type_id).
    QJsonObject vendorHints;
    // Regular expressions (case-insensitive) for service accounts that look like people: "^svc[-_]".
    QStringList serviceAccountPatterns;
};

// Parses the user an endpoint reports into a form, a class and a match policy (docs/feeds.md §Endpoint users).
// Pure and thread-safe: feeds call it from worker threads.
class IdentityParser
{
public:
    static EndpointIdentity parse(const QString& raw, const IdentityContext& context = {});

    // The endpoint name's first DNS label, lower-cased, trailing dot dropped ("kst-ws-2251").
    static QString shortHostname(const QString& hostname);
};

} // namespace cordon::core
