#pragma once

#include "PlaybookNotification.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace cordon::core
{

class SecretStoreInterface;

// Posts notifications to a chat webhook (Slack or Microsoft Teams incoming webhooks). The URL is a
// credential, so it lives in the keychain (SecretAccounts::webhookUrl(id)), is read for each post and is
// never logged or shown. A failed post is retried a bounded number of times, then reported; it never
// holds up containment.
class WebhookNotifier : public QObject
{
    Q_OBJECT
public:
    // Neither is owned; both must outlive the notifier.
    WebhookNotifier(QNetworkAccessManager* network, SecretStoreInterface* secrets, QObject* parent = nullptr);

    // Which webhook's URL to read from the keychain; empty turns posting off.
    void setWebhookId(const QString& id) { m_webhookId = id; }
    QString webhookId() const { return m_webhookId; }
    // Plain http:// to a loopback address, for tests.
    void setAllowHttpLoopback(bool allow) { m_allowHttpLoopback = allow; }
    // Attempts per notification, the first included.
    void setMaxAttempts(int attempts) { m_maxAttempts = std::max(1, attempts); }
    // Before the first retry; each further one waits twice as long.
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }

    // Posts the notification when a webhook is set; returns at once.
    void notify(const PlaybookNotification& notification);

    // The JSON body: `text` that Slack and Teams both render, Teams' MessageCard fields, and the
    // structured notification under "cordon".
    static QJsonObject payload(const PlaybookNotification& notification);
    // Whether the URL meets the transport rule (TransportRule); *error says why not, without the URL.
    static bool acceptsUrl(const QUrl& url, bool allowHttpLoopback, QString* error = nullptr);

Q_SIGNALS:
    void delivered(const QString& notificationId, int attempts);
    // Given up: the reason never holds the URL.
    void failed(const QString& notificationId, const QString& reason, int attempts);

private:
    void post(const QUrl& url, const QString& notificationId, const QByteArray& body, int attempt);

    QNetworkAccessManager* m_network;
    SecretStoreInterface* m_secrets;
    QString m_webhookId;
    bool m_allowHttpLoopback = false;
    int m_maxAttempts = 4;
    int m_retryDelayMs = 2000;
    int m_transferTimeoutMs = 15000;
};

} // namespace cordon::core
