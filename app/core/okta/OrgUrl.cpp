#include "OrgUrl.h"

#include "base/Redirects.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace cordon::core
{

namespace
{

const QStringList& oktaDomains()
{
    static const QStringList domains{QStringLiteral("okta.com"), QStringLiteral("oktapreview.com"),
                                     QStringLiteral("okta-emea.com"), QStringLiteral("okta-gov.com"),
                                     QStringLiteral("okta.mil")};
    return domains;
}

// The Okta domain a host belongs to, and the org label in front of it ("acme" of acme.okta.com).
bool splitOktaHost(const QString& host, QString* label, QString* domain)
{
    for (const QString& candidate : oktaDomains()) {
        if (host.endsWith(QLatin1Char('.') + candidate)) {
            *label = host.left(host.size() - candidate.size() - 1);
            *domain = candidate;
            return true;
        }
    }
    return false;
}

bool isHostName(const QString& host)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    const QStringList labels = host.split(QLatin1Char('.'));
    if (labels.size() < 2) {
        return false;
    }
    for (const QString& part : labels) {
        if (!label.match(part).hasMatch()) {
            return false;
        }
    }
    return true;
}

OrgUrlResult failure(const QString& error)
{
    OrgUrlResult result;
    result.error = error;
    return result;
}

} // namespace

bool OrgUrl::isOktaDomain(const QString& host)
{
    QString label;
    QString domain;
    return splitOktaHost(host.toLower(), &label, &domain);
}

OrgUrlResult OrgUrl::normalize(const QString& input, const OrgUrlOptions& options)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return failure(QStringLiteral("Enter your Okta org's address, such as acme.okta.com."));
    }
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    if (text.contains(whitespace)) {
        return failure(QStringLiteral("An org address has no spaces: \"%1\".").arg(text));
    }

    // "javascript:", "file:", "mailto:" and the like carry a scheme without "//"; "localhost:8080" does not.
    static const QRegularExpression schemeOnly(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):(?!//)(?![0-9])"));
    static const QRegularExpression withScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    const auto schemeMatch = schemeOnly.match(text);
    if (schemeMatch.hasMatch() && !schemeMatch.captured(1).contains(QLatin1Char('.'))) {
        return failure(QStringLiteral("\"%1:\" is not a web address; enter https://<your org>.okta.com.")
                           .arg(schemeMatch.captured(1)));
    }
    const QString withDefaultScheme = withScheme.match(text).hasMatch() ? text : QStringLiteral("https://") + text;

    const QUrl url(withDefaultScheme, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return failure(QStringLiteral("\"%1\" is not a web address; enter https://<your org>.okta.com.").arg(text));
    }
    if (!url.isValid() || url.host().isEmpty()) {
        return failure(QStringLiteral("\"%1\" is not a valid address.").arg(text));
    }
    if (!url.userInfo().isEmpty()) {
        return failure(QStringLiteral("An org address carries no user name or password: \"%1\".").arg(text));
    }

    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.endsWith(QLatin1Char('.'))) {
        host.chop(1);
    }

    OrgUrlResult result;
    if (isLoopbackHost(host)) {
        if (!options.allowHttpLoopback) {
            return failure(QStringLiteral("%1 is a loopback address; it is accepted only when loopback servers "
                                          "are allowed (--allow-http-loopback).")
                               .arg(host));
        }
        result.ok = true;
        result.loopback = true;
        result.host = host;
        result.url.setScheme(scheme);
        result.url.setHost(host);
        if (url.port() > 0) {
            result.url.setPort(url.port());
        }
        return result;
    }
    if (host == QLatin1String("localhost")) {
        return failure(QCoreApplication::translate("cordon::core::OrgUrl",
                                                   "For a server on this computer, write its loopback address "
                                                   "(127.0.0.1 or [::1]) rather than localhost: the name is looked "
                                                   "up, and the answer may lead off this computer."));
    }
    if (!QHostAddress(host).isNull() || host.startsWith(QLatin1Char('['))) {
        return failure(
            QStringLiteral("%1 is an IP address; Okta orgs are reached by name, such as acme.okta.com.").arg(host));
    }
    if (scheme != QLatin1String("https")) {
        return failure(QStringLiteral("Okta is reached over https:// only; plain http:// is refused."));
    }
    if (!isHostName(host)) {
        return failure(QStringLiteral("\"%1\" is not a valid host name.").arg(host));
    }
    if (url.port() != -1 && url.port() != 443) {
        return failure(QStringLiteral("Okta orgs answer on the standard HTTPS port; remove \":%1\".").arg(url.port()));
    }

    QString label;
    QString domain;
    if (splitOktaHost(host, &label, &domain)) {
        if (label.contains(QLatin1Char('.')) || label == QLatin1String("customdomains")) {
            return failure(
                QStringLiteral("%1 is not an Okta org address; it looks like <your org>.%2.").arg(host, domain));
        }
        if (label.endsWith(QLatin1String("-admin")) && label.size() > 6) {
            // The admin console's host; the API answers on the org host (docs/okta.md §Org URLs).
            label.chop(6);
            // "acme--admin" leaves "acme-", which is no host name; "acme-admin-admin" leaves another admin
            // host, which would map again the next time the address is read.
            if (!isHostName(label + QLatin1Char('.') + domain) || label.endsWith(QLatin1String("-admin"))) {
                return failure(
                    QStringLiteral("%1 is not an Okta org address; it looks like <your org>.%2.").arg(host, domain));
            }
            result.note =
                QStringLiteral("%1 is the admin console; Cordon uses the org address %2.%3.").arg(host, label, domain);
            host = label + QLatin1Char('.') + domain;
        }
    } else if (options.customDomains.contains(host, Qt::CaseInsensitive)) {
        result.customDomain = true;
    } else {
        return failure(QStringLiteral("%1 is not an Okta domain (okta.com, oktapreview.com, okta-emea.com, "
                                      "okta-gov.com, okta.mil). If it is your org's custom URL domain, declare it "
                                      "as a custom domain in the org settings first.")
                           .arg(host));
    }

    result.url.setScheme(QStringLiteral("https"));
    result.url.setHost(host);
    // QUrl's own checks (IDNA labels among them) are stricter than the pattern above.
    if (!result.url.isValid() || result.url.host(QUrl::FullyEncoded) != host) {
        return failure(QStringLiteral("\"%1\" is not a valid host name.").arg(host));
    }
    result.ok = true;
    result.host = host;
    return result;
}

} // namespace cordon::core
