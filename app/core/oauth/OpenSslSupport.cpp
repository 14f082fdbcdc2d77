#include "oauth/OpenSslSupport.h"

#include "oauth/Base64Url.h"

#include <QCoreApplication>

#include <array>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/rand.h>
#include <optional>

namespace cordon::core::openssl
{

namespace
{

// The context lupdate files the messages of this namespace's free functions under.
QString tr(const char* text)
{
    return QCoreApplication::translate("cordon::core::openssl", text);
}

// The big-endian bytes of a JWK member, or nullopt when it is absent or not strict base64url.
std::optional<QByteArray> member(const QJsonObject& jwk, QLatin1String name)
{
    const QJsonValue value = jwk.value(name);
    if (!value.isString()) {
        return std::nullopt;
    }
    return base64url::decode(value.toString().toLatin1());
}

BnPtr bignum(const QByteArray& bytes)
{
    return BnPtr(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()), int(bytes.size()), nullptr));
}

QByteArray bytesOf(const BIGNUM* number, int width = 0)
{
    QByteArray result(width > 0 ? width : BN_num_bytes(number), Qt::Uninitialized);
    const int written = width > 0 ? BN_bn2binpad(number, reinterpret_cast<unsigned char*>(result.data()), width)
                                  : BN_bn2bin(number, reinterpret_cast<unsigned char*>(result.data()));
    return written == result.size() ? result : QByteArray();
}

QByteArray bignumParam(const EVP_PKEY* key, const char* name, int width = 0)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) {
        return {};
    }
    const BnPtr number(raw);
    return bytesOf(number.get(), width);
}

PkeyPtr fromParams(const char* type, OSSL_PARAM_BLD* builder)
{
    const ParamPtr params(OSSL_PARAM_BLD_to_param(builder));
    const PkeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1 ||
        EVP_PKEY_fromdata(context.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        return {};
    }
    PkeyPtr key(raw);
    // The point must lie on the curve; a key that fails this would make every check against it meaningless.
    const PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1) {
        return {};
    }
    return key;
}

PkeyPtr rsaFromJwk(const QJsonObject& jwk, QString* error)
{
    const auto n = member(jwk, QLatin1String("n"));
    const auto e = member(jwk, QLatin1String("e"));
    if (!n || !e || n->isEmpty() || e->isEmpty() || e->size() > 8) {
        *error = tr("The RSA key's \"n\" or \"e\" is missing or not base64url.");
        return {};
    }
    const BnPtr modulus = bignum(*n);
    const BnPtr exponent = bignum(*e);
    const int bits = modulus ? BN_num_bits(modulus.get()) : 0;
    if (bits < MinimumRsaBits || bits > MaximumRsaBits) {
        *error = tr("The RSA key has %1 bits; it must have from %2 to %3.")
                     .arg(bits)
                     .arg(MinimumRsaBits)
                     .arg(MaximumRsaBits);
        return {};
    }
    const ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder || !exponent || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) != 1) {
        *error = tr("The RSA key could not be built.");
        return {};
    }
    PkeyPtr key = fromParams("RSA", builder.get());
    if (!key) {
        *error = tr("The RSA key is not a valid public key.");
    }
    return key;
}

PkeyPtr ecFromJwk(const QJsonObject& jwk, QString* error)
{
    if (jwk.value(QLatin1String("crv")).toString() != QLatin1String("P-256")) {
        *error = tr("The EC key is not on curve P-256.");
        return {};
    }
    const auto x = member(jwk, QLatin1String("x"));
    const auto y = member(jwk, QLatin1String("y"));
    if (!x || !y || x->size() != P256Bytes || y->size() != P256Bytes) {
        *error = tr("The EC key's \"x\" or \"y\" is missing, not base64url or not 32 bytes.");
        return {};
    }
    // The uncompressed point of SEC 1 §2.3.3: 0x04, then x, then y.
    const QByteArray point = QByteArray(1, '\x04') + *x + *y;
    const ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder || OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size())) != 1) {
        *error = tr("The EC key could not be built.");
        return {};
    }
    PkeyPtr key = fromParams("EC", builder.get());
    if (!key) {
        *error = tr("The EC key's point is not on curve P-256.");
    }
    return key;
}

} // namespace

QByteArray sha256(QByteArrayView data)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), digest.data(), &size, EVP_sha256(), nullptr) != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(digest.data()), qsizetype(size));
}

QString randomId()
{
    // 128 bits: a repeat is not to be expected in the lifetime of any server that remembers jti values.
    std::array<unsigned char, 16> bytes{};
    if (RAND_bytes(bytes.data(), int(bytes.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    return QString::fromLatin1(base64url::encode(QByteArrayView(bytes.data(), qsizetype(bytes.size()))));
}

QString keyType(const EVP_PKEY* key)
{
    if (!key) {
        return {};
    }
    if (EVP_PKEY_is_a(key, "RSA")) {
        const int bits = EVP_PKEY_get_bits(key);
        return bits >= MinimumRsaBits && bits <= MaximumRsaBits ? QStringLiteral("RSA") : QString();
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        std::array<char, 64> group{};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group.data(), group.size(), &length) == 1 &&
            QByteArrayView(group.data(), qsizetype(length)) == "prime256v1") {
            return QStringLiteral("EC");
        }
    }
    return {};
}

QJsonObject publicJwk(const EVP_PKEY* key)
{
    const QString type = keyType(key);
    const auto text = [](const QByteArray& bytes) { return QString::fromLatin1(base64url::encode(bytes)); };
    if (type == QLatin1String("RSA")) {
        // RFC 7518 §6.3.1: n and e are unsigned big-endian with no leading zero bytes.
        const QByteArray n = bignumParam(key, OSSL_PKEY_PARAM_RSA_N);
        const QByteArray e = bignumParam(key, OSSL_PKEY_PARAM_RSA_E);
        if (n.isEmpty() || e.isEmpty()) {
            return {};
        }
        return {{QStringLiteral("kty"), type}, {QStringLiteral("n"), text(n)}, {QStringLiteral("e"), text(e)}};
    }
    if (type == QLatin1String("EC")) {
        // RFC 7518 §6.2.1.2: each coordinate is written at the full width of the curve.
        const QByteArray x = bignumParam(key, OSSL_PKEY_PARAM_EC_PUB_X, P256Bytes);
        const QByteArray y = bignumParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, P256Bytes);
        if (x.isEmpty() || y.isEmpty()) {
            return {};
        }
        return {{QStringLiteral("kty"), type},
                {QStringLiteral("crv"), QStringLiteral("P-256")},
                {QStringLiteral("x"), text(x)},
                {QStringLiteral("y"), text(y)}};
    }
    return {};
}

PkeyPtr publicKeyFromJwk(const QJsonObject& jwk, QString* error)
{
    QString ignored;
    QString& reason = error ? *error : ignored;
    const QString type = jwk.value(QLatin1String("kty")).toString();
    PkeyPtr key;
    if (type == QLatin1String("RSA")) {
        key = rsaFromJwk(jwk, &reason);
    } else if (type == QLatin1String("EC")) {
        key = ecFromJwk(jwk, &reason);
    } else {
        reason = tr("The key type is not RSA or EC.");
    }
    ERR_clear_error();
    return key;
}

QByteArray ecdsaDerToRaw(QByteArrayView der)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.data());
    const EcdsaSigPtr signature(d2i_ECDSA_SIG(nullptr, &cursor, long(der.size())));
    if (!signature || cursor != reinterpret_cast<const unsigned char*>(der.data()) + der.size()) {
        return {};
    }
    const BIGNUM* r = nullptr;
    const BIGNUM* s = nullptr;
    ECDSA_SIG_get0(signature.get(), &r, &s);
    const QByteArray left = bytesOf(r, P256Bytes);
    const QByteArray right = bytesOf(s, P256Bytes);
    return left.isEmpty() || right.isEmpty() ? QByteArray() : left + right;
}

QByteArray ecdsaRawToDer(QByteArrayView raw)
{
    if (raw.size() != 2 * P256Bytes) {
        return {};
    }
    BnPtr r = bignum(raw.first(P256Bytes).toByteArray());
    BnPtr s = bignum(raw.last(P256Bytes).toByteArray());
    const EcdsaSigPtr signature(ECDSA_SIG_new());
    if (!r || !s || !signature || ECDSA_SIG_set0(signature.get(), r.get(), s.get()) != 1) {
        return {};
    }
    // The signature owns r and s now.
    static_cast<void>(r.release());
    static_cast<void>(s.release());
    const int size = i2d_ECDSA_SIG(signature.get(), nullptr);
    if (size <= 0) {
        return {};
    }
    QByteArray der(size, Qt::Uninitialized);
    auto* cursor = reinterpret_cast<unsigned char*>(der.data());
    return i2d_ECDSA_SIG(signature.get(), &cursor) == size ? der : QByteArray();
}

} // namespace cordon::core::openssl
