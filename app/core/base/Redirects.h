#pragma once

#include <QString>

class QNetworkReply;
class QNetworkRequest;
class QUrl;

namespace cordon::core
{

// The transport rule every client applies to every address it sends to, redirects included: https, or
// plain http to a loopback address where that is allowed (tests, the demo). One with a credential also
// keeps it to the origin it was given for.
struct TransportRule
{
    bool allowHttpLoopback = false;
    // The request carries a credential (a bearer token, an API key): a redirect to another origin is refused
    // rather than followed with it.
    bool sameOriginOnly = false;

    // Why url may not be asked; empty when it may.
    QString check(const QUrl& url) const;
};

// host is a loopback address written as one: 127.0.0.0/8 (in any form QUrl reads as an IPv4 address), ::1,
// or an IPv4 loopback address mapped into IPv6. The name localhost is not: it is looked up like any other
// name, and nothing keeps the answer on this computer.
bool isLoopbackHost(const QString& host);

// Lets request's redirects be decided one by one (by guardRedirects); call it before sending.
void verifyRedirects(QNetworkRequest& request);
// Follows a redirect of reply only when its target meets the rule (and the origin of the address the
// request was first sent to, when sameOriginOnly); any other is refused and the reply aborted, and
// refusedRedirect() says why. Call it right after sending a request prepared with verifyRedirects.
void guardRedirects(QNetworkReply* reply, const TransportRule& rule);
// Why a redirect of reply was not followed; empty when none was refused.
QString refusedRedirect(const QNetworkReply* reply);

} // namespace cordon::core
