#pragma once

#include "okta/OktaFactor.h"
#include "okta/OktaGroup.h"
#include "okta/OktaQuery.h"
#include "okta/OktaReply.h"
#include "okta/OktaRole.h"
#include "okta/OktaUser.h"
#include "okta/RateLimitGovernor.h"
#include "okta/ServiceAppAuth.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace cordon::core
{

class Clock;

// What a call to Okta carries besides its address: a JSON body, and whether it is sent once only.
struct OktaPayload
{
    QByteArray body;
    bool once = false;
};

// The Okta Management API, asynchronously, for the calls Cordon makes. Each call takes a context
// object (the callback is dropped when it is destroyed) and calls back exactly once, on the event
// loop, after retries and paging. Containment calls go ahead of lookups in the governor's queue.
class OktaClient : public QObject
{
    Q_OBJECT

public:
    using Priority = RateLimitGovernor::Priority;
    using ReplyCallback = std::function<void(const OktaReply&)>;
    using UserCallback = std::function<void(const OktaReply&, const OktaUser&)>;
    using UsersCallback = std::function<void(const OktaReply&, const QList<OktaUser>&)>;
    using GroupCallback = std::function<void(const OktaReply&, const OktaGroup&)>;
    using GroupsCallback = std::function<void(const OktaReply&, const QList<OktaGroup>&)>;
    using RolesCallback = std::function<void(const OktaReply&, const QList<OktaRole>&)>;
    using FactorsCallback = std::function<void(const OktaReply&, const QList<OktaFactor>&)>;

    // Without a governor the client makes its own.
    explicit OktaClient(QNetworkAccessManager* network,
                        RateLimitGovernor* governor = nullptr,
                        Clock* clock = nullptr,
                        QObject* parent = nullptr);
    ~OktaClient() override;

    // The org's base URL as OrgUrl::normalize gives it.
    void setOrgUrl(const QUrl& url);
    QUrl orgUrl() const { return m_orgUrl; }
    // Kept in memory only, never logged, and overwritten when replaced or cleared.
    void setToken(const QByteArray& token);
    void clearToken();
    // Signs in as an OAuth service app instead of with the API token: each call then carries the app's
    // DPoP-bound access token and a new proof (ServiceAppAuth). nullptr goes back to the API token.
    void setServiceApp(ServiceAppAuth* serviceApp);
    ServiceAppAuth* serviceApp() const { return m_serviceApp; }
    bool hasToken() const;
    void setTransferTimeoutMs(int ms);
    // An answer larger than this fails its call (Kind::InvalidResponse) and is cut off as soon as it
    // is known to be: 32 MB unless set (the setting okta/maxResponseBytes).
    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setMaxRetries(int count);
    // The first retry's backoff; each further one doubles it, with jitter.
    void setRetryBaseDelayMs(int ms);
    // How long a call may wait for the rate-limit governor before it fails, saying what it waited for.
    void setMaxQueueWaitMs(int ms);
    int maxQueueWaitMs() const { return m_maxQueueWaitMs; }
    RateLimitGovernor* governor() const { return m_governor; }

    void getUser(const QString& idOrLogin, QObject* context, UserCallback callback);
    void getCurrentUser(QObject* context, UserCallback callback);
    void searchUsers(const UserQuery& query, QObject* context, UsersCallback callback);
    void listGroups(const GroupQuery& query, QObject* context, GroupsCallback callback);
    // Exact, case-sensitive name: Kind::NotFound when none matches, Kind::Ambiguous when several do.
    void findGroupByName(const QString& name, QObject* context, GroupCallback callback);
    void getGroup(const QString& groupId, QObject* context, GroupCallback callback);
    // Every page of the user's groups. More pages than setMaxUserGroupPages allows (100 unless set; Okta gives
    // 200 groups a page) fail the call, with morePages set and the groups read, so no caller takes part of the
    // list for all of it.
    void userGroups(const QString& userId, QObject* context, GroupsCallback callback);
    void setMaxUserGroupPages(int pages) { m_maxUserGroupPages = std::max(1, pages); }
    void userRoles(const QString& userId, QObject* context, RolesCallback callback);
    // A service app's admin roles: it has no user, so users/me and its roles do not apply.
    void clientRoles(const QString& clientId, QObject* context, RolesCallback callback);
    // GET /api/v1/meta/schemas/user/default; the schema is in the reply's json.
    void userSchema(QObject* context, ReplyCallback callback);

    // Sessions and OAuth tokens (oauthTokens=true), and the remembered devices unless told not to
    // (forgetDevices, always sent).
    void clearSessions(const QString& userId, QObject* context, ReplyCallback callback, bool forgetDevices = true);
    // A user already in the wanted state answers ok with `already` set.
    void suspend(const QString& userId, QObject* context, ReplyCallback callback);
    void unsuspend(const QString& userId, QObject* context, ReplyCallback callback);
    void addToGroup(const QString& groupId, const QString& userId, QObject* context, ReplyCallback callback);
    void removeFromGroup(const QString& groupId, const QString& userId, QObject* context, ReplyCallback callback);

    // The credential actions (docs/okta.md §Credential calls). Each is sent once: no answer, whatever it is,
    // makes the client send it again by itself, since Okta cannot take it back and the caller reads Okta's state
    // before it sends one again. (A refusal of the service app's token or DPoP proof is sent again: Okta refused
    // it before acting on it.)
    //
    // The user's risk level (Identity Threat Protection): {"riskLevel", "reason"} in the reply's json. Okta answers
    // 403 for an org without it.
    void userRisk(const QString& userId, QObject* context, ReplyCallback callback);
    // level HIGH, MEDIUM or LOW; reason as riskReasonProblem allows, or empty for Okta's default.
    void setUserRisk(
        const QString& userId, const QString& level, const QString& reason, QObject* context, ReplyCallback callback);
    // Universal Logout (global token revocation) for the Okta user id.
    void revokeAllTokens(const QString& userId, QObject* context, ReplyCallback callback);
    void userFactors(const QString& userId, QObject* context, FactorsCallback callback);
    void deleteFactor(const QString& userId, const QString& factorId, QObject* context, ReplyCallback callback);
    void resetFactors(const QString& userId, QObject* context, ReplyCallback callback);
    // The user after the change is in the callback (status PASSWORD_EXPIRED).
    void expirePassword(const QString& userId, QObject* context, UserCallback callback);

    // Aborts every call; each callback still runs once, with Kind::Canceled.
    void cancelAll();
    int pendingCount() const { return static_cast<int>(m_calls.size()); }

signals:
    void rateLimitChanged(const RateLimitInfo& info);
    // One per HTTP answer (each page and each retry), so callers can count calls.
    void requestFinished(const QString& method, const QString& path, const OktaReply& reply);
    // An answer that is not the last: the call is sent again (after a 429, a 503 or 504, or a lost answer
    // to a lookup). The reply is that attempt's: its status, request id, error and attempt number.
    void retrying(const QString& method, const QString& path, const OktaReply& attempt);

private:
    using RawHeaders = QList<QPair<QByteArray, QByteArray>>;
    using RawCallback = std::function<void(const OktaReply&, const RawHeaders&)>;
    using ListCallback = std::function<void(const OktaReply&, const QJsonArray&)>;
    struct Call;
    using Payload = OktaPayload;
    struct ListState;
    struct Guard
    {
        QPointer<QObject> object;
        bool bound = false;
        bool alive() const { return !bound || object; }
    };

    void send(const QByteArray& method,
              const QString& path,
              const QList<QPair<QString, QString>>& query,
              Priority priority,
              const Guard& guard,
              RawCallback done,
              const Payload& payload = {});
    void sendUrl(const QByteArray& method,
                 const QUrl& url,
                 Priority priority,
                 const Guard& guard,
                 RawCallback done,
                 const Payload& payload = {});
    // A credential action: sent once, ahead of lookups.
    void
    sendOnce(const QByteArray& method, const QString& path, const QByteArray& body, QObject* context, RawCallback done);
    void dispatch(const std::shared_ptr<Call>& call);
    void start(const std::shared_ptr<Call>& call);
    void handleFinished(const std::shared_ptr<Call>& call);
    void abortReply(Call& call);
    void retryLater(const std::shared_ptr<Call>& call, qint64 delayMs);
    void complete(const std::shared_ptr<Call>& call, OktaReply reply, const RawHeaders& headers);
    void failSoon(const Guard& guard, RawCallback done, OktaError error);

    void fetchList(const QString& path,
                   const QList<QPair<QString, QString>>& query,
                   int maxPages,
                   Priority priority,
                   const Guard& guard,
                   ListCallback done);
    void onListPage(const std::shared_ptr<ListState>& state, const OktaReply& page, const RawHeaders& headers);
    void fetchUser(const QString& idOrLogin, Priority priority, const Guard& guard, UserCallback callback);
    void changeLifecycle(const QString& userId,
                         const QString& action,
                         const QString& wantedStatus,
                         QObject* context,
                         ReplyCallback callback);
    void mutate(const QByteArray& method,
                const QString& path,
                const QList<QPair<QString, QString>>& query,
                QObject* context,
                ReplyCallback callback);
    bool sameOrigin(const QUrl& url) const;
    void scrubToken();
    void rolesAt(const QString& path, QObject* context, RolesCallback callback);
    // What no message may repeat: the API token, or the service app's access token.
    QList<QByteArray> secrets() const;
    // Whether an OAuth refusal is one the call gets past by itself (a new token, the server's nonce); if so it is
    // sent again and true is returned. Otherwise the error is made to say what Okta refused.
    bool handleOAuthRefusal(const std::shared_ptr<Call>& call, QNetworkReply* reply, OktaReply& result);

    QNetworkAccessManager* m_network;
    RateLimitGovernor* m_governor;
    Clock* m_clock;
    QUrl m_orgUrl;
    QByteArray m_token;
    QPointer<ServiceAppAuth> m_serviceApp;
    int m_transferTimeoutMs = 15000;
    qint64 m_maxResponseBytes = 32 * 1024 * 1024;
    int m_maxRetries = 3;
    int m_retryBaseDelayMs = 500;
    int m_maxUserGroupPages = 100;
    // A minute's window and its reset, with room to spare.
    int m_maxQueueWaitMs = 90 * 1000;
    quint64 m_nextCallId = 1;
    QHash<quint64, std::shared_ptr<Call>> m_calls;
};

} // namespace cordon::core
