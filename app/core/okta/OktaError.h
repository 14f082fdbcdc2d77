#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cordon::core
{

// What went wrong with one Okta call: Okta's own error object when it sent one, or what the
// client saw instead (no answer, a proxy's page, a timeout). Only errorCode is meant for flow
// control; errorSummary is for people and may change (docs/okta.md §Errors).
struct OktaError
{
    enum class Kind
    {
        None,
        Http,
        Network,
        Timeout,
        InvalidResponse,
        RateLimited,
        NotFound,
        Ambiguous,
        Configuration,
        Canceled
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString errorCode;
    QString errorSummary;
    QString errorLink;
    QString errorId;
    QString requestId;
    QStringList causes;
    // What the client adds when Okta's object says nothing or there is none (network failure, an HTML page).
    QString detail;

    bool isError() const { return kind != Kind::None; }
    // What Okta may answer to suspending a user that is not ACTIVE, or unsuspending one that is not
    // SUSPENDED (E0000001, E0000028, E0000038): only a read of the user tells it from another refusal.
    bool isWrongState() const;
    QString message() const;

    // Every text taken from the answer is scrubbed of `secrets` (the token the call was sent with) and of any
    // credential-looking value, before it is cut to an excerpt: a server that echoes the request back cannot
    // put the token into a message, a log or the audit trail.
    static OktaError fromReply(int httpStatus,
                               const QByteArray& contentType,
                               const QByteArray& body,
                               const QString& requestId,
                               const QList<QByteArray>& secrets = {});
    // A redirect, which Okta's API never answers: whatever did is not the org as configured.
    static OktaError
    fromRedirect(int httpStatus, const QUrl& target, const QString& requestId, const QList<QByteArray>& secrets = {});
    static OktaError make(Kind kind, const QString& detail, const QString& requestId = {});

    static QString kindName(Kind kind);
};

} // namespace cordon::core
