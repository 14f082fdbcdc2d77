#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;

namespace cordon::sim
{

class SimHttpFrontend;
struct ApiReply;

// cordon-okta-sim's server: an Okta-compatible API on loopback for tests, benchmarks and the demo.
//
// Around OktaApi it adds what Okta's edge does: per-bucket rate limits with X-Rate-Limit-* headers,
// the concurrency limit, X-Okta-Request-Id, latency and injected faults. Its own endpoints, without a
// token, let tests watch and steer it:
//   GET  /__sim/requests              the request log, oldest first: [{"method","path","query","status","ms",
//                                     "bucket"}] and what a call did where its query leaves it open
//                                     ("forgetDevices" for clearing sessions); status 0: never answered, a
//                                     timeout or reset fault
//   GET  /__sim/users/{id}            {"id","status","sessions","oauthTokens","rememberedDevices","groups":[ids]};
//                                     id or login
//   POST /__sim/users/{id}/sessions   body {"sessions":N,"oauthTokens":M,"rememberedDevices":K}: gives the user
//                                     sessions, tokens and devices whose factors are remembered
//   GET  /__sim/limits                {"limits":{bucket:{"requests","windowSeconds"}}}
//   POST /__sim/limits                body {"limits":{bucket:N}}: requests per window for those buckets (Okta's
//                                     bucket names, or users, groups, default); opens fresh windows
//   GET  /__sim/faults                {"rules":[…]}
//   POST /__sim/faults                body {"rules":["METHOD PATH=FAULT[xN]", …]}: replaces the fault rules
//   POST /__sim/clients               body: one client as in the directory file's "clients"; registers or
//                                     replaces it (400 {"error"} when it is unusable)
//   DELETE /__sim/clients/{id}/scopes/{scope}  the client loses a granted scope, and so do its live tokens
//   POST /__sim/oauth/expire-tokens   every access token issued so far expires now: {"expired":N}
//   POST /__sim/oauth/rotate-nonce    body {"keepPrevious":bool}: a new DPoP nonce; the old one is refused
//                                     unless kept: {"nonce"}
//   POST /__sim/reset                 back to the directory as loaded and the faults and limits as
//                                     configured; clears the request log, the rate-limit windows and the
//                                     OAuth tokens, nonce and used jtis
class OktaSimServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int latencyMs = 0;
        QMap<QString, int> rateLimits; // bucket (Okta's name, or users, groups, default) -> requests per window
        int rateWindowS = 0;           // one window length for all buckets; 0: each bucket's own
        // Okta's default for forgetDevices when a call leaves it out: true on Identity Engine, false on
        // Classic Engine (Okta's spec; its release notes disagree, which is why Cordon always sends it).
        bool classicEngine = false;
        int concurrency = 75; // Okta's default for Workforce orgs
        QStringList faults;
        int searchLagMs = 0; // Okta's search is eventually consistent; 0 makes it immediate
    };

    explicit OktaSimServer(QObject* parent = nullptr);
    ~OktaSimServer() override;

    bool loadDirectory(const QJsonObject& directory, QString* error);
    // The built-in demo org (app/oktasim/demo/demo-org.json).
    static QJsonObject demoDirectory();

    // Fails only on a malformed fault rule or an unknown bucket, and then changes nothing.
    bool setOptions(const Options& options, QString* error = nullptr);
    // Loopback addresses only; port 0 picks a free port.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    QUrl baseUrl() const { return m_baseUrl; }

private:
    friend class SimHttpFrontend;
    struct Private;

    void handleRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void handleApi(const QHttpServerRequest& request,
                   const std::shared_ptr<QHttpServerResponder>& responder,
                   const QString& path,
                   const QStringList& segments);
    // Where an answer goes in the request log, and since when it has been under way.
    struct LogSlot
    {
        QString method;
        QString path;
        qsizetype index = 0;
        int generation = 0;
        QElapsedTimer timer;
    };
    void deliver(const std::shared_ptr<QHttpServerResponder>& responder,
                 const ApiReply& reply,
                 int delayMs,
                 const LogSlot& slot);
    ApiReply handleSim(const QHttpServerRequest& request, const QString& method, const QStringList& segments);
    void reset();
    QJsonObject simUser(const QString& id) const;

    std::unique_ptr<Private> d;
    QUrl m_baseUrl;
};

} // namespace cordon::sim
