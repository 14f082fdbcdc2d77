#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace cordon::core
{

// One answer's view of its rate-limit bucket (X-Rate-Limit-Limit/-Remaining/-Reset, docs/okta.md §Rate limits).
// -1 and an invalid reset mean the answer did not say.
struct RateLimitInfo
{
    QString bucket;
    int limit = -1;
    int remaining = -1;
    QDateTime reset;
    // The answer's Date header: the reset is measured against Okta's clock, not ours.
    QDateTime serverDate;

    // A limit of 0 is no bucket's size: Okta reports it on a concurrency 429.
    bool isKnown() const { return limit > 0 && remaining >= 0 && reset.isValid(); }

    static RateLimitInfo fromHeaders(const QString& bucket, const QList<QPair<QByteArray, QByteArray>>& headers);
};

// Reads an HTTP date ("Sun, 29 Nov 2026 08:41:46 GMT"); invalid when it is not one.
QDateTime parseHttpDate(const QByteArray& value);

} // namespace cordon::core
