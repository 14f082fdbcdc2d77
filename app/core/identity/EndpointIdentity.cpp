#include "identity/EndpointIdentity.h"

#include <QJsonValue>

#include <array>
#include <utility>

namespace cordon::core
{

namespace
{

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QLatin1String>, N>& names, Enum value)
{
    for (const auto& [candidate, name] : names) {
        if (candidate == value) {
            return name;
        }
    }
    return QString();
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, QLatin1String>, N>& names, const QString& name, Enum fallback)
{
    for (const auto& [candidate, candidateName] : names) {
        if (name.compare(candidateName, Qt::CaseInsensitive) == 0) {
            return candidate;
        }
    }
    return fallback;
}

using Form = EndpointIdentity::Form;
using PrincipalClass = EndpointIdentity::PrincipalClass;
using MatchPolicy = EndpointIdentity::MatchPolicy;

const std::array<std::pair<Form, QLatin1String>, 5> formNames{{
    {Form::DownLevel, QLatin1String("down_level")},
    {Form::Upn, QLatin1String("upn")},
    {Form::Sid, QLatin1String("sid")},
    {Form::Bare, QLatin1String("bare")},
    {Form::Unknown, QLatin1String("unknown")},
}};

const std::array<std::pair<PrincipalClass, QLatin1String>, 7> principalClassNames{{
    {PrincipalClass::HumanCandidate, QLatin1String("human_candidate")},
    {PrincipalClass::EntraName, QLatin1String("entra_name")},
    {PrincipalClass::LocalAccount, QLatin1String("local_account")},
    {PrincipalClass::Service, QLatin1String("service")},
    {PrincipalClass::System, QLatin1String("system")},
    {PrincipalClass::Machine, QLatin1String("machine")},
    {PrincipalClass::Unknown, QLatin1String("unknown")},
}};

const std::array<std::pair<MatchPolicy, QLatin1String>, 3> matchPolicyNames{{
    {MatchPolicy::Auto, QLatin1String("auto")},
    {MatchPolicy::Suggest, QLatin1String("suggest")},
    {MatchPolicy::Never, QLatin1String("never")},
}};

QJsonValue stringOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString EndpointIdentity::formName(Form form)
{
    return nameOf(formNames, form);
}

QString EndpointIdentity::principalClassName(PrincipalClass principalClass)
{
    return nameOf(principalClassNames, principalClass);
}

QString EndpointIdentity::matchPolicyName(MatchPolicy policy)
{
    return nameOf(matchPolicyNames, policy);
}

EndpointIdentity::Form EndpointIdentity::formFromName(const QString& name)
{
    return valueOf(formNames, name, Form::Unknown);
}

EndpointIdentity::PrincipalClass EndpointIdentity::principalClassFromName(const QString& name)
{
    return valueOf(principalClassNames, name, PrincipalClass::Unknown);
}

EndpointIdentity::MatchPolicy EndpointIdentity::matchPolicyFromName(const QString& name)
{
    // An unknown policy must never widen what may be matched.
    return valueOf(matchPolicyNames, name, MatchPolicy::Never);
}

QJsonObject EndpointIdentity::toJson() const
{
    return QJsonObject{
        {QStringLiteral("form"), formName(form)},
        {QStringLiteral("domain"), stringOrNull(domain)},
        {QStringLiteral("username"), stringOrNull(username)},
        {QStringLiteral("upn"), stringOrNull(upn)},
        {QStringLiteral("sid"), stringOrNull(sid)},
        {QStringLiteral("principal_class"), principalClassName(principalClass)},
        {QStringLiteral("match_policy"), matchPolicyName(matchPolicy)},
    };
}

} // namespace cordon::core
