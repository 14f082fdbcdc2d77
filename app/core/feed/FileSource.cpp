#include "feed/FileSource.h"

#include "base/Logging.h"
#include "feed/FeedParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>

namespace cordon::core
{

namespace
{

constexpr qsizetype headSize = 256;
constexpr int defaultPollMs = 30000;

// The outcome of one read, made on a worker thread.
struct ReadResult
{
    bool ok = true;
    QString error;
    qint64 offset = 0;
    qint64 lines = 0;
    bool appendable = false;
    QByteArray head;
    FeedParseResult parsed;
};

// A file's bytes from its current position up to `end`, so that the parser streams what was
// appended and stops before a partial last line. Counts the newlines it passes, for error positions.
class FileSlice : public QIODevice
{
public:
    FileSlice(QFile& file, qint64 end) : m_file(file), m_end(end) { open(QIODevice::ReadOnly); }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_end - m_file.pos() + QIODevice::bytesAvailable(); }
    qint64 newlines() const { return m_newlines; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 read = m_file.read(data, qMin(maxSize, m_end - m_file.pos()));
        if (read > 0) {
            m_newlines += std::count(data, data + read, '\n');
        }
        return read;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QFile& m_file;
    qint64 m_end;
    qint64 m_newlines = 0;
};

// Where the last complete line of the file ends (after its newline), looking back from its end
// without reading the file whole; `from` when no newline follows it.
qint64 endOfLastLine(QFile& file, qint64 from)
{
    constexpr qint64 block = 64 * 1024;
    for (qint64 end = file.size(); end > from;) {
        const qint64 begin = qMax(from, end - block);
        if (!file.seek(begin)) {
            return from;
        }
        const QByteArray bytes = file.read(end - begin);
        const qsizetype newline = bytes.lastIndexOf('\n');
        if (newline >= 0) {
            return begin + newline + 1;
        }
        end = begin;
    }
    return from;
}

// NDJSON whose first line is a whole object can be followed by offset; anything else is a document.
bool startsAsLines(const QByteArray& data)
{
    const QByteArray trimmed = data.trimmed();
    if (!trimmed.startsWith('{')) {
        return false;
    }
    const qsizetype newline = data.indexOf('\n', data.indexOf('{'));
    if (newline < 0) {
        return false;
    }
    QJsonParseError error;
    QJsonDocument::fromJson(data.left(newline), &error);
    return error.error == QJsonParseError::NoError;
}

ReadResult readFeedFile(
    const QString& path, qint64 offset, qint64 lines, bool appendable, FeedFormat format, const FeedContext& context)
{
    ReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.ok = false;
        result.error = file.errorString();
        return result;
    }
    const QString tooLarge = context.limits.checkFileSize(file.size() - offset);
    if (!tooLarge.isEmpty()) {
        result.ok = false;
        result.error = tooLarge;
        return result;
    }
    result.head = file.read(headSize);
    if (offset == 0) {
        appendable = startsAsLines(file.peek(1024 * 1024).prepend(result.head));
        lines = 0;
    }
    result.appendable = appendable;
    if (!appendable) {
        // A whole document: stream it from the start.
        file.seek(0);
        result.parsed.detected = FeedParser::parseDevice(
            file, format, context, [&result](QList<Incident>& incidents, QList<FeedError>& errors) {
                result.parsed.incidents.append(std::move(incidents));
                result.parsed.errors.append(std::move(errors));
            });
        result.offset = file.size();
        return result;
    }
    // A partial last line is still being written: it waits for its newline.
    const qint64 complete = endOfLastLine(file, offset);
    if (!file.seek(offset)) {
        result.ok = false;
        result.error = file.errorString();
        return result;
    }
    result.offset = complete;
    result.lines = lines;
    if (complete == offset) {
        return result;
    }
    FileSlice slice(file, complete);
    result.parsed.detected = FeedParser::parseDevice(
        slice, format, context, [&result, lines, offset](QList<Incident>& incidents, QList<FeedError>& errors) {
            for (FeedError& error : errors) {
                if (error.line >= 0) {
                    error.line += lines;
                }
                if (error.byteOffset >= 0) {
                    error.byteOffset += offset;
                }
            }
            result.parsed.incidents.append(std::move(incidents));
            result.parsed.errors.append(std::move(errors));
        });
    result.lines = lines + slice.newlines();
    return result;
}

bool isFeedFile(const QFileInfo& info)
{
    const QString suffix = info.suffix().toLower();
    return info.isFile() &&
           (suffix == QLatin1String("json") || suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl"));
}

} // namespace

FileSource::FileSource(QString path, FeedFormat format, FeedContext context, QObject* parent)
    : FeedSource(parent), m_path(std::move(path)), m_format(format), m_context(std::move(context))
{
    m_poll.setInterval(defaultPollMs);
    connect(&m_poll, &QTimer::timeout, this, &FileSource::pollNow);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString& file) {
        if (!m_folder) {
            check(m_path);
        } else {
            check(file);
        }
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { pollNow(); });
}

FileSource::~FileSource() = default;

void FileSource::setPollInterval(int milliseconds)
{
    m_poll.setInterval(milliseconds);
}

void FileSource::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_folder = QFileInfo(m_path).isDir();
    // Watching the folder (or the file's folder) notices files that are created or replaced.
    const QString folder = m_folder ? m_path : QFileInfo(m_path).absolutePath();
    if (QFileInfo::exists(folder)) {
        m_watcher.addPath(folder);
    }
    m_poll.start();
    pollNow();
}

void FileSource::stop()
{
    m_running = false;
    m_poll.stop();
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty()) {
        m_watcher.removePaths(watched);
    }
    setStopped();
}

void FileSource::pollNow()
{
    if (!m_running) {
        return;
    }
    if (m_folder) {
        rescanFolder();
    } else {
        check(m_path);
    }
}

void FileSource::rescanFolder()
{
    const QDir dir(m_path);
    if (!dir.exists()) {
        setFailing(tr("The folder %1 does not exist.").arg(m_path));
        return;
    }
    const QFileInfoList entries = dir.entryInfoList(QDir::Files, QDir::Name);
    QSet<QString> present;
    for (const QFileInfo& info : entries) {
        if (isFeedFile(info)) {
            present.insert(info.absoluteFilePath());
            check(info.absoluteFilePath());
        }
    }
    // Incidents of a removed file stay loaded; only its tracking ends.
    for (auto it = m_files.begin(); it != m_files.end();) {
        if (!present.contains(it.key()) && !it->busy) {
            it = m_files.erase(it);
        } else {
            ++it;
        }
    }
    updateStatus();
}

void FileSource::watch(const QString& file)
{
    if (!m_watcher.files().contains(file)) {
        m_watcher.addPath(file);
    }
}

void FileSource::check(const QString& file)
{
    if (!m_running) {
        return;
    }
    const QFileInfo info(file);
    if (!info.exists()) {
        m_files.remove(file);
        if (!m_folder) {
            setFailing(tr("The file %1 does not exist.").arg(file));
        }
        return;
    }
    // A replaced file is a new inode that the watcher no longer follows.
    watch(file);
    Tracked& tracked = m_files[file];
    if (tracked.busy) {
        tracked.again = true;
        return;
    }
    if (tracked.size == info.size() && tracked.modified == info.lastModified()) {
        return;
    }
    read(file);
}

void FileSource::read(const QString& file)
{
    Tracked& tracked = m_files[file];
    const QFileInfo info(file);
    qint64 offset = tracked.offset;
    // Truncated, replaced, or a document that changed: read it again whole.
    if (info.size() < tracked.offset || !tracked.appendable) {
        offset = 0;
    } else if (!tracked.head.isEmpty()) {
        QFile current(file);
        if (current.open(QIODevice::ReadOnly) &&
            !current.read(headSize).startsWith(tracked.head.left(qMin<qsizetype>(tracked.head.size(), info.size())))) {
            offset = 0;
        }
    }
    tracked.busy = true;
    tracked.again = false;
    tracked.size = info.size();
    tracked.modified = info.lastModified();
    setLoading(tr("Reading %1").arg(QFileInfo(file).fileName()));

    // The watcher is a child: destroyed with this source, so a late result goes nowhere.
    auto* watcher = new QFutureWatcher<ReadResult>(this);
    connect(watcher, &QFutureWatcher<ReadResult>::finished, this, [this, watcher, file] {
        watcher->deleteLater();
        const ReadResult result = watcher->result();
        const auto it = m_files.find(file);
        if (it == m_files.end()) {
            return;
        }
        it->busy = false;
        if (!result.ok) {
            it->size = -1;
            setFailing(tr("Cannot read %1: %2").arg(file, result.error));
            return;
        }
        it->offset = result.offset;
        it->lines = result.lines;
        it->appendable = result.appendable;
        it->head = result.head;
        qCDebug(lcFeed) << "read" << file << ":" << result.parsed.incidents.size() << "incidents,"
                        << result.parsed.errors.size() << "errors";
        if (!result.parsed.incidents.isEmpty()) {
            emit incidentsLoaded(result.parsed.incidents);
        }
        if (!result.parsed.errors.isEmpty()) {
            emit errorsReported(result.parsed.errors);
        }
        const bool again = it->again;
        updateStatus();
        if (again) {
            check(file);
        }
    });
    watcher->setFuture(QtConcurrent::run(readFeedFile, file, offset, offset == 0 ? 0 : tracked.lines,
                                         tracked.appendable, m_format, m_context));
}

void FileSource::updateStatus()
{
    for (const Tracked& tracked : std::as_const(m_files)) {
        if (tracked.busy) {
            return;
        }
    }
    if (state() == State::Failing && !m_folder && m_files.isEmpty()) {
        return;
    }
    setOk(tr("Watching %1").arg(m_path));
}

} // namespace cordon::core
