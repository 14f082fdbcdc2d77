#include "okta/ServiceAppAuth.h"

#include "CordonVersion.h"
#include "base/Clock.h"
#include "base/Logging.h"
#include "base/ReplyLimits.h"
#include "base/SafeText.h"
#include "oauth/ClientAssertion.h"
#include "oauth/DpopProof.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace cordon::core
{

namespace
{

// A scope or client id is a run of visible ASCII without spaces or quotes (RFC 6749 §3.3, Appendix A).
bool isToken(const QString& text)
{
    static const QRegularExpression token(QStringLiteral("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"));
    return token.match(text).hasMatch();
}

QByteArray formField(const char* name, const QString& value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

QString ServiceAppConfig::problem() const
{
    if (clientId.trimmed().isEmpty()) {
        return QStringLiteral("No OAuth client id is set.");
    }
    if (!isToken(clientId)) {
        return QStringLiteral("The OAuth client id may hold no spaces, quotes or backslashes.");
    }
    if (scopes.isEmpty()) {
        return QStringLiteral("No OAuth scopes are set: the token would be good for nothing.");
    }
    for (const QString& scope : scopes) {
        if (!isToken(scope)) {
            return QStringLiteral("The OAuth scope \"%1\" is not a single word.").arg(safetext::scrubbed(scope));
        }
    }
    if (!keyId.isEmpty() && !isToken(keyId)) {
        return QStringLiteral("The key id may hold no spaces, quotes or backslashes.");
    }
    return {};
}

ServiceAppAuth::ServiceAppAuth(QNetworkAccessManager* network, QObject* parent) : QObject(parent), m_network(network) {}

ServiceAppAuth::~ServiceAppAuth()
{
    invalidateToken();
}

bool ServiceAppAuth::configure(const QUrl& orgUrl,
                               const ServiceAppConfig& config,
                               QByteArrayView privateKeyPem,
                               QString* error)
{
    invalidateToken();
    m_assertionKey = SigningKey();
    if (const QString problem = config.problem(); !problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return false;
    }
    QString keyError;
    SigningKey key = SigningKey::fromPem(privateKeyPem, &keyError);
    if (key.isNull()) {
        if (error) {
            *error = QStringLiteral("The service app's private key cannot be used: %1").arg(keyError);
        }
        return false;
    }
    m_orgUrl = orgUrl;
    m_config = config;
    m_assertionKey = std::move(key);
    // The DPoP key is the process's own; Okta binds each token to it.
    if (m_dpopKey.isNull()) {
        m_dpopKey = SigningKey::generate(SigningKey::Kind::EcP256);
    }
    m_tokenNonce.clear();
    m_resourceNonce.clear();
    return !m_dpopKey.isNull();
}

bool ServiceAppAuth::isConfigured() const
{
    return !m_assertionKey.isNull() && !m_dpopKey.isNull() && m_orgUrl.isValid();
}

QUrl ServiceAppAuth::tokenUrl() const
{
    QUrl url = m_orgUrl;
    url.setPath(QStringLiteral("/oauth2/v1/token"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void ServiceAppAuth::setClock(const Clock* clock)
{
    m_clock = clock;
}

QDateTime ServiceAppAuth::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

bool ServiceAppAuth::hasFreshToken() const
{
    return !m_accessToken.isEmpty() && now().secsTo(m_expiresAt) > RenewBeforeSecs;
}

void ServiceAppAuth::invalidateToken()
{
    // Wiped in place when no copy shares it; detaching first would copy the token and wipe only the copy.
    SigningKey::scrub(m_accessToken);
    m_expiresAt = {};
}

QList<QByteArray> ServiceAppAuth::secrets() const
{
    return m_accessToken.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{m_accessToken};
}

void ServiceAppAuth::setResourceNonce(const QString& nonce)
{
    if (isToken(nonce)) {
        m_resourceNonce = nonce;
    }
}

void ServiceAppAuth::authorize(QNetworkRequest& request, const QByteArray& method) const
{
    const bool dpop = m_tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0;
    request.setRawHeader("Authorization", (dpop ? QByteArray("DPoP ") : QByteArray("Bearer ")) + m_accessToken);
    if (dpop) {
        DpopProof proof(method, request.url());
        proof.setClock(m_clock);
        proof.setAccessToken(m_accessToken);
        if (!m_resourceNonce.isEmpty()) {
            proof.setNonce(m_resourceNonce);
        }
        request.setRawHeader("DPoP", proof.sign(m_dpopKey));
    }
}

void ServiceAppAuth::ensureToken(QObject* context, TokenCallback ready)
{
    if (hasFreshToken()) {
        ready({});
        return;
    }
    if (!isConfigured()) {
        ready(OktaError::make(OktaError::Kind::Configuration, QStringLiteral("The OAuth service app is not set up.")));
        return;
    }
    m_waiting.append({context, context != nullptr, std::move(ready)});
    if (!m_requesting) {
        requestToken(false);
    }
}

void ServiceAppAuth::finishWaiting(const OktaError& error)
{
    m_requesting = false;
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& each : waiting) {
        if (!each.hasContext || each.context) {
            each.ready(error);
        }
    }
    if (!error.isError()) {
        Q_EMIT tokenChanged();
    }
}

void ServiceAppAuth::requestToken(bool nonceRetry)
{
    m_requesting = true;
    ++m_tokenRequests;
    const QUrl url = tokenUrl();
    // A new assertion and a new proof for every request: Okta takes each jti once.
    ClientAssertion assertion(m_config.clientId, url);
    assertion.setKeyId(m_config.keyId);
    assertion.setClock(m_clock);
    DpopProof proof("POST", url);
    proof.setClock(m_clock);
    if (!m_tokenNonce.isEmpty()) {
        proof.setNonce(m_tokenNonce);
    }
    const QByteArray signedAssertion = assertion.sign(m_assertionKey);
    const QByteArray signedProof = proof.sign(m_dpopKey);
    if (signedAssertion.isEmpty() || signedProof.isEmpty()) {
        finishWaiting(
            OktaError::make(OktaError::Kind::Configuration, QStringLiteral("The token request could not be signed.")));
        return;
    }
    QByteArrayList fields{formField("grant_type", QStringLiteral("client_credentials")),
                          formField("scope", m_config.scopes.join(QLatin1Char(' '))),
                          formField("client_assertion_type", ClientAssertion::assertionType()),
                          formField("client_assertion", QString::fromLatin1(signedAssertion))};
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setRawHeader("User-Agent", QByteArray("cordon/" CORDON_VERSION_STRING));
    request.setRawHeader("DPoP", signedProof);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_transferTimeoutMs);
    keepToHttp1(request);
    QNetworkReply* reply = m_network->post(request, fields.join('&'));
    limitResponseSize(reply, m_maxResponseBytes);
    connect(reply, &QNetworkReply::finished, this, [this, reply, nonceRetry, signedAssertion] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QList<QByteArray> hidden{m_accessToken, signedAssertion};
        const QString requestId =
            safetext::scrubbed(QString::fromLatin1(reply->rawHeader("X-Okta-Request-Id")), hidden);
        const QByteArray body = takeBody(reply);
        if (status == 0) {
            OktaError error = OktaError::make(
                reply->error() == QNetworkReply::OperationCanceledError ? OktaError::Kind::Timeout
                                                                        : OktaError::Kind::Network,
                QStringLiteral("The token request to %1 failed: %2").arg(tokenUrl().host(), reply->errorString()));
            finishWaiting(error);
            return;
        }
        if (isTooLarge(reply)) {
            finishWaiting(OktaError::make(OktaError::Kind::InvalidResponse,
                                          QStringLiteral("The token endpoint's answer was too large."), requestId));
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        const QString nonce = QString::fromLatin1(reply->rawHeader("DPoP-Nonce"));
        if (status == 400 && json.value(QLatin1String("error")).toString() == QLatin1String("use_dpop_nonce") &&
            !nonce.isEmpty() && isToken(nonce)) {
            m_tokenNonce = nonce;
            if (!nonceRetry) {
                // Okta's first answer to a DPoP token request: sign again with its nonce (docs/okta.md §4).
                requestToken(true);
                return;
            }
        }
        if (status != 200) {
            finishWaiting(tokenError(status, body, requestId, hidden));
            return;
        }
        const QString token = json.value(QLatin1String("access_token")).toString();
        const QString type = json.value(QLatin1String("token_type")).toString();
        const int expiresIn = json.value(QLatin1String("expires_in")).toInt(0);
        const bool knownType = type.compare(QLatin1String("DPoP"), Qt::CaseInsensitive) == 0 ||
                               type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0;
        if (token.isEmpty() || !isToken(token) || !knownType || expiresIn <= 0) {
            finishWaiting(OktaError::make(OktaError::Kind::InvalidResponse,
                                          QStringLiteral("The token endpoint answered without a usable access token."),
                                          requestId));
            return;
        }
        invalidateToken();
        m_accessToken = token.toLatin1();
        m_tokenType = type;
        m_expiresAt = now().addSecs(expiresIn);
        m_granted = json.value(QLatin1String("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        qCInfo(lcOkta).noquote() << "service app" << m_config.clientId << "signed in, token for" << expiresIn
                                 << "s, scopes:" << m_granted.join(QLatin1Char(' '));
        finishWaiting({});
    });
}

OktaError ServiceAppAuth::tokenError(int status,
                                     const QByteArray& body,
                                     const QString& requestId,
                                     const QList<QByteArray>& hidden) const
{
    // The authorization server answers in OAuth's own form: {"error", "error_description"} (RFC 6749 §5.2).
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString code = safetext::scrubbed(json.value(QLatin1String("error")).toString().left(64), hidden);
    // Scrubbed before it is cut, so that no part of the assertion can survive at the cut.
    const QString description =
        safetext::scrubbed(json.value(QLatin1String("error_description")).toString(), hidden).left(300);
    QString detail;
    if (code == QLatin1String("invalid_client")) {
        detail =
            QStringLiteral("Okta does not accept the service app %1 or its key (%2). Check the client id and that the "
                           "public key shown by Cordon is registered with the app.")
                .arg(m_config.clientId, description);
    } else if (code == QLatin1String("invalid_scope")) {
        detail = QStringLiteral("Okta refused the scopes %1: %2 Grant them to the service app in Okta.")
                     .arg(m_config.scopes.join(QLatin1Char(' ')), description);
    } else if (code.isEmpty()) {
        detail = QStringLiteral("The token request was answered HTTP %1.").arg(status);
    } else {
        detail = QStringLiteral("The token request was refused: %1 (%2).").arg(code, description);
    }
    OktaError error = OktaError::make(OktaError::Kind::Http, detail, requestId);
    error.httpStatus = status;
    error.errorCode = code;
    error.errorSummary = description;
    return error;
}

} // namespace cordon::core
