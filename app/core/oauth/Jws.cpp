#include "oauth/Jws.h"

#include "oauth/Base64Url.h"
#include "oauth/Jwk.h"
#include "oauth/OpenSslSupport.h"
#include "oauth/SigningKey.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <openssl/err.h>

namespace cordon::core
{

namespace
{

using Failure = JwsVerification::Failure;

// The context lupdate files the messages of this namespace's free functions under.
QString tr(const char* text)
{
    return QCoreApplication::translate("cordon::core", text);
}

// An algorithm name from the token, cut short and reduced to the characters algorithm names use.
QString shown(const QString& name)
{
    QString result;
    for (const QChar c : name.left(16)) {
        result += c.isLetterOrNumber() && c.unicode() < 128 ? c : u'?';
    }
    return result;
}

std::optional<QJsonObject> jsonObject(QByteArrayView part)
{
    const std::optional<QByteArray> bytes = base64url::decode(part);
    if (!bytes) {
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

struct Parts
{
    QByteArrayView header;
    QByteArrayView payload;
    QByteArrayView signature;
    QByteArrayView signingInput;
};

std::optional<Parts> split(QByteArrayView compact)
{
    const qsizetype first = compact.indexOf('.');
    const qsizetype second = first < 0 ? -1 : compact.indexOf('.', first + 1);
    if (second < 0 || compact.indexOf('.', second + 1) >= 0) {
        return std::nullopt;
    }
    return Parts{compact.first(first), compact.sliced(first + 1, second - first - 1), compact.sliced(second + 1),
                 compact.first(second)};
}

JwsVerification failed(JwsVerification result, Failure failure, const QString& reason)
{
    result.failure = failure;
    result.reason = reason;
    result.claims = {};
    return result;
}

bool signatureHolds(EVP_PKEY* key, QByteArrayView signingInput, QByteArrayView signature)
{
    const openssl::MdCtxPtr context(EVP_MD_CTX_new());
    const bool holds =
        context && EVP_DigestVerifyInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, key, nullptr) == 1 &&
        EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                         size_t(signature.size()), reinterpret_cast<const unsigned char*>(signingInput.data()),
                         size_t(signingInput.size())) == 1;
    ERR_clear_error();
    return holds;
}

// headerKey: take the key from the header's "jwk" instead of publicJwk.
JwsVerification check(QByteArrayView compact, const QJsonObject& publicJwk, bool headerKey)
{
    JwsVerification result;
    if (compact.size() > Jws::MaximumSize) {
        return failed(result, Failure::Malformed, tr("The token is longer than %1 bytes.").arg(Jws::MaximumSize));
    }
    const std::optional<Parts> parts = split(compact);
    if (!parts) {
        return failed(result, Failure::Malformed, tr("A compact JWS has three parts separated by two dots."));
    }
    const std::optional<QJsonObject> header = jsonObject(parts->header);
    if (!header) {
        return failed(result, Failure::Malformed, tr("The header is not a base64url JSON object."));
    }
    result.header = *header;

    const QJsonValue alg = header->value(QLatin1String("alg"));
    if (!alg.isString()) {
        return failed(result, Failure::Malformed, tr("The header names no algorithm (\"alg\")."));
    }
    const QString algorithm = alg.toString();
    if (algorithm.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        return failed(result, Failure::AlgorithmNone, tr("An unsecured token (\"alg\": \"none\") is refused."));
    }
    const bool rs256 = algorithm == QLatin1String("RS256");
    if (!rs256 && algorithm != QLatin1String("ES256")) {
        return failed(result, Failure::UnsupportedAlgorithm,
                      tr("The algorithm %1 is not accepted; only RS256 and ES256 are.").arg(shown(algorithm)));
    }
    if (header->contains(QLatin1String("crit"))) {
        return failed(result, Failure::Malformed, tr("The header asks for critical extensions (\"crit\")."));
    }

    const QJsonValue embedded = header->value(QLatin1String("jwk"));
    if (!embedded.isUndefined() && !embedded.isObject()) {
        return failed(result, Failure::Malformed, tr("The header's \"jwk\" is not a JSON object."));
    }
    if (Jwk::hasPrivateMembers(embedded.toObject())) {
        return failed(result, Failure::PrivateKeyInHeader, tr("The header's \"jwk\" holds a private key."));
    }
    if (headerKey && embedded.isUndefined()) {
        return failed(result, Failure::Malformed, tr("The header carries no public key (\"jwk\")."));
    }
    const QJsonObject jwk = headerKey ? embedded.toObject() : publicJwk;
    const QString keyType = jwk.value(QLatin1String("kty")).toString();
    if (keyType != (rs256 ? QLatin1String("RSA") : QLatin1String("EC"))) {
        return failed(result, Failure::KeyMismatch,
                      tr("The algorithm %1 does not fit a key of type \"%2\".").arg(algorithm, shown(keyType)));
    }
    if (jwk.contains(QLatin1String("alg")) && jwk.value(QLatin1String("alg")).toString() != algorithm) {
        return failed(result, Failure::KeyMismatch,
                      tr("The key is meant for another algorithm than %1.").arg(algorithm));
    }
    QString keyProblem;
    const openssl::PkeyPtr key = openssl::publicKeyFromJwk(jwk, &keyProblem);
    if (!key) {
        return failed(result, Failure::BadKey, keyProblem);
    }

    const std::optional<QJsonObject> claims = jsonObject(parts->payload);
    if (!claims) {
        return failed(result, Failure::Malformed, tr("The claims are not a base64url JSON object."));
    }
    const std::optional<QByteArray> signature = base64url::decode(parts->signature);
    if (!signature || signature->isEmpty()) {
        return failed(result, Failure::Malformed, tr("The signature is missing or not base64url."));
    }
    QByteArray encoded = *signature;
    if (!rs256) {
        if (signature->size() != 2 * openssl::P256Bytes) {
            return failed(result, Failure::BadSignature,
                          tr("An ES256 signature has 64 bytes; this one has %1.").arg(signature->size()));
        }
        encoded = openssl::ecdsaRawToDer(*signature);
    }
    if (encoded.isEmpty() || !signatureHolds(key.get(), parts->signingInput, encoded)) {
        return failed(result, Failure::BadSignature, tr("The signature does not match the key."));
    }
    result.failure = Failure::None;
    result.claims = *claims;
    return result;
}

} // namespace

QByteArray Jws::sign(const QJsonObject& header, const QJsonObject& claims, const SigningKey& key)
{
    if (key.isNull()) {
        return {};
    }
    QJsonObject signedHeader = header;
    signedHeader.insert(QStringLiteral("alg"), key.algorithmName());
    const QByteArray signingInput = base64url::encode(QJsonDocument(signedHeader).toJson(QJsonDocument::Compact)) +
                                    '.' + base64url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = key.sign(signingInput);
    if (signature.isEmpty()) {
        return {};
    }
    return signingInput + '.' + base64url::encode(signature);
}

JwsVerification Jws::verify(QByteArrayView compact, const QJsonObject& publicJwk)
{
    return check(compact, publicJwk, false);
}

JwsVerification Jws::verifyWithHeaderKey(QByteArrayView compact)
{
    return check(compact, {}, true);
}

QJsonObject Jws::unverifiedHeader(QByteArrayView compact)
{
    if (compact.size() > MaximumSize) {
        return {};
    }
    const std::optional<Parts> parts = split(compact);
    return parts ? jsonObject(parts->header).value_or(QJsonObject()) : QJsonObject();
}

} // namespace cordon::core
