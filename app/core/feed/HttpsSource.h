#pragma once

#include "feed/FeedSource.h"
#include "feed/FeedTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace cordon::core
{

// A feed polled over HTTPS: the Red Canary API (X-Api-Key, page/per_page paging up to
// meta.total_items, `since` for later polls) or a generic JSON/NDJSON URL (optional bearer token).
// Failures back off and show on the source; incidents already delivered are never taken back.
// The secret comes from the caller (who reads it from the keychain) and is never logged. An address
// the transport rule refuses makes the source Failing at start, with nothing sent.
class HttpsSource : public FeedSource
{
    Q_OBJECT

public:
    enum class Kind
    {
        RedCanary,
        GenericJson,
    };
    Q_ENUM(Kind)

    struct Options
    {
        Kind kind = Kind::GenericJson;
        // Red Canary: the API base, https://<subdomain>.my.redcanary.co/openapi/v3. Generic: the feed URL.
        QUrl url;
        FeedFormat format = FeedFormat::Auto; // generic feeds only
        int intervalMs = 5 * 60 * 1000;
        int perPage = 50;
        // An answer that sends nothing for this long is dropped (an idle timeout).
        int transferTimeoutMs = int(AppSettings::defaultLimit(AppSettings::Limit::FeedIdleTimeoutMs));
        // An answer still arriving after this long is cut off, however steadily it trickles.
        int maxTransferMs = int(AppSettings::defaultLimit(AppSettings::Limit::FeedTransferMs));
        qint64 maxResponseBytes = AppSettings::defaultLimit(AppSettings::Limit::FeedResponseBytes);
        int initialBackoffMs = 15 * 1000;
        int maxBackoffMs = 30 * 60 * 1000;
        int maxPages = 2000;
        // Plain http is refused except to a loopback address when this is set (tests, the demo).
        bool allowHttpLoopback = false;

        // The limits from the settings feeds/maxResponseBytes, feeds/idleTimeoutMs and feeds/maxTransferMs.
        void applyLimits(const AppSettings& settings);
    };

    HttpsSource(Options options, FeedContext context, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~HttpsSource() override;

    // The Red Canary API key or the generic feed's bearer token; empty for none.
    void setSecret(const QByteArray& secret);

    void start() override;
    // Aborts a running poll; the source is Stopped.
    void stop() override;
    // Polls now unless a poll is running. A failed poll is retried after a back-off.
    void pollNow() override;

private:
    struct PageResult
    {
        FeedParseResult parsed;
        qint64 total = 0; // Red Canary's meta.total_items, a claim
    };

    // Asks for url with the source's secret, bounding the answer's size and time; see pageFinished for how
    // a bounded one ends.
    QNetworkReply* send(const QUrl& url);
    void requestPage();
    void pageFinished(QNetworkReply* reply);
    void queueMissingRelated();
    void fetchNextRelated();
    void processPage();
    void pageParsed(const PageResult& page);
    void pollSucceeded();
    void pollFailed(const QString& message, int retryAfterMs = -1);
    QUrl pageUrl() const;

    Options m_options;
    FeedContext m_context;
    QNetworkAccessManager* m_network;
    QByteArray m_secret;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
    bool m_running = false;
    bool m_inPoll = false; // a poll has begun and not yet succeeded
    bool m_parsing = false;
    int m_page = 1;
    qint64 m_received = 0; // records seen in this poll
    QDateTime m_pollStarted;
    QDateTime m_since;
    int m_failures = 0;
    QByteArray m_pageBody;
    // Red Canary endpoints and endpoint users by "endpoint_user:<id>", kept across polls.
    QHash<QString, QJsonObject> m_related;
    QSet<QString> m_missing; // failed in this poll
    QList<std::pair<QString, QString>> m_pendingRelated;
};

} // namespace cordon::core
