#pragma once

#include <QtGlobal>

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cordon::core::jsonscan
{

// JSON's whitespace: space, tab, line feed and carriage return.
inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Skips the bytes inside a JSON string that need no closer look, sixteen (or, without SSE2, eight) at a
// time: it stops at or before the first quote or backslash, and when strict also at a control character or
// a byte of a multi-byte character. Strings are most of a feed's bytes.
inline const char* skipPlain(const char* p, const char* end, bool strict)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        __m128i special = _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash));
        if (strict) {
            // Compared as signed bytes, a control character and every byte from 0x80 on are below the space.
            special = _mm_or_si128(special, _mm_cmplt_epi8(bytes, space));
        }
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(special));
        if (mask != 0) {
            return p + std::countr_zero(mask);
        }
        p += 16;
    }
#endif
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
