#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace cordon::core
{

struct OrgUrlOptions
{
    // An org on a loopback address (127.0.0.0/8 or ::1, written as an address), over http:// or https://, for
    // cordon-okta-sim and the demo.
    bool allowHttpLoopback = false;
    // Hosts the user declared as their org's custom URL domain (login.example.com).
    QStringList customDomains;
};

struct OrgUrlResult
{
    bool ok = false;
    // https://acme.okta.com: scheme and host (and a port only on loopback), no path.
    QUrl url;
    QString host;
    QString error;
    // Something changed on the way that the user should know about (an admin host mapped to the org host).
    QString note;
    bool customDomain = false;
    bool loopback = false;
};

// Turns what a user pastes (a bare host, the admin console's address, a dashboard link) into the
// API base URL of their org, refusing anything that is not an Okta org the user meant (docs/okta.md §Org URLs).
class OrgUrl
{
public:
    static OrgUrlResult normalize(const QString& input, const OrgUrlOptions& options = {});
    static bool isOktaDomain(const QString& host);
};

} // namespace cordon::core
