// The JWS check that the simulator runs on every client assertion and DPoP proof a client sends. Input: a
// compact JWS. Properties: a token passes only as RS256 or ES256 with a public key, a refusal always has a
// short reason and no claims, the same token gets the same verdict twice, and base64url reads each part
// back to the spelling it came from.

#include "FuzzSupport.h"
#include "oauth/Base64Url.h"
#include "oauth/Jwk.h"
#include "oauth/Jws.h"

using namespace cordon::core;

namespace
{

// RFC 7515 Appendix A.3's public key, so that the appendix's token in the corpus passes.
const QJsonObject KnownKey{{QStringLiteral("kty"), QStringLiteral("EC")},
                           {QStringLiteral("crv"), QStringLiteral("P-256")},
                           {QStringLiteral("x"), QStringLiteral("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU")},
                           {QStringLiteral("y"), QStringLiteral("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0")}};

void checkVerdict(const JwsVerification& verdict, const JwsVerification& again, const QByteArray& input)
{
    cordon::fuzz::check(verdict.failure == again.failure && verdict.claims == again.claims,
                        "the same token gets the same verdict", QString::fromLatin1(input.left(200)));
    if (verdict.isValid()) {
        const QString alg = verdict.header.value(QLatin1String("alg")).toString();
        cordon::fuzz::check(alg == QLatin1String("RS256") || alg == QLatin1String("ES256"),
                            "only RS256 or ES256 passes", alg);
        cordon::fuzz::check(!Jwk::hasPrivateMembers(verdict.header.value(QLatin1String("jwk")).toObject()),
                            "no private jwk passes");
    } else {
        cordon::fuzz::check(verdict.claims.isEmpty(), "a refused token yields no claims");
        cordon::fuzz::check(!verdict.reason.isEmpty() && verdict.reason.size() <= 200, "a refusal has a short reason",
                            verdict.reason);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = cordon::fuzz::bytes(data, size);
    checkVerdict(Jws::verifyWithHeaderKey(input), Jws::verifyWithHeaderKey(input), input);
    checkVerdict(Jws::verify(input, KnownKey), Jws::verify(input, KnownKey), input);
    Jws::unverifiedHeader(input);
    for (const QByteArray& part : input.split('.')) {
        if (const std::optional<QByteArray> decoded = base64url::decode(part)) {
            cordon::fuzz::check(base64url::encode(*decoded) == part, "base64url has one spelling",
                                QString::fromLatin1(part.left(200)));
        }
    }
    return 0;
}
