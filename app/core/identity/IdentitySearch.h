#pragma once

#include "identity/EndpointIdentity.h"
#include "identity/MatchOptions.h"
#include "okta/OktaQuery.h"

#include <QStringList>

namespace cordon::core
{

// The Okta searches for an endpoint identity: one `search` expression that covers every attribute the
// identity can be equal to or a prefix of, and a wider people-picker query for when it finds nothing.
// Every value from the endpoint is quoted, so no identity can widen a search.
class IdentitySearch
{
public:
    // The user part of the identity: "joren" of AD_DOMAIN\joren, "teo.lindqvist" of a UPN.
    static QString userPart(const EndpointIdentity& identity);
    // The words of a display-style name: AzureAD\JorenMaes → {"Joren", "Maes"}.
    static QStringList nameWords(const EndpointIdentity& identity);

    // One way a name's words divide into a first and a last name.
    struct NameSplit
    {
        QStringList firstWords;
        QStringList lastWords;
    };
    // Every such way, likeliest first: {"María", "José", "García"} gives (María | José García),
    // (María José | García), then (María | García) for a middle name the directory leaves out.
    static QList<NameSplit> nameSplits(const QStringList& words);
    // The values Okta may hold for a first or last name made of these words: joined with a space or run
    // together, each in every spelling NameFolding::spellings gives.
    static QStringList nameValues(const QStringList& words);
    // The search expression's length, before percent-encoding, that the name alternatives may fill. Okta
    // refuses a search that is too long or too complex without saying where the limit is (docs/okta.md
    // §User search); the likeliest alternatives come first, and those past the budget are left out.
    static constexpr qsizetype SearchBudget = 1800;
    // "first.last" as logins are commonly made from a name's words: {"José", "De", "Smet"} → "jose.desmet".
    static QString conventionalLocalPart(const QStringList& words);
    // The email address the identity implies, from a UPN or the NetBIOS-domain map; empty when none.
    static QString impliedEmail(const EndpointIdentity& identity, const MatchOptions& options);

    static UserQuery primary(const EndpointIdentity& identity, const MatchOptions& options);
    // Empty (no search) when the identity gives nothing to start a name with.
    static UserQuery fallback(const EndpointIdentity& identity, const MatchOptions& options);
};

} // namespace cordon::core
