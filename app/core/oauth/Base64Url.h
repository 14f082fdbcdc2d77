#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace cordon::core::base64url
{

// The URL-safe alphabet without padding (RFC 7515 §2), as every part of a JWS and every JWK member is written.
QByteArray encode(QByteArrayView data);

// Strict: only the URL-safe alphabet, no padding, no whitespace, and the spare bits of the last character zero,
// so that one value has exactly one spelling and a signed text cannot be altered without breaking its signature.
std::optional<QByteArray> decode(QByteArrayView text);

} // namespace cordon::core::base64url
