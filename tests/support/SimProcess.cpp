#include "SimProcess.h"

#include <QDeadlineTimer>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

namespace cordon::test
{

QByteArray HttpResult::header(const QByteArray& name) const
{
    const QList<QByteArray> values = headerValues(name);
    return values.isEmpty() ? QByteArray() : values.first();
}

QList<QByteArray> HttpResult::headerValues(const QByteArray& name) const
{
    QList<QByteArray> values;
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            values.append(value);
        }
    }
    return values;
}

QUrl HttpResult::link(const QByteArray& rel) const
{
    for (const QByteArray& value : headerValues("Link")) {
        for (const QByteArray& part : value.split(',')) {
            const QByteArray link = part.trimmed();
            if (link.startsWith('<') && link.endsWith("rel=\"" + rel + "\"")) {
                return QUrl::fromEncoded(link.mid(1, link.indexOf('>') - 1));
            }
        }
    }
    return {};
}

SimProcess::SimProcess()
{
    m_process.setProgram(QStringLiteral(CORDON_OKTASIM_PATH));
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

SimProcess::~SimProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SimProcess::start(const QStringList& args, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    m_process.setArguments(args);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        return fail(QStringLiteral("cannot start %1: %2").arg(m_process.program(), m_process.errorString()));
    }
    const QDeadlineTimer deadline(15000);
    while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    const QString prefix = QStringLiteral("cordon-okta-sim listening on ");
    if (!line.startsWith(prefix)) {
        return fail(QStringLiteral("unexpected first line: '%1'").arg(line));
    }
    m_baseUrl = QUrl(line.mid(prefix.size()));
    return m_baseUrl.isValid();
}

HttpResult SimProcess::send(
    const QByteArray& method, const QString& pathAndQuery, const QString& token, const QByteArray& body, int timeoutMs)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!token.isEmpty()) {
        headers.append({"Authorization", "SSWS " + token.toUtf8()});
    }
    return sendWithHeaders(method, pathAndQuery, headers, body, timeoutMs);
}

HttpResult SimProcess::sendWithHeaders(const QByteArray& method,
                                       const QString& pathAndQuery,
                                       const QList<QPair<QByteArray, QByteArray>>& headers,
                                       const QByteArray& body,
                                       int timeoutMs)
{
    QNetworkRequest request(QUrl::fromEncoded((m_baseUrl.toString() + pathAndQuery).toUtf8()));
    request.setRawHeader("Accept", "application/json");
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = nullptr;
    if (method == "GET") {
        reply = m_network.get(request);
    } else if (method == "POST") {
        reply = m_network.post(request, body);
    } else if (method == "PUT") {
        reply = m_network.put(request, body);
    } else if (method == "HEAD") {
        reply = m_network.head(request);
    } else if (method == "DELETE") {
        reply = m_network.deleteResource(request);
    } else {
        reply = m_network.sendCustomRequest(request, method, body);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(timeoutMs + 1000);
    }
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError) {
        result.error = reply->errorString();
    }
    reply->deleteLater();
    return result;
}

QList<HttpResult> SimProcess::pages(const QString& pathAndQuery, const QString& token, int maxPages)
{
    QList<HttpResult> results;
    QString next = pathAndQuery;
    while (!next.isEmpty() && results.size() < maxPages) {
        results.append(send("GET", next, token));
        const QUrl url = results.last().link("next");
        next =
            url.isValid() ? url.path(QUrl::FullyEncoded) + QLatin1Char('?') + url.query(QUrl::FullyEncoded) : QString();
    }
    return results;
}

int SimProcess::countRequests(const QByteArray& method, const QString& pathSuffix, int status)
{
    int count = 0;
    for (const QJsonValue& value : requests()) {
        const QJsonObject request = value.toObject();
        count += request.value(QStringLiteral("method")).toString() == QLatin1String(method) &&
                 request.value(QStringLiteral("path")).toString().endsWith(pathSuffix) &&
                 (status < 0 || request.value(QStringLiteral("status")).toInt() == status);
    }
    return count;
}

int SimProcess::changesSent()
{
    int count = 0;
    for (const QJsonValue& value : requests()) {
        const QString method = value.toObject().value(QStringLiteral("method")).toString();
        const QString path = value.toObject().value(QStringLiteral("path")).toString();
        if (method != QLatin1String("GET") && !path.startsWith(QLatin1String("/__sim"))) {
            ++count;
        }
    }
    return count;
}

QJsonArray SimProcess::requests()
{
    return send("GET", QStringLiteral("/__sim/requests"), QString()).array();
}

QJsonObject SimProcess::user(const QString& idOrLogin)
{
    return send("GET", QStringLiteral("/__sim/users/") + QString::fromUtf8(QUrl::toPercentEncoding(idOrLogin)),
                QString())
        .object();
}

void SimProcess::reset()
{
    send("POST", QStringLiteral("/__sim/reset"), QString());
}

bool SimProcess::setFaults(const QStringList& rules)
{
    const QJsonObject body{{QStringLiteral("rules"), QJsonArray::fromStringList(rules)}};
    return send("POST", QStringLiteral("/__sim/faults"), QString(), QJsonDocument(body).toJson()).status == 200;
}

bool SimProcess::setLimits(const QMap<QString, int>& limits)
{
    QJsonObject buckets;
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        buckets.insert(it.key(), it.value());
    }
    const QJsonObject body{{QStringLiteral("limits"), buckets}};
    return send("POST", QStringLiteral("/__sim/limits"), QString(), QJsonDocument(body).toJson()).status == 200;
}

void SimProcess::setSessions(const QString& idOrLogin, int sessions, int oauthTokens, int rememberedDevices)
{
    const QJsonObject body{{QStringLiteral("sessions"), sessions},
                           {QStringLiteral("oauthTokens"), oauthTokens},
                           {QStringLiteral("rememberedDevices"), rememberedDevices}};
    send("POST",
         QStringLiteral("/__sim/users/") + QString::fromUtf8(QUrl::toPercentEncoding(idOrLogin)) +
             QStringLiteral("/sessions"),
         QString(), QJsonDocument(body).toJson());
}

bool SimProcess::setItp(bool enabled)
{
    const QJsonObject body{{QStringLiteral("enabled"), enabled}};
    return send("POST", QStringLiteral("/__sim/itp"), QString(), QJsonDocument(body).toJson()).status == 200;
}

bool SimProcess::addFactor(const QString& idOrLogin, const QJsonObject& factor, QString* error)
{
    const HttpResult result =
        send("POST",
             QStringLiteral("/__sim/users/") + QString::fromUtf8(QUrl::toPercentEncoding(idOrLogin)) +
                 QStringLiteral("/factors"),
             QString(), QJsonDocument(factor).toJson());
    if (error) {
        *error = result.object().value(QLatin1String("error")).toString();
    }
    return result.status == 200;
}

bool SimProcess::registerClient(const QJsonObject& client, QString* error)
{
    const HttpResult result = send("POST", QStringLiteral("/__sim/clients"), QString(), QJsonDocument(client).toJson());
    if (error) {
        *error = result.object().value(QLatin1String("error")).toString();
    }
    return result.status == 200;
}

bool SimProcess::revokeClientScope(const QString& clientId, const QString& scope)
{
    return send("DELETE",
                QStringLiteral("/__sim/clients/%1/scopes/%2")
                    .arg(QString::fromUtf8(QUrl::toPercentEncoding(clientId)),
                         QString::fromUtf8(QUrl::toPercentEncoding(scope))),
                QString())
               .status == 200;
}

int SimProcess::expireOAuthTokens()
{
    return send("POST", QStringLiteral("/__sim/oauth/expire-tokens"), QString())
        .object()
        .value(QLatin1String("expired"))
        .toInt(-1);
}

QString SimProcess::rotateDpopNonce(bool keepPrevious)
{
    const QJsonObject body{{QStringLiteral("keepPrevious"), keepPrevious}};
    return send("POST", QStringLiteral("/__sim/oauth/rotate-nonce"), QString(), QJsonDocument(body).toJson())
        .object()
        .value(QLatin1String("nonce"))
        .toString();
}

QString SimProcess::userId(const QString& login)
{
    const HttpResult result =
        send("GET", QStringLiteral("/api/v1/users/") + QString::fromUtf8(QUrl::toPercentEncoding(login)));
    return result.status == 200 ? result.object().value(QLatin1String("id")).toString() : QString();
}

QString SimProcess::groupId(const QString& name)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), QString::fromUtf8(QUrl::toPercentEncoding(name)));
    const QJsonArray groups = send("GET", QStringLiteral("/api/v1/groups?") + query.toString()).array();
    QStringList ids;
    for (const QJsonValue& group : groups) {
        if (group.toObject().value(QLatin1String("profile")).toObject().value(QLatin1String("name")).toString() ==
            name) {
            ids.append(group.toObject().value(QLatin1String("id")).toString());
        }
    }
    return ids.size() == 1 ? ids.first() : QString();
}

QByteArray SimProcess::demoClientKey()
{
    QFile file(QStringLiteral(CORDON_TEST_DATA_DIR "/oauth/sim-client-ec.pem"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace cordon::test
