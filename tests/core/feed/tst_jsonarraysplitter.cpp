// The JSON array splitter: what it finds in a known array, and that it finds the same whether its buffer
// arrives whole (read 64 bytes at a time) or a byte at a time (read byte by byte).

#include "../../fuzz/SplitterReading.h"
#include "feed/JsonArraySplitter.h"

#include <QRandomGenerator>
#include <QTest>

using cordon::core::JsonArraySplitter;
using cordon::fuzz::readSplit;
using cordon::fuzz::SplitterReading;

namespace
{

// JSON-like text with the bytes the splitter watches: strings with brackets, quotes, escapes and runs of
// backslashes, nesting, line ends, and now and then a stray byte; long enough to span many blocks.
QByteArray randomValue(QRandomGenerator& random, int depth)
{
    switch (random.bounded(depth > 6 ? 3 : 6)) {
    case 0: {
        QByteArray text("\"");
        const int length = random.bounded(90);
        for (int i = 0; i < length; ++i) {
            static const QByteArray alphabet("aaaaaaaabc{}[],:\\\\\"\n \xC3\xA9");
            const char c = alphabet.at(random.bounded(alphabet.size()));
            text.append(c == '"' ? QByteArray("\\\"") : QByteArray(1, c));
        }
        return text + '"';
    }
    case 1:
        return QByteArray::number(random.bounded(100000));
    case 2:
        return random.bounded(20) == 0 ? QByteArray("]") : QByteArray("true");
    case 3:
    case 4: {
        QByteArray object("{");
        const int members = random.bounded(5);
        for (int i = 0; i < members; ++i) {
            object +=
                (i ? ",\n " : "") + QByteArray("\"k") + QByteArray::number(i) + "\": " + randomValue(random, depth + 1);
        }
        return object + (random.bounded(30) == 0 ? "" : "}");
    }
    default: {
        QByteArray array("[");
        const int items = random.bounded(5);
        for (int i = 0; i < items; ++i) {
            array += (i ? ", " : "") + randomValue(random, depth + 1);
        }
        return array + ']';
    }
    }
}

} // namespace

class TestJsonArraySplitter : public QObject
{
    Q_OBJECT

private slots:
    void findsTheElementsOfAnArray();
    void splitsAlikeWholeAndByteByByte_data();
    void splitsAlikeWholeAndByteByByte();
    void splitsRandomArraysAlike();
};

void TestJsonArraySplitter::findsTheElementsOfAnArray()
{
    const QByteArray longText(100, 'x');
    const QByteArray input = "\xEF\xBB\xBF [\n {\"a\": \"" + longText +
                             "]}\\\"\", \"b\": [1, {\"c\": 2}]},\n \"s\\\\\" ,\n" + "[[\"" + longText +
                             "\"]] ]  trailing";
    const SplitterReading reading = readSplit(input, input.size());
    QCOMPARE(reading.status, int(JsonArraySplitter::Status::Finished));
    const QList<QByteArray> expected{"{\"a\": \"" + longText + "]}\\\"\", \"b\": [1, {\"c\": 2}]}", "\"s\\\\\"",
                                     "[[\"" + longText + "\"]]"};
    QCOMPARE(reading.elements, expected);
    QCOMPARE(reading.lines, (QList<qint64>{2, 3, 4}));
    QCOMPARE(reading.offsets.first(), qint64(input.indexOf('{')));
    QCOMPARE(reading.position, input.indexOf("trailing") - 2);
}

void TestJsonArraySplitter::splitsAlikeWholeAndByteByByte_data()
{
    QTest::addColumn<QByteArray>("input");
    // Elements that close on each side of a 64-byte block's end, and escapes that straddle it.
    for (int pad = 50; pad < 80; ++pad) {
        QTest::addRow("closes after %d bytes", pad)
            << "[{\"v\":\"" + QByteArray(pad, 'p') + "\"},{\"w\":[\"" + QByteArray(pad, 'q') + "\\\\\"]}]";
        QTest::addRow("escape after %d bytes", pad)
            << "[{\"v\":\"" + QByteArray(pad, 'p') + "\\\"]}\\\\\"}, {\"n\":\n[1,\n2]}]";
    }
    QTest::newRow("deep nesting") << "[" + QByteArray(300, '[') + QByteArray(300, ']') + "]";
    QTest::newRow("line ends in a string") << "[{\"a\":\"" + QByteArray(70, '\n') + "\"},\n{}]";
    QTest::newRow("stray closer") << "[{\"a\":" + QByteArray(70, ' ') + "]}, {\"b\":1}]";
    QTest::newRow("unclosed") << "[{\"a\":\"" + QByteArray(200, 'u');
    QTest::newRow("not an array") << "{\"a\":\"" + QByteArray(200, 'u') + "\"}";
}

void TestJsonArraySplitter::splitsAlikeWholeAndByteByByte()
{
    QFETCH(QByteArray, input);
    const SplitterReading whole = readSplit(input, input.size());
    const SplitterReading byteByByte = readSplit(input, 1);
    QVERIFY2(whole == byteByByte,
             qPrintable(whole.describe() + QStringLiteral("\nbyte by byte: ") + byteByByte.describe()));
}

void TestJsonArraySplitter::splitsRandomArraysAlike()
{
    QRandomGenerator random(2004);
    int finished = 0;
    for (int round = 0; round < 1500; ++round) {
        QByteArray input("[");
        const int elements = random.bounded(1, 6);
        for (int i = 0; i < elements; ++i) {
            input += (i ? ",\n" : "") + randomValue(random, 1);
        }
        input += "]";
        const SplitterReading whole = readSplit(input, input.size());
        finished += whole.status == int(JsonArraySplitter::Status::Finished) ? 1 : 0;
        for (const qsizetype step : {qsizetype(1), qsizetype(13)}) {
            const SplitterReading pieces = readSplit(input, step);
            QVERIFY2(whole == pieces,
                     qPrintable(QString::fromUtf8(input) + QStringLiteral("\nwhole: ") + whole.describe() +
                                QStringLiteral("\nin pieces: ") + pieces.describe()));
        }
    }
    // The generator makes mostly well-formed arrays: the comparison is over arrays that were split.
    QVERIFY2(finished > 750, qPrintable(QString::number(finished)));
}

QTEST_APPLESS_MAIN(TestJsonArraySplitter)
#include "tst_jsonarraysplitter.moc"
