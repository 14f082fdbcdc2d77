#pragma once

// Inside the oauth library only: owning pointers for OpenSSL's objects and the few primitives the JOSE
// classes share. Its headers stay out of the library's public ones, so users need not see OpenSSL.

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/params.h>

namespace cordon::core::openssl
{

template <auto release> struct Release
{
    template <typename T> void operator()(T* object) const { release(object); }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, Release<EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Release<EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Release<EVP_MD_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, Release<BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Release<BN_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Release<ECDSA_SIG_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Release<OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Release<OSSL_PARAM_free>>;

// The byte length of a P-256 coordinate and of each half of an ES256 signature (RFC 7518 §3.4).
constexpr int P256Bytes = 32;
constexpr int MinimumRsaBits = 2048;
// Far above any key in use; it bounds the work a hostile JWK can ask of a verifier.
constexpr int MaximumRsaBits = 8192;

QByteArray sha256(QByteArrayView data);
// Cryptographically random bytes, base64url: a jti. Empty if the generator fails.
QString randomId();

// The key's kind in JOSE terms: "RSA" with bits in range, "EC" on P-256, or empty for anything else.
QString keyType(const EVP_PKEY* key);
// The members RFC 7638 §3.2 requires of the key's public JWK, nothing else.
QJsonObject publicJwk(const EVP_PKEY* key);
// A public key from a JWK's required members, or null with the reason in error.
PkeyPtr publicKeyFromJwk(const QJsonObject& jwk, QString* error);

// RFC 7518 §3.4: OpenSSL's DER ECDSA-Sig-Value and JWS's fixed-width R||S.
QByteArray ecdsaDerToRaw(QByteArrayView der);
QByteArray ecdsaRawToDer(QByteArrayView raw);

} // namespace cordon::core::openssl
