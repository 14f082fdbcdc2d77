#pragma once

#include "oktasim/ApiMessage.h"
#include "oktasim/Directory.h"

#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <variant>

namespace cordon::sim
{

// Okta's org authorization server as a service app meets it (docs/simulator.md §3a): the token endpoint with
// client credentials, private_key_jwt client assertions and DPoP with its nonce, and the check of the access
// tokens it issued on each Management API call: DPoP binding, proof, and the scope a call needs. Tokens, the
// nonce and the used "jti"s live in memory only.
class OAuthServer
{
public:
    // Okta fixes an access token's lifetime at one hour.
    static constexpr int TokenLifetimeSecs = 3600;
    // How far a DPoP proof's "iat" may be from now.
    static constexpr int ProofWindowSecs = 300;

    // Who a valid access token acts for: a service app, with the scopes its token carries.
    struct Caller
    {
        QString clientId;
        QStringList scopes;
    };

    explicit OAuthServer(Directory* directory);

    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }
    // This server's own token URL: every client assertion's "aud" and the token request's "htu".
    QString tokenUrl() const;

    // POST /oauth2/v1/token.
    ApiReply token(const ApiRequest& request);
    // The access token and DPoP proof of a resource call; requiredScope is named in the answer to a bad one.
    std::variant<Caller, ApiReply> authenticate(const ApiRequest& request, const QString& requiredScope);
    // Okta's 403 for a token without the scope the call needs.
    ApiReply insufficientScope(const ApiRequest& request, const QString& requiredScope) const;

    // Faults: every token issued so far expires now; the nonce changes, the old one still taken only when
    // keepPrevious (Okta's own renewal keeps it for days); a client loses a scope, and so do its live tokens.
    int expireTokens();
    QString rotateNonce(bool keepPrevious);
    bool revokeScope(const QString& clientId, const QString& scope);

    // Tokens, nonces and used jtis forgotten.
    void reset();

private:
    struct Token
    {
        QString clientId;
        QStringList scopes;
        QString keyThumbprint; // the DPoP key it is bound to; empty for a Bearer token
        qint64 expiresAtS = 0;
    };

    ApiReply clientError(const QString& description) const;
    ApiReply tokenError(int status, const QString& error, const QString& description) const;
    ApiReply resourceError(const ApiRequest& request,
                           const QString& scheme,
                           const QString& error,
                           const QString& description,
                           const QString& scope) const;
    // Checks the DPoP proofs of a request; an empty string when the one proof holds, else what is wrong.
    // Fills the proof's claims and header for the caller's own checks.
    QString checkProof(const ApiRequest& request, const QString& htu, QJsonObject* header, QJsonObject* claims) const;
    QString origin() const;
    // A jti once: false when it was seen before and is still remembered.
    bool useOnce(QHash<QString, qint64>* seen, const QString& jti, qint64 untilS);

    Directory* m_directory;
    QUrl m_baseUrl;
    QHash<QString, Token> m_tokens;
    QString m_nonce;
    QString m_previousNonce;
    QHash<QString, qint64> m_assertionIds; // jti -> until when it is remembered, epoch seconds
    QHash<QString, qint64> m_proofIds;
};

} // namespace cordon::sim
