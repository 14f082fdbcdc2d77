#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace cordon::test
{

// One HTTP answer, read whole; status 0 means no HTTP answer at all (see error).
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // as received, one entry per header line
    QString error;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const QByteArray& name) const;
    QList<QByteArray> headerValues(const QByteArray& name) const;
    // The URL of a Link header with rel="<rel>". Okta sends one Link line per rel, which
    // QNetworkReply joins with ", ", so both forms are read.
    QUrl link(const QByteArray& rel) const;
};

// The real cordon-okta-sim program, started for a test with extra arguments and killed with this
// object. Its helpers wait for their answers (with QSignalSpy), which only a test may do.
class SimProcess
{
public:
    SimProcess();
    ~SimProcess();
    SimProcess(const SimProcess&) = delete;
    SimProcess& operator=(const SimProcess&) = delete;

    // Starts the program and waits for its first line, `cordon-okta-sim listening on URL`.
    bool start(const QStringList& args = {}, QString* error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    QProcess& process() { return m_process; }

    // One request to the program; pathAndQuery is already percent-encoded ("/api/v1/users?q=jo").
    // A POST or PUT without a body sends Content-Length: 0, as Okta requires.
    HttpResult send(const QByteArray& method,
                    const QString& pathAndQuery,
                    const QString& token = demoToken(),
                    const QByteArray& body = {},
                    int timeoutMs = 10000);

    // One request with exactly these headers besides Accept: an Authorization of any scheme, DPoP proofs, a
    // Content-Type. A POST or PUT without a body sends Content-Length: 0.
    HttpResult sendWithHeaders(const QByteArray& method,
                               const QString& pathAndQuery,
                               const QList<QPair<QByteArray, QByteArray>>& headers,
                               const QByteArray& body = {},
                               int timeoutMs = 10000);

    // GET pathAndQuery and every page after it, following Link rel="next"; at most maxPages.
    QList<HttpResult> pages(const QString& pathAndQuery, const QString& token = demoToken(), int maxPages = 100);

    // The /__sim/ endpoints (no token).
    QJsonArray requests();
    // How many logged requests have this method and a path ending in pathSuffix (and this status, unless -1).
    int countRequests(const QByteArray& method, const QString& pathSuffix, int status = -1);
    // How many logged requests to Okta's API asked for a change (anything but GET).
    int changesSent();
    QJsonObject user(const QString& idOrLogin);
    void reset();
    bool setFaults(const QStringList& rules);
    // Requests per window by rate-limit bucket (Okta's names); fresh windows for all.
    bool setLimits(const QMap<QString, int>& limits);
    void setSessions(const QString& idOrLogin, int sessions, int oauthTokens, int rememberedDevices = 0);
    // Identity Threat Protection for the org, until the next reset; false if the simulator refused.
    bool setItp(bool enabled);
    // Enrols a factor for a user, given as in the directory file ({"id","factorType","provider","status",
    // "created"}); false with the simulator's reason when refused.
    bool addFactor(const QString& idOrLogin, const QJsonObject& factor, QString* error = nullptr);
    // OAuth 2.0 service apps: registers or replaces a client, given as in the directory file's "clients"
    // ({"clientId","jwks","scopes","dpopRequired","roles"}); false with the simulator's reason when refused.
    bool registerClient(const QJsonObject& client, QString* error = nullptr);
    // The client loses a granted scope, and so do the tokens it holds.
    bool revokeClientScope(const QString& clientId, const QString& scope);
    // Every access token issued so far expires now; the number that did.
    int expireOAuthTokens();
    // A new DPoP nonce; the old one is refused unless keepPrevious. The new nonce.
    QString rotateDpopNonce(bool keepPrevious = false);
    // The simulator's token endpoint: a client assertion's "aud" and the token request's "htu".
    QUrl tokenUrl() const { return m_baseUrl.resolved(QUrl(QStringLiteral("/oauth2/v1/token"))); }

    // The Okta id of a user of the loaded directory, looked up through the API; empty if unknown.
    QString userId(const QString& login);
    // The id of the only group with this exact name; empty if none or several.
    QString groupId(const QString& name);

    static QString demoToken() { return QStringLiteral("demo-org-admin-token"); }
    static QString superAdminToken() { return QStringLiteral("demo-super-admin-token"); }
    static QString helpDeskToken() { return QStringLiteral("demo-help-desk-token"); }
    static QString jorenLogin() { return QStringLiteral("joren.m@example.com"); }
    // The demo Joren's factors: Okta Verify enrolled long ago, and a phone enrolled shortly after the demo feed's
    // first incident on his laptop (sb-20931, detected 2026-11-27T08:14:10.000Z).
    static QString jorenOktaVerifyFactorId() { return QStringLiteral("opfwG0oNO1UR4qMRFpt7"); }
    static QString jorenNewPhoneFactorId() { return QStringLiteral("smsxkRi8cWIngh9Q0FNR"); }
    static QString jorenNewPhoneEnrolledAt() { return QStringLiteral("2026-11-27T08:27:53.000Z"); }
    // A factor as a directory file (or addFactor) takes it, ACTIVE.
    static QJsonObject factor(const QString& id, const QString& type, const QString& provider, const QString& created)
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("factorType"), type},
                {QStringLiteral("provider"), provider},
                {QStringLiteral("status"), QStringLiteral("ACTIVE")},
                {QStringLiteral("created"), created}};
    }
    // The ids of the factors the simulator shows for a user (user()).
    static QStringList factorIds(const QJsonObject& simUser)
    {
        QStringList ids;
        for (const QJsonValue& value : simUser.value(QStringLiteral("factors")).toArray()) {
            ids << value.toObject().value(QStringLiteral("id")).toString();
        }
        return ids;
    }
    // The demo org's service app, which requires DPoP; its private key is tests/data/oauth/sim-client-ec.pem.
    static QString demoClientId() { return QStringLiteral("0oacordonsimdemo0001"); }
    static QString demoClientKeyId() { return QStringLiteral("sim-client-ec-1"); }
    // The demo service app's private key (PEM), a test fixture; empty if it cannot be read.
    static QByteArray demoClientKey();

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
};

} // namespace cordon::test
