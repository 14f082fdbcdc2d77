#include "oauth/SigningKey.h"

#include "oauth/Jwk.h"
#include "oauth/OpenSslSupport.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>

namespace cordon::core
{

namespace
{

// The context lupdate files the messages of this namespace's free functions under.
QString tr(const char* text)
{
    return QCoreApplication::translate("cordon::core", text);
}

QByteArrayView trimmed(QByteArrayView text)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.isEmpty() && space(text.front())) {
        text = text.sliced(1);
    }
    while (!text.isEmpty() && space(text.back())) {
        text.chop(1);
    }
    return text;
}

// What a PEM block's label says it holds, judged before OpenSSL reads it, so the message can name the mistake.
QString labelProblem(QByteArrayView label)
{
    if (label == "PRIVATE KEY" || label == "RSA PRIVATE KEY" || label == "EC PRIVATE KEY") {
        return {};
    }
    if (label == "ENCRYPTED PRIVATE KEY") {
        return tr("The private key is encrypted with a passphrase. Give it unencrypted; Cordon keeps it in the "
                  "system keychain.");
    }
    if (label == "PUBLIC KEY" || label == "RSA PUBLIC KEY") {
        return tr("This is a public key. Cordon needs the private key that belongs to it.");
    }
    if (label == "CERTIFICATE") {
        return tr("This is a certificate. Cordon needs the private key.");
    }
    if (label == "OPENSSH PRIVATE KEY") {
        return tr("This is an OpenSSH key. Convert it to an unencrypted PKCS#8 PEM first.");
    }
    return tr("The PEM block does not hold a private key.");
}

// Checks that the text is exactly one PEM block with matching BEGIN and END lines and returns that block.
QByteArrayView pemBlock(QByteArrayView pem, QString* problem)
{
    static constexpr QByteArrayView Begin("-----BEGIN ");
    static constexpr QByteArrayView Dashes("-----");
    const QByteArrayView text = trimmed(pem);
    if (text.isEmpty()) {
        *problem = tr("The private key is empty.");
        return {};
    }
    // Text from an environment variable or a JSON string sometimes keeps its line breaks as the two characters \n.
    if (text.indexOf('\n') < 0 && text.indexOf("\\n") >= 0) {
        *problem = tr("The key's line breaks are written as the characters \\n; give it with real line breaks.");
        return {};
    }
    if (!text.startsWith(Begin)) {
        *problem = text.indexOf(Begin) > 0 ? tr("There is text before the key's BEGIN line.")
                                           : tr("The private key is not in PEM form: its -----BEGIN line is missing.");
        return {};
    }
    const qsizetype labelEnd = text.indexOf(Dashes, Begin.size());
    const qsizetype lineEnd = text.indexOf('\n');
    if (labelEnd < 0 || (lineEnd >= 0 && labelEnd > lineEnd)) {
        *problem = tr("The key's BEGIN line is damaged.");
        return {};
    }
    const QByteArrayView label = text.sliced(Begin.size(), labelEnd - Begin.size());
    if (const QString wrongLabel = labelProblem(label); !wrongLabel.isEmpty()) {
        *problem = wrongLabel;
        return {};
    }
    const QByteArray end = QByteArrayLiteral("-----END ") + label.toByteArray() + Dashes.toByteArray();
    const qsizetype endAt = text.indexOf(end);
    if (endAt < 0) {
        *problem = tr("The key's END line is missing or does not match its BEGIN line.");
        return {};
    }
    if (endAt + end.size() != text.size()) {
        *problem = tr("There is text after the key's END line; give one key and nothing else.");
        return {};
    }
    // A traditional PEM announces its encryption in a header line.
    if (text.indexOf("Proc-Type: 4,ENCRYPTED") >= 0) {
        *problem = labelProblem("ENCRYPTED PRIVATE KEY");
        return {};
    }
    return text;
}

QString damagedMessage()
{
    return tr("The private key could not be read: its PEM text is damaged.");
}

// OpenSSL would otherwise ask for a passphrase on the terminal.
int refusePassphrase(char*, int, int, void* asked)
{
    *static_cast<bool*>(asked) = true;
    return -1;
}

SigningKey::Algorithm algorithmFor(const EVP_PKEY* key)
{
    const QString type = openssl::keyType(key);
    if (type == QLatin1String("EC")) {
        return SigningKey::Algorithm::ES256;
    }
    if (type == QLatin1String("RSA")) {
        return SigningKey::Algorithm::RS256;
    }
    return SigningKey::Algorithm::None;
}

QString keyProblem(const EVP_PKEY* key)
{
    if (EVP_PKEY_is_a(key, "RSA")) {
        const int bits = EVP_PKEY_get_bits(key);
        if (bits < openssl::MinimumRsaBits) {
            return tr("The RSA key has %1 bits; Okta needs at least %2.").arg(bits).arg(openssl::MinimumRsaBits);
        }
        return tr("The RSA key has %1 bits; Cordon takes at most %2.").arg(bits).arg(openssl::MaximumRsaBits);
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t length = 0;
        EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length);
        return tr("The EC key is on curve %1; Cordon signs with P-256 (ES256) only.")
            .arg(length > 0 ? QString::fromLatin1(group, qsizetype(length)) : tr("(unnamed)"));
    }
    return tr("Keys of type %1 cannot sign for Okta. Use an RSA key of at least 2048 bits or an EC P-256 key.")
        .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key)));
}

} // namespace

struct SigningKey::Private
{
    openssl::PkeyPtr key;
    SigningKey::Algorithm algorithm = SigningKey::Algorithm::None;
};

SigningKey::SigningKey() = default;
SigningKey::SigningKey(std::unique_ptr<Private> d) : d(std::move(d)) {}
SigningKey::SigningKey(SigningKey&& other) noexcept = default;
SigningKey& SigningKey::operator=(SigningKey&& other) noexcept = default;
SigningKey::~SigningKey() = default;

SigningKey SigningKey::generate(Kind kind)
{
    EVP_PKEY* raw = kind == Kind::Rsa2048 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(openssl::MinimumRsaBits))
                                          : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    openssl::PkeyPtr key(raw);
    ERR_clear_error();
    const Algorithm algorithm = algorithmFor(key.get());
    if (algorithm == Algorithm::None) {
        return {};
    }
    return SigningKey(std::make_unique<Private>(Private{std::move(key), algorithm}));
}

SigningKey SigningKey::fromPem(QByteArrayView pem, QString* errorMessage)
{
    QString ignored;
    QString& problem = errorMessage ? *errorMessage : ignored;
    problem.clear();
    const QByteArrayView block = pemBlock(pem, &problem);
    if (block.isEmpty()) {
        return {};
    }
    // A read-only BIO over the caller's buffer: the PEM text is not copied here.
    const openssl::BioPtr bio(BIO_new_mem_buf(block.data(), int(block.size())));
    bool askedForPassphrase = false;
    openssl::PkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, &askedForPassphrase)
                             : nullptr);
    ERR_clear_error();
    if (askedForPassphrase) {
        problem = labelProblem("ENCRYPTED PRIVATE KEY");
        return {};
    }
    if (!key) {
        problem = damagedMessage();
        return {};
    }
    const Algorithm algorithm = algorithmFor(key.get());
    if (algorithm == Algorithm::None) {
        problem = keyProblem(key.get());
        return {};
    }
    return SigningKey(std::make_unique<Private>(Private{std::move(key), algorithm}));
}

bool SigningKey::isNull() const
{
    return !d;
}

SigningKey::Algorithm SigningKey::algorithm() const
{
    return d ? d->algorithm : Algorithm::None;
}

QString SigningKey::algorithmName() const
{
    return cordon::core::algorithmName(algorithm());
}

QByteArray SigningKey::privateKeyPem() const
{
    if (!d) {
        return {};
    }
    // Secure memory (cleared when freed) for the one place OpenSSL writes the key out.
    const openssl::BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), d->key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        ERR_clear_error();
        return {};
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

QJsonObject SigningKey::publicJwk() const
{
    return d ? openssl::publicJwk(d->key.get()) : QJsonObject();
}

QJsonObject SigningKey::registrationJwk(const QString& keyId) const
{
    QJsonObject jwk = publicJwk();
    if (jwk.isEmpty()) {
        return jwk;
    }
    if (!keyId.isEmpty()) {
        jwk.insert(QStringLiteral("kid"), keyId);
    }
    jwk.insert(QStringLiteral("alg"), algorithmName());
    jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
    return jwk;
}

QString SigningKey::thumbprint() const
{
    return Jwk::thumbprint(publicJwk());
}

QByteArray SigningKey::sign(QByteArrayView signingInput) const
{
    if (!d) {
        return {};
    }
    const openssl::MdCtxPtr context(EVP_MD_CTX_new());
    size_t size = 0;
    const auto* input = reinterpret_cast<const unsigned char*>(signingInput.data());
    const auto inputSize = size_t(signingInput.size());
    if (!context ||
        EVP_DigestSignInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, d->key.get(), nullptr) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &size, input, inputSize) != 1) {
        ERR_clear_error();
        return {};
    }
    QByteArray signature(qsizetype(size), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &size, input, inputSize) !=
        1) {
        ERR_clear_error();
        return {};
    }
    signature.truncate(qsizetype(size));
    return d->algorithm == Algorithm::ES256 ? openssl::ecdsaDerToRaw(signature) : signature;
}

void SigningKey::scrub(QByteArray& secret)
{
    if (secret.isDetached() && !secret.isEmpty()) {
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    }
    secret.clear();
}

QString algorithmName(SigningKey::Algorithm algorithm)
{
    switch (algorithm) {
    case SigningKey::Algorithm::ES256:
        return QStringLiteral("ES256");
    case SigningKey::Algorithm::RS256:
        return QStringLiteral("RS256");
    case SigningKey::Algorithm::None:
        break;
    }
    return {};
}

} // namespace cordon::core
