#pragma once

#include <QJsonObject>
#include <QString>

namespace cordon::core
{

// The parse of the user an endpoint reports (docs/feeds.md §Endpoint users), kept with the raw string.
struct EndpointIdentity
{
    enum class Form
    {
        DownLevel, // DOMAIN\user
        Upn,       // name@suffix
        Sid,       // S-1-5-21-…, S-1-12-1-…
        Bare,      // a short name: macOS, Linux, or a name without a domain
        Unknown,   // empty, "-", "N/A", null
    };
    enum class PrincipalClass
    {
        HumanCandidate,
        EntraName,
        LocalAccount,
        Service,
        System,
        Machine,
        Unknown,
    };
    enum class MatchPolicy
    {
        Auto,
        Suggest,
        Never,
    };

    QString raw;
    QString rawField;
    Form form = Form::Unknown;
    QString domain;
    QString username;
    QString upn;
    QString sid;
    QString email;
    PrincipalClass principalClass = PrincipalClass::Unknown;
    MatchPolicy matchPolicy = MatchPolicy::Never;
    // Why it was classified so, in words for the analyst ("NetBIOS domain account").
    QString reason;

    bool matchable() const { return matchPolicy != MatchPolicy::Never; }

    // The names used in the JSON of console.incident/v1 and of `cordonctl match`.
    static QString formName(Form form);
    static QString principalClassName(PrincipalClass principalClass);
    static QString matchPolicyName(MatchPolicy policy);
    static Form formFromName(const QString& name);
    static PrincipalClass principalClassFromName(const QString& name);
    static MatchPolicy matchPolicyFromName(const QString& name);

    // {"form","domain","username","upn","sid","principal_class","match_policy"}, nulls for empty strings.
    QJsonObject toJson() const;

    friend bool operator==(const EndpointIdentity&, const EndpointIdentity&) = default;
};

} // namespace cordon::core

// Its members are Qt's implicitly shared types and enums: a list of them may move its storage as bytes.
Q_DECLARE_TYPEINFO(cordon::core::EndpointIdentity, Q_RELOCATABLE_TYPE);
