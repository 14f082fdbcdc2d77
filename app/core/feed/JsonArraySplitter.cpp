#include "feed/JsonArraySplitter.h"

#include "feed/JsonScan.h"

#include <array>
#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cordon::core
{

namespace
{

using jsonscan::isSpace;

// The bytes that matter inside an element outside its strings.
constexpr std::array<bool, 256> structural = [] {
    std::array<bool, 256> table{};
    for (const char c : {'"', '{', '}', '[', ']', '\n'}) {
        table[static_cast<unsigned char>(c)] = true;
    }
    return table;
}();

#if defined(__SSE2__)
// 64 bytes inside an element, read at once: a bit per byte for each kind of byte that matters there.
struct Block
{
    std::uint64_t quotes = 0;
    std::uint64_t backslashes = 0;
    std::uint64_t openers = 0; // '{' and '['
    std::uint64_t closers = 0; // '}' and ']'
    std::uint64_t lineEnds = 0;

    explicit Block(const char* bytes)
    {
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i lineEnd = _mm_set1_epi8('\n');
        // '{' and '[' differ only in the bit 0x20, as do '}' and ']'; no other byte becomes them with it set.
        const __m128i caseBit = _mm_set1_epi8(0x20);
        const __m128i opener = _mm_set1_epi8('{');
        const __m128i closer = _mm_set1_epi8('}');
        for (int part = 0; part < 4; ++part) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * part));
            const __m128i folded = _mm_or_si128(chunk, caseBit);
            const auto bits = [part](__m128i matches) {
                return static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(matches)))
                       << (16 * part);
            };
            quotes |= bits(_mm_cmpeq_epi8(chunk, quote));
            backslashes |= bits(_mm_cmpeq_epi8(chunk, backslash));
            lineEnds |= bits(_mm_cmpeq_epi8(chunk, lineEnd));
            openers |= bits(_mm_cmpeq_epi8(folded, opener));
            closers |= bits(_mm_cmpeq_epi8(folded, closer));
        }
    }
};

// Bit i set when an odd number of bits 0..i are: the bytes from an opening quote up to its closing one.
std::uint64_t prefixXor(std::uint64_t bits)
{
    for (int shift = 1; shift < 64; shift *= 2) {
        bits ^= bits << shift;
    }
    return bits;
}
#endif

} // namespace

void JsonArraySplitter::endElement(const QByteArray& buffer, qsizetype end, QList<Element>& elements)
{
    if (m_skipping) {
        elements.append(Element{end, end, m_elementLine, m_elementOffset, true, m_base + end - m_elementOffset});
        m_skipping = false;
        m_elementOffset = -1;
        return;
    }
    if (m_elementBegin < 0) {
        // "[1,,2]": report the gap as an empty element so that it is counted and named.
        elements.append(Element{end, end, m_line, m_base + end});
        return;
    }
    while (end > m_elementBegin && isSpace(buffer.at(end - 1))) {
        --end;
    }
    elements.append(Element{m_elementBegin, end, m_elementLine, m_elementOffset, false, end - m_elementBegin});
    m_elementBegin = -1;
    m_elementOffset = -1;
}

JsonArraySplitter::Status JsonArraySplitter::scan(const QByteArray& buffer, QList<Element>& elements)
{
    if (m_finished) {
        return Status::Finished;
    }
    const char* const data = buffer.constData();
    const char* const end = data + buffer.size();
    const char* p = data + m_pos;
    // The state lives in locals while the bytes are read: members would be reloaded after every byte, as a
    // char may alias them.
    bool inString = m_inString;
    bool escape = m_escape;
    int depth = m_depth;
    qint64 line = m_line;
    const auto save = [&] {
        m_inString = inString;
        m_escape = escape;
        m_depth = depth;
        m_line = line;
        m_pos = p - data;
    };
#if defined(__SSE2__)
    // Inside an element, 64 bytes at a time: quotes pair up by parity and only brackets outside strings
    // count. A block with a backslash, whose escapes need the byte-by-byte reading, is left to it.
    const char* bytewiseUntil = p;
#endif
    while (p < end) {
#if defined(__SSE2__)
        if (depth > 1 && !escape && end - p >= 64 && p >= bytewiseUntil) {
            const Block block(p);
            if (block.backslashes != 0) {
                bytewiseUntil = p + 64;
            } else {
                // Bit i of quoted: an odd number of quotes up to and including byte i.
                const std::uint64_t quoted = prefixXor(block.quotes);
                const std::uint64_t outside = ~(quoted ^ (inString ? ~std::uint64_t(0) : 0));
                std::uint64_t brackets = (block.openers | block.closers) & outside;
                const std::uint64_t lineEnds = block.lineEnds & outside;
                int consumed = 64;
                while (brackets != 0) {
                    const int at = std::countr_zero(brackets);
                    const std::uint64_t bit = std::uint64_t(1) << at;
                    depth += (block.openers & bit) != 0 ? 1 : -1;
                    if (depth == 1) {
                        consumed = at + 1; // the element's value closed: the rest is read at element level
                        break;
                    }
                    brackets &= brackets - 1;
                }
                if (lineEnds != 0) {
                    const std::uint64_t read = consumed == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << consumed) - 1;
                    line += std::popcount(lineEnds & read);
                }
                inString = inString != (((quoted >> (consumed - 1)) & 1) != 0);
                p += consumed;
                continue;
            }
        }
#endif
        if (inString) {
            if (escape) {
                escape = false;
                ++p;
                continue;
            }
            p = jsonscan::skipPlain(p, end, false);
            while (p < end && *p != '"' && *p != '\\') {
                ++p;
            }
            if (p == end) {
                break;
            }
            escape = *p == '\\';
            inString = escape;
            ++p;
            continue;
        }
        if (depth > 1) {
            // Inside an element only strings, brackets and line ends matter.
            while (p < end && !structural[static_cast<unsigned char>(*p)]) {
                ++p;
            }
            if (p == end) {
                break;
            }
        }
        const char c = *p;
        if (c == '\n') {
            ++line;
        }
        if (depth > 1) {
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            }
            ++p;
            continue;
        }
        if (depth == 0) {
            if (isSpace(c) || (c == '\xEF' || c == '\xBB' || c == '\xBF')) {
                ++p; // whitespace and a UTF-8 byte-order mark before the array
                continue;
            }
            save();
            if (c != '[') {
                return Status::Error;
            }
            depth = 1;
            ++p;
            continue;
        }
        if (isSpace(c)) {
            ++p;
            continue;
        }
        const qsizetype pos = p - data;
        if (c == ',') {
            m_line = line;
            endElement(buffer, pos, elements);
            ++p;
            continue;
        }
        if (c == ']') {
            m_line = line;
            if (m_elementBegin >= 0 || m_skipping) {
                endElement(buffer, pos, elements);
            }
            ++p;
            save();
            m_finished = true;
            return Status::Finished;
        }
        if (m_elementBegin < 0 && !m_skipping) {
            m_elementBegin = pos;
            m_elementLine = line;
            m_elementOffset = m_base + pos;
        }
        // A stray closer at element level belongs to a malformed element, not to the array.
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            depth = 2;
        }
        ++p;
    }
    save();
    return Status::NeedMore;
}

qsizetype JsonArraySplitter::consumable() const
{
    return m_elementBegin >= 0 ? m_elementBegin : m_pos;
}

qint64 JsonArraySplitter::elementBytes() const
{
    return m_elementOffset >= 0 ? m_base + m_pos - m_elementOffset : 0;
}

void JsonArraySplitter::skipElement()
{
    if (m_elementBegin >= 0) {
        m_skipping = true;
        m_elementBegin = -1;
    }
}

void JsonArraySplitter::dropped(qsizetype count)
{
    m_base += count;
    m_pos -= count;
    if (m_elementBegin >= 0) {
        m_elementBegin -= count;
    }
}

} // namespace cordon::core
