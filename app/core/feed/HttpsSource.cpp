#include "feed/HttpsSource.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "base/Redirects.h"
#include "base/ReplyLimits.h"
#include "base/SafeText.h"
#include "feed/FeedParser.h"
#include "feed/FeedValues.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QUrlQuery>
#include <QtConcurrent>

#include <algorithm>
#include <climits>
#include <utility>

namespace cordon::core
{

namespace
{

// Later polls ask for a little before the last one began, so that nothing between the two is
// missed; the store merges what is seen twice.
constexpr qint64 sinceOverlapSecs = 5 * 60;
constexpr qsizetype maxRelatedCache = 20000;

// Retry-After in seconds or as an HTTP date; -1 when absent or unreadable.
int retryAfterMs(QNetworkReply* reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok) {
        return std::max(0, seconds) * 1000;
    }
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    return at.isValid() ? int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at))) : -1;
}

} // namespace

void HttpsSource::Options::applyLimits(const AppSettings& settings)
{
    maxResponseBytes = settings.limit(AppSettings::Limit::FeedResponseBytes);
    transferTimeoutMs = int(std::min<qint64>(settings.limit(AppSettings::Limit::FeedIdleTimeoutMs), INT_MAX));
    maxTransferMs = int(std::min<qint64>(settings.limit(AppSettings::Limit::FeedTransferMs), INT_MAX));
}

HttpsSource::HttpsSource(Options options, FeedContext context, QNetworkAccessManager* network, QObject* parent)
    : FeedSource(parent), m_options(std::move(options)), m_context(std::move(context)),
      m_network(network ? network : new QNetworkAccessManager(this))
{
    if (m_context.instance.isEmpty() && m_options.kind == Kind::RedCanary) {
        // The portal's subdomain names the instance, as it does for detections read from files.
        const QString host = m_options.url.host();
        m_context.instance = QHostAddress(host).isNull() ? host.section(u'.', 0, 0) : host;
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // After a failure the poll goes on with the page that failed.
        if (m_inPoll && m_running && !m_reply && !m_parsing) {
            setLoading(tr("Polling %1").arg(m_options.url.host()));
            requestPage();
        } else {
            pollNow();
        }
    });
}

HttpsSource::~HttpsSource()
{
    // Going away is not a stop anyone needs to hear of.
    blockSignals(true);
    stop();
    m_secret.fill('\0');
}

void HttpsSource::setSecret(const QByteArray& secret)
{
    m_secret.fill('\0');
    m_secret = secret;
    // Detach, so that scrubbing ours leaves the caller's copy alone and vice versa.
    m_secret.detach();
}

void HttpsSource::start()
{
    if (m_running) {
        return;
    }
    if (const QString why = TransportRule{m_options.allowHttpLoopback, false}.check(m_options.url); !why.isEmpty()) {
        const QUrl shown = m_options.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
        setFailing(tr("Refusing %1: %2.").arg(shown.toDisplayString(), why));
        return;
    }
    m_running = true;
    pollNow();
}

void HttpsSource::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_reply) {
        m_reply->abort();
    }
    setStopped();
}

void HttpsSource::pollNow()
{
    if (!m_running || m_reply || m_parsing) {
        return;
    }
    m_timer.stop();
    m_inPoll = true;
    m_page = 1;
    m_received = 0;
    m_missing.clear();
    m_pollStarted = QDateTime::currentDateTimeUtc();
    setLoading(tr("Polling %1").arg(m_options.url.host()));
    requestPage();
}

QUrl HttpsSource::pageUrl() const
{
    if (m_options.kind == Kind::GenericJson) {
        return m_options.url;
    }
    QUrl url = m_options.url;
    url.setPath(url.path().endsWith(u'/') ? url.path() + QLatin1String("detections")
                                          : url.path() + QLatin1String("/detections"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(m_page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(m_options.perPage));
    if (m_since.isValid()) {
        query.addQueryItem(QStringLiteral("since"), m_since.toString(Qt::ISODate));
    }
    url.setQuery(query);
    return url;
}

void HttpsSource::requestPage()
{
    QNetworkReply* reply = send(pageUrl());
    connect(reply, &QNetworkReply::finished, this, [this, reply] { pageFinished(reply); });
}

QNetworkReply* HttpsSource::send(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_secret.isEmpty()) {
        if (m_options.kind == Kind::RedCanary) {
            request.setRawHeader("X-Api-Key", m_secret);
        } else {
            request.setRawHeader("Authorization", "Bearer " + m_secret);
        }
    }
    keepToHttp1(request);
    verifyRedirects(request);
    QNetworkReply* reply = m_network->get(request);
    m_reply = reply;
    // Each hop keeps to https (or loopback http where allowed), and the secret to the feed's own origin.
    guardRedirects(reply, TransportRule{m_options.allowHttpLoopback, !m_secret.isEmpty()});
    limitResponseSize(reply, m_options.maxResponseBytes);
    limitTransferTime(reply, m_options.maxTransferMs);
    return reply;
}

void HttpsSource::pageFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    m_reply.clear();
    if (!m_running) {
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const QString refused = refusedRedirect(reply); !refused.isEmpty()) {
        pollFailed(tr("The feed's answer was refused: %1.").arg(safetext::scrubbed(refused, {m_secret})));
        return;
    }
    if (isTooLarge(reply)) {
        pollFailed(tr("The answer is larger than %1 (setting feeds/maxResponseBytes).")
                       .arg(FeedLimits::sizeText(m_options.maxResponseBytes)));
        return;
    }
    if (isTooSlow(reply)) {
        pollFailed(tr("The answer took longer than %1 s and was cut off (setting feeds/maxTransferMs).")
                       .arg(m_options.maxTransferMs / 1000.0));
        return;
    }
    if (status == 429) {
        pollFailed(tr("Rate limited by the server (HTTP 429)."), retryAfterMs(reply));
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
        pollFailed(tr("No answer within %1 s.").arg(m_options.transferTimeoutMs / 1000.0));
        return;
    }
    if (status >= 400 || reply->error() != QNetworkReply::NoError) {
        pollFailed(status > 0 ? tr("HTTP %1 from %2").arg(status).arg(m_options.url.host())
                              : tr("Network error: %1").arg(reply->errorString()));
        return;
    }

    m_pageBody = takeBody(reply);
    if (m_options.kind == Kind::RedCanary) {
        queueMissingRelated();
    }
    fetchNextRelated();
}

// Detections that name no user or host point at their endpoint user and endpoint; those not in the
// page's "included" array nor fetched before are fetched one by one (Red Canary answers data[0]).
void HttpsSource::queueMissingRelated()
{
    const QJsonObject page = QJsonDocument::fromJson(m_pageBody).object();
    QSet<QString> included;
    for (const QJsonValue& resource : page.value(QLatin1String("included")).toArray()) {
        const QJsonObject object = resource.toObject();
        included.insert(object.value(QLatin1String("type")).toString().toLower().remove(u'_') + u':' +
                        feedvalues::text(object.value(QLatin1String("id"))));
    }
    const auto want = [&](const QJsonObject& detection, QLatin1String field, QLatin1String relationship,
                          const QString& type) {
        if (!feedvalues::text(detection.value(field)).isEmpty()) {
            return;
        }
        const QString id = feedvalues::text(detection.value(QLatin1String("relationships"))
                                                .toObject()
                                                .value(relationship)
                                                .toObject()
                                                .value(QLatin1String("data"))
                                                .toObject()
                                                .value(QLatin1String("id")));
        const QString key = type + u':' + id;
        if (id.isEmpty() || m_related.contains(key) || m_missing.contains(key) ||
            included.contains(QString(type).remove(u'_') + u':' + id) || m_pendingRelated.contains({type, id})) {
            return;
        }
        m_pendingRelated.append({type, id});
    };
    for (const QJsonValue& value : page.value(QLatin1String("data")).toArray()) {
        const QJsonObject detection = value.toObject();
        want(detection, QLatin1String("username"), QLatin1String("related_endpoint_user"),
             QStringLiteral("endpoint_user"));
        want(detection, QLatin1String("hostname"), QLatin1String("affected_endpoint"), QStringLiteral("endpoint"));
    }
    if (m_related.size() > maxRelatedCache) {
        m_related.clear();
    }
}

void HttpsSource::fetchNextRelated()
{
    if (m_pendingRelated.isEmpty()) {
        processPage();
        return;
    }
    const auto [type, id] = m_pendingRelated.takeFirst();
    QUrl url = m_options.url;
    url.setPath(url.path() + (url.path().endsWith(u'/') ? QString() : QStringLiteral("/")) + type +
                QStringLiteral("s/") + id);
    QNetworkReply* reply = send(url);
    connect(reply, &QNetworkReply::finished, this, [this, reply, key = type + u':' + id] {
        reply->deleteLater();
        m_reply.clear();
        if (!m_running) {
            return;
        }
        const QJsonValue data = QJsonDocument::fromJson(takeBody(reply)).object().value(QLatin1String("data"));
        const QJsonObject resource = data.isArray() ? data.toArray().first().toObject() : data.toObject();
        if (reply->error() == QNetworkReply::NoError && !resource.isEmpty()) {
            m_related.insert(key, resource);
        } else {
            // Not asked again in this poll; the detection is read without it.
            m_missing.insert(key);
            qCDebug(lcFeed) << "could not fetch" << key << reply->errorString();
        }
        fetchNextRelated();
    });
}

void HttpsSource::processPage()
{
    const QByteArray body = std::exchange(m_pageBody, QByteArray());
    const bool redCanary = m_options.kind == Kind::RedCanary;
    const FeedFormat format = redCanary ? FeedFormat::RedCanary : m_options.format;
    FeedContext context = m_context;
    // The answer is already held, within maxResponseBytes: an envelope that size is parsed whole.
    context.limits.maxDocumentBytes = std::max(context.limits.maxDocumentBytes, m_options.maxResponseBytes);
    context.resolveRelated = [related = m_related](const QString& type, const QString& id) {
        return related.value(type + u':' + id);
    };
    // A generic feed may be large: parse it off this thread. The watcher is a child, so a result
    // that arrives after this source is gone is dropped.
    m_parsing = true;
    auto* watcher = new QFutureWatcher<PageResult>(this);
    connect(watcher, &QFutureWatcher<PageResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_parsing = false;
        if (m_running) {
            pageParsed(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run([body, format, context, redCanary] {
        PageResult result;
        result.parsed = FeedParser::parse(body, format, context);
        if (redCanary) {
            result.total = QJsonDocument::fromJson(body)
                               .object()
                               .value(QLatin1String("meta"))
                               .toObject()
                               .value(QLatin1String("total_items"))
                               .toVariant()
                               .toLongLong();
        }
        return result;
    }));
}

void HttpsSource::pageParsed(const PageResult& page)
{
    const FeedParseResult& parsed = page.parsed;
    // An error quotes the server's text, which may echo the request: the secret is taken out before it shows.
    QList<FeedError> errors = parsed.errors;
    for (FeedError& error : errors) {
        error.reason = safetext::scrubbed(error.reason, {m_secret});
    }
    // Nothing readable at all is a failed poll (an HTML error page, a cut-off answer).
    const bool unreadable = parsed.incidents.isEmpty() && !errors.isEmpty();
    if (!errors.isEmpty()) {
        emit errorsReported(errors);
    }
    if (unreadable) {
        pollFailed(tr("The answer is not a feed: %1").arg(errors.first().reason));
        return;
    }
    const qsizetype records = parsed.incidents.size() + parsed.errors.size();
    if (!parsed.incidents.isEmpty()) {
        emit incidentsLoaded(parsed.incidents);
    }
    if (m_options.kind == Kind::GenericJson) {
        pollSucceeded();
        return;
    }

    // Page until meta.total_items, but never trust the claim alone: a short or empty page ends it.
    m_received += records;
    const bool more =
        records >= m_options.perPage && (page.total <= 0 || m_received < page.total) && m_page < m_options.maxPages;
    if (!more) {
        pollSucceeded();
        return;
    }
    ++m_page;
    requestPage();
}

void HttpsSource::pollSucceeded()
{
    m_failures = 0;
    m_inPoll = false;
    m_since = m_pollStarted.addSecs(-sinceOverlapSecs);
    const QDateTime now = Clock::system()->now();
    setOk(tr("Updated at %1").arg(now.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    m_timer.start(m_options.intervalMs);
}

void HttpsSource::pollFailed(const QString& message, int retryAfter)
{
    ++m_failures;
    const qint64 backoff =
        std::min<qint64>(m_options.maxBackoffMs, qint64(m_options.initialBackoffMs) << std::min(m_failures - 1, 20));
    const int delay = int(retryAfter >= 0 ? std::min<qint64>(retryAfter, m_options.maxBackoffMs) : backoff);
    qCInfo(lcFeed) << "feed poll of" << m_options.url.host() << "failed:" << message << "- next attempt in" << delay
                   << "ms";
    setFailing(tr("%1 Next attempt in %2 s.").arg(message).arg((delay + 999) / 1000));
    m_timer.start(delay);
}

} // namespace cordon::core
