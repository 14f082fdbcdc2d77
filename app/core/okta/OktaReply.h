#pragma once

#include "okta/OktaError.h"
#include "okta/RateLimitInfo.h"

#include <QJsonDocument>
#include <QString>

namespace cordon::core
{

// The outcome of one OktaClient call, after retries and paging.
struct OktaReply
{
    // Of the answer that settled the call; for `already`, the original refusal's (400).
    int httpStatus = 0;
    // X-Okta-Request-Id of the answer that settled the call; for `already`, the original refusal's.
    QString requestId;
    QJsonDocument json;
    OktaError error;
    RateLimitInfo rate;
    qint64 elapsedMs = 0;
    // Sends of the request that settled the call (1 plus retries).
    int attempts = 0;
    // HTTP requests made for the whole call: pages, retries and any read made to settle a refusal.
    int calls = 0;
    // A paged list stopped at maxPages while Okta still offered a next page.
    bool morePages = false;
    // The user was already in the wanted state (suspending a suspended user): a success.
    bool already = false;

    bool ok() const { return !error.isError(); }
};

} // namespace cordon::core
