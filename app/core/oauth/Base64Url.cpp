#include "oauth/Base64Url.h"

namespace cordon::core::base64url
{

namespace
{

constexpr auto Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isAlphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

} // namespace

QByteArray encode(QByteArrayView data)
{
    return QByteArray::fromRawData(data.data(), data.size()).toBase64(Options);
}

std::optional<QByteArray> decode(QByteArrayView text)
{
    // One leftover character carries six bits, less than a byte: no encoder writes that.
    if (text.size() % 4 == 1) {
        return std::nullopt;
    }
    for (const char c : text) {
        if (!isAlphabet(c)) {
            return std::nullopt;
        }
    }
    auto result = QByteArray::fromBase64Encoding(QByteArray::fromRawData(text.data(), text.size()),
                                                 Options | QByteArray::AbortOnBase64DecodingErrors);
    if (!result) {
        return std::nullopt;
    }
    // Spare bits set in the last character decode to the same bytes; only the canonical spelling is taken.
    if (encode(result.decoded) != text) {
        return std::nullopt;
    }
    return std::move(result.decoded);
}

} // namespace cordon::core::base64url
