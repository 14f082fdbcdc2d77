#include "feed/JsonArraySplitter.h"

#include "feed/JsonScan.h"

#include <array>

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
    while (p < end) {
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
