#include "WebhookNotifier.h"

#include "base/Logging.h"
#include "base/Redirects.h"
#include "base/ReplyLimits.h"
#include "secrets/SecretAccounts.h"
#include "secrets/SecretStoreInterface.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace cordon::core
{

namespace
{

// Slack reads &, < and > as markup; Teams renders the entities as the characters.
QString escaped(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString candidateLine(const Candidate& candidate)
{
    const OktaUser& user = candidate.user;
    const QString name = user.displayName.isEmpty()
                             ? QStringList{user.firstName, user.lastName}.join(QLatin1Char(' ')).trimmed()
                             : user.displayName;
    return QStringLiteral("%1 (%2, %3, %4)")
        .arg(name.isEmpty() ? user.login : name, user.login, user.status,
             Candidate::confidenceName(candidate.confidence));
}

// Only a webhook's status counts. Past these bounds the rest of its answer is cut off, so a receiver that
// sends without end, or a byte now and then, holds neither memory nor the post.
constexpr qint64 MaxAnswerBytes = 64 * 1024;
constexpr qint64 MaxPostMs = 60'000;

// No answer (a timeout, a reset) or a server-side failure may pass; a 4xx will not.
bool retryable(int status)
{
    return status == 0 || status == 408 || status == 429 || status >= 500;
}

} // namespace

WebhookNotifier::WebhookNotifier(QNetworkAccessManager* network, SecretStoreInterface* secrets, QObject* parent)
    : QObject(parent), m_network(network), m_secrets(secrets)
{}

bool WebhookNotifier::acceptsUrl(const QUrl& url, bool allowHttpLoopback, QString* error)
{
    QString why = TransportRule{allowHttpLoopback, false}.check(url);
    if (!why.isEmpty()) {
        why = tr("the webhook URL is refused: %1").arg(why);
    }
    if (error) {
        *error = why;
    }
    return why.isEmpty();
}

QJsonObject WebhookNotifier::payload(const PlaybookNotification& notification)
{
    const Incident& incident = notification.incident;
    const QString link = notification.link().toString(QUrl::FullyEncoded);
    const QString endpointUser =
        incident.hostname.isEmpty() ? incident.user.raw : tr("%1 on %2").arg(incident.user.raw, incident.hostname);

    QStringList lines{
        QStringLiteral("Cordon: ") + notification.title(),
        tr("Incident: %1 (%2, %3)").arg(incident.id, Incident::severityName(incident.severity), incident.sourceKind),
        tr("Endpoint user: %1").arg(endpointUser)};
    QJsonArray facts{
        QJsonObject{{QStringLiteral("name"), tr("Incident")}, {QStringLiteral("value"), incident.id}},
        QJsonObject{{QStringLiteral("name"), tr("Severity")},
                    {QStringLiteral("value"), Incident::severityName(incident.severity)}},
        QJsonObject{{QStringLiteral("name"), tr("Endpoint user")}, {QStringLiteral("value"), endpointUser}},
        QJsonObject{{QStringLiteral("name"), tr("Playbook")}, {QStringLiteral("value"), notification.playbookName}}};
    QJsonArray candidates;
    for (const Candidate& candidate : notification.candidates) {
        candidates.append(candidate.toJson());
        lines << tr("Okta user: %1").arg(candidateLine(candidate));
        facts.append(QJsonObject{{QStringLiteral("name"), tr("Okta user")},
                                 {QStringLiteral("value"), candidateLine(candidate)}});
    }
    if (notification.candidates.isEmpty()) {
        lines << tr("Okta user: none found");
    }
    lines << notification.message << tr("Open in Cordon: %1").arg(link);

    const QJsonObject cordon{
        {QStringLiteral("event"), PlaybookNotification::kindName(notification.kind)},
        {QStringLiteral("id"), notification.id},
        {QStringLiteral("incident"), incident.toJson()},
        {QStringLiteral("playbook"), QJsonObject{{QStringLiteral("id"), notification.playbookId},
                                                 {QStringLiteral("name"), notification.playbookName}}},
        {QStringLiteral("candidate"), candidates.isEmpty() ? QJsonValue() : candidates.first()},
        {QStringLiteral("candidates"), candidates},
        {QStringLiteral("pendingId"), orNull(notification.pendingId)},
        {QStringLiteral("succeeded"), notification.kind == PlaybookNotification::Kind::PlaybookRan
                                          ? QJsonValue(notification.succeeded)
                                          : QJsonValue()},
        {QStringLiteral("message"), notification.message},
        {QStringLiteral("link"), link}};

    const QString title = escaped(notification.title());
    return QJsonObject{
        {QStringLiteral("text"), escaped(lines.join(QLatin1Char('\n')))},
        // Teams' MessageCard: Slack ignores these fields.
        {QStringLiteral("@type"), QStringLiteral("MessageCard")},
        {QStringLiteral("@context"), QStringLiteral("https://schema.org/extensions")},
        {QStringLiteral("summary"), title},
        {QStringLiteral("title"), title},
        {QStringLiteral("themeColor"), notification.kind == PlaybookNotification::Kind::ApprovalNeeded
                                           ? QStringLiteral("E8A317")
                                           : QStringLiteral("2E7D32")},
        {QStringLiteral("sections"), QJsonArray{QJsonObject{{QStringLiteral("facts"), facts}}}},
        {QStringLiteral("potentialAction"),
         QJsonArray{QJsonObject{
             {QStringLiteral("@type"), QStringLiteral("OpenUri")},
             {QStringLiteral("name"), tr("Open in Cordon")},
             {QStringLiteral("targets"), QJsonArray{QJsonObject{{QStringLiteral("os"), QStringLiteral("default")},
                                                                {QStringLiteral("uri"), link}}}}}}},
        {QStringLiteral("cordon"), cordon}};
}

void WebhookNotifier::notify(const PlaybookNotification& notification)
{
    if (m_webhookId.isEmpty()) {
        return;
    }
    const QString notificationId = notification.id;
    const QByteArray body = QJsonDocument(payload(notification)).toJson(QJsonDocument::Compact);
    m_secrets->read(SecretAccounts::webhookUrl(m_webhookId), this,
                    [this, notificationId, body](const SecretResult& result) {
                        if (!result.ok()) {
                            Q_EMIT failed(notificationId,
                                          result.status == SecretResult::Status::NotFound
                                              ? tr("no webhook URL is stored in the keychain")
                                              : result.message,
                                          0);
                            return;
                        }
                        const QUrl url(QString::fromUtf8(result.secret.trimmed()), QUrl::StrictMode);
                        QString why;
                        if (!acceptsUrl(url, m_allowHttpLoopback, &why)) {
                            Q_EMIT failed(notificationId, why, 0);
                            return;
                        }
                        post(url, notificationId, body, 1);
                    });
}

void WebhookNotifier::post(const QUrl& url, const QString& notificationId, const QByteArray& body, int attempt)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    request.setTransferTimeout(m_transferTimeoutMs);
    verifyRedirects(request);
    keepToHttp1(request);
    QNetworkReply* reply = m_network->post(request, body);
    // Every hop keeps to the rule the webhook URL itself was held to.
    guardRedirects(reply, TransportRule{m_allowHttpLoopback, false});
    limitResponseSize(reply, MaxAnswerBytes);
    limitTransferTime(reply, MaxPostMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, notificationId, body, attempt] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = reply->error();
        if (status >= 200 && status < 300) {
            Q_EMIT delivered(notificationId, attempt);
            return;
        }
        if (const QString refused = refusedRedirect(reply); !refused.isEmpty()) {
            qCWarning(lcContainment) << "webhook post" << notificationId << "failed:" << refused;
            Q_EMIT failed(notificationId, tr("the webhook answered with a redirect; %1").arg(refused), attempt);
            return;
        }
        // errorString() names the URL, which is a credential: describe the failure by status or error code only.
        const QString reason =
            status
                ? tr("the webhook answered HTTP %1").arg(status)
                : tr("the webhook could not be reached (%1)")
                      .arg(QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error)));
        qCWarning(lcContainment) << "webhook post" << notificationId << "attempt" << attempt << "failed:" << reason;
        if (attempt >= m_maxAttempts || !retryable(status)) {
            Q_EMIT failed(notificationId, reason, attempt);
            return;
        }
        const int delay = m_retryDelayMs * (1 << std::min(attempt - 1, 10));
        QTimer::singleShot(
            delay, this, [this, url, notificationId, body, attempt] { post(url, notificationId, body, attempt + 1); });
    });
}

} // namespace cordon::core
