#include "TestFolders.h"
#include "feed/FeedParser.h"
#include "feed/FileSource.h"
#include "store/AppSettings.h"

#include <QBuffer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cordon::core;

namespace
{

constexpr qint64 megabyte = 1024 * 1024;

// One console.incident/v1 record; `padding` bytes of summary make it as large as a test needs.
QByteArray record(int id, qsizetype padding = 0)
{
    return QStringLiteral(R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"bounds"},)"
                          R"("source_id":"%1","title":"Incident %1","severity":"high","state":"new",)"
                          R"("summary":"%2","user":{"raw":"AD_DOMAIN\\joren"}})")
        .arg(id)
        .arg(QString(padding, u'x'))
        .toUtf8();
}

QByteArray lines(int from, int to)
{
    QByteArray data;
    for (int id = from; id <= to; ++id) {
        data += record(id) + '\n';
    }
    return data;
}

void write(const QString& path, const QByteArray& data, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    QVERIFY(file.open(mode));
    QCOMPARE(file.write(data), data.size());
}

// A file of `size` bytes that starts with `head` and takes no room beyond it.
void sparse(const QString& path, const QByteArray& head, qint64 size)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(head), head.size());
    QVERIFY(file.resize(size));
}

QStringList sourceIds(const QList<Incident>& incidents)
{
    QStringList ids;
    for (const Incident& incident : incidents) {
        ids.append(incident.sourceId);
    }
    return ids;
}

QStringList sourceIds(const QSignalSpy& spy)
{
    QStringList ids;
    for (const QList<QVariant>& arguments : spy) {
        ids += sourceIds(arguments.at(0).value<QList<Incident>>());
    }
    return ids;
}

FeedContext limited(const FeedLimits& limits)
{
    FeedContext context;
    context.limits = limits;
    return context;
}

// Through the streaming form, which has no size to check up front.
FeedParseResult parseStream(QIODevice& device, const FeedLimits& limits)
{
    FeedParseResult result;
    FeedParser::parseDevice(device, FeedFormat::Auto, limited(limits),
                            [&result](QList<Incident>& incidents, QList<FeedError>& errors) {
                                result.incidents += incidents;
                                result.errors += errors;
                            });
    return result;
}

} // namespace

class TestFeedLimits : public QObject
{
    Q_OBJECT

private slots:
    void limitsComeFromTheSettings();
    void fileLargerThanTheLimitIsRefusedUpFront();
    void streamWithoutSizeIsCutAtTheLimit();
    void oversizedLineIsSkippedAndTheRestLoads();
    void oversizedLineBeyondOneChunkIsSkipped();
    void oversizedArrayElementIsSkipped_data();
    void oversizedArrayElementIsSkipped();
    void documentLargerThanTheLimitIsRefused();
    void loneRecordIsHeldToTheRecordLimit_data();
    void loneRecordIsHeldToTheRecordLimit();
    void envelopeRecordsAreHeldToTheRecordLimit_data();
    void envelopeRecordsAreHeldToTheRecordLimit();
    void largeNdjsonWithMalformedFirstLineStillLoads();
    void incidentsStopAtTheLimit_data();
    void incidentsStopAtTheLimit();
    void errorsBeyondTheLimitAreCounted();
    void largeFeedKeepsItsOrder_data();
    void largeFeedKeepsItsOrder();
    void fileSourceRefusesTooLargeAFile();
    void fileSourceSkipsOversizedAppendedLine();
};

void TestFeedLimits::limitsComeFromTheSettings()
{
    TestFolders folders;
    const std::unique_ptr<QSettings> qsettings = folders.settings();
    AppSettings settings(qsettings.get());
    const FeedLimits defaults = FeedLimits::fromSettings(settings);
    QCOMPARE(defaults.maxFileBytes, 512 * megabyte);
    QCOMPARE(defaults.maxRecordBytes, 16 * megabyte);
    QCOMPARE(defaults.maxIncidents, qint64(200000));
    QCOMPARE(settings.limit(AppSettings::Limit::OktaResponseBytes), 32 * megabyte);

    QVERIFY(settings.setLimit(AppSettings::Limit::FeedFileBytes, 3 * megabyte));
    QVERIFY(settings.setLimit(AppSettings::Limit::FeedRecordBytes, 4096));
    QVERIFY(settings.setLimit(AppSettings::Limit::FeedIncidents, 7));
    QVERIFY(!settings.setLimit(AppSettings::Limit::FeedDocumentBytes, 0));
    QCOMPARE(qsettings->value(QStringLiteral("feeds/maxFileBytes")).toLongLong(), 3 * megabyte);
    const FeedLimits set = FeedLimits::fromSettings(settings);
    QCOMPARE(set.maxFileBytes, 3 * megabyte);
    QCOMPARE(set.maxRecordBytes, qint64(4096));
    QCOMPARE(set.maxIncidents, qint64(7));
    QCOMPARE(set.maxDocumentBytes, AppSettings::defaultLimit(AppSettings::Limit::FeedDocumentBytes));

    // A value edited by hand into nonsense falls back to the default rather than to no limit.
    qsettings->setValue(QStringLiteral("feeds/maxIncidents"), QStringLiteral("lots"));
    QCOMPARE(FeedLimits::fromSettings(settings).maxIncidents, qint64(200000));
}

void TestFeedLimits::fileLargerThanTheLimitIsRefusedUpFront()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.ndjson"));
    sparse(path, lines(1, 3), 3 * megabyte);

    FeedLimits limits;
    limits.maxFileBytes = 2 * megabyte;
    const FeedParseResult result = FeedParser::parseFile(path, FeedFormat::Auto, limited(limits));
    QVERIFY(result.incidents.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().position, -1);
    QVERIFY2(result.errors.first().reason.contains(QLatin1String("3 MB")), qPrintable(result.errors.first().reason));
    QVERIFY(result.errors.first().reason.contains(QLatin1String("2 MB limit (setting feeds/maxFileBytes); not read")));

    limits.maxFileBytes = 3 * megabyte;
    QCOMPARE(sourceIds(FeedParser::parseFile(path, FeedFormat::Auto, limited(limits)).incidents),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
}

void TestFeedLimits::streamWithoutSizeIsCutAtTheLimit()
{
    const QByteArray data = lines(1, 100);
    QBuffer device;
    device.setData(data);
    QVERIFY(device.open(QIODevice::ReadOnly));
    FeedLimits limits;
    // Within the 11th record.
    limits.maxFileBytes = data.indexOf('\n', data.indexOf("\"source_id\":\"10\"")) + 20;
    const FeedParseResult result = parseStream(device, limits);
    QCOMPARE(result.incidents.size(), 10);
    // The record cut in two is not reported as malformed: the cut is reported once.
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().position, -1);
    QCOMPARE(result.errors.first().byteOffset, limits.maxFileBytes);
    QVERIFY(result.errors.first().reason.contains(QLatin1String("feeds/maxFileBytes): the rest was not read")));

    // A feed of exactly the limit is whole.
    device.seek(0);
    limits.maxFileBytes = data.size();
    const FeedParseResult whole = parseStream(device, limits);
    QCOMPARE(whole.incidents.size(), 100);
    QVERIFY(whole.errors.isEmpty());
}

void TestFeedLimits::oversizedLineIsSkippedAndTheRestLoads()
{
    const QByteArray first = record(1) + '\n';
    const QByteArray data = first + record(2, 200 * 1024) + '\n' + record(3) + '\n';
    FeedLimits limits;
    limits.maxRecordBytes = 64 * 1024;
    const FeedParseResult result = FeedParser::parse(data, FeedFormat::Auto, limited(limits));
    QCOMPARE(sourceIds(result.incidents), (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
    QCOMPARE(result.errors.size(), 1);
    const FeedError& error = result.errors.first();
    QCOMPARE(error.position, 1);
    QCOMPARE(error.line, 2);
    QCOMPARE(error.byteOffset, first.size());
    QVERIFY2(error.reason.contains(QLatin1String("larger than the 65536 bytes limit (setting feeds/maxRecordBytes)")),
             qPrintable(error.reason));
}

void TestFeedLimits::oversizedLineBeyondOneChunkIsSkipped()
{
    // A line of 9 MB, more than the parser reads at once: its bytes are dropped as they come.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.ndjson"));
    const QByteArray head = lines(1, 2);
    const QByteArray huge = record(3, 9 * megabyte);
    write(path, head + huge + '\n' + lines(4, 5));

    FeedLimits limits;
    limits.maxRecordBytes = 1 * megabyte;
    const FeedParseResult result = FeedParser::parseFile(path, FeedFormat::Auto, limited(limits));
    QCOMPARE(sourceIds(result.incidents),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("5")}));
    QCOMPARE(result.errors.size(), 1);
    const FeedError& error = result.errors.first();
    QCOMPARE(error.position, 2);
    QCOMPARE(error.line, 3);
    QCOMPARE(error.byteOffset, head.size());
    QVERIFY2(error.reason.startsWith(QStringLiteral("the record is %1,").arg(FeedLimits::sizeText(huge.size()))),
             qPrintable(error.reason));

    // The same record as the last line, without its newline.
    write(path, head + huge);
    const FeedParseResult last = FeedParser::parseFile(path, FeedFormat::Auto, limited(limits));
    QCOMPARE(sourceIds(last.incidents), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(last.errors.size(), 1);
    QCOMPARE(last.errors.first().line, 3);
}

void TestFeedLimits::oversizedArrayElementIsSkipped_data()
{
    QTest::addColumn<qsizetype>("padding");
    QTest::newRow("within one chunk") << qsizetype(300 * 1024);
    QTest::newRow("across chunks") << qsizetype(9 * megabyte);
}

void TestFeedLimits::oversizedArrayElementIsSkipped()
{
    QFETCH(qsizetype, padding);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.json"));
    const QByteArray head = "[\n  " + record(1) + ",\n  ";
    write(path, head + record(2, padding) + ",\n  " + record(3) + ",\n  [\"" + QByteArray(padding, 'y') + "\"],\n  " +
                    record(4) + "\n]\n");

    FeedLimits limits;
    limits.maxRecordBytes = 256 * 1024;
    const FeedParseResult result = FeedParser::parseFile(path, FeedFormat::Auto, limited(limits));
    QCOMPARE(sourceIds(result.incidents), (QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("4")}));
    QCOMPARE(result.errors.size(), 2);
    QCOMPARE(result.errors.at(0).position, 1);
    QCOMPARE(result.errors.at(0).line, 3);
    QCOMPARE(result.errors.at(0).byteOffset, head.size());
    QVERIFY(result.errors.at(0).reason.contains(QLatin1String("feeds/maxRecordBytes")));
    // An oversized element that is not even an object is skipped the same way.
    QCOMPARE(result.errors.at(1).position, 3);
    QCOMPARE(result.errors.at(1).line, 5);
    QVERIFY(result.errors.at(1).reason.contains(QLatin1String("feeds/maxRecordBytes")));
}

void TestFeedLimits::documentLargerThanTheLimitIsRefused()
{
    // A pretty-printed envelope is one document: parsed whole, so bounded as a whole.
    QByteArray envelope = "{\n  \"data\": [\n";
    for (int id = 1; id <= 200; ++id) {
        envelope += "    " + record(id) + (id < 200 ? ",\n" : "\n");
    }
    envelope += "  ]\n}\n";

    FeedLimits limits;
    limits.maxDocumentBytes = envelope.size();
    QCOMPARE(FeedParser::parse(envelope, FeedFormat::Auto, limited(limits)).incidents.size(), 200);

    limits.maxDocumentBytes = envelope.size() / 2;
    const FeedParseResult refused = FeedParser::parse(envelope, FeedFormat::Auto, limited(limits));
    QVERIFY(refused.incidents.isEmpty());
    QCOMPARE(refused.errors.size(), 1);
    QCOMPARE(refused.errors.first().position, -1);
    QVERIFY2(refused.errors.first().reason.contains(QLatin1String("one JSON document larger than the")),
             qPrintable(refused.errors.first().reason));
    QVERIFY(refused.errors.first().reason.contains(QLatin1String("feeds/maxDocumentBytes")));
}

void TestFeedLimits::loneRecordIsHeldToTheRecordLimit_data()
{
    QTest::addColumn<QByteArray>("feed");
    const QByteArray big = record(1, 300 * 1024);
    QTest::newRow("one line") << big;
    QTest::newRow("with a newline") << big + "\n";
    QByteArray pretty = big;
    pretty.replace(",\"", ",\n  \"");
    QTest::newRow("pretty-printed") << pretty;
    // An array-valued member is no envelope unless its name says so.
    QByteArray withList = big;
    withList.insert(1, R"("tags":[1,2,3],)");
    QTest::newRow("with a list member") << withList;
}

void TestFeedLimits::loneRecordIsHeldToTheRecordLimit()
{
    // A feed that is one record, held to the limit every array element and NDJSON line is held to.
    QFETCH(QByteArray, feed);
    FeedLimits limits;
    limits.maxRecordBytes = 256 * 1024;
    for (const FeedParseResult& result : {FeedParser::parse(feed, FeedFormat::Auto, limited(limits)), [&] {
                                              QBuffer device(&feed);
                                              device.open(QIODevice::ReadOnly);
                                              return parseStream(device, limits);
                                          }()}) {
        QVERIFY(result.incidents.isEmpty());
        QCOMPARE(result.errors.size(), 1);
        const FeedError& error = result.errors.first();
        QCOMPARE(error.position, 0);
        QVERIFY2(
            error.reason.contains(QLatin1String("larger than the 262144 bytes limit (setting feeds/maxRecordBytes)")),
            qPrintable(error.reason));
    }
    // Within the limit it loads as before.
    limits.maxRecordBytes = feed.size();
    QCOMPARE(FeedParser::parse(feed, FeedFormat::Auto, limited(limits)).incidents.size(), 1);
}

void TestFeedLimits::envelopeRecordsAreHeldToTheRecordLimit_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("separator");
    QTest::addColumn<QByteArray>("tail");
    QTest::newRow("compact") << QByteArray(R"({"meta":{"total_items":4},"data":[)") << QByteArray(",")
                             << QByteArray("]}");
    QTest::newRow("pretty") << QByteArray("{\n  \"data\": [\n    ") << QByteArray(",\n    ")
                            << QByteArray("\n  ],\n  \"meta\": {\"total_items\": 4}\n}\n");
    QTest::newRow("findings") << QByteArray(R"({"findings" : [ )") << QByteArray(" , ") << QByteArray(" ] }");
}

void TestFeedLimits::envelopeRecordsAreHeldToTheRecordLimit()
{
    // An envelope larger than a record is still read, and each of its records is held to the record limit:
    // the large one is skipped with an error in its place, the others load.
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, separator);
    QFETCH(QByteArray, tail);
    const QByteArray envelope =
        head + record(1) + separator + record(2, 300 * 1024) + separator + record(3) + separator + record(4) + tail;
    FeedLimits limits;
    limits.maxRecordBytes = 256 * 1024;
    const FeedParseResult result = FeedParser::parse(envelope, FeedFormat::Auto, limited(limits));
    QCOMPARE(sourceIds(result.incidents), (QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("4")}));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().position, 1);
    QCOMPARE(result.errors.first().byteOffset, envelope.indexOf(record(2, 300 * 1024)));
    QVERIFY2(result.errors.first().reason.contains(QLatin1String("feeds/maxRecordBytes")),
             qPrintable(result.errors.first().reason));
}

void TestFeedLimits::largeNdjsonWithMalformedFirstLineStillLoads()
{
    const QByteArray data = "{\"schema\": broken\n" + lines(1, 300);
    FeedLimits limits;
    limits.maxDocumentBytes = 4096;
    const FeedParseResult result = FeedParser::parse(data, FeedFormat::Auto, limited(limits));
    QCOMPARE(result.incidents.size(), 300);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, 1);
}

void TestFeedLimits::incidentsStopAtTheLimit_data()
{
    QTest::addColumn<QByteArray>("feed");
    QTest::addColumn<qint64>("offset"); // of the first record not read; -1 when unknown
    const QByteArray ndjson = lines(1, 20);
    QTest::newRow("ndjson") << ndjson << qint64(ndjson.indexOf(record(6)));
    QByteArray array = "[";
    for (int id = 1; id <= 20; ++id) {
        array += record(id) + (id < 20 ? "," : "]");
    }
    QTest::newRow("array") << array << qint64(array.indexOf(record(6)));
    QTest::newRow("envelope") << "{\"data\":" + array + "}" << qint64(-1);
}

void TestFeedLimits::incidentsStopAtTheLimit()
{
    QFETCH(QByteArray, feed);
    QFETCH(qint64, offset);
    FeedLimits limits;
    limits.maxIncidents = 5;
    const FeedParseResult result = FeedParser::parse(feed, FeedFormat::Auto, limited(limits));
    QCOMPARE(sourceIds(result.incidents), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                                       QStringLiteral("4"), QStringLiteral("5")}));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().position, 5);
    QCOMPARE(result.errors.first().byteOffset, offset);
    QVERIFY(result.errors.first().reason.contains(
        QLatin1String("more than 5 incidents (setting feeds/maxIncidents): this record and the rest")));

    // Exactly as many as the limit: nothing is said.
    limits.maxIncidents = 20;
    QVERIFY(FeedParser::parse(feed, FeedFormat::Auto, limited(limits)).errors.isEmpty());
}

void TestFeedLimits::errorsBeyondTheLimitAreCounted()
{
    QByteArray data = lines(1, 2);
    for (int garbage = 0; garbage < 100; ++garbage) {
        data += "<html>not a record</html>\n";
    }
    data += lines(3, 3);
    FeedLimits limits;
    limits.maxErrors = 10;
    const FeedParseResult result = FeedParser::parse(data, FeedFormat::Ndjson, limited(limits));
    QCOMPARE(sourceIds(result.incidents), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QCOMPARE(result.errors.size(), 11);
    QCOMPARE(result.errors.at(9).line, 12);
    QCOMPARE(result.errors.last().position, -1);
    QCOMPARE(result.errors.last().reason, QStringLiteral("90 further records could not be read and are not listed"));
}

void TestFeedLimits::largeFeedKeepsItsOrder_data()
{
    QTest::addColumn<bool>("array");
    QTest::newRow("ndjson") << false;
    QTest::newRow("array") << true;
}

// Records are mapped a chunk at a time on several threads: what comes out is still in feed order, with
// every error at its record and the incident limit at the record that reaches it.
void TestFeedLimits::largeFeedKeepsItsOrder()
{
    QFETCH(bool, array);
    constexpr int Records = 4000;
    constexpr int Limit = 3500;
    const auto garbage = [](int position) { return position % 101 == 50; };
    const auto oversized = [](int position) { return position % 503 == 250; };

    QByteArray feed = array ? "[" : "";
    QStringList expectedIds;
    QList<qint64> expectedErrors; // positions
    qint64 limitAt = -1;
    for (int position = 0; position < Records; ++position) {
        if (array && position > 0) {
            feed += ",\n";
        }
        if (garbage(position)) {
            feed += array ? "{\"broken\": }" : "<html>not a record</html>";
        } else if (oversized(position)) {
            feed += record(position, 3000);
        } else {
            feed += record(position);
        }
        if (!array) {
            feed += '\n';
        }
        if (limitAt >= 0) {
            continue;
        }
        if (expectedIds.size() == Limit) {
            limitAt = position;
        } else if (garbage(position) || oversized(position)) {
            expectedErrors.append(position);
        } else {
            expectedIds.append(QString::number(position));
        }
    }
    if (array) {
        feed += "]";
    }
    QVERIFY(limitAt > 0);

    FeedLimits limits;
    limits.maxRecordBytes = 2000;
    limits.maxIncidents = Limit;
    limits.maxErrors = 1000;
    for (int run = 0; run < 3; ++run) {
        const FeedParseResult result = FeedParser::parse(feed, FeedFormat::Auto, limited(limits));
        QCOMPARE(sourceIds(result.incidents), expectedIds);
        QList<qint64> positions;
        for (const FeedError& error : result.errors) {
            positions.append(error.position);
        }
        QCOMPARE(positions, expectedErrors + QList<qint64>{limitAt});
        for (qsizetype i = 0; i < expectedErrors.size(); ++i) {
            const FeedError& error = result.errors.at(i);
            QVERIFY2(error.reason.contains(garbage(int(error.position)) ? QLatin1String("JSON")
                                                                        : QLatin1String("feeds/maxRecordBytes")),
                     qPrintable(error.toString()));
            if (!array) {
                QCOMPARE(error.line, error.position + 1);
            }
        }
        QVERIFY(result.errors.last().reason.contains(QLatin1String("feeds/maxIncidents")));
    }
}

void TestFeedLimits::fileSourceRefusesTooLargeAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.ndjson"));
    sparse(path, lines(1, 2), 5 * megabyte);

    FeedContext context;
    context.limits.maxFileBytes = 4 * megabyte;
    FileSource source(path, FeedFormat::Auto, context);
    QSignalSpy loaded(&source, &FileSource::incidentsLoaded);
    source.start();
    QTRY_COMPARE(source.state(), FileSource::State::Failing);
    QVERIFY2(source.statusMessage().contains(QLatin1String("5 MB, larger than the 4 MB limit")),
             qPrintable(source.statusMessage()));
    QVERIFY(source.statusMessage().contains(QLatin1String("feeds/maxFileBytes")));
    QCOMPARE(loaded.count(), 0);
}

void TestFeedLimits::fileSourceSkipsOversizedAppendedLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.ndjson"));
    const QByteArray start = lines(1, 2);
    write(path, start);

    FeedContext context;
    context.limits.maxRecordBytes = 1 * megabyte;
    FileSource source(path, FeedFormat::Auto, context);
    source.setPollInterval(200);
    QSignalSpy loaded(&source, &FileSource::incidentsLoaded);
    QSignalSpy errors(&source, &FileSource::errorsReported);
    source.start();
    QTRY_COMPARE(sourceIds(loaded), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QTRY_COMPARE(source.state(), FileSource::State::Ok);

    // Appended: a line of 6 MB between two good ones, and a partial line still being written.
    write(path, record(3) + '\n' + record(4, 6 * megabyte) + '\n' + record(5) + "\n{\"schema\":", QIODevice::Append);
    QTRY_COMPARE(sourceIds(loaded).size(), 4);
    QCOMPARE(sourceIds(loaded),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("5")}));
    QCOMPARE(errors.count(), 1);
    const QList<FeedError> reported = errors.first().at(0).value<QList<FeedError>>();
    QCOMPARE(reported.size(), 1);
    QCOMPARE(reported.first().line, 4);
    QCOMPARE(reported.first().byteOffset, start.size() + record(3).size() + 1);
    QVERIFY(reported.first().reason.contains(QLatin1String("feeds/maxRecordBytes")));
}

QTEST_GUILESS_MAIN(TestFeedLimits)
#include "tst_feedlimits.moc"
