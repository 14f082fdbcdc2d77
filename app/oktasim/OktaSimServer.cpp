#include "oktasim/OktaSimServer.h"

#include "base/Logging.h"
#include "oktasim/ApiMessage.h"
#include "oktasim/Directory.h"
#include "oktasim/FaultRules.h"
#include "oktasim/OktaApi.h"
#include "oktasim/RateLimiter.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>
#include <vector>

// The demo org lives in a static library's resources, which the linker drops unless referenced.
static void initDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

namespace cordon::sim
{

// Sees every request before any routing, so that faults, limits and the log cover all of them.
class SimHttpFrontend : public QAbstractHttpServer
{
public:
    explicit SimHttpFrontend(OktaSimServer* owner) : m_owner(owner) {}

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        m_owner->handleRequest(request, makeResponder(request, socket));
        return true;
    }
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    OktaSimServer* m_owner;
};

namespace
{

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

QByteArray reasonPhrase(int status)
{
    static const QMap<int, QByteArray> phrases = {
        {200, "OK"},
        {201, "Created"},
        {204, "No Content"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {411, "Length Required"},
        {429, "Too Many Requests"},
        {500, "Internal Server Error"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
    };
    return phrases.value(status, "Status");
}

QByteArray requestHeader(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool hasRequestHeader(const QHttpServerRequest& request, const QByteArray& name)
{
    const auto headers = request.headers();
    return std::any_of(headers.begin(), headers.end(),
                       [&](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

// Okta reads `+` in a query as a space, as HTML forms do (search=profile.email+sw+%22…%22).
QUrlQuery formQuery(const QUrl& url)
{
    QString query = url.query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrlQuery(query);
}

ApiReply faultStatusReply(int status)
{
    switch (status) {
    case 429:
        return ApiReply::error(429, QStringLiteral("E0000047"),
                               QStringLiteral("API call exceeded rate limit due to too many requests."));
    case 401:
        // A revoked or expired API token.
        return ApiReply::error(401, QStringLiteral("E0000011"), QStringLiteral("Invalid token provided"));
    case 403: {
        // A token without the scope the call needs: Okta names the scope in WWW-Authenticate
        // (docs/okta.md §Authentication).
        ApiReply reply = ApiReply::error(403, QStringLiteral("E0000006"),
                                         QStringLiteral("You do not have permission to perform the requested action"));
        reply.addHeader("WWW-Authenticate",
                        "Bearer error=\"insufficient_scope\", error_description=\"The access token provided does not "
                        "contain the required scopes.\"");
        return reply;
    }
    case 500:
        return ApiReply::error(500, QStringLiteral("E0000009"), QStringLiteral("Internal Server Error"));
    case 503:
        return ApiReply::error(503, QStringLiteral("E0000010"), QStringLiteral("Service is in read only mode"));
    default:
        return ApiReply::error(status, QStringLiteral("E0000009"), QStringLiteral("Internal Server Error"));
    }
}

// An Okta error by its code, with the status Okta gives it (docs/okta.md §Errors); the call has no effect.
ApiReply faultErrorCodeReply(const QString& code)
{
    static const QMap<QString, QPair<int, QString>> known = {
        {QStringLiteral("E0000001"), {400, QStringLiteral("Api validation failed")}},
        {QStringLiteral("E0000006"),
         {403, QStringLiteral("You do not have permission to perform the requested action")}},
        {QStringLiteral("E0000007"), {404, QStringLiteral("Not found: Resource not found")}},
        {QStringLiteral("E0000009"), {500, QStringLiteral("Internal Server Error")}},
        {QStringLiteral("E0000010"), {503, QStringLiteral("Service is in read only mode")}},
        {QStringLiteral("E0000011"), {401, QStringLiteral("Invalid token provided")}},
        {QStringLiteral("E0000028"), {400, QStringLiteral("The request is missing a required parameter.")}},
        {QStringLiteral("E0000038"),
         {403, QStringLiteral("This operation is not allowed in the user's current status.")}},
        {QStringLiteral("E0000047"), {429, QStringLiteral("API call exceeded rate limit due to too many requests.")}},
    };
    const auto [status, summary] = known.value(code, {400, QStringLiteral("Api validation failed")});
    return ApiReply::error(status, code, summary);
}

ApiReply proxyErrorPage()
{
    ApiReply reply;
    reply.status = 502;
    reply.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                 "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    reply.addHeader("Content-Type", "text/html");
    return reply;
}

// The whole answer, written by hand: QHttpServerResponder's helpers cannot repeat a header (Link)
// and know only the status codes of their own table.
QByteArray serialize(const ApiReply& reply)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto& [name, value] : reply.headers) {
        bytes += name + ": " + value + "\r\n";
    }
    bytes += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    return bytes + reply.body;
}

void addRateHeaders(ApiReply* reply, const RateLimiter::Decision& decision)
{
    reply->addHeader("X-Rate-Limit-Limit", QByteArray::number(decision.limit));
    reply->addHeader("X-Rate-Limit-Remaining", QByteArray::number(decision.remaining));
    reply->addHeader("X-Rate-Limit-Reset", QByteArray::number(decision.resetEpochS));
}

} // namespace

struct OktaSimServer::Private
{
    explicit Private(OktaSimServer* owner) : http(owner), api(&directory) {}

    struct LogEntry
    {
        QString method;
        QString path;
        QString query;
        int status = 0;
        qint64 ms = 0;
        // When the request arrived, in epoch ms.
        qint64 at = 0;
        QString bucket;
        // What the call did where its request leaves it open.
        QJsonObject effects;
    };

    SimHttpFrontend http;
    Directory directory;
    QJsonObject loaded;
    OktaApi api;
    RateLimiter rateLimiter;
    FaultRules faults;
    Options options;
    int inFlight = 0;
    QList<LogEntry> log;
    int logGeneration = 0;
    std::vector<std::shared_ptr<QHttpServerResponder>> stalled; // timeout faults: held, never answered
};

OktaSimServer::OktaSimServer(QObject* parent) : QObject(parent), d(std::make_unique<Private>(this))
{
    QString error;
    loadDirectory(demoDirectory(), &error);
}

OktaSimServer::~OktaSimServer() = default;

QJsonObject OktaSimServer::demoDirectory()
{
    initDemoResources();
    QFile file(QStringLiteral(":/oktasim/demo-org.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcSim) << "the built-in demo org is missing from the resources";
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool OktaSimServer::loadDirectory(const QJsonObject& directory, QString* error)
{
    if (!d->directory.load(directory, error)) {
        return false;
    }
    d->loaded = directory;
    return true;
}

bool OktaSimServer::setOptions(const Options& options, QString* error)
{
    RateLimiter limiter;
    if (!limiter.setLimits(options.rateLimits, error) || !d->faults.setRules(options.faults, error)) {
        return false;
    }
    d->options = options;
    d->rateLimiter.setLimits(options.rateLimits);
    d->rateLimiter.setWindowSeconds(qMax(0, options.rateWindowS));
    d->api.setForgetDevicesByDefault(!options.classicEngine);
    d->api.setSearchLagMs(qMax(0, options.searchLagMs));
    return true;
}

bool OktaSimServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (!address.isLoopback()) {
        if (error) {
            *error = QStringLiteral("refusing to listen on %1: loopback addresses only").arg(address.toString());
        }
        return false;
    }
    const quint16 bound = d->http.listen(address, port);
    if (bound == 0) {
        if (error) {
            *error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
        }
        return false;
    }
    m_baseUrl = QUrl();
    m_baseUrl.setScheme(QStringLiteral("http"));
    m_baseUrl.setHost(address.toString());
    m_baseUrl.setPort(bound);
    d->api.setBaseUrl(m_baseUrl);
    return true;
}

void OktaSimServer::handleRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    const auto holder = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QString encodedPath = request.url().path(QUrl::FullyEncoded);
    QStringList segments;
    for (const QString& part : encodedPath.split(QLatin1Char('/'))) {
        segments.append(QUrl::fromPercentEncoding(part.toUtf8()));
    }
    const QString path = segments.join(QLatin1Char('/'));

    if (path.startsWith(QLatin1String("/__sim/"))) {
        holder->socket()->write(serialize(handleSim(request, methodName(request.method()), segments.mid(2))));
        return;
    }
    if (!path.startsWith(QLatin1String("/api/")) && !path.startsWith(QLatin1String("/oauth2/"))) {
        holder->socket()->write(serialize(
            ApiReply::error(404, QStringLiteral("E0000007"),
                            QStringLiteral("Not found: Resource not found: %1 (GenericResource)").arg(path))));
        return;
    }
    handleApi(request, holder, path, segments);
}

void OktaSimServer::handleApi(const QHttpServerRequest& request,
                              const std::shared_ptr<QHttpServerResponder>& responder,
                              const QString& path,
                              const QStringList& segments)
{
    QElapsedTimer timer;
    timer.start();
    const QString method = methodName(request.method());
    const QUrlQuery query = formQuery(request.url());
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QString bucket = RateLimiter::bucketFor(method, path);

    d->log.append({method, path, query.toString(QUrl::FullyDecoded), 0, 0, nowMs, bucket, {}});
    const qsizetype logIndex = d->log.size() - 1;

    ApiReply reply;
    int delayMs = d->options.latencyMs;
    const std::optional<FaultRules::Fault> fault = d->faults.take(method, path);
    if (fault && fault->kind == FaultRules::Fault::Kind::Timeout) {
        qCDebug(lcSim) << method << path << "held by a timeout fault";
        d->stalled.push_back(responder);
        return;
    }
    if (fault && fault->kind == FaultRules::Fault::Kind::Reset) {
        qCDebug(lcSim) << method << path << "reset by a fault";
        responder->socket()->abort();
        return;
    }

    ++d->inFlight;
    if (d->inFlight > d->options.concurrency) {
        // Okta's concurrency 429: "The first two header values are always 0", the third an estimate.
        reply = ApiReply::error(429, QStringLiteral("E0000047"),
                                QStringLiteral("API call exceeded rate limit due to too many requests."));
        addRateHeaders(&reply, {false, 0, 0, nowMs / 1000 + 1});
        delayMs = 0;
    } else if (fault && fault->kind == FaultRules::Fault::Kind::Status) {
        const QByteArray authorization = requestHeader(request, "Authorization").trimmed();
        if (fault->status == 403 && (authorization.startsWith("DPoP ") || authorization.startsWith("Bearer "))) {
            // A service app's token without the call's scope: Okta's challenge names the scope and the resource.
            ApiRequest scoped;
            scoped.method = method;
            scoped.path = path;
            if (path.startsWith(QLatin1String("/api/v1/")) || path.startsWith(QLatin1String("/oauth2/v1/"))) {
                scoped.segments = segments.mid(3);
            }
            reply = d->api.oauth().insufficientScope(scoped, OktaApi::scopeFor(scoped));
        } else {
            reply = faultStatusReply(fault->status);
        }
        addRateHeaders(&reply, d->rateLimiter.peek(bucket, nowMs));
    } else if (fault && fault->kind == FaultRules::Fault::Kind::OktaError) {
        reply = faultErrorCodeReply(fault->errorCode);
        addRateHeaders(&reply, d->rateLimiter.take(bucket, nowMs));
    } else if (fault && fault->kind == FaultRules::Fault::Kind::Html) {
        reply = proxyErrorPage();
    } else {
        const RateLimiter::Decision decision = d->rateLimiter.take(bucket, nowMs);
        if (!decision.allowed) {
            reply = ApiReply::error(429, QStringLiteral("E0000047"),
                                    QStringLiteral("API call exceeded rate limit due to too many requests."));
        } else if ((method == QLatin1String("POST") || method == QLatin1String("PUT")) &&
                   !hasRequestHeader(request, "Content-Length") && !hasRequestHeader(request, "Transfer-Encoding")) {
            // Okta documents the 411, not its body; this one reuses the missing-parameter code.
            reply = ApiReply::error(411, QStringLiteral("E0000028"), QStringLiteral("Length Required"));
        } else {
            ApiRequest apiRequest;
            apiRequest.method = method;
            apiRequest.path = path;
            // Only /api/v1/… and /oauth2/v1/… have routes; anything else finds none and is Okta's 404.
            if (path.startsWith(QLatin1String("/api/v1/")) || path.startsWith(QLatin1String("/oauth2/v1/"))) {
                apiRequest.segments = segments.mid(3);
            }
            apiRequest.query = query;
            apiRequest.authorization = requestHeader(request, "Authorization");
            for (const auto& [name, value] : request.headers()) {
                if (name.compare("DPoP", Qt::CaseInsensitive) == 0) {
                    apiRequest.dpop.append(value);
                }
            }
            apiRequest.body = request.body();
            reply = d->api.handle(apiRequest);
            d->log[logIndex].effects = reply.effects;
        }
        addRateHeaders(&reply, decision);
        if (fault && fault->kind == FaultRules::Fault::Kind::Slow) {
            // The change is made now; only the answer is late.
            delayMs += fault->slowMs;
        } else if (fault && fault->kind == FaultRules::Fault::Kind::BadJson) {
            // Okta did the work; the answer is cut short on its way back, as by a failing proxy.
            const QByteArray full = reply.body.isEmpty() ? QByteArray("{\"id\":\"00u") : reply.body;
            reply.status = 200;
            reply.body = full.left(qMax<qsizetype>(1, full.size() / 2));
            reply.headers.removeIf([](const auto& header) { return header.first == "Content-Type"; });
            reply.addHeader("Content-Type", "application/json");
        }
    }
    if (!(fault && fault->kind == FaultRules::Fault::Kind::Html)) {
        reply.addHeader("X-Okta-Request-Id", randomId(QStringLiteral("req"), 23).toLatin1());
    }
    reply.addHeader(
        "Date",
        QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() +
            " GMT");

    deliver(responder, reply, delayMs, {method, path, logIndex, d->logGeneration, timer});
}

void OktaSimServer::deliver(const std::shared_ptr<QHttpServerResponder>& responder,
                            const ApiReply& reply,
                            int delayMs,
                            const LogSlot& slot)
{
    QByteArray bytes = serialize(reply);
    if (slot.method == QLatin1String("HEAD")) {
        bytes.chop(reply.body.size());
    }
    const int status = reply.status;
    const QPointer<QTcpSocket> socket = responder->socket();
    // The responder is kept alive until the answer is written, which latency may put off.
    const auto answer = [this, responder, socket, bytes, status, slot] {
        --d->inFlight;
        if (slot.generation == d->logGeneration && slot.index < d->log.size()) {
            d->log[slot.index].status = status;
            d->log[slot.index].ms = slot.timer.elapsed();
        }
        qCDebug(lcSim) << slot.method << slot.path << status << slot.timer.elapsed() << "ms";
        if (socket && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(bytes);
        }
    };
    if (delayMs > 0) {
        QTimer::singleShot(delayMs, this, answer);
    } else {
        answer();
    }
}

ApiReply OktaSimServer::handleSim(const QHttpServerRequest& request, const QString& method, const QStringList& segments)
{
    const auto notFound = [] {
        return ApiReply::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("no such endpoint")}});
    };
    const QString what = segments.value(0);
    if (method == QLatin1String("GET") && segments == QStringList{QStringLiteral("requests")}) {
        QJsonArray entries;
        for (const Private::LogEntry& entry : d->log) {
            QJsonObject json = entry.effects;
            json.insert(QStringLiteral("method"), entry.method);
            json.insert(QStringLiteral("path"), entry.path);
            json.insert(QStringLiteral("query"), entry.query);
            json.insert(QStringLiteral("status"), entry.status);
            json.insert(QStringLiteral("ms"), entry.ms);
            json.insert(QStringLiteral("at"), entry.at);
            json.insert(QStringLiteral("bucket"), entry.bucket);
            entries.append(json);
        }
        return ApiReply::json(200, entries);
    }
    if (method == QLatin1String("POST") && segments == QStringList{QStringLiteral("reset")}) {
        reset();
        return ApiReply::json(200, QJsonObject{{QStringLiteral("reset"), true}});
    }
    if (what == QLatin1String("limits") && segments.size() == 1) {
        if (method == QLatin1String("POST")) {
            const QVariantMap wanted = QJsonDocument::fromJson(request.body())
                                           .object()
                                           .value(QLatin1String("limits"))
                                           .toObject()
                                           .toVariantMap();
            QMap<QString, int> limits = d->options.rateLimits;
            for (auto it = wanted.begin(); it != wanted.end(); ++it) {
                bool ok = false;
                const int value = it.value().toInt(&ok);
                limits.insert(it.key(), ok ? value : -1);
            }
            QString error;
            if (!d->rateLimiter.setLimits(limits, &error)) {
                return ApiReply::json(400, QJsonObject{{QStringLiteral("error"), error}});
            }
            d->rateLimiter.reset();
        }
        QJsonObject limits;
        const auto current = d->rateLimiter.limits();
        for (auto it = current.begin(); it != current.end(); ++it) {
            const int window = d->options.rateWindowS > 0 ? d->options.rateWindowS : it.value().windowSeconds;
            limits.insert(it.key(), QJsonObject{{QStringLiteral("requests"), it.value().requests},
                                                {QStringLiteral("windowSeconds"), window}});
        }
        return ApiReply::json(200, QJsonObject{{QStringLiteral("limits"), limits}});
    }
    if (what == QLatin1String("faults") && segments.size() == 1) {
        if (method == QLatin1String("POST")) {
            const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
            QStringList rules;
            for (const QJsonValue& rule : body.value(QLatin1String("rules")).toArray()) {
                rules.append(rule.toString());
            }
            QString error;
            if (!d->faults.setRules(rules, &error)) {
                return ApiReply::json(400, QJsonObject{{QStringLiteral("error"), error}});
            }
        }
        return ApiReply::json(200,
                              QJsonObject{{QStringLiteral("rules"), QJsonArray::fromStringList(d->faults.rules())}});
    }
    if (what == QLatin1String("clients") && method == QLatin1String("POST") && segments.size() == 1) {
        QString error;
        const QJsonDocument body = QJsonDocument::fromJson(request.body());
        const std::optional<Directory::Client> client = Directory::parseClient(body.object(), &error);
        if (!body.isObject() || !client) {
            return ApiReply::json(400, QJsonObject{{QStringLiteral("error"), error}});
        }
        d->directory.setClient(*client);
        return ApiReply::json(200, QJsonObject{{QStringLiteral("clientId"), client->clientId},
                                               {QStringLiteral("scopes"), QJsonArray::fromStringList(client->scopes)},
                                               {QStringLiteral("dpopRequired"), client->dpopRequired}});
    }
    if (what == QLatin1String("clients") && method == QLatin1String("DELETE") && segments.size() == 4 &&
        segments.at(2) == QLatin1String("scopes")) {
        if (!d->api.oauth().revokeScope(segments.at(1), segments.at(3))) {
            return ApiReply::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("no such client")}});
        }
        return ApiReply::json(
            200, QJsonObject{{QStringLiteral("clientId"), segments.at(1)},
                             {QStringLiteral("scopes"),
                              QJsonArray::fromStringList(d->directory.clients().value(segments.at(1)).scopes)}});
    }
    if (what == QLatin1String("oauth") && method == QLatin1String("POST") && segments.size() == 2) {
        if (segments.at(1) == QLatin1String("expire-tokens")) {
            return ApiReply::json(200, QJsonObject{{QStringLiteral("expired"), d->api.oauth().expireTokens()}});
        }
        if (segments.at(1) == QLatin1String("rotate-nonce")) {
            const bool keep =
                QJsonDocument::fromJson(request.body()).object().value(QLatin1String("keepPrevious")).toBool();
            return ApiReply::json(200, QJsonObject{{QStringLiteral("nonce"), d->api.oauth().rotateNonce(keep)}});
        }
    }
    if (what == QLatin1String("itp") && segments.size() == 1) {
        if (method == QLatin1String("POST")) {
            const QJsonValue enabled = QJsonDocument::fromJson(request.body()).object().value(QLatin1String("enabled"));
            if (!enabled.isBool()) {
                return ApiReply::json(400, QJsonObject{{QStringLiteral("error"),
                                                        QStringLiteral("the body needs \"enabled\": true or false")}});
            }
            d->directory.setItp(enabled.toBool());
        }
        return ApiReply::json(200, QJsonObject{{QStringLiteral("enabled"), d->directory.itp()}});
    }
    if (what == QLatin1String("users") && segments.size() >= 2) {
        const QString id = d->directory.findUserId(segments.at(1));
        if (id.isEmpty()) {
            return ApiReply::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("no such user")}});
        }
        if (segments.size() == 2 && method == QLatin1String("GET")) {
            return ApiReply::json(200, simUser(id));
        }
        if (segments.size() == 3 && segments.at(2) == QLatin1String("factors") && method == QLatin1String("POST")) {
            QString error;
            const QJsonDocument body = QJsonDocument::fromJson(request.body());
            const std::optional<QJsonObject> factor = Directory::parseFactor(body.object(), &error);
            if (!body.isObject() || !factor) {
                return ApiReply::json(400, QJsonObject{{QStringLiteral("error"), error}});
            }
            QList<QJsonObject> factors = d->directory.factors(id);
            for (const QJsonObject& enrolled : factors) {
                if (enrolled.value(QLatin1String("id")) == factor->value(QLatin1String("id"))) {
                    return ApiReply::json(400, QJsonObject{{QStringLiteral("error"),
                                                            QStringLiteral("the user already has that factor")}});
                }
            }
            factors.append(*factor);
            d->directory.setFactors(id, factors);
            return ApiReply::json(200, simUser(id));
        }
        if (segments.size() == 3 && segments.at(2) == QLatin1String("sessions") && method == QLatin1String("POST")) {
            const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
            d->directory.setSessions(id, {body.value(QLatin1String("sessions")).toInt(),
                                          body.value(QLatin1String("oauthTokens")).toInt(),
                                          body.value(QLatin1String("rememberedDevices")).toInt()});
            return ApiReply::json(200, simUser(id));
        }
    }
    return notFound();
}

QJsonObject OktaSimServer::simUser(const QString& id) const
{
    const Directory::Sessions sessions = d->directory.sessions(id);
    const QString status = d->directory.users().value(id).value(QLatin1String("status")).toString();
    const std::optional<Directory::Risk> risk = d->directory.risk(id);
    QJsonArray factors;
    for (const QJsonObject& factor : d->directory.factors(id)) {
        factors.append(factor);
    }
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), status},
        {QStringLiteral("sessions"), sessions.sessions},
        {QStringLiteral("oauthTokens"), sessions.oauthTokens},
        {QStringLiteral("rememberedDevices"), sessions.rememberedDevices},
        {QStringLiteral("groups"), QJsonArray::fromStringList(d->directory.groupsOf(id))},
        {QStringLiteral("riskLevel"), risk ? risk->level : QStringLiteral("NONE")},
        {QStringLiteral("riskReason"), risk ? QJsonValue(risk->reason) : QJsonValue()},
        {QStringLiteral("factors"), factors},
        {QStringLiteral("passwordExpired"),
         status == QLatin1String("PASSWORD_EXPIRED") || d->directory.passwordExpiredWhileSuspended(id)},
        {QStringLiteral("appSessionsRevoked"), d->directory.appSessionsRevoked(id)},
        {QStringLiteral("apiTokens"), d->directory.apiTokenCount(id)},
    };
}

void OktaSimServer::reset()
{
    QString error;
    d->directory.load(d->loaded, &error);
    d->api.oauth().reset();
    d->faults.setRules(d->options.faults, &error);
    d->rateLimiter.setLimits(d->options.rateLimits);
    d->rateLimiter.reset();
    d->log.clear();
    ++d->logGeneration;
    d->stalled.clear();
}

} // namespace cordon::sim
