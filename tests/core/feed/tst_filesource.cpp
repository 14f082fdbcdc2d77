#include "feed/FileSource.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cordon::core;

namespace
{

QByteArray line(int id, const char* state = "new")
{
    return QStringLiteral(R"({"schema":"console.incident/v1","source":{"kind":"generic","instance":"watch"},)"
                          R"("source_id":"%1","title":"Incident %1","severity":"high","state":"%2",)"
                          R"("user":{"raw":"AD_DOMAIN\\joren"}})")
               .arg(id)
               .arg(QLatin1String(state))
               .toUtf8() +
           '\n';
}

void write(const QString& path, const QByteArray& data, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    QVERIFY(file.open(mode));
    QCOMPARE(file.write(data), data.size());
}

QStringList sourceIds(const QSignalSpy& spy)
{
    QStringList ids;
    for (const QList<QVariant>& arguments : spy) {
        for (const Incident& incident : arguments.at(0).value<QList<Incident>>()) {
            ids.append(incident.sourceId);
        }
    }
    return ids;
}

} // namespace

class TestFileSource : public QObject
{
    Q_OBJECT

private slots:
    void appendedLinesArrive();
    void partialLastLineWaits();
    void truncatedFileIsReadAgain();
    void changedDocumentIsReadAgain();
    void folderPicksUpNewFiles();
    void malformedLineReportsItsLine();
    void missingFileThenCreated();
    void lateResultAfterOwnerIsGone();
};

void TestFileSource::appendedLinesArrive()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.ndjson"));
    write(path, line(1) + line(2));

    FileSource source(path);
    source.setPollInterval(200);
    QSignalSpy loaded(&source, &FileSource::incidentsLoaded);
    source.start();
    QTRY_COMPARE(sourceIds(loaded), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QTRY_COMPARE(source.state(), FileSource::State::Ok);

    write(path, line(3) + line(4), QIODevice::Append);
    QTRY_COMPARE(sourceIds(loaded).size(), 4);
    // Only the new lines are read again.
    QCOMPARE(sourceIds(loaded),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
    QCOMPARE(loaded.last().at(0).value<QList<Incident>>().first().id, QStringLiteral("generic:watch:3"));
}

void TestFileSource::partialLastLineWaits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.ndjson"));
    write(path, line(1));
    FileSource source(path);
    source.setPollInterval(100);
    QSignalSpy loaded(&source, &FileSource::incidentsLoaded);
    QSignalSpy errors(&source, &FileSource::errorsReported);
    source.start();
    QTRY_COMPARE(sourceIds(loaded).size(), 1);

    const QByteArray next = line(2);
    write(path, next.left(30), QIODevice::Append);
    QTest::qWait(500);
    QCOMPARE(sourceIds(loaded).size(), 1);
    QCOMPARE(errors.count(), 0);

    write(path, next.mid(30), QIODevice::Append);
    QTRY_COMPARE(sourceIds(loaded), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(errors.count(), 0);
}

void TestFileSource::truncatedFileIsReadAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.ndjson"));
    write(path, line(1) + line(2) + line(3));
    FileSource source(path);
    source.setPollInterval(100);
    QSignalSpy loaded(&source, &FileSource::incidentsLoaded);
    source.start();
    QTRY_COMPARE(sourceIds(loaded).size(), 3);

    write(path, line(9, "resolved"));
    QTRY_COMPARE(sourceIds(loaded).size(), 4);
    const Incident incident = loaded.last().at(0).value<QList<Incident>>().first();
    QCOMPARE(incident.sourceId, QStringLiteral("9"));
    QCOMPARE(incident.state, Incident::State::Resolved);
}

void TestFileSource::changedDocumentIsReadAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.json"));
    write(path, '[' + line(1).trimmed() + ']');
    FileSource source(path);
    source.setPollInterval(100);
    QSignalSpy loaded(&source, &FileSource::incidentsLoaded);
    source.start();
    QTRY_COMPARE(sourceIds(loaded).size(), 1);

    write(path, "[\n" + line(1, "in_progress").trimmed() + ",\n" + line(2).trimmed() + "\n]\n");
    QTRY_COMPARE(sourceIds(loaded).size(), 3);
    const QList<Incident> again = loaded.last().at(0).value<QList<Incident>>();
    QCOMPARE(again.size(), 2);
    QCOMPARE(again.first().state, Incident::State::InProgress);
}

void TestFileSource::folderPicksUpNewFiles()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("a.ndjson")), line(1));
    write(dir.filePath(QStringLiteral("notes.txt")), "not a feed\n");
    FileSource source(dir.path());
    source.setPollInterval(100);
    QSignalSpy loaded(&source, &FileSource::incidentsLoaded);
    QSignalSpy errors(&source, &FileSource::errorsReported);
    source.start();
    QTRY_COMPARE(sourceIds(loaded), QStringList{QStringLiteral("1")});

    write(dir.filePath(QStringLiteral("b.json")), '[' + line(2).trimmed() + ',' + line(3).trimmed() + ']');
    QTRY_COMPARE(sourceIds(loaded).size(), 3);
    write(dir.filePath(QStringLiteral("a.ndjson")), line(4), QIODevice::Append);
    QTRY_COMPARE(sourceIds(loaded).size(), 4);
    QCOMPARE(sourceIds(loaded).last(), QStringLiteral("4"));
    QCOMPARE(errors.count(), 0);
}

void TestFileSource::malformedLineReportsItsLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.ndjson"));
    write(path, line(1) + line(2));
    FileSource source(path);
    source.setPollInterval(100);
    QSignalSpy loaded(&source, &FileSource::incidentsLoaded);
    QSignalSpy errors(&source, &FileSource::errorsReported);
    source.start();
    QTRY_COMPARE(sourceIds(loaded).size(), 2);

    write(path, line(3) + "{\"schema\": broken\n" + line(5), QIODevice::Append);
    QTRY_COMPARE(errors.count(), 1);
    QTRY_COMPARE(sourceIds(loaded).size(), 4);
    const QList<FeedError> reported = errors.first().at(0).value<QList<FeedError>>();
    QCOMPARE(reported.size(), 1);
    QCOMPARE(reported.first().line, 4);
    QCOMPARE(reported.first().byteOffset, (line(1) + line(2) + line(3)).size());
}

void TestFileSource::missingFileThenCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("later.ndjson"));
    FileSource source(path);
    source.setPollInterval(100);
    QSignalSpy loaded(&source, &FileSource::incidentsLoaded);
    source.start();
    QCOMPARE(source.state(), FileSource::State::Failing);
    QVERIFY(!source.statusMessage().isEmpty());

    write(path, line(1));
    QTRY_COMPARE(sourceIds(loaded).size(), 1);
    QTRY_COMPARE(source.state(), FileSource::State::Ok);
}

void TestFileSource::lateResultAfterOwnerIsGone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.ndjson"));
    QByteArray data;
    for (int i = 0; i < 20000; ++i) {
        data += line(i);
    }
    write(path, data);

    int delivered = 0;
    QObject receiver;
    auto* source = new FileSource(path);
    connect(source, &FileSource::incidentsLoaded, &receiver, [&delivered] { ++delivered; });
    source->start();
    QCOMPARE(source->state(), FileSource::State::Loading);
    delete source;
    QTest::qWait(1500);
    QCOMPARE(delivered, 0);
}

QTEST_GUILESS_MAIN(TestFileSource)
#include "tst_filesource.moc"
