#include "base/Redirects.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace cordon::core
{

namespace
{

constexpr const char* RefusedRedirect = "cordonRefusedRedirect";

int effectivePort(const QUrl& url)
{
    return url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

// Where a redirect points, for a message: its origin only, as the rest is the server's to fill.
QString originOf(const QUrl& url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toDisplayString();
}

} // namespace

bool isLoopbackHost(const QString& host)
{
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString TransportRule::check(const QUrl& url) const
{
    if (!url.isValid() || url.host().isEmpty()) {
        return QCoreApplication::translate("cordon::core::TransportRule", "not a valid address");
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return {};
    }
    if (scheme == QLatin1String("http") && allowHttpLoopback) {
        if (isLoopbackHost(url.host())) {
            return {};
        }
        if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
            return QCoreApplication::translate("cordon::core::TransportRule",
                                               "plain http:// goes only to a loopback address written as one, such "
                                               "as 127.0.0.1 or [::1]: the name localhost is looked up, and the "
                                               "answer may lead off this computer");
        }
    }
    return allowHttpLoopback
               ? QCoreApplication::translate("cordon::core::TransportRule",
                                             "only https://, or plain http:// to a loopback address, is allowed")
               : QCoreApplication::translate("cordon::core::TransportRule", "only https:// is allowed");
}

void verifyRedirects(QNetworkRequest& request)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
}

void guardRedirects(QNetworkReply* reply, const TransportRule& rule)
{
    const QUrl first = reply->request().url();
    QObject::connect(reply, &QNetworkReply::redirected, reply, [reply, rule, first](const QUrl& target) {
        QString why = rule.check(target);
        if (why.isEmpty() && rule.sameOriginOnly && !sameOrigin(first, target)) {
            why = QCoreApplication::translate("cordon::core::TransportRule",
                                              "it leads to another origin, and the request carries a credential");
        }
        if (why.isEmpty()) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        reply->setProperty(RefusedRedirect, QCoreApplication::translate("cordon::core::TransportRule",
                                                                        "a redirect to %1 was not followed: %2")
                                                .arg(originOf(target), why));
        reply->abort();
    });
}

QString refusedRedirect(const QNetworkReply* reply)
{
    return reply->property(RefusedRedirect).toString();
}

} // namespace cordon::core
