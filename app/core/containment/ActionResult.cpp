#include "ActionResult.h"

namespace cordon::core
{

namespace
{

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString ActionResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Queued:
        return QStringLiteral("queued");
    case Outcome::Sent:
        return QStringLiteral("sent");
    case Outcome::Done:
        return QStringLiteral("done");
    case Outcome::Already:
        return QStringLiteral("already");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    case Outcome::Planned:
        return QStringLiteral("planned");
    }
    return {};
}

QJsonObject ActionResult::toJson() const
{
    QJsonObject okta{
        {QStringLiteral("errorCode"), orNull(error.errorCode)},
        {QStringLiteral("errorSummary"),
         orNull(!error.errorSummary.isEmpty() ? error.errorSummary : (error.isError() ? error.message() : QString()))},
        {QStringLiteral("requestId"), orNull(requestId)}};
    QJsonObject json{{QStringLiteral("action"), action.name()},
                     {QStringLiteral("outcome"), outcomeName(outcome)},
                     {QStringLiteral("httpStatus"), httpStatus ? QJsonValue(httpStatus) : QJsonValue()},
                     {QStringLiteral("okta"), okta},
                     {QStringLiteral("ms"), ms}};
    if (!call.isEmpty()) {
        json.insert(QStringLiteral("call"), call);
    }
    if (!detail.isEmpty()) {
        json.insert(QStringLiteral("detail"), detail);
    }
    return json;
}

} // namespace cordon::core
