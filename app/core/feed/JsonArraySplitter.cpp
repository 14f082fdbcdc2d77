#include "feed/JsonArraySplitter.h"

#include <cstring>

namespace cordon::core
{

namespace
{

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

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
    const char* data = buffer.constData();
    const qsizetype size = buffer.size();
    qsizetype pos = m_pos;
    while (pos < size) {
        const char c = data[pos];
        if (m_inString) {
            // Skip ahead to the next quote or backslash; strings are most of a feed's bytes.
            if (m_escape) {
                m_escape = false;
                ++pos;
                continue;
            }
            // The backslash is looked for only up to the quote, or a feed with none would be searched to the
            // end of the buffer for each of its strings.
            const char* quote = static_cast<const char*>(std::memchr(data + pos, '"', size_t(size - pos)));
            const qsizetype span = (quote ? quote - data : size) - pos;
            const char* slash = static_cast<const char*>(std::memchr(data + pos, '\\', size_t(span)));
            const char* stop = slash ? slash : quote;
            if (!stop) {
                pos = size;
                break;
            }
            pos = stop - data;
            if (*stop == '\\') {
                m_escape = true;
            } else {
                m_inString = false;
            }
            ++pos;
            continue;
        }
        if (c == '\n') {
            ++m_line;
        }
        if (m_depth == 0) {
            if (isSpace(c) || (c == '\xEF' || c == '\xBB' || c == '\xBF')) {
                ++pos; // whitespace and a UTF-8 byte-order mark before the array
                continue;
            }
            if (c != '[') {
                m_pos = pos;
                return Status::Error;
            }
            m_depth = 1;
            ++pos;
            continue;
        }
        if (m_depth == 1) {
            if (isSpace(c)) {
                ++pos;
                continue;
            }
            if (c == ',') {
                endElement(buffer, pos, elements);
                ++pos;
                continue;
            }
            if (c == ']') {
                if (m_elementBegin >= 0 || m_skipping) {
                    endElement(buffer, pos, elements);
                }
                m_finished = true;
                m_pos = pos + 1;
                return Status::Finished;
            }
            if (m_elementBegin < 0 && !m_skipping) {
                m_elementBegin = pos;
                m_elementLine = m_line;
                m_elementOffset = m_base + pos;
            }
        }
        switch (c) {
        case '"':
            m_inString = true;
            break;
        case '{':
        case '[':
            ++m_depth;
            break;
        case '}':
        case ']':
            // A stray closer at element level belongs to a malformed element, not to the array.
            if (m_depth > 1) {
                --m_depth;
            }
            break;
        default:
            break;
        }
        ++pos;
    }
    m_pos = pos;
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
