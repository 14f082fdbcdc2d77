#include "oktasim/OAuthServer.h"

#include "oauth/Base64Url.h"
#include "oauth/DpopProof.h"
#include "oauth/Jwk.h"
#include "oauth/Jws.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace cordon::sim
{

namespace
{

const QString kJwtBearer = QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");

qint64 nowS()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString randomText(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(data.data()), bytes / 4);
    return QString::fromLatin1(core::base64url::encode(data));
}

// A form-encoded body, where `+` is a space.
QUrlQuery formBody(const QByteArray& body)
{
    QString text = QString::fromUtf8(body);
    text.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrlQuery(text);
}

QString formValue(const QUrlQuery& form, const QString& key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

// The claims of a JWS, unchecked: only to learn which client claims to have signed it.
QJsonObject unverifiedClaims(const QByteArray& compact)
{
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3) {
        return {};
    }
    const std::optional<QByteArray> json = core::base64url::decode(parts.at(1));
    return json ? QJsonDocument::fromJson(*json).object() : QJsonObject();
}

bool audienceIs(const QJsonValue& aud, const QString& url)
{
    if (aud.isArray()) {
        const QJsonArray list = aud.toArray();
        return std::any_of(list.begin(), list.end(), [&](const QJsonValue& value) { return value.toString() == url; });
    }
    return aud.toString() == url;
}

// Okta's error parameters are quoted strings; a quote or backslash in them would end the value early.
QString quoted(QString text)
{
    text.remove(QLatin1Char('"'));
    text.remove(QLatin1Char('\\'));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

OAuthServer::OAuthServer(Directory* directory) : m_directory(directory), m_nonce(randomText(24)) {}

QString OAuthServer::origin() const
{
    QString text = core::DpopProof::htu(m_baseUrl);
    if (text.endsWith(QLatin1Char('/'))) {
        text.chop(1);
    }
    return text;
}

QString OAuthServer::tokenUrl() const
{
    return origin() + QStringLiteral("/oauth2/v1/token");
}

bool OAuthServer::useOnce(QHash<QString, qint64>* seen, const QString& jti, qint64 untilS)
{
    const qint64 now = nowS();
    seen->removeIf([now](const QHash<QString, qint64>::iterator it) { return it.value() < now; });
    if (seen->contains(jti)) {
        return false;
    }
    seen->insert(jti, untilS);
    return true;
}

ApiReply OAuthServer::tokenError(int status, const QString& error, const QString& description) const
{
    ApiReply reply = ApiReply::json(
        status, QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
    reply.addHeader("Cache-Control", "no-store");
    reply.addHeader("Pragma", "no-cache");
    return reply;
}

ApiReply OAuthServer::clientError(const QString& description) const
{
    return tokenError(401, QStringLiteral("invalid_client"), description);
}

ApiReply OAuthServer::token(const ApiRequest& request)
{
    const QUrlQuery form = formBody(request.body);
    if (formValue(form, QStringLiteral("grant_type")) != QLatin1String("client_credentials")) {
        // A service app has only the client credentials grant.
        return tokenError(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("The authorization grant type is not supported by the authorization server."));
    }
    // private_key_jwt is the only client authentication Okta takes for tokens with Okta API scopes.
    const QByteArray assertion = formValue(form, QStringLiteral("client_assertion")).toUtf8();
    if (formValue(form, QStringLiteral("client_assertion_type")) != kJwtBearer || assertion.isEmpty() ||
        assertion.size() > core::Jws::MaximumSize) {
        return clientError(QStringLiteral("Client authentication needs a client assertion (private_key_jwt)."));
    }
    const QString formClientId = formValue(form, QStringLiteral("client_id"));
    const QString claimedId =
        formClientId.isEmpty() ? unverifiedClaims(assertion).value(QLatin1String("iss")).toString() : formClientId;
    const auto client = m_directory->clients().constFind(claimedId);
    if (claimedId.isEmpty() || client == m_directory->clients().constEnd()) {
        return clientError(QStringLiteral("The client is not known to this organization."));
    }

    // The key the assertion names by "kid", or the app's only key.
    const QString kid = core::Jws::unverifiedHeader(assertion).value(QLatin1String("kid")).toString();
    QJsonObject key;
    for (const QJsonValue& jwk : client->jwks) {
        if ((kid.isEmpty() && client->jwks.size() == 1) || jwk.toObject().value(QLatin1String("kid")) == kid) {
            key = jwk.toObject();
        }
    }
    if (key.isEmpty()) {
        return clientError(QStringLiteral("The client assertion names no key registered for the client."));
    }
    const core::JwsVerification verified = core::Jws::verify(assertion, key);
    if (!verified.isValid()) {
        return clientError(QStringLiteral("The client assertion is not valid: %1").arg(verified.reason));
    }
    const QJsonObject& claims = verified.claims;
    if (claims.value(QLatin1String("iss")).toString() != client->clientId ||
        claims.value(QLatin1String("sub")).toString() != client->clientId) {
        return clientError(QStringLiteral("The client assertion's 'iss' and 'sub' must both be the client id."));
    }
    if (!audienceIs(claims.value(QLatin1String("aud")), tokenUrl())) {
        return clientError(QStringLiteral("The client assertion's 'aud' is not this token endpoint."));
    }
    const qint64 now = nowS();
    const qint64 exp = claims.value(QLatin1String("exp")).toInteger(-1);
    if (exp <= now) {
        return clientError(QStringLiteral("The client assertion has expired or has no 'exp'."));
    }
    if (exp > now + TokenLifetimeSecs) {
        return clientError(QStringLiteral("The client assertion's 'exp' is more than an hour ahead."));
    }
    // Okta leaves jti optional; one that is given is taken once.
    const QString jti = claims.value(QLatin1String("jti")).toString();
    if (!jti.isEmpty() && !useOnce(&m_assertionIds, client->clientId + QLatin1Char(' ') + jti, exp)) {
        return clientError(QStringLiteral("The client assertion's 'jti' was used before."));
    }

    QStringList asked;
    for (const QString& scope : formValue(form, QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!asked.contains(scope)) {
            asked.append(scope);
        }
    }
    if (asked.isEmpty()) {
        return tokenError(400, QStringLiteral("invalid_scope"), QStringLiteral("The request names no scope."));
    }
    QStringList refused;
    for (const QString& scope : asked) {
        if (!client->scopes.contains(scope)) {
            refused.append(scope);
        }
    }
    if (!refused.isEmpty()) {
        return tokenError(400, QStringLiteral("invalid_scope"),
                          QStringLiteral("Scopes not granted to the client: %1").arg(refused.join(QLatin1Char(' '))));
    }

    QString thumbprint;
    if (client->dpopRequired) {
        if (request.dpop.isEmpty()) {
            return tokenError(400, QStringLiteral("invalid_dpop_proof"),
                              QStringLiteral("The DPoP proof JWT header is missing."));
        }
        QJsonObject header;
        QJsonObject proof;
        const QString problem = checkProof(request, tokenUrl(), &header, &proof);
        if (!problem.isEmpty()) {
            return tokenError(400, QStringLiteral("invalid_dpop_proof"), problem);
        }
        const QString nonce = proof.value(QLatin1String("nonce")).toString();
        if (nonce.isEmpty() || (nonce != m_nonce && nonce != m_previousNonce)) {
            ApiReply reply = tokenError(400, QStringLiteral("use_dpop_nonce"),
                                        QStringLiteral("Authorization server requires nonce in DPoP proof."));
            reply.addHeader("dpop-nonce", m_nonce.toLatin1());
            return reply;
        }
        if (!useOnce(&m_proofIds, proof.value(QLatin1String("jti")).toString(), now + 2 * ProofWindowSecs)) {
            return tokenError(400, QStringLiteral("invalid_dpop_proof"),
                              QStringLiteral("The DPoP proof's 'jti' was used before."));
        }
        thumbprint = core::Jwk::thumbprint(header.value(QLatin1String("jwk")).toObject());
    }

    const QString accessToken = randomText(48);
    m_tokens.insert(accessToken, {client->clientId, asked, thumbprint, now + TokenLifetimeSecs});
    ApiReply reply = ApiReply::json(200, QJsonObject{
                                             {QStringLiteral("token_type"),
                                              thumbprint.isEmpty() ? QStringLiteral("Bearer") : QStringLiteral("DPoP")},
                                             {QStringLiteral("expires_in"), TokenLifetimeSecs},
                                             {QStringLiteral("access_token"), accessToken},
                                             {QStringLiteral("scope"), asked.join(QLatin1Char(' '))},
                                         });
    reply.addHeader("Cache-Control", "no-store");
    reply.addHeader("Pragma", "no-cache");
    return reply;
}

QString
OAuthServer::checkProof(const ApiRequest& request, const QString& htu, QJsonObject* header, QJsonObject* claims) const
{
    if (request.dpop.size() != 1) {
        return request.dpop.isEmpty() ? QStringLiteral("The DPoP proof JWT header is missing.")
                                      : QStringLiteral("The request carries more than one DPoP proof.");
    }
    const core::JwsVerification verified = core::Jws::verifyWithHeaderKey(request.dpop.first());
    if (!verified.isValid()) {
        return QStringLiteral("The DPoP proof JWT is not valid: %1").arg(verified.reason);
    }
    *header = verified.header;
    *claims = verified.claims;
    if (header->value(QLatin1String("typ")).toString() != QLatin1String("dpop+jwt")) {
        return QStringLiteral("The DPoP proof JWT's 'typ' is not dpop+jwt.");
    }
    if (claims->value(QLatin1String("htm")).toString() != request.method) {
        return QStringLiteral("'htm' claim in the DPoP proof JWT is invalid.");
    }
    if (claims->value(QLatin1String("htu")).toString() != htu) {
        return QStringLiteral("'htu' claim in the DPoP proof JWT is invalid.");
    }
    const qint64 iat = claims->value(QLatin1String("iat")).toInteger(-1);
    if (iat < 0 || qAbs(nowS() - iat) > ProofWindowSecs) {
        return QStringLiteral("'iat' claim in the DPoP proof JWT is missing or not recent.");
    }
    if (claims->value(QLatin1String("jti")).toString().isEmpty()) {
        return QStringLiteral("'jti' claim in the DPoP proof JWT is missing.");
    }
    return {};
}

ApiReply OAuthServer::resourceError(const ApiRequest& request,
                                    const QString& scheme,
                                    const QString& error,
                                    const QString& description,
                                    const QString& scope) const
{
    // Okta's challenge names the algorithms, its authorize endpoint, the org, the scope the call needs, the
    // error and the resource path.
    QStringList parameters{
        QStringLiteral("algs=\"RS256 RS384 RS512 ES256 ES384 ES512\""),
        QStringLiteral("authorization_uri=\"%1/oauth2/v1/authorize\"").arg(origin()),
        QStringLiteral("realm=\"%1\"").arg(origin()),
    };
    if (!scope.isEmpty()) {
        parameters << QStringLiteral("scope=") + quoted(scope);
    }
    parameters << QStringLiteral("error=") + quoted(error) << QStringLiteral("error_description=") + quoted(description)
               << QStringLiteral("resource=") + quoted(request.path);
    ApiReply reply = error == QLatin1String("insufficient_scope")
                         ? ApiReply::error(403, QStringLiteral("E0000006"),
                                           QStringLiteral("You do not have permission to perform the requested action"))
                         : ApiReply::error(401, QStringLiteral("E0000011"), QStringLiteral("Invalid token provided"));
    reply.addHeader("WWW-Authenticate", (scheme + QLatin1Char(' ') + parameters.join(QStringLiteral(", "))).toUtf8());
    return reply;
}

ApiReply OAuthServer::insufficientScope(const ApiRequest& request, const QString& requiredScope) const
{
    return resourceError(request, QStringLiteral("DPoP"), QStringLiteral("insufficient_scope"),
                         QStringLiteral("The access token provided does not contain the required scopes."),
                         requiredScope);
}

std::variant<OAuthServer::Caller, ApiReply> OAuthServer::authenticate(const ApiRequest& request,
                                                                      const QString& requiredScope)
{
    const QByteArray authorization = request.authorization.trimmed();
    const qsizetype space = authorization.indexOf(' ');
    const QString scheme = QString::fromLatin1(authorization.left(space));
    const bool dpopScheme = scheme.compare(QLatin1String("DPoP"), Qt::CaseInsensitive) == 0;
    const QString challenge = dpopScheme ? QStringLiteral("DPoP") : QStringLiteral("Bearer");
    const QString accessToken = QString::fromLatin1(authorization.mid(space + 1).trimmed());
    const auto invalidToken = [&](const QString& description) {
        return resourceError(request, challenge, QStringLiteral("invalid_token"), description, requiredScope);
    };
    const auto found = m_tokens.constFind(accessToken);
    if (space <= 0 || found == m_tokens.constEnd() || found->expiresAtS <= nowS()) {
        return invalidToken(QStringLiteral("The access token is invalid or has expired."));
    }
    const Token token = *found;
    if (token.keyThumbprint.isEmpty()) {
        if (dpopScheme) {
            return invalidToken(QStringLiteral("The access token is not bound to a DPoP key."));
        }
        return Caller{token.clientId, token.scopes};
    }
    // A DPoP-bound token is of no use without the key it is bound to, so it is never taken as a Bearer token.
    if (!dpopScheme) {
        return invalidToken(QStringLiteral("The access token is bound to a DPoP key and needs the DPoP scheme."));
    }
    const auto invalidProof = [&](const QString& description) {
        return resourceError(request, challenge, QStringLiteral("invalid_dpop_proof"), description, requiredScope);
    };
    // Okta compares "htu" with the percent-decoded path, without the query.
    QJsonObject header;
    QJsonObject claims;
    const QString problem = checkProof(request, origin() + request.path, &header, &claims);
    if (!problem.isEmpty()) {
        return invalidProof(problem);
    }
    if (core::Jwk::thumbprint(header.value(QLatin1String("jwk")).toObject()) != token.keyThumbprint) {
        return invalidProof(QStringLiteral("The DPoP proof is signed by another key than the token is bound to."));
    }
    if (claims.value(QLatin1String("ath")).toString() != core::DpopProof::accessTokenHash(accessToken.toLatin1())) {
        return invalidProof(QStringLiteral("'ath' claim in the DPoP proof JWT is invalid."));
    }
    if (!useOnce(&m_proofIds, claims.value(QLatin1String("jti")).toString(), nowS() + 2 * ProofWindowSecs)) {
        return invalidProof(QStringLiteral("'jti' claim in the DPoP proof JWT was used before."));
    }
    return Caller{token.clientId, token.scopes};
}

int OAuthServer::expireTokens()
{
    const qint64 now = nowS();
    int count = 0;
    for (Token& token : m_tokens) {
        if (token.expiresAtS > now) {
            token.expiresAtS = now;
            ++count;
        }
    }
    return count;
}

QString OAuthServer::rotateNonce(bool keepPrevious)
{
    m_previousNonce = keepPrevious ? m_nonce : QString();
    m_nonce = randomText(24);
    return m_nonce;
}

bool OAuthServer::revokeScope(const QString& clientId, const QString& scope)
{
    if (!m_directory->clients().contains(clientId)) {
        return false;
    }
    Directory::Client client = m_directory->clients().value(clientId);
    client.scopes.removeAll(scope);
    m_directory->setClient(client);
    for (Token& token : m_tokens) {
        if (token.clientId == clientId) {
            token.scopes.removeAll(scope);
        }
    }
    return true;
}

void OAuthServer::reset()
{
    m_tokens.clear();
    m_assertionIds.clear();
    m_proofIds.clear();
    m_previousNonce.clear();
    m_nonce = randomText(24);
}

} // namespace cordon::sim
