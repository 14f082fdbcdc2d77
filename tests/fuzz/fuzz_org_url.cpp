// The org-URL normalizer on anything a user may paste. Input: a flags line (1 allows http to loopback),
// a declared custom domain, then the address. Properties of an accepted address: https (or http to
// loopback only when allowed), a host and nothing else (no user name or password, path, query or
// fragment; a port only on loopback), and normalizing the result again gives the same result.

#include "FuzzSupport.h"
#include "base/Redirects.h"
#include "okta/OrgUrl.h"

using namespace cordon::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = cordon::fuzz::fields(cordon::fuzz::bytes(data, size), 3);
    OrgUrlOptions options;
    options.allowHttpLoopback = parts.at(0).contains('1');
    if (!parts.at(1).isEmpty()) {
        options.customDomains = {QString::fromUtf8(parts.at(1))};
    }
    const QString input = QString::fromUtf8(parts.at(2));

    const OrgUrlResult result = OrgUrl::normalize(input, options);
    if (!result.ok) {
        cordon::fuzz::check(!result.error.isEmpty(), "a refusal says why", input);
        return 0;
    }
    const QUrl& url = result.url;
    const QString where = input + QStringLiteral(" -> ") + url.toString();
    cordon::fuzz::check(result.error.isEmpty(), "an accepted address has no error", where);
    cordon::fuzz::check(url.isValid() && !url.host().isEmpty(), "the result is a valid URL with a host", where);
    cordon::fuzz::check(url.host(QUrl::FullyEncoded) == result.host, "the host is the URL's host (ACE form)", where);
    if (result.loopback) {
        cordon::fuzz::check(options.allowHttpLoopback && isLoopbackHost(result.host), "loopback only when allowed",
                            where);
        cordon::fuzz::check(url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"),
                            "loopback is http or https", where);
    } else {
        cordon::fuzz::check(url.scheme() == QLatin1String("https"), "the result is https", where);
        cordon::fuzz::check(url.port() == -1, "no port off loopback", where);
        cordon::fuzz::check(OrgUrl::isOktaDomain(result.host) || result.customDomain, "the host is Okta's or declared",
                            where);
        if (result.customDomain) {
            cordon::fuzz::check(options.customDomains.contains(result.host, Qt::CaseInsensitive),
                                "a custom domain is the declared one", where);
        }
    }
    cordon::fuzz::check(TransportRule{options.allowHttpLoopback, false}.check(url).isEmpty(),
                        "the address meets the transport rule", where);
    cordon::fuzz::check(url.userInfo().isEmpty(), "no user name or password", where);
    cordon::fuzz::check(url.path().isEmpty() && !url.hasQuery() && !url.hasFragment(), "no path, query or fragment",
                        where);

    const OrgUrlResult again = OrgUrl::normalize(url.toString(), options);
    cordon::fuzz::check(again.ok && again.url == url && again.host == result.host, "normalizing is idempotent",
                        where + QStringLiteral(" -> ") + (again.ok ? again.url.toString() : again.error));
    return 0;
}
