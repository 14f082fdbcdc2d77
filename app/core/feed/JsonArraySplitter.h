#pragma once

#include <QByteArray>
#include <QList>

namespace cordon::core
{

// Finds the elements of a top-level JSON array without parsing them, so that a large feed is read one
// record at a time. It tracks strings, escapes and nesting depth only; each element is then parsed on
// its own, and a malformed one fails alone. Fed incrementally: scan() resumes where it stopped.
class JsonArraySplitter
{
public:
    struct Element
    {
        qsizetype begin = 0; // in the buffer passed to scan()
        qsizetype end = 0;   // one past the last byte, trailing whitespace excluded
        qint64 line = 1;     // the line the element starts on, from 1
        qint64 offset = 0;   // where it starts in the whole input
        // Skipped with skipElement(): its bytes are gone, begin and end mean nothing, size says how
        // large it was.
        bool skipped = false;
        qint64 size = 0;
    };

    enum class Status
    {
        NeedMore, // the array has not ended yet
        Finished, // the closing ']' was seen
        Error,    // the buffer does not start with '['
    };

    // Scans buffer from where the previous call stopped and appends the complete elements found.
    Status scan(const QByteArray& buffer, QList<Element>& elements);
    // Bytes at the front of the buffer that no unfinished element needs; the caller may drop them
    // and must then call dropped() with the count.
    qsizetype consumable() const;
    void dropped(qsizetype count);
    // Bytes of the unfinished element scanned so far; 0 between elements.
    qint64 elementBytes() const;
    // The unfinished element is not wanted: it is followed to its end without holding its bytes (they
    // become consumable), and then reported with `skipped` set.
    void skipElement();
    // Absolute offset in the whole input of buffer position 0.
    qint64 base() const { return m_base; }
    // Where scanning stopped (after the closing ']' once finished).
    qsizetype position() const { return m_pos; }

private:
    void endElement(const QByteArray& buffer, qsizetype end, QList<Element>& elements);

    qint64 m_base = 0;
    qsizetype m_pos = 0;
    qsizetype m_elementBegin = -1;
    qint64 m_elementLine = 1;
    qint64 m_elementOffset = -1; // in the whole input; -1 between elements
    bool m_skipping = false;
    qint64 m_line = 1;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_finished = false;
};

} // namespace cordon::core
