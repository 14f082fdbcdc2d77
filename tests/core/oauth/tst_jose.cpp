#include "base/Clock.h"
#include "oauth/Base64Url.h"
#include "oauth/ClientAssertion.h"
#include "oauth/DpopProof.h"
#include "oauth/Jwk.h"
#include "oauth/Jws.h"
#include "oauth/SigningKey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace cordon::core;

namespace
{

// RFC 7515 Appendix A.2 and A.3: the JWS Payload both examples sign, and the encoded header of each.
const QByteArray AppendixPayload =
    "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
const QByteArray A2Header = "eyJhbGciOiJSUzI1NiJ9";
// RFC 7515 §A.2.1: RSASSA-PKCS1-v1_5 is deterministic, so signing the same input with the same key must
// give exactly this.
const QByteArray A2Signature =
    "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1"
    "dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jz"
    "DwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQG"
    "e77Rw";
// RFC 7515 §A.2.1: the key's public members.
const QString A2Modulus = QStringLiteral(
    "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgN"
    "MsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xs"
    "mtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_"
    "h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ");
const QByteArray A3Header = "eyJhbGciOiJFUzI1NiJ9";
// RFC 7515 §A.3.1: ECDSA signs with a random k, so this signature can only be verified, not reproduced.
const QByteArray A3Signature = "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";

QJsonObject a3PublicJwk()
{
    return {{QStringLiteral("kty"), QStringLiteral("EC")},
            {QStringLiteral("crv"), QStringLiteral("P-256")},
            {QStringLiteral("x"), QStringLiteral("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU")},
            {QStringLiteral("y"), QStringLiteral("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0")}};
}

// RFC 9449 §4.1 Figure 2 (a proof for a token request) and §7.1 Figure 13 (a proof for a resource request
// with an access token), with the line folding of RFC 8792 undone.
const QByteArray RfcTokenProof =
    "eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2IiwiandrIjp7Imt0eSI6IkVDIiwieCI6Imw4dEZyaHgtMzR0VjNoUklDUkRZOXpDa0RscEJoRj"
    "Qy"
    "VVFVZldWQVdCRnMiLCJ5IjoiOVZFNGpmX09rX282NHpiVFRsY3VOSmFqSG10NnY5VERWclUwQ2R2R1JEQSIsImNydiI6IlAtMjU2In19."
    "eyJqdGkiOi"
    "ItQndDM0VTYzZhY2MybFRjIiwiaHRtIjoiUE9TVCIsImh0dSI6Imh0dHBzOi8vc2VydmVyLmV4YW1wbGUuY29tL3Rva2VuIiwiaWF0IjoxNTYyMjYy"
    "NjE2fQ.2-GxA6T8lP4vfrg8v-FdWP0A0zdrj8igiMLvqRMUvwnQg4PtFLbdLXiOSsX0x7NVY-FNyJK70nfbV37xRZT3Lg";
const QByteArray RfcResourceProof =
    "eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2IiwiandrIjp7Imt0eSI6IkVDIiwieCI6Imw4dEZyaHgtMzR0VjNoUklDUkRZOXpDa0RscEJoRj"
    "Qy"
    "VVFVZldWQVdCRnMiLCJ5IjoiOVZFNGpmX09rX282NHpiVFRsY3VOSmFqSG10NnY5VERWclUwQ2R2R1JEQSIsImNydiI6IlAtMjU2In19."
    "eyJqdGkiOi"
    "JlMWozVl9iS2ljOC1MQUVCIiwiaHRtIjoiR0VUIiwiaHR1IjoiaHR0cHM6Ly9yZXNvdXJjZS5leGFtcGxlLm9yZy9wcm90ZWN0ZWRyZXNvdXJjZSIs"
    "ImlhdCI6MTU2MjI2MjYxOCwiYXRoIjoiZlVIeU8ycjJaM0RaNTNFc05yV0JiMHhXWG9hTnk1OUlpS0NBcWtzbVFFbyJ9.2oW9RP35yRqzhrtNP86L-"
    "E"
    "y71EOptxRimPPToA1plemAgR6pxHF8y6-yqyVnmcw6Fy1dqd-jfxSYoMxhAJpLjA";
// RFC 9449 §7.1: the access token of the example, and its "ath".
const QByteArray RfcAccessToken = "Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU";
const QString RfcAth = QStringLiteral("fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo");
// RFC 9449 §6.1: the "jkt" (RFC 7638 thumbprint) of the examples' key.
const QString RfcJkt = QStringLiteral("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I");

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(CORDON_TEST_DATA_DIR "/oauth/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(name));
    }
    return file.readAll();
}

QByteArray encodedJson(const QJsonObject& object)
{
    return base64url::encode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A token with any header and claims and a signature of the given bytes, to hand the verifier what no signer
// would make.
QByteArray forged(const QJsonObject& header, const QJsonObject& claims, const QByteArray& signature)
{
    return encodedJson(header) + '.' + encodedJson(claims) + '.' + base64url::encode(signature);
}

QJsonObject someClaims()
{
    return {{QStringLiteral("jti"), QStringLiteral("j1")},
            {QStringLiteral("htm"), QStringLiteral("POST")},
            {QStringLiteral("htu"), QStringLiteral("https://acme.okta.com/oauth2/v1/token")},
            {QStringLiteral("iat"), 1'700'000'000}};
}

} // namespace

// The JOSE building blocks of the OAuth service app: keys, JWS, JWK thumbprints, client assertions and DPoP
// proofs, each against its RFC's own examples, and each refusing what an attacker or a careless paste gives it.
class TestJose : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void base64url_data();
    void base64url();
    void rfc7638Thumbprint();
    void rfc7515RsaSignatureIsReproduced_data();
    void rfc7515RsaSignatureIsReproduced();
    void rfc7515EcSignatureVerifies();
    void rfc9449ProofsVerify();
    void generatedKeys_data();
    void generatedKeys();
    void refusedPems_data();
    void refusedPems();
    void clientAssertion_data();
    void clientAssertion();
    void dpopProof();
    void dpopJtiIsUniqueAcrossProofs();
    void htu_data();
    void htu();
    void verifierRefuses_data();
    void verifierRefuses();
};

void TestJose::base64url_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("one byte") << QByteArray("YQ") << true << QByteArray("a");
    QTest::newRow("url alphabet") << QByteArray("-_8") << true << QByteArray("\xfb\xff");
    QTest::newRow("padding") << QByteArray("YQ==") << false << QByteArray();
    QTest::newRow("standard alphabet") << QByteArray("+/8") << false << QByteArray();
    QTest::newRow("whitespace") << QByteArray("Y Q") << false << QByteArray();
    QTest::newRow("a lone sixth of a byte") << QByteArray("YWJjZ") << false << QByteArray();
    QTest::newRow("spare bits set") << QByteArray("YR") << false << QByteArray();
    QTest::newRow("NUL") << QByteArray("YQ\0", 3) << false << QByteArray();
}

void TestJose::base64url()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, decoded);
    const std::optional<QByteArray> result = base64url::decode(text);
    QCOMPARE(result.has_value(), valid);
    if (valid) {
        QCOMPARE(*result, decoded);
        QCOMPARE(base64url::encode(decoded), text);
    }
}

void TestJose::rfc7638Thumbprint()
{
    // RFC 7638 §3.1: the example RSA key and its thumbprint. Members beyond the required ones do not count.
    QJsonObject jwk{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("n"),
         QStringLiteral(
             "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXj"
             "BZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAta"
             "Sqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPks"
             "INHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw")},
        {QStringLiteral("e"), QStringLiteral("AQAB")},
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("kid"), QStringLiteral("2011-04-29")},
    };
    QCOMPARE(Jwk::thumbprint(jwk), QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));

    // RFC 9449 §6.1: the EC key of the DPoP examples.
    const QJsonObject dpopKey = Jws::unverifiedHeader(RfcTokenProof).value(QLatin1String("jwk")).toObject();
    QCOMPARE(Jwk::thumbprint(dpopKey), RfcJkt);

    // A member that would need escaping, or a missing one, gives no thumbprint rather than a wrong one.
    jwk.insert(QStringLiteral("e"), QStringLiteral("AQ\"AB"));
    QVERIFY(Jwk::thumbprint(jwk).isEmpty());
    jwk.remove(QStringLiteral("e"));
    QVERIFY(Jwk::thumbprint(jwk).isEmpty());
    QVERIFY(
        Jwk::thumbprint({{QStringLiteral("kty"), QStringLiteral("oct")}, {QStringLiteral("k"), QStringLiteral("AA")}})
            .isEmpty());
}

void TestJose::rfc7515RsaSignatureIsReproduced_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("PKCS#8") << QStringLiteral("rfc7515-a2-rsa.pem");
    QTest::newRow("traditional") << QStringLiteral("rfc7515-a2-rsa-traditional.pem");
}

void TestJose::rfc7515RsaSignatureIsReproduced()
{
    QFETCH(QString, file);
    QString error;
    const SigningKey key = SigningKey::fromPem(fixture(file), &error);
    QVERIFY2(!key.isNull(), qPrintable(error));
    QCOMPARE(key.algorithm(), SigningKey::Algorithm::RS256);
    // The fixture is the appendix's key: its public members are the appendix's.
    QCOMPARE(key.publicJwk().value(QLatin1String("n")).toString(), A2Modulus);
    QCOMPARE(key.publicJwk().value(QLatin1String("e")).toString(), QStringLiteral("AQAB"));

    const QByteArray signingInput = A2Header + '.' + AppendixPayload;
    QCOMPARE(base64url::encode(key.sign(signingInput)), A2Signature);

    const JwsVerification verified = Jws::verify(signingInput + '.' + A2Signature, key.publicJwk());
    QVERIFY2(verified.isValid(), qPrintable(verified.reason));
    QCOMPARE(verified.claims.value(QLatin1String("iss")).toString(), QStringLiteral("joe"));
    QCOMPARE(verified.claims.value(QLatin1String("exp")).toInteger(), 1300819380);
}

void TestJose::rfc7515EcSignatureVerifies()
{
    const QByteArray signingInput = A3Header + '.' + AppendixPayload;
    const JwsVerification verified = Jws::verify(signingInput + '.' + A3Signature, a3PublicJwk());
    QVERIFY2(verified.isValid(), qPrintable(verified.reason));
    QCOMPARE(verified.claims.value(QLatin1String("iss")).toString(), QStringLiteral("joe"));

    // One flipped bit in the signature, in the signed text, or another key: each fails.
    QByteArray signature = *base64url::decode(A3Signature);
    signature[10] = char(signature[10] ^ 0x01);
    QCOMPARE(Jws::verify(signingInput + '.' + base64url::encode(signature), a3PublicJwk()).failure,
             JwsVerification::Failure::BadSignature);
    QByteArray payload = *base64url::decode(AppendixPayload);
    payload[8] = char(payload[8] ^ 0x01);
    QCOMPARE(Jws::verify(A3Header + '.' + base64url::encode(payload) + '.' + A3Signature, a3PublicJwk()).failure,
             JwsVerification::Failure::BadSignature);
    const SigningKey other = SigningKey::generate();
    QCOMPARE(Jws::verify(signingInput + '.' + A3Signature, other.publicJwk()).failure,
             JwsVerification::Failure::BadSignature);

    // The appendix's private key signs; its signatures verify with the appendix's public key.
    QString error;
    const SigningKey key = SigningKey::fromPem(fixture(QStringLiteral("rfc7515-a3-ec.pem")), &error);
    QVERIFY2(!key.isNull(), qPrintable(error));
    QCOMPARE(key.algorithm(), SigningKey::Algorithm::ES256);
    QCOMPARE(key.publicJwk(), a3PublicJwk());
    const QByteArray ownSignature = key.sign(signingInput);
    QCOMPARE(ownSignature.size(), 64);
    QVERIFY(Jws::verify(signingInput + '.' + base64url::encode(ownSignature), a3PublicJwk()).isValid());
    const QByteArray token = Jws::sign({}, {{QStringLiteral("iss"), QStringLiteral("joe")}}, key);
    QVERIFY(Jws::verify(token, a3PublicJwk()).isValid());
}

void TestJose::rfc9449ProofsVerify()
{
    const JwsVerification token = Jws::verifyWithHeaderKey(RfcTokenProof);
    QVERIFY2(token.isValid(), qPrintable(token.reason));
    QCOMPARE(token.header.value(QLatin1String("typ")).toString(), QStringLiteral("dpop+jwt"));
    QCOMPARE(token.claims.value(QLatin1String("htu")).toString(), QStringLiteral("https://server.example.com/token"));

    const JwsVerification resource = Jws::verifyWithHeaderKey(RfcResourceProof);
    QVERIFY2(resource.isValid(), qPrintable(resource.reason));
    QCOMPARE(resource.claims.value(QLatin1String("ath")).toString(), RfcAth);
    QCOMPARE(DpopProof::accessTokenHash(RfcAccessToken), RfcAth);
    QCOMPARE(Jwk::thumbprint(resource.header.value(QLatin1String("jwk")).toObject()), RfcJkt);
}

void TestJose::generatedKeys_data()
{
    QTest::addColumn<SigningKey::Kind>("kind");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<int>("signatureSize");
    QTest::newRow("EC P-256") << SigningKey::Kind::EcP256 << QStringLiteral("ES256")
                              << QStringList{QStringLiteral("crv"), QStringLiteral("kty"), QStringLiteral("x"),
                                             QStringLiteral("y")}
                              << 64;
    QTest::newRow("RSA 2048") << SigningKey::Kind::Rsa2048 << QStringLiteral("RS256")
                              << QStringList{QStringLiteral("e"), QStringLiteral("kty"), QStringLiteral("n")} << 256;
}

void TestJose::generatedKeys()
{
    QFETCH(SigningKey::Kind, kind);
    QFETCH(QString, algorithm);
    QFETCH(QStringList, members);
    QFETCH(int, signatureSize);
    const SigningKey key = SigningKey::generate(kind);
    QVERIFY(!key.isNull());
    QCOMPARE(key.algorithmName(), algorithm);
    QCOMPARE(key.publicJwk().keys(), members);
    QCOMPARE(key.thumbprint(), Jwk::thumbprint(key.publicJwk()));
    QCOMPARE(key.sign("text").size(), signatureSize);
    QVERIFY(SigningKey::generate(kind).thumbprint() != key.thumbprint());

    // What the user pastes into the Okta app: the public key with kid, alg and use, and nothing private.
    const QJsonObject registration = key.registrationJwk(QStringLiteral("cordon-1"));
    QCOMPARE(registration.value(QLatin1String("kid")).toString(), QStringLiteral("cordon-1"));
    QCOMPARE(registration.value(QLatin1String("alg")).toString(), algorithm);
    QCOMPARE(registration.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
    QVERIFY(!Jwk::hasPrivateMembers(registration));
    QCOMPARE(Jwk::thumbprint(registration), key.thumbprint());

    // The keychain's copy reads back as the same key.
    QByteArray pem = key.privateKeyPem();
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
    const SigningKey again = SigningKey::fromPem(pem);
    QCOMPARE(again.thumbprint(), key.thumbprint());
    const QByteArray token = Jws::sign({}, {{QStringLiteral("n"), 1}}, again);
    QVERIFY(Jws::verify(token, key.publicJwk()).isValid());

    SigningKey::scrub(pem);
    QVERIFY(pem.isEmpty());
}

void TestJose::refusedPems_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("expected");
    const QByteArray good = fixture(QStringLiteral("rfc7515-a3-ec.pem"));
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("blank lines") << QByteArray(" \n\r\n\t") << QStringLiteral("empty");
    QTest::newRow("not PEM") << QByteArray("MHcCAQEEII6bEJ5xkJi/mASH3x9dd+nLKWBuvtImO19XwhPfhPSy")
                             << QStringLiteral("not in PEM form");
    QTest::newRow("damaged body") << QByteArray("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B!!AQEFAA\n"
                                                "-----END PRIVATE KEY-----\n")
                                  << QStringLiteral("damaged");
    QTest::newRow("cut short") << good.left(good.size() / 2) << QStringLiteral("END line");
    QTest::newRow("mismatched END") << QByteArray(good).replace("END EC PRIVATE KEY", "END RSA PRIVATE KEY")
                                    << QStringLiteral("END line");
    QTest::newRow("text after the key") << good + "s3cr3t-tail-text\n" << QStringLiteral("after");
    QTest::newRow("two keys") << good + fixture(QStringLiteral("rfc7515-a2-rsa.pem")) << QStringLiteral("after");
    QTest::newRow("text before the key") << "s3cr3t-head-text\n" + good << QStringLiteral("before");
    QTest::newRow("escaped line breaks") << QByteArray(good).replace("\n", "\\n") << QStringLiteral("line breaks");
    QTest::newRow("encrypted PKCS#8") << fixture(QStringLiteral("ec-p256-encrypted.pem"))
                                      << QStringLiteral("encrypted");
    QTest::newRow("encrypted traditional")
        << fixture(QStringLiteral("rsa-2048-encrypted-traditional.pem")) << QStringLiteral("encrypted");
    QTest::newRow("RSA 1024") << fixture(QStringLiteral("rsa-1024.pem")) << QStringLiteral("1024 bits");
    QTest::newRow("Ed25519") << fixture(QStringLiteral("ed25519.pem")) << QStringLiteral("type ED25519");
    QTest::newRow("P-384") << fixture(QStringLiteral("ec-p384.pem")) << QStringLiteral("secp384r1");
    QTest::newRow("public key") << fixture(QStringLiteral("rfc7515-a3-ec-public.pem")) << QStringLiteral("public key");
}

void TestJose::refusedPems()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, expected);
    QString error;
    const SigningKey key = SigningKey::fromPem(pem, &error);
    QVERIFY(key.isNull());
    QVERIFY2(error.contains(expected), qPrintable(error));
    // No line of what was given comes back in the message.
    for (const QByteArray& line : pem.split('\n')) {
        const QByteArray text = line.trimmed();
        if (text.size() >= 8) {
            QVERIFY2(!error.contains(QString::fromLatin1(text)), qPrintable(error));
        }
    }
    QVERIFY(!error.contains(QLatin1String("s3cr3t")));
}

void TestJose::clientAssertion_data()
{
    QTest::addColumn<SigningKey::Kind>("kind");
    QTest::newRow("ES256") << SigningKey::Kind::EcP256;
    QTest::newRow("RS256") << SigningKey::Kind::Rsa2048;
}

void TestJose::clientAssertion()
{
    QFETCH(SigningKey::Kind, kind);
    const SigningKey key = SigningKey::generate(kind);
    ManualClock clock;
    const qint64 now = clock.now().toSecsSinceEpoch();
    const QUrl tokenUrl(QStringLiteral("https://acme.okta.com/oauth2/v1/token"));
    ClientAssertion assertion(QStringLiteral("0oa1b2c3d4e5f6g7h8i9"), tokenUrl);
    assertion.setKeyId(QStringLiteral("cordon-1"));
    assertion.setClock(&clock);

    const JwsVerification verified = Jws::verify(assertion.sign(key), key.publicJwk());
    QVERIFY2(verified.isValid(), qPrintable(verified.reason));
    QCOMPARE(verified.header.value(QLatin1String("alg")).toString(), key.algorithmName());
    QCOMPARE(verified.header.value(QLatin1String("kid")).toString(), QStringLiteral("cordon-1"));
    const QJsonObject& claims = verified.claims;
    QCOMPARE(claims.value(QLatin1String("iss")).toString(), QStringLiteral("0oa1b2c3d4e5f6g7h8i9"));
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), QStringLiteral("0oa1b2c3d4e5f6g7h8i9"));
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), QStringLiteral("https://acme.okta.com/oauth2/v1/token"));
    QCOMPARE(claims.value(QLatin1String("iat")).toInteger(), now);
    QCOMPARE(claims.value(QLatin1String("exp")).toInteger(), now + ClientAssertion::DefaultLifetimeSecs);
    QVERIFY(claims.value(QLatin1String("jti")).toString().size() >= 16);

    // The key as registered with the app (with kid, alg and use) is how a server holds it, and it checks the same.
    const QByteArray token = assertion.sign(key);
    QCOMPARE(Jws::unverifiedHeader(token).value(QLatin1String("kid")).toString(), QStringLiteral("cordon-1"));
    QVERIFY(Jws::verify(token, key.registrationJwk(QStringLiteral("cordon-1"))).isValid());
    QJsonObject otherAlgorithm = key.registrationJwk(QStringLiteral("cordon-1"));
    otherAlgorithm.insert(QStringLiteral("alg"), key.algorithmName() == QLatin1String("ES256")
                                                     ? QStringLiteral("ES384")
                                                     : QStringLiteral("RS512"));
    QCOMPARE(Jws::verify(token, otherAlgorithm).failure, JwsVerification::Failure::KeyMismatch);
    QVERIFY(Jws::unverifiedHeader("not a token").isEmpty());

    // A retry needs a new assertion: the same builder never repeats a jti.
    const JwsVerification second = Jws::verify(assertion.sign(key), key.publicJwk());
    QVERIFY(second.claims.value(QLatin1String("jti")) != claims.value(QLatin1String("jti")));

    // Okta refuses an assertion that lives more than an hour.
    assertion.setLifetimeSecs(24 * 3600);
    const JwsVerification capped = Jws::verify(assertion.sign(key), key.publicJwk());
    QCOMPARE(capped.claims.value(QLatin1String("exp")).toInteger(), now + 3600);
    QVERIFY(assertion.sign(SigningKey()).isEmpty());
}

void TestJose::dpopProof()
{
    const SigningKey key = SigningKey::generate();
    ManualClock clock;
    DpopProof proof(QByteArrayLiteral("POST"),
                    QUrl(QStringLiteral("https://acme.okta.com/api/v1/users/jo%40example.com/lifecycle/suspend?x=1")));
    proof.setClock(&clock);

    JwsVerification verified = Jws::verifyWithHeaderKey(proof.sign(key));
    QVERIFY2(verified.isValid(), qPrintable(verified.reason));
    QCOMPARE(verified.header.value(QLatin1String("typ")).toString(), QStringLiteral("dpop+jwt"));
    QCOMPARE(verified.header.value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
    const QJsonObject jwk = verified.header.value(QLatin1String("jwk")).toObject();
    QCOMPARE(jwk, key.publicJwk());
    for (const char* name : {"d", "p", "q", "dp", "dq", "qi", "k"}) {
        QVERIFY2(!jwk.contains(QLatin1String(name)), name);
    }
    QCOMPARE(verified.claims.value(QLatin1String("htm")).toString(), QStringLiteral("POST"));
    QCOMPARE(verified.claims.value(QLatin1String("htu")).toString(),
             QStringLiteral("https://acme.okta.com/api/v1/users/jo@example.com/lifecycle/suspend"));
    QCOMPARE(verified.claims.value(QLatin1String("iat")).toInteger(), clock.now().toSecsSinceEpoch());
    QVERIFY(!verified.claims.contains(QLatin1String("nonce")));
    QVERIFY(!verified.claims.contains(QLatin1String("ath")));

    proof.setNonce(QStringLiteral("eyJ7S_zG.eyJH0-Z.HX4w-7v"));
    proof.setAccessToken(RfcAccessToken);
    clock.advance(5'000);
    verified = Jws::verifyWithHeaderKey(proof.sign(key));
    QVERIFY2(verified.isValid(), qPrintable(verified.reason));
    QCOMPARE(verified.claims.value(QLatin1String("nonce")).toString(), QStringLiteral("eyJ7S_zG.eyJH0-Z.HX4w-7v"));
    QCOMPARE(verified.claims.value(QLatin1String("ath")).toString(), RfcAth);
    QCOMPARE(verified.claims.value(QLatin1String("iat")).toInteger(), clock.now().toSecsSinceEpoch());

    // An RSA key works the same way.
    const SigningKey rsa = SigningKey::generate(SigningKey::Kind::Rsa2048);
    verified = Jws::verifyWithHeaderKey(proof.sign(rsa));
    QVERIFY2(verified.isValid(), qPrintable(verified.reason));
    QCOMPARE(verified.header.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(verified.header.value(QLatin1String("jwk")).toObject().keys(),
             (QStringList{QStringLiteral("e"), QStringLiteral("kty"), QStringLiteral("n")}));
}

void TestJose::dpopJtiIsUniqueAcrossProofs()
{
    const SigningKey key = SigningKey::generate();
    const DpopProof proof(QByteArrayLiteral("GET"), QUrl(QStringLiteral("https://acme.okta.com/api/v1/users")));
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QJsonObject claims = Jws::verifyWithHeaderKey(proof.sign(key)).claims;
        const QString jti = claims.value(QLatin1String("jti")).toString();
        QVERIFY(!jti.isEmpty());
        seen.insert(jti);
    }
    QCOMPARE(seen.size(), 1000);
}

void TestJose::htu_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("htu");
    QTest::newRow("login in the path, query and fragment")
        << QStringLiteral("https://acme.okta.com/api/v1/users/jo%40example.com?expand=x#top")
        << QStringLiteral("https://acme.okta.com/api/v1/users/jo@example.com");
    QTest::newRow("space") << QStringLiteral("https://acme.okta.com/api/v1/users/jo%20doe")
                           << QStringLiteral("https://acme.okta.com/api/v1/users/jo doe");
    QTest::newRow("default port") << QStringLiteral("https://acme.okta.com:443/oauth2/v1/token")
                                  << QStringLiteral("https://acme.okta.com/oauth2/v1/token");
    QTest::newRow("other port") << QStringLiteral("http://127.0.0.1:8443/oauth2/v1/token")
                                << QStringLiteral("http://127.0.0.1:8443/oauth2/v1/token");
    QTest::newRow("case") << QStringLiteral("HTTPS://ACME.Okta.com/api/v1/Groups")
                          << QStringLiteral("https://acme.okta.com/api/v1/Groups");
    QTest::newRow("no path") << QStringLiteral("https://acme.okta.com") << QStringLiteral("https://acme.okta.com/");
    QTest::newRow("IPv6") << QStringLiteral("http://[::1]:9000/api/v1/users")
                          << QStringLiteral("http://[::1]:9000/api/v1/users");
    QTest::newRow("user info") << QStringLiteral("https://user:pw@acme.okta.com/api/v1/users")
                               << QStringLiteral("https://acme.okta.com/api/v1/users");
}

void TestJose::htu()
{
    QFETCH(QString, url);
    QFETCH(QString, htu);
    QCOMPARE(DpopProof::htu(QUrl(url)), htu);
}

void TestJose::verifierRefuses_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<JwsVerification::Failure>("failure");
    QTest::addColumn<QString>("reason");
    using Failure = JwsVerification::Failure;
    const SigningKey key = SigningKey::generate();
    const QJsonObject jwk = key.publicJwk();
    const QJsonObject claims = someClaims();
    const QByteArray proof =
        DpopProof(QByteArrayLiteral("GET"), QUrl(QStringLiteral("https://acme.okta.com/x"))).sign(key);

    QTest::newRow("alg none") << forged({{QStringLiteral("alg"), QStringLiteral("none")}, {QStringLiteral("jwk"), jwk}},
                                        claims, {})
                              << Failure::AlgorithmNone << QStringLiteral("none");
    QTest::newRow("alg NONE") << forged({{QStringLiteral("alg"), QStringLiteral("NONE")}, {QStringLiteral("jwk"), jwk}},
                                        claims, "x")
                              << Failure::AlgorithmNone << QStringLiteral("none");
    QTest::newRow("HS256") << forged(
                                  {{QStringLiteral("alg"), QStringLiteral("HS256")},
                                   {QStringLiteral("typ"), QStringLiteral("dpop+jwt")},
                                   {QStringLiteral("jwk"), QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")},
                                                                       {QStringLiteral("k"), QStringLiteral("AAAA")}}}},
                                  claims, QByteArray(32, 'x'))
                           << Failure::UnsupportedAlgorithm << QStringLiteral("HS256");
    QTest::newRow("no alg") << forged({{QStringLiteral("jwk"), jwk}}, claims, "x") << Failure::Malformed
                            << QStringLiteral("alg");

    // A header whose jwk carries the private key, correctly signed: a client that leaks its key is refused.
    QJsonObject privateJwk = jwk;
    privateJwk.insert(QStringLiteral("d"), QStringLiteral("jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"));
    QTest::newRow("private jwk") << Jws::sign({{QStringLiteral("typ"), QStringLiteral("dpop+jwt")},
                                               {QStringLiteral("jwk"), privateJwk}},
                                              claims, key)
                                 << Failure::PrivateKeyInHeader << QStringLiteral("private");

    QTest::newRow("signature dropped") << proof.left(proof.lastIndexOf('.')) << Failure::Malformed
                                       << QStringLiteral("three parts");
    QTest::newRow("signature empty") << proof.left(proof.lastIndexOf('.') + 1) << Failure::Malformed
                                     << QStringLiteral("signature");
    const QByteArray signature = *base64url::decode(proof.mid(proof.lastIndexOf('.') + 1));
    QTest::newRow("signature cut short") << proof.left(proof.lastIndexOf('.') + 1) +
                                                base64url::encode(signature.left(60))
                                         << Failure::BadSignature << QStringLiteral("64 bytes");
    QTest::newRow("four parts") << proof + ".e30" << Failure::Malformed << QStringLiteral("three parts");
    QTest::newRow("empty") << QByteArray() << Failure::Malformed << QStringLiteral("three parts");
    QTest::newRow("header not JSON") << "bm90IGpzb24." + proof.mid(proof.indexOf('.') + 1) << Failure::Malformed
                                     << QStringLiteral("header");
    QTest::newRow("too long") << QByteArray(Jws::MaximumSize + 1, 'a') << Failure::Malformed
                              << QStringLiteral("longer");
    QTest::newRow("no jwk") << Jws::sign({}, claims, key) << Failure::Malformed << QStringLiteral("jwk");
    QTest::newRow("crit") << Jws::sign({{QStringLiteral("jwk"), jwk},
                                        {QStringLiteral("crit"), QJsonArray{QStringLiteral("b64")}},
                                        {QStringLiteral("b64"), false}},
                                       claims, key)
                          << Failure::Malformed << QStringLiteral("crit");

    // ES256 in the header, an RSA key in the jwk: an algorithm-confusion attempt.
    const SigningKey rsa = SigningKey::generate(SigningKey::Kind::Rsa2048);
    QTest::newRow("alg does not fit the key")
        << forged({{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("jwk"), rsa.publicJwk()}}, claims,
                  QByteArray(64, 'x'))
        << Failure::KeyMismatch << QStringLiteral("RSA");
    QTest::newRow("small RSA key")
        << forged({{QStringLiteral("alg"), QStringLiteral("RS256")},
                   {QStringLiteral("jwk"),
                    QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                                {QStringLiteral("n"), QString::fromLatin1(base64url::encode(QByteArray(128, '\xff')))},
                                {QStringLiteral("e"), QStringLiteral("AQAB")}}}},
                  claims, QByteArray(128, 'x'))
        << Failure::BadKey << QStringLiteral("1024 bits");
    QJsonObject offCurve = jwk;
    offCurve.insert(QStringLiteral("y"), QString::fromLatin1(base64url::encode(QByteArray(32, '\x01'))));
    QTest::newRow("point off the curve") << forged({{QStringLiteral("alg"), QStringLiteral("ES256")},
                                                    {QStringLiteral("jwk"), offCurve}},
                                                   claims, QByteArray(64, 'x'))
                                         << Failure::BadKey << QStringLiteral("curve");

    // Someone else's key in the header, over a signature made with ours.
    QJsonObject header = Jws::unverifiedHeader(proof);
    header.insert(QStringLiteral("jwk"), SigningKey::generate().publicJwk());
    QTest::newRow("swapped jwk") << encodedJson(header) + proof.mid(proof.indexOf('.')) << Failure::BadSignature
                                 << QStringLiteral("does not match");
}

void TestJose::verifierRefuses()
{
    QFETCH(QByteArray, token);
    QFETCH(JwsVerification::Failure, failure);
    QFETCH(QString, reason);
    const JwsVerification verified = Jws::verifyWithHeaderKey(token);
    QVERIFY(!verified.isValid());
    QVERIFY(verified.claims.isEmpty());
    QCOMPARE(verified.failure, failure);
    QVERIFY2(verified.reason.contains(reason), qPrintable(verified.reason));
}

QTEST_GUILESS_MAIN(TestJose)
#include "tst_jose.moc"
