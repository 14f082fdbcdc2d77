#pragma once

#include "ContainmentAction.h"
#include "okta/OktaError.h"

#include <QJsonObject>
#include <QString>

namespace cordon::core
{

// What became of one action on one user.
struct ActionResult
{
    enum class Outcome
    {
        Queued,
        Sent,
        Done,
        Already, // a success: the user was in the wanted state before
        Failed,
        Skipped,
        Planned, // a dry run: what would be sent
    };

    ContainmentAction action;
    Outcome outcome = Outcome::Queued;
    int httpStatus = 0;
    OktaError error;
    QString requestId;
    qint64 ms = 0;
    QString auditId;
    // The Okta call, as "METHOD /path", for dry runs and the analyst's confirmation.
    QString call;
    // Why it was skipped or how it was settled, in words.
    QString detail;

    static QString outcomeName(Outcome outcome);
    bool succeeded() const { return outcome == Outcome::Done || outcome == Outcome::Already; }
    bool finished() const { return outcome != Outcome::Queued && outcome != Outcome::Sent; }
    // The shape of one result in `--json`:
    // {"action","outcome","httpStatus","okta":{"errorCode","errorSummary","requestId"},"ms"}.
    QJsonObject toJson() const;
};

} // namespace cordon::core
