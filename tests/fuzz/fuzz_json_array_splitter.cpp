// Any bytes, split as a JSON array whole and in pieces. Property: the splitter finds the same elements,
// lines, offsets and end whether its buffer arrives at once (read in 64-byte blocks) or a few bytes at a
// time (read byte by byte).

#include "FuzzSupport.h"
#include "SplitterReading.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = cordon::fuzz::bytes(data, size);
    if (input.isEmpty()) {
        return 0;
    }
    const cordon::fuzz::SplitterReading whole = cordon::fuzz::readSplit(input, input.size());
    for (const qsizetype step : {qsizetype(1), qsizetype(7), qsizetype(70)}) {
        const cordon::fuzz::SplitterReading pieces = cordon::fuzz::readSplit(input, step);
        cordon::fuzz::check(
            pieces == whole, "an array splits the same whole and in pieces",
            QStringLiteral("whole: %1\nin pieces of %2: %3").arg(whole.describe()).arg(step).arg(pieces.describe()));
    }
    return 0;
}
