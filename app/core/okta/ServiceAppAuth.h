#pragma once

#include "oauth/SigningKey.h"
#include "okta/OktaError.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace cordon::core
{

class Clock;

// How an OAuth 2.0 service app signs in (docs/okta.md §4), as Okta's SDKs name the settings.
struct ServiceAppConfig
{
    QString clientId;
    QStringList scopes;
    // The "kid" of the public key registered with the app.
    QString keyId;

    // Why the configuration cannot work ("the client id holds spaces"), or empty. Quotes nothing secret.
    QString problem() const;
};

// Signs Cordon in to Okta as an OAuth 2.0 service app: a client assertion signed with the app's private key
// (private_key_jwt), a DPoP-bound access token from the org authorization server, and a new DPoP proof for
// every call (docs/oauth.md). The access token lives in memory only and is renewed before it expires; the
// DPoP key is made afresh for each process and never stored, so a token that leaks is of no use elsewhere.
class ServiceAppAuth : public QObject
{
    Q_OBJECT

public:
    // A token with less than this left is renewed before the next call (Okta's live one hour).
    static constexpr int RenewBeforeSecs = 300;

    explicit ServiceAppAuth(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ServiceAppAuth() override;

    // Takes the app's settings and its private key (PEM, from the keychain or the environment); the PEM is not
    // kept. False with the reason when the settings or the key are unusable.
    bool configure(const QUrl& orgUrl, const ServiceAppConfig& config, QByteArrayView privateKeyPem, QString* error);
    bool isConfigured() const;
    const ServiceAppConfig& config() const { return m_config; }
    QUrl tokenUrl() const;
    void setClock(const Clock* clock);
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    using TokenCallback = std::function<void(const OktaError& error)>;
    // Calls ready once a token is held (at once when the one held is fresh enough), or with why none could
    // be had. Callers that ask while a request is under way wait for that one.
    void ensureToken(QObject* context, TokenCallback ready);
    bool hasFreshToken() const;
    bool hasToken() const { return !m_accessToken.isEmpty(); }
    // Forgets the token, after Okta called it invalid or expired.
    void invalidateToken();
    // Sets Authorization and a new DPoP proof for one call; a retry must be authorized again.
    void authorize(QNetworkRequest& request, const QByteArray& method) const;
    // A nonce a resource server asked for (DPoP-Nonce), sent in the following proofs.
    void setResourceNonce(const QString& nonce);

    // The scopes the token was granted, as Okta listed them.
    QStringList grantedScopes() const { return m_granted; }
    QString tokenType() const { return m_tokenType; }
    // What must never appear in a message: the access token.
    QList<QByteArray> secrets() const;
    // Token requests sent so far, the nonce step's included.
    int tokenRequests() const { return m_tokenRequests; }

Q_SIGNALS:
    void tokenChanged();

private:
    void requestToken(bool nonceRetry);
    void finishWaiting(const OktaError& error);
    // The token endpoint's refusal, with nothing of hidden (the assertion sent, a token) in it.
    OktaError
    tokenError(int status, const QByteArray& body, const QString& requestId, const QList<QByteArray>& hidden) const;
    QDateTime now() const;

    QNetworkAccessManager* m_network;
    const Clock* m_clock = nullptr;
    QUrl m_orgUrl;
    ServiceAppConfig m_config;
    SigningKey m_assertionKey;
    SigningKey m_dpopKey;
    QByteArray m_accessToken;
    QString m_tokenType;
    QDateTime m_expiresAt;
    QStringList m_granted;
    QString m_tokenNonce;
    QString m_resourceNonce;
    int m_transferTimeoutMs = 30000;
    qint64 m_maxResponseBytes = 1024 * 1024;
    int m_tokenRequests = 0;
    bool m_requesting = false;
    struct Waiting
    {
        QPointer<QObject> context;
        bool hasContext = false;
        TokenCallback ready;
    };
    QList<Waiting> m_waiting;
};

} // namespace cordon::core
