#pragma once

// Shared by the fuzz targets: a failed property aborts with a message (libFuzzer then keeps the input
// as a crash), Qt's own warnings stay quiet, and the input is cut into text fields.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace cordon::fuzz
{

[[noreturn]] inline void fail(const char* property, const QString& detail)
{
    std::fprintf(stderr, "property failed: %s\n  %s\n", property, detail.toUtf8().constData());
    std::abort();
}

inline void check(bool holds, const char* property, const QString& detail = {})
{
    if (!holds) {
        fail(property, detail);
    }
}

// The parsers log refused input; thousands of lines a second would only slow the fuzzer down.
inline const bool quietMessages = [] {
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "%s\n", message.toUtf8().constData());
        }
    });
    return true;
}();

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// The first count - 1 lines, then the rest (which may hold newlines) as the last field; missing
// fields are empty.
inline QList<QByteArray> fields(const QByteArray& input, int count)
{
    QList<QByteArray> result;
    qsizetype start = 0;
    while (result.size() < count - 1) {
        const qsizetype newline = input.indexOf('\n', start);
        if (newline < 0) {
            break;
        }
        result.append(input.mid(start, newline - start));
        start = newline + 1;
    }
    result.append(input.mid(start));
    while (result.size() < count) {
        result.append(QByteArray());
    }
    return result;
}

} // namespace cordon::fuzz
