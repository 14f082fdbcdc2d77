#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace cordon::sim
{

// One call to the Okta API, already taken apart: the path's segments are percent-decoded one by one,
// so that an encoded login such as joren.m%40example.com arrives as joren.m@example.com. path is the
// decoded path, which a DPoP proof's "htu" must match.
struct ApiRequest
{
    QString method;
    QString path;
    QStringList segments; // of the path after /api/v1
    QUrlQuery query;
    QByteArray authorization;
    // Every DPoP header the request carries; a proof is valid only alone.
    QList<QByteArray> dpop;
    QByteArray body;
};

// An answer before it is written: status, headers in order (a name may repeat, as Link does) and body.
struct ApiReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // For the request log: what the call did where the request leaves it open (forgetDevices).
    QJsonObject effects;

    static ApiReply json(int status, const QJsonValue& value);
    static ApiReply empty(int status);
    // Okta's error object: errorCode, errorSummary, errorLink (the code again), errorId, errorCauses.
    static ApiReply error(int status, const QString& code, const QString& summary, const QStringList& causes = {});

    void addHeader(const QByteArray& name, const QByteArray& value) { headers.append({name, value}); }
    QByteArray header(const QByteArray& name) const;
};

// Okta-looking random identifiers: "req…" request ids, "oae…" error ids.
QString randomId(const QString& prefix, int length);

} // namespace cordon::sim
