#pragma once

// Reads a whole input through JsonArraySplitter, handed to it a few bytes at a time, and returns what it
// found in a form that compares: the same input must split the same however it arrives. A buffer that
// grows a byte at a time is read byte by byte; a whole one goes through the splitter's block scan.

#include "feed/JsonArraySplitter.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace cordon::fuzz
{

struct SplitterReading
{
    int status = -1; // JsonArraySplitter::Status, or -1 when the input ran out first
    QList<QByteArray> elements;
    QList<qint64> lines;
    QList<qint64> offsets;
    qsizetype position = 0;

    friend bool operator==(const SplitterReading&, const SplitterReading&) = default;

    QString describe() const
    {
        QString text =
            QStringLiteral("status %1, position %2, %3 elements:").arg(status).arg(position).arg(elements.size());
        for (qsizetype i = 0; i < elements.size(); ++i) {
            text += QStringLiteral("\n  line %1 offset %2: %3")
                        .arg(lines.at(i))
                        .arg(offsets.at(i))
                        .arg(QString::fromUtf8(elements.at(i).left(80)));
        }
        return text;
    }
};

inline SplitterReading readSplit(const QByteArray& input, qsizetype step)
{
    using cordon::core::JsonArraySplitter;
    JsonArraySplitter splitter;
    QByteArray buffer;
    QList<JsonArraySplitter::Element> elements;
    SplitterReading reading;
    for (qsizetype from = 0; from < input.size(); from += step) {
        buffer.append(input.mid(from, step));
        const JsonArraySplitter::Status status = splitter.scan(buffer, elements);
        if (status != JsonArraySplitter::Status::NeedMore) {
            reading.status = static_cast<int>(status);
            break;
        }
    }
    for (const JsonArraySplitter::Element& element : std::as_const(elements)) {
        reading.elements.append(buffer.mid(element.begin, element.end - element.begin));
        reading.lines.append(element.line);
        reading.offsets.append(element.offset);
    }
    reading.position = splitter.position();
    return reading;
}

} // namespace cordon::fuzz
