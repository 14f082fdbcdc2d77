#include "Candidate.h"

#include <QJsonArray>

namespace cordon::core
{

QString Candidate::confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Weak:
        return QStringLiteral("weak");
    case Confidence::Strong:
        return QStringLiteral("strong");
    case Confidence::Exact:
        return QStringLiteral("exact");
    }
    return {};
}

QJsonObject Candidate::toJson() const
{
    const QString displayName =
        user.displayName.isEmpty() ? (user.firstName + QLatin1Char(' ') + user.lastName).trimmed() : user.displayName;
    QJsonObject json{{QStringLiteral("id"), user.id},
                     {QStringLiteral("login"), user.login},
                     {QStringLiteral("email"), user.email},
                     {QStringLiteral("displayName"), displayName},
                     {QStringLiteral("status"), user.status},
                     {QStringLiteral("score"), qRound(score * 1000) / 1000.0},
                     {QStringLiteral("confidence"), confidenceName(confidence)},
                     {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}};
    if (remembered) {
        json.insert(QStringLiteral("remembered"), true);
    }
    if (rejected) {
        json.insert(QStringLiteral("rejected"), true);
    }
    return json;
}

} // namespace cordon::core
