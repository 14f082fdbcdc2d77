#pragma once

#include <QtGlobal>

#include <cstring>

namespace cordon::core::jsonscan
{

// JSON's whitespace: space, tab, line feed and carriage return.
inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Skips the bytes inside a JSON string that need no closer look, eight at a time: it stops at or before
// the first quote or backslash, and when strict also at a control character or a byte of a multi-byte
// character. Strings are most of a feed's bytes.
inline const char* skipPlain(const char* p, const char* end, bool strict)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    // Non-zero when some byte of v is zero.
    const auto hasZero = [](quint64 v) { return (v - ones) & ~v & highs; };
    while (end - p >= 8) {
        quint64 word = 0;
        std::memcpy(&word, p, sizeof word);
        quint64 special = hasZero(word ^ (ones * '"')) | hasZero(word ^ (ones * '\\'));
        if (strict) {
            special |= ((word - ones * 0x20) & ~word & highs) | (word & highs);
        }
        if (special != 0) {
            break;
        }
        p += 8;
    }
    return p;
}

} // namespace cordon::core::jsonscan
