#include "OktaClient.h"

#include "CordonVersion.h"
#include "base/Clock.h"
#include "base/Logging.h"
#include "base/ReplyLimits.h"
#include "base/SafeText.h"
#include "oauth/WwwAuthenticate.h"
#include "okta/LinkHeader.h"
#include "okta/SearchExpression.h"
#include "okta/ServiceAppAuth.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace cordon::core
{

namespace
{

constexpr qint64 MaxBackoffMs = 30 * 1000;
// Refusals by Okta's concurrency limit say "later", not "failed": a call may meet a few more of them
// than its retries, within its wait for the governor.
constexpr int MaxConcurrencyRefusals = 8;

QString segment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

bool isMutating(const QByteArray& method)
{
    return method != "GET";
}

// As Okta's SDKs do: a change is sent again only where the answer says it was not made (503, 504;
// 429 is retried after the reset); after a 500 or 502 it may have been. A lookup may be asked again.
bool isRetriableStatus(const QByteArray& method, int status)
{
    if (status == 503 || status == 504) {
        return true;
    }
    return !isMutating(method) && (status == 500 || status == 502);
}

} // namespace

struct OktaClient::Call
{
    quint64 id = 0;
    QByteArray method;
    QUrl url;
    Priority priority = Priority::Lookup;
    QString bucket;
    Guard guard;
    RawCallback done;
    quint64 ticket = 0;
    QPointer<QNetworkReply> reply;
    int attempts = 0;
    // Sends refused by Okta's concurrency limit, which are not counted against the retries.
    int concurrencyRefusals = 0;
    // Counts the times the call was queued, so that a deadline set for one wait ignores the next.
    int dispatches = 0;
    qint64 firstSentMs = -1;
    qint64 sentMs = 0;
    // The request id of a 429 answer, repeated on the retry (X-Okta-Retry-For).
    QString retryFor;
    // OAuth: the token was made sure of before this attempt; a rejected token was renewed once; the
    // server's DPoP nonce was taken once.
    bool tokenChecked = false;
    bool tokenRenewed = false;
    bool nonceTaken = false;
    bool queued = false;
    bool settled = false;
    QByteArray body;
    // Never sent again by the client itself (a credential action).
    bool once = false;
};

OktaClient::OktaClient(QNetworkAccessManager* network, RateLimitGovernor* governor, Clock* clock, QObject* parent)
    : QObject(parent), m_network(network), m_governor(governor), m_clock(clock ? clock : Clock::system())
{
    if (!m_governor) {
        m_governor = new RateLimitGovernor(m_clock, this);
    }
}

OktaClient::~OktaClient()
{
    // No callbacks from here on; every call is settled first so that a slot freed by an abort
    // cannot start one of ours.
    const auto calls = m_calls;
    m_calls.clear();
    for (const auto& call : calls) {
        call->settled = true;
        if (call->queued) {
            m_governor->cancel(call->ticket);
        }
    }
    for (const auto& call : calls) {
        abortReply(*call);
    }
    scrubToken();
}

void OktaClient::abortReply(Call& call)
{
    if (!call.reply) {
        return;
    }
    QNetworkReply* reply = call.reply;
    call.reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    m_governor->finished(call.bucket, {}, 0, call.ticket);
}

void OktaClient::setOrgUrl(const QUrl& url)
{
    m_orgUrl = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

void OktaClient::scrubToken()
{
    // Our own unshared buffer (see setToken), so writing to it does not detach into a copy.
    std::fill(m_token.begin(), m_token.end(), '\0');
    m_token.clear();
}

void OktaClient::setToken(const QByteArray& token)
{
    scrubToken();
    m_token = QByteArray(token.constData(), token.size());
}

void OktaClient::clearToken()
{
    scrubToken();
}

void OktaClient::setTransferTimeoutMs(int ms)
{
    m_transferTimeoutMs = std::max(1, ms);
}

void OktaClient::setMaxResponseBytes(qint64 bytes)
{
    // A page of 200 users is well under a megabyte; an answer far beyond that is not Okta's.
    m_maxResponseBytes = std::max<qint64>(1, bytes);
}

void OktaClient::setMaxRetries(int count)
{
    m_maxRetries = std::max(0, count);
}

void OktaClient::setRetryBaseDelayMs(int ms)
{
    m_retryBaseDelayMs = std::max(0, ms);
}

void OktaClient::setMaxQueueWaitMs(int ms)
{
    m_maxQueueWaitMs = std::max(1, ms);
}

bool OktaClient::sameOrigin(const QUrl& url) const
{
    return url.scheme() == m_orgUrl.scheme() && url.host() == m_orgUrl.host() &&
           url.port(url.scheme() == QLatin1String("https") ? 443 : 80) ==
               m_orgUrl.port(m_orgUrl.scheme() == QLatin1String("https") ? 443 : 80);
}

void OktaClient::failSoon(const Guard& guard, RawCallback done, OktaError error)
{
    // Every call answers on the event loop, never from inside the call itself.
    QMetaObject::invokeMethod(
        this,
        [guard, done = std::move(done), error = std::move(error)] {
            if (!guard.alive()) {
                return;
            }
            OktaReply reply;
            reply.error = error;
            done(reply, {});
        },
        Qt::QueuedConnection);
}

void OktaClient::send(const QByteArray& method,
                      const QString& path,
                      const QList<QPair<QString, QString>>& query,
                      Priority priority,
                      const Guard& guard,
                      RawCallback done,
                      const Payload& payload)
{
    if (!m_orgUrl.isValid() || m_orgUrl.host().isEmpty()) {
        failSoon(guard, std::move(done),
                 OktaError::make(OktaError::Kind::Configuration, QStringLiteral("No Okta org is configured.")));
        return;
    }
    QByteArray encoded = m_orgUrl.toEncoded(QUrl::StripTrailingSlash) + path.toLatin1();
    if (!query.isEmpty()) {
        QByteArrayList pairs;
        for (const auto& [key, value] : query) {
            pairs.append(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
        }
        encoded += '?' + pairs.join('&');
    }
    sendUrl(method, QUrl::fromEncoded(encoded, QUrl::StrictMode), priority, guard, std::move(done), payload);
}

void OktaClient::setServiceApp(ServiceAppAuth* serviceApp)
{
    m_serviceApp = serviceApp;
}

bool OktaClient::hasToken() const
{
    return m_serviceApp ? m_serviceApp->isConfigured() : !m_token.isEmpty();
}

QList<QByteArray> OktaClient::secrets() const
{
    QList<QByteArray> all{m_token};
    if (m_serviceApp) {
        all << m_serviceApp->secrets();
    }
    return all;
}

void OktaClient::sendUrl(const QByteArray& method,
                         const QUrl& url,
                         Priority priority,
                         const Guard& guard,
                         RawCallback done,
                         const Payload& payload)
{
    if (!hasToken()) {
        failSoon(guard, std::move(done),
                 OktaError::make(OktaError::Kind::Configuration,
                                 m_serviceApp ? QStringLiteral("The OAuth service app is not set up: no usable key.")
                                              : QStringLiteral("No Okta API token is set.")));
        return;
    }
    if (!url.isValid()) {
        failSoon(guard, std::move(done),
                 OktaError::make(OktaError::Kind::Configuration, QStringLiteral("The request address is not valid.")));
        return;
    }
    auto call = std::make_shared<Call>();
    call->id = m_nextCallId++;
    call->method = method;
    call->url = url;
    call->priority = priority;
    call->bucket = RateLimitGovernor::bucketFor(method, url.path());
    call->guard = guard;
    call->done = std::move(done);
    call->body = payload.body;
    call->once = payload.once;
    m_calls.insert(call->id, call);
    dispatch(call);
}

void OktaClient::dispatch(const std::shared_ptr<Call>& call)
{
    call->queued = true;
    const int dispatch = ++call->dispatches;
    std::weak_ptr<Call> weak = call;
    call->ticket =
        m_governor->enqueue(call->priority, call->bucket, [this, weak, bucket = call->bucket](quint64 ticket) {
            if (const auto strong = weak.lock()) {
                strong->ticket = ticket;
                start(strong);
            } else {
                m_governor->finished(bucket, {}, 0, ticket);
            }
        });
    if (!call->queued) {
        return;
    }
    // No call waits in the governor's queue for ever: past the deadline it fails, saying what it waited for.
    QTimer::singleShot(std::chrono::milliseconds(m_maxQueueWaitMs), this, [this, weak, dispatch] {
        const auto strong = weak.lock();
        if (!strong || strong->settled || !strong->queued || strong->dispatches != dispatch) {
            return;
        }
        const QString reason = m_governor->waitReason(strong->bucket, strong->priority);
        m_governor->cancel(strong->ticket);
        strong->queued = false;
        OktaReply gaveUp;
        gaveUp.attempts = strong->attempts;
        gaveUp.calls = strong->attempts;
        gaveUp.error = OktaError::make(OktaError::Kind::RateLimited,
                                       QStringLiteral("%1 %2 was not sent: after %3 s it was still waiting for %4.")
                                           .arg(QString::fromLatin1(strong->method), strong->url.path())
                                           .arg(m_maxQueueWaitMs / 1000.0, 0, 'g', 3)
                                           .arg(reason.isEmpty() ? QStringLiteral("its turn") : reason),
                                       strong->retryFor);
        qCWarning(lcOkta).noquote() << gaveUp.error.detail;
        complete(strong, gaveUp, {});
    });
}

void OktaClient::start(const std::shared_ptr<Call>& call)
{
    call->queued = false;
    if (call->settled || !call->guard.alive()) {
        m_governor->finished(call->bucket, {}, 0, call->ticket);
        if (!call->settled) {
            call->settled = true;
            m_calls.remove(call->id);
        }
        return;
    }
    // A token is fetched when the one held is near its end, except for a call that already waited for one and
    // holds it still (a token shorter-lived than the renewal margin is used, not asked for again and again).
    if (m_serviceApp && !m_serviceApp->hasFreshToken() && !(call->tokenChecked && m_serviceApp->hasToken())) {
        // The turn is kept while the token is fetched: one token request serves every call that waits for it.
        std::weak_ptr<Call> weak = call;
        m_serviceApp->ensureToken(this, [this, weak](const OktaError& error) {
            const auto strong = weak.lock();
            if (!strong || strong->settled) {
                return;
            }
            strong->tokenChecked = true;
            if (error.isError()) {
                m_governor->finished(strong->bucket, {}, 0, strong->ticket);
                OktaReply failed;
                failed.error = error;
                failed.attempts = strong->attempts;
                failed.calls = strong->attempts;
                complete(strong, failed, {});
                return;
            }
            start(strong);
        });
        return;
    }
    ++call->attempts;
    call->sentMs = m_clock->monotonicMs();
    if (call->firstSentMs < 0) {
        call->firstSentMs = call->sentMs;
    }

    QNetworkRequest request(call->url);
    if (m_serviceApp) {
        // A new DPoP proof for each attempt: Okta takes a proof's jti once.
        m_serviceApp->authorize(request, call->method);
    } else {
        request.setRawHeader("Authorization", QByteArray("SSWS ") + m_token);
    }
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("User-Agent", QByteArray("cordon/" CORDON_VERSION_STRING));
    if (!call->retryFor.isEmpty()) {
        request.setRawHeader("X-Okta-Retry-For", call->retryFor.toLatin1());
        request.setRawHeader("X-Okta-Retry-Count", QByteArray::number(call->attempts - 1));
    }
    // A redirect would carry the token to wherever it points; Okta's API does not redirect.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_transferTimeoutMs);
    keepToHttp1(request);

    QNetworkReply* reply = nullptr;
    if (call->method == "GET") {
        reply = m_network->get(request);
    } else if (call->method == "DELETE") {
        reply = m_network->deleteResource(request);
    } else {
        // Okta answers 411 to a bodiless POST or PUT without Content-Length: 0 (docs/okta.md §Requests).
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
        reply = m_network->sendCustomRequest(request, call->method, call->body);
    }
    call->reply = reply;
    std::weak_ptr<Call> weak = call;
    // Cut off as soon as the answer is known to be too large, before it is held whole.
    limitResponseSize(reply, m_maxResponseBytes);
    connect(reply, &QNetworkReply::finished, this, [this, weak] {
        if (const auto strong = weak.lock()) {
            handleFinished(strong);
        }
    });
}

void OktaClient::handleFinished(const std::shared_ptr<Call>& call)
{
    QNetworkReply* reply = call->reply;
    call->reply = nullptr;
    if (!reply) {
        return;
    }
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const RawHeaders headers = reply->rawHeaderPairs();
    OktaReply result;
    result.httpStatus = status;
    // A header is the server's text like its body: one that echoes the request must not hand back the token.
    result.requestId = safetext::scrubbed(QString::fromLatin1(reply->rawHeader("X-Okta-Request-Id")), secrets());
    result.rate = RateLimitInfo::fromHeaders(call->bucket, headers);
    result.attempts = call->attempts;
    result.calls = call->attempts;
    const qint64 now = m_clock->monotonicMs();
    result.elapsedMs = now - call->firstSentMs;
    const QNetworkReply::NetworkError networkError = reply->error();
    const QByteArray body = takeBody(reply);
    const bool oversized = isTooLarge(reply);

    m_governor->finished(call->bucket, result.rate, status, call->ticket);
    if (result.rate.isKnown()) {
        emit rateLimitChanged(result.rate);
    }

    const QString path = call->url.path();
    qCDebug(lcOkta).noquote() << call->method << path << status << result.requestId << (now - call->sentMs) << "ms";

    if (call->settled) {
        return;
    }
    const bool mayRetry =
        !call->once && call->attempts - call->concurrencyRefusals <= m_maxRetries && call->guard.alive();
    const qint64 backoff = std::min<qint64>(MaxBackoffMs, qint64(m_retryBaseDelayMs) << (call->attempts - 1));
    const qint64 jittered = backoff / 2 + QRandomGenerator::global()->bounded(backoff / 2 + 1);

    if (oversized) {
        // Not retried: the same question would bring the same answer.
        result.error =
            OktaError::make(OktaError::Kind::InvalidResponse,
                            QStringLiteral("The answer was larger than %1 MB (setting okta/maxResponseBytes) "
                                           "and was cut off.")
                                .arg(double(m_maxResponseBytes) / (1024 * 1024), 0, 'g', 4),
                            result.requestId);
        result.error.httpStatus = status;
        emit requestFinished(QString::fromLatin1(call->method), path, result);
        complete(call, result, headers);
        return;
    }

    if (status == 0) {
        const bool timedOut =
            networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError;
        const bool tls = networkError == QNetworkReply::SslHandshakeFailedError;
        result.error = OktaError::make(
            timedOut ? OktaError::Kind::Timeout : OktaError::Kind::Network,
            timedOut ? QStringLiteral("No answer within %1 ms.").arg(m_transferTimeoutMs)
            : tls    ? QStringLiteral("The TLS connection to %1 failed: %2").arg(call->url.host(), reply->errorString())
                     : reply->errorString());
        emit requestFinished(QString::fromLatin1(call->method), path, result);
        // A change that lost its answer may have reached Okta: it is reported, never sent again from here.
        // (Qt's HTTP/1.1 layer itself re-sends a request whose connection closed before any answer; each
        // change Cordon makes is harmless twice, a second suspend meeting the wrong-state refusal.)
        if (!isMutating(call->method) && !tls && mayRetry) {
            emit retrying(QString::fromLatin1(call->method), path, result);
            retryLater(call, jittered);
            return;
        }
        complete(call, result, headers);
        return;
    }

    if (status >= 200 && status < 300) {
        if (!body.trimmed().isEmpty()) {
            QJsonParseError parseError;
            result.json = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                result.error =
                    OktaError::make(OktaError::Kind::InvalidResponse,
                                    QStringLiteral("The answer was not valid JSON: %1.").arg(parseError.errorString()),
                                    result.requestId);
                result.error.httpStatus = status;
            }
        }
        emit requestFinished(QString::fromLatin1(call->method), path, result);
        complete(call, result, headers);
        return;
    }

    if (status >= 300 && status < 400) {
        // The request follows no redirect (see start), and none is retried: the token goes nowhere else.
        result.error =
            OktaError::fromRedirect(status, call->url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl()),
                                    result.requestId, secrets());
        emit requestFinished(QString::fromLatin1(call->method), path, result);
        complete(call, result, headers);
        return;
    }
    result.error = OktaError::fromReply(status, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), body,
                                        result.requestId, secrets());
    if (m_serviceApp && handleOAuthRefusal(call, reply, result)) {
        return;
    }
    emit requestFinished(QString::fromLatin1(call->method), path, result);
    // Okta's concurrency 429 reports 0 for the limit and for what remains (docs/okta.md §Rate limits).
    const bool concurrency = status == 429 && result.rate.limit == 0 && result.rate.remaining == 0;
    if (concurrency) {
        ++call->concurrencyRefusals;
    }
    if (status == 429 && (mayRetry || (concurrency && !call->once &&
                                       call->concurrencyRefusals <= MaxConcurrencyRefusals && call->guard.alive()))) {
        // The governor holds the bucket (or, for the concurrency limit, every call) until the reset; the retry
        // waits in its queue till then.
        call->retryFor = result.requestId;
        emit retrying(QString::fromLatin1(call->method), path, result);
        dispatch(call);
        return;
    }
    if (isRetriableStatus(call->method, status) && mayRetry) {
        emit retrying(QString::fromLatin1(call->method), path, result);
        retryLater(call, jittered);
        return;
    }
    complete(call, result, headers);
}

bool OktaClient::handleOAuthRefusal(const std::shared_ptr<Call>& call, QNetworkReply* reply, OktaReply& result)
{
    const QString path = call->url.path();
    if (const QByteArray nonce = reply->rawHeader("DPoP-Nonce"); !nonce.isEmpty()) {
        m_serviceApp->setResourceNonce(QString::fromLatin1(nonce));
    }
    QString code;
    QString description;
    QString scope;
    for (const AuthChallenge& challenge : WwwAuthenticate::parse(reply->rawHeader("WWW-Authenticate"))) {
        if (!challenge.param(QStringLiteral("error")).isEmpty()) {
            code = challenge.param(QStringLiteral("error"));
            description = safetext::scrubbed(challenge.param(QStringLiteral("error_description")).left(300), secrets());
            scope = safetext::scrubbed(challenge.param(QStringLiteral("scope")).left(200));
            break;
        }
    }
    const int status = result.httpStatus;
    if (status == 401 && code == QLatin1String("invalid_token") && !call->tokenRenewed && call->guard.alive()) {
        // Expired or revoked before its time: one new token, then the call again.
        call->tokenRenewed = true;
        call->tokenChecked = false;
        m_serviceApp->invalidateToken();
        emit requestFinished(QString::fromLatin1(call->method), path, result);
        emit retrying(QString::fromLatin1(call->method), path, result);
        dispatch(call);
        return true;
    }
    if (code == QLatin1String("use_dpop_nonce") && !call->nonceTaken && !reply->rawHeader("DPoP-Nonce").isEmpty() &&
        call->guard.alive()) {
        call->nonceTaken = true;
        emit requestFinished(QString::fromLatin1(call->method), path, result);
        emit retrying(QString::fromLatin1(call->method), path, result);
        dispatch(call);
        return true;
    }
    if (code == QLatin1String("insufficient_scope")) {
        result.error.detail =
            scope.isEmpty()
                ? QStringLiteral("The service app lacks a scope this call needs.")
                : QStringLiteral("The service app was not granted %1, which %2 %3 needs: grant it to the app in Okta.")
                      .arg(scope, QString::fromLatin1(call->method), path);
    } else if (code == QLatin1String("invalid_dpop_proof")) {
        result.error.detail = QStringLiteral("Okta refused the DPoP proof: %1").arg(description);
    } else if (code == QLatin1String("invalid_token")) {
        result.error.detail =
            QStringLiteral("Okta refused the service app's access token again after a new one: %1").arg(description);
    }
    if (!code.isEmpty() && result.error.errorCode.isEmpty()) {
        result.error.errorCode = code;
    }
    return false;
}

void OktaClient::retryLater(const std::shared_ptr<Call>& call, qint64 delayMs)
{
    std::weak_ptr<Call> weak = call;
    QTimer::singleShot(std::chrono::milliseconds(delayMs), this, [this, weak] {
        const auto strong = weak.lock();
        if (strong && !strong->settled) {
            dispatch(strong);
        }
    });
}

void OktaClient::complete(const std::shared_ptr<Call>& call, OktaReply reply, const RawHeaders& headers)
{
    call->settled = true;
    m_calls.remove(call->id);
    if (call->guard.alive()) {
        call->done(reply, headers);
    }
}

void OktaClient::cancelAll()
{
    const auto calls = m_calls;
    for (const auto& call : calls) {
        if (call->queued) {
            m_governor->cancel(call->ticket);
            call->queued = false;
        }
    }
    for (const auto& call : calls) {
        if (call->settled) {
            continue;
        }
        abortReply(*call);
        OktaReply canceled;
        canceled.attempts = call->attempts;
        canceled.calls = call->attempts;
        canceled.error = OktaError::make(OktaError::Kind::Canceled, QStringLiteral("The call was canceled."));
        complete(call, canceled, {});
    }
}

struct OktaClient::ListState
{
    QJsonArray items;
    int pages = 0;
    int calls = 0;
    qint64 elapsedMs = 0;
    int maxPages = 1;
    Priority priority = Priority::Lookup;
    Guard guard;
    ListCallback done;
};

void OktaClient::fetchList(const QString& path,
                           const QList<QPair<QString, QString>>& query,
                           int maxPages,
                           Priority priority,
                           const Guard& guard,
                           ListCallback done)
{
    auto state = std::make_shared<ListState>();
    state->maxPages = std::max(1, maxPages);
    state->priority = priority;
    state->guard = guard;
    state->done = std::move(done);
    send("GET", path, query, priority, guard,
         [this, state](const OktaReply& page, const RawHeaders& headers) { onListPage(state, page, headers); });
}

void OktaClient::onListPage(const std::shared_ptr<ListState>& state, const OktaReply& page, const RawHeaders& headers)
{
    ++state->pages;
    state->calls += page.calls;
    state->elapsedMs += page.elapsedMs;
    OktaReply result = page;
    if (page.ok() && !page.json.isArray()) {
        result.error =
            OktaError::make(OktaError::Kind::InvalidResponse,
                            QStringLiteral("Okta answered with something other than a list."), page.requestId);
    } else if (page.ok()) {
        for (const QJsonValue& item : page.json.array()) {
            state->items.append(item);
        }
        // Okta's Link header names the next page; its absence ends the list (docs/okta.md §Paging).
        const QUrl next = LinkHeader::next(headers);
        if (next.isValid() && !next.isEmpty()) {
            if (!sameOrigin(next)) {
                result.error = OktaError::make(
                    OktaError::Kind::InvalidResponse,
                    QStringLiteral("Okta's next-page link points to another host (%1); it was not followed.")
                        .arg(safetext::scrubbed(next.host(), secrets())),
                    page.requestId);
            } else if (state->pages < state->maxPages) {
                sendUrl("GET", next, state->priority, state->guard,
                        [this, state](const OktaReply& nextPage, const RawHeaders& nextHeaders) {
                            onListPage(state, nextPage, nextHeaders);
                        });
                return;
            } else {
                result.morePages = true;
            }
        }
    }
    result.calls = state->calls;
    result.elapsedMs = state->elapsedMs;
    result.json = QJsonDocument(state->items);
    state->done(result, state->items);
}

void OktaClient::fetchUser(const QString& idOrLogin, Priority priority, const Guard& guard, UserCallback callback)
{
    if (idOrLogin.isEmpty() || idOrLogin.contains(QLatin1Char('/'))) {
        // Okta fetches logins with a "/" only by id (docs/okta.md §Users).
        failSoon(
            guard, [callback](const OktaReply& reply, const RawHeaders&) { callback(reply, {}); },
            OktaError::make(OktaError::Kind::NotFound,
                            idOrLogin.isEmpty() ? QStringLiteral("No user id or login was given.")
                                                : QStringLiteral("A login with \"/\" can only be read by its "
                                                                 "Okta id: %1")
                                                      .arg(idOrLogin)));
        return;
    }
    const QString path = idOrLogin == QLatin1String("me") ? QStringLiteral("/api/v1/users/me")
                                                          : QStringLiteral("/api/v1/users/") + segment(idOrLogin);
    send("GET", path, {}, priority, guard, [callback](const OktaReply& reply, const RawHeaders&) {
        callback(reply, reply.ok() ? OktaUser::fromJson(reply.json.object()) : OktaUser());
    });
}

void OktaClient::getUser(const QString& idOrLogin, QObject* context, UserCallback callback)
{
    fetchUser(idOrLogin, Priority::Lookup, Guard{context, context != nullptr}, std::move(callback));
}

void OktaClient::getCurrentUser(QObject* context, UserCallback callback)
{
    fetchUser(QStringLiteral("me"), Priority::Lookup, Guard{context, context != nullptr}, std::move(callback));
}

void OktaClient::searchUsers(const UserQuery& query, QObject* context, UsersCallback callback)
{
    QList<QPair<QString, QString>> params;
    if (!query.search.isEmpty()) {
        params.append({QStringLiteral("search"), query.search});
    }
    if (!query.q.isEmpty()) {
        params.append({QStringLiteral("q"), query.q});
    }
    if (!query.filter.isEmpty()) {
        params.append({QStringLiteral("filter"), query.filter});
    }
    if (query.limit > 0) {
        params.append({QStringLiteral("limit"), QString::number(query.limit)});
    }
    const int pages = query.q.isEmpty() ? query.maxPages : 1;
    fetchList(QStringLiteral("/api/v1/users"), params, pages, Priority::Lookup, Guard{context, context != nullptr},
              [callback = std::move(callback)](const OktaReply& reply, const QJsonArray& items) {
                  QList<OktaUser> users;
                  users.reserve(items.size());
                  for (const QJsonValue& item : items) {
                      users.append(OktaUser::fromJson(item.toObject()));
                  }
                  callback(reply, users);
              });
}

namespace
{

QList<OktaGroup> toGroups(const QJsonArray& items)
{
    QList<OktaGroup> groups;
    groups.reserve(items.size());
    for (const QJsonValue& item : items) {
        groups.append(OktaGroup::fromJson(item.toObject()));
    }
    return groups;
}

} // namespace

void OktaClient::listGroups(const GroupQuery& query, QObject* context, GroupsCallback callback)
{
    QList<QPair<QString, QString>> params;
    if (!query.q.isEmpty()) {
        params.append({QStringLiteral("q"), query.q});
    }
    if (!query.search.isEmpty()) {
        params.append({QStringLiteral("search"), query.search});
    }
    if (!query.filter.isEmpty()) {
        params.append({QStringLiteral("filter"), query.filter});
    }
    if (query.limit > 0) {
        params.append({QStringLiteral("limit"), QString::number(query.limit)});
    }
    const int pages = query.q.isEmpty() ? query.maxPages : 1;
    fetchList(QStringLiteral("/api/v1/groups"), params, pages, Priority::Lookup, Guard{context, context != nullptr},
              [callback = std::move(callback)](const OktaReply& reply, const QJsonArray& items) {
                  callback(reply, toGroups(items));
              });
}

void OktaClient::findGroupByName(const QString& name, QObject* context, GroupCallback callback)
{
    if (name.isEmpty()) {
        failSoon(
            Guard{context, context != nullptr},
            [callback](const OktaReply& reply, const RawHeaders&) { callback(reply, {}); },
            OktaError::make(OktaError::Kind::Configuration, QStringLiteral("No group name was given.")));
        return;
    }
    GroupQuery query;
    // search compares values case-insensitively; the exact, case-sensitive match is made here.
    query.search = SearchExpression::eq(QStringLiteral("profile.name"), name);
    listGroups(
        query, context, [name, callback = std::move(callback)](const OktaReply& reply, const QList<OktaGroup>& groups) {
            if (!reply.ok()) {
                callback(reply, {});
                return;
            }
            QList<OktaGroup> matches;
            for (const OktaGroup& group : groups) {
                if (group.name == name) {
                    matches.append(group);
                }
            }
            OktaReply result = reply;
            if (matches.size() == 1) {
                callback(result, matches.first());
                return;
            }
            if (matches.isEmpty()) {
                result.error =
                    OktaError::make(OktaError::Kind::NotFound,
                                    QStringLiteral("No Okta group is named \"%1\".").arg(name), reply.requestId);
            } else {
                QStringList ids;
                for (const OktaGroup& group : matches) {
                    ids.append(group.id);
                }
                result.error = OktaError::make(OktaError::Kind::Ambiguous,
                                               QStringLiteral("%1 Okta groups are named \"%2\" (%3); choose one by id.")
                                                   .arg(matches.size())
                                                   .arg(name, ids.join(QStringLiteral(", "))),
                                               reply.requestId);
            }
            callback(result, {});
        });
}

void OktaClient::getGroup(const QString& groupId, QObject* context, GroupCallback callback)
{
    send("GET", QStringLiteral("/api/v1/groups/") + segment(groupId), {}, Priority::Lookup,
         Guard{context, context != nullptr},
         [callback = std::move(callback)](const OktaReply& reply, const RawHeaders&) {
             callback(reply, reply.ok() ? OktaGroup::fromJson(reply.json.object()) : OktaGroup());
         });
}

void OktaClient::userGroups(const QString& userId, QObject* context, GroupsCallback callback)
{
    fetchList(
        QStringLiteral("/api/v1/users/%1/groups").arg(segment(userId)), {}, m_maxUserGroupPages, Priority::Lookup,
        Guard{context, context != nullptr},
        [pages = m_maxUserGroupPages, callback = std::move(callback)](const OktaReply& reply, const QJsonArray& items) {
            OktaReply result = reply;
            if (result.ok() && result.morePages) {
                result.error = OktaError::make(
                    OktaError::Kind::InvalidResponse,
                    QStringLiteral("Okta lists more of the user's groups than the %1 pages (%2 groups) Cordon "
                                   "reads; the list is incomplete.")
                        .arg(pages)
                        .arg(items.size()),
                    reply.requestId);
            }
            callback(result, toGroups(items));
        });
}

void OktaClient::userRoles(const QString& userId, QObject* context, RolesCallback callback)
{
    rolesAt(QStringLiteral("/api/v1/users/%1/roles").arg(segment(userId)), context, std::move(callback));
}

void OktaClient::clientRoles(const QString& clientId, QObject* context, RolesCallback callback)
{
    rolesAt(QStringLiteral("/oauth2/v1/clients/%1/roles").arg(segment(clientId)), context, std::move(callback));
}

void OktaClient::rolesAt(const QString& path, QObject* context, RolesCallback callback)
{
    fetchList(path, {}, 5, Priority::Lookup, Guard{context, context != nullptr},
              [callback = std::move(callback)](const OktaReply& reply, const QJsonArray& items) {
                  QList<OktaRole> roles;
                  for (const QJsonValue& item : items) {
                      roles.append(OktaRole::fromJson(item.toObject()));
                  }
                  callback(reply, roles);
              });
}

void OktaClient::userSchema(QObject* context, ReplyCallback callback)
{
    send("GET", QStringLiteral("/api/v1/meta/schemas/user/default"), {}, Priority::Lookup,
         Guard{context, context != nullptr},
         [callback = std::move(callback)](const OktaReply& reply, const RawHeaders&) { callback(reply); });
}

void OktaClient::mutate(const QByteArray& method,
                        const QString& path,
                        const QList<QPair<QString, QString>>& query,
                        QObject* context,
                        ReplyCallback callback)
{
    send(method, path, query, Priority::Containment, Guard{context, context != nullptr},
         [callback = std::move(callback)](const OktaReply& reply, const RawHeaders&) { callback(reply); });
}

void OktaClient::clearSessions(const QString& userId, QObject* context, ReplyCallback callback, bool forgetDevices)
{
    // Okta's default leaves OAuth tokens alive (docs/okta.md §Sessions), and its default for remembered devices differs
    // between engines and releases: both are said.
    mutate("DELETE", QStringLiteral("/api/v1/users/%1/sessions").arg(segment(userId)),
           {{QStringLiteral("oauthTokens"), QStringLiteral("true")},
            {QStringLiteral("forgetDevices"), forgetDevices ? QStringLiteral("true") : QStringLiteral("false")}},
           context, std::move(callback));
}

void OktaClient::suspend(const QString& userId, QObject* context, ReplyCallback callback)
{
    changeLifecycle(userId, QStringLiteral("suspend"), QStringLiteral("SUSPENDED"), context, std::move(callback));
}

void OktaClient::unsuspend(const QString& userId, QObject* context, ReplyCallback callback)
{
    changeLifecycle(userId, QStringLiteral("unsuspend"), QStringLiteral("ACTIVE"), context, std::move(callback));
}

void OktaClient::changeLifecycle(
    const QString& userId, const QString& action, const QString& wantedStatus, QObject* context, ReplyCallback callback)
{
    const Guard guard{context, context != nullptr};
    const QString path = QStringLiteral("/api/v1/users/%1/lifecycle/%2").arg(segment(userId), action);
    send(
        "POST", path, {}, Priority::Containment, guard,
        [this, userId, wantedStatus, guard, callback = std::move(callback)](const OktaReply& reply, const RawHeaders&) {
            if (reply.ok() || !reply.error.isWrongState()) {
                callback(reply);
                return;
            }
            // Okta refuses a change to the state the user is already in; read the user to tell
            // "already done" from a real refusal (a DEPROVISIONED user cannot be suspended).
            fetchUser(userId, Priority::Containment, guard,
                      [reply, wantedStatus, callback](const OktaReply& read, const OktaUser& user) {
                          OktaReply result = reply;
                          result.calls += read.calls;
                          result.elapsedMs += read.elapsedMs;
                          if (read.ok() && user.status == wantedStatus) {
                              result.error = OktaError();
                              result.already = true;
                          }
                          callback(result);
                      });
        });
}

void OktaClient::addToGroup(const QString& groupId, const QString& userId, QObject* context, ReplyCallback callback)
{
    mutate("PUT", QStringLiteral("/api/v1/groups/%1/users/%2").arg(segment(groupId), segment(userId)), {}, context,
           std::move(callback));
}

void OktaClient::removeFromGroup(const QString& groupId,
                                 const QString& userId,
                                 QObject* context,
                                 ReplyCallback callback)
{
    mutate("DELETE", QStringLiteral("/api/v1/groups/%1/users/%2").arg(segment(groupId), segment(userId)), {}, context,
           std::move(callback));
}

void OktaClient::sendOnce(
    const QByteArray& method, const QString& path, const QByteArray& body, QObject* context, RawCallback done)
{
    send(method, path, {}, Priority::Containment, Guard{context, context != nullptr}, std::move(done),
         Payload{body, true});
}

void OktaClient::userRisk(const QString& userId, QObject* context, ReplyCallback callback)
{
    send("GET", QStringLiteral("/api/v1/users/%1/risk").arg(segment(userId)), {}, Priority::Lookup,
         Guard{context, context != nullptr},
         [callback = std::move(callback)](const OktaReply& reply, const RawHeaders&) { callback(reply); });
}

void OktaClient::setUserRisk(
    const QString& userId, const QString& level, const QString& reason, QObject* context, ReplyCallback callback)
{
    QJsonObject body{{QStringLiteral("riskLevel"), level}};
    if (!reason.isEmpty()) {
        body.insert(QStringLiteral("riskReason"), reason);
    }
    sendOnce("PUT", QStringLiteral("/api/v1/users/%1/risk").arg(segment(userId)),
             QJsonDocument(body).toJson(QJsonDocument::Compact), context,
             [callback = std::move(callback)](const OktaReply& reply, const RawHeaders&) { callback(reply); });
}

void OktaClient::revokeAllTokens(const QString& userId, QObject* context, ReplyCallback callback)
{
    // The subject as Okta's opaque identifier: the user's id (docs/okta.md §Universal Logout).
    const QJsonObject body{{QStringLiteral("sub_id"), QJsonObject{{QStringLiteral("format"), QStringLiteral("opaque")},
                                                                  {QStringLiteral("id"), userId}}}};
    sendOnce("POST", QStringLiteral("/oauth2/v1/global-token-revocation"),
             QJsonDocument(body).toJson(QJsonDocument::Compact), context,
             [callback = std::move(callback)](const OktaReply& reply, const RawHeaders&) { callback(reply); });
}

void OktaClient::userFactors(const QString& userId, QObject* context, FactorsCallback callback)
{
    // Okta lists a user's factors in one answer, without pages.
    send("GET", QStringLiteral("/api/v1/users/%1/factors").arg(segment(userId)), {}, Priority::Containment,
         Guard{context, context != nullptr},
         [callback = std::move(callback)](const OktaReply& reply, const RawHeaders&) {
             QList<OktaFactor> factors;
             OktaReply result = reply;
             if (reply.ok()) {
                 if (!reply.json.isArray()) {
                     result.error =
                         OktaError::make(OktaError::Kind::InvalidResponse,
                                         QStringLiteral("The factor list was not a JSON array."), reply.requestId);
                 } else {
                     for (const QJsonValue& value : reply.json.array()) {
                         if (auto factor = OktaFactor::fromJson(value.toObject())) {
                             factors << *factor;
                         }
                     }
                 }
             }
             callback(result, factors);
         });
}

void OktaClient::deleteFactor(const QString& userId, const QString& factorId, QObject* context, ReplyCallback callback)
{
    sendOnce("DELETE", QStringLiteral("/api/v1/users/%1/factors/%2").arg(segment(userId), segment(factorId)), {},
             context, [callback = std::move(callback)](const OktaReply& reply, const RawHeaders&) { callback(reply); });
}

void OktaClient::resetFactors(const QString& userId, QObject* context, ReplyCallback callback)
{
    sendOnce("POST", QStringLiteral("/api/v1/users/%1/lifecycle/reset_factors").arg(segment(userId)), {}, context,
             [callback = std::move(callback)](const OktaReply& reply, const RawHeaders&) { callback(reply); });
}

void OktaClient::expirePassword(const QString& userId, QObject* context, UserCallback callback)
{
    sendOnce("POST", QStringLiteral("/api/v1/users/%1/lifecycle/expire_password").arg(segment(userId)), {}, context,
             [callback = std::move(callback)](const OktaReply& reply, const RawHeaders&) {
                 OktaUser user;
                 if (reply.ok()) {
                     user = OktaUser::fromJson(reply.json.object());
                 }
                 callback(reply, user);
             });
}

} // namespace cordon::core
