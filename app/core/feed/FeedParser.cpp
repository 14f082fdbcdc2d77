#include "feed/FeedParser.h"

#include "base/Logging.h"
#include "feed/JsonArraySplitter.h"
#include "feed/JsonScan.h"
#include "feed/JsonView.h"
#include "feed/OcsfMapper.h"
#include "feed/RedCanaryMapper.h"
#include "identity/IdentityParser.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutex>
#include <QThread>
#include <QtConcurrent>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <deque>
#include <limits>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace cordon::core
{

namespace
{

constexpr qsizetype chunkSize = 4 * 1024 * 1024;
constexpr QLatin1String incidentSchema("console.incident/v1");

using jsonscan::isSpace;

// The members of a whole document's object whose array holds its records, in the order addDocument looks.
constexpr std::array<const char*, 5> envelopeKeys{"data", "items", "results", "incidents", "findings"};

// Records of an envelope too large to read: by their index in its record array, where each began and its size.
struct Oversized
{
    qint64 offset = -1;
    qint64 size = 0;
};
using OversizedRecords = QHash<qint64, Oversized>;

qsizetype skipSpace(const QByteArray& data, qsizetype from)
{
    while (from < data.size() &&
           (isSpace(data.at(from)) || data.at(from) == '\xEF' || data.at(from) == '\xBB' || data.at(from) == '\xBF')) {
        ++from;
    }
    return from;
}

bool looksLikeIncident(const QJsonObject& record)
{
    return record.value(QLatin1String("schema")).toString().startsWith(QLatin1String("console.incident")) ||
           (record.value(QLatin1String("source")).isObject() && record.contains(QLatin1String("source_id")));
}

// Turns one record into an incident, or says why it is none: one format, or detecting it record by record.
// Each thread that reads records has its own, as its string pool is not shared.
class RecordMapper
{
public:
    struct Result
    {
        std::optional<Incident> incident;
        QString error;
        FeedFormat format = FeedFormat::Auto; // what the record was taken for, when it was an object
    };

    RecordMapper(FeedFormat requested, const FeedContext& context)
        : m_requested(requested), m_context(context), m_ocsf(m_context, m_pool), m_redCanary(m_context, m_pool)
    {}

    RedCanaryMapper& redCanary() { return m_redCanary; }

    Result fromBytes(const char* bytes, qsizetype size)
    {
        // An OCSF finding, the bulk of large feeds, is read through a view of its bytes; any other record, or
        // one the view declines, through a whole QJsonDocument. Both read a record the same.
        if (m_requested == FeedFormat::Ocsf || m_requested == FeedFormat::Auto) {
            if (m_tree.parse(bytes, size) && m_tree.root().isObject()) {
                const JsonObjectView record = m_tree.root().toObject();
                if (m_requested == FeedFormat::Ocsf || OcsfMapper::looksLikeOcsf(record)) {
                    Result result{std::nullopt, {}, FeedFormat::Ocsf};
                    result.incident = m_ocsf.map(record, &result.error);
                    return result;
                }
            }
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(bytes, size), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return {std::nullopt,
                    QStringLiteral("malformed JSON at byte %1 of the record: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()),
                    FeedFormat::Auto};
        }
        if (!document.isObject()) {
            return {std::nullopt, QStringLiteral("record is not a JSON object"), FeedFormat::Auto};
        }
        return fromObject(document.object());
    }

    Result fromObject(const QJsonObject& record)
    {
        Result result;
        result.format = formatOf(record);
        switch (result.format) {
        case FeedFormat::Ocsf:
            result.incident = m_ocsf.map(record, &result.error);
            break;
        case FeedFormat::RedCanary:
            result.incident = m_redCanary.map(record, &result.error);
            break;
        case FeedFormat::Ndjson:
            result.incident = mapIncident(record, &result.error);
            break;
        case FeedFormat::Auto:
            result.error =
                QStringLiteral("not an OCSF finding, a Red Canary detection or a console.incident/v1 record");
            break;
        }
        // The OCSF mapper pools its values itself.
        if (result.incident && result.format != FeedFormat::Ocsf) {
            share(*result.incident);
        }
        return result;
    }

private:
    FeedFormat formatOf(const QJsonObject& record) const
    {
        if (m_requested != FeedFormat::Auto) {
            return m_requested;
        }
        if (OcsfMapper::looksLikeOcsf(record)) {
            return FeedFormat::Ocsf;
        }
        if (looksLikeIncident(record)) {
            return FeedFormat::Ndjson;
        }
        if (RedCanaryMapper::looksLikeDetection(record)) {
            return FeedFormat::RedCanary;
        }
        return FeedFormat::Auto;
    }

    // Hosts and users recur across a feed's incidents: each value is held once, not once per incident.
    void share(Incident& incident)
    {
        EndpointIdentity& user = incident.user;
        for (QString* value :
             {&incident.hostname, &incident.hostnameNormalized, &user.raw, &user.domain, &user.username}) {
            *value = m_pool.intern(*value);
        }
    }

    // console.incident/v1 as written; only the user's parse is recomputed from user.raw.
    std::optional<Incident> mapIncident(const QJsonObject& record, QString* error)
    {
        const QJsonValue schema = record.value(QLatin1String("schema"));
        if (schema.isString() && !schema.toString().startsWith(QLatin1String("console.incident/"))) {
            *error = QStringLiteral("unsupported schema '%1'").arg(schema.toString());
            return std::nullopt;
        }
        if (schema.isString() && schema.toString() != incidentSchema) {
            qCDebug(lcFeed) << "reading" << schema.toString() << "as" << incidentSchema;
        }
        Incident incident;
        {
            std::optional<Incident> read = Incident::fromJson(record, error);
            if (!read) {
                return std::nullopt;
            }
            incident = std::move(*read);
        }
        if (incident.sourceInstance.isEmpty() && !m_context.instance.isEmpty() &&
            !record.contains(QLatin1String("id"))) {
            incident.sourceInstance = m_context.instance;
            incident.id = Incident::makeId(incident.sourceKind, incident.sourceInstance, incident.sourceId);
        }
        if (incident.hostnameNormalized.isEmpty()) {
            incident.hostnameNormalized = IdentityParser::shortHostname(incident.hostname);
        }
        incident.sourceKind = m_pool.intern(incident.sourceKind);
        incident.sourceInstance = m_pool.intern(incident.sourceInstance);
        incident.sourceVendor = m_pool.intern(incident.sourceVendor);
        incident.sourceProduct = m_pool.intern(incident.sourceProduct);

        IdentityContext identityContext;
        identityContext.hostname = incident.hostname;
        identityContext.rawField = incident.user.rawField;
        identityContext.sid = incident.user.sid;
        identityContext.vendorHints = incident.userHints;
        identityContext.serviceAccountPatterns = m_context.serviceAccountPatterns;
        const QString email = incident.user.email;
        incident.user = IdentityParser::parse(incident.user.raw, identityContext);
        incident.user.email = email;
        return incident;
    }

    FeedFormat m_requested;
    const FeedContext& m_context;
    feedvalues::StringPool m_pool;
    JsonTree m_tree; // kept between records, so that its nodes are allocated once
    OcsfMapper m_ocsf;
    RedCanaryMapper m_redCanary;
};

// Records read off the feed in order and waiting to be mapped on another thread: their bytes, or the
// error they already are.
struct Chunk
{
    struct Record
    {
        qint64 position = -1;
        qint64 offset = -1;
        qint64 line = -1;
        qsizetype begin = 0;
        qsizetype size = 0;
        bool limited = true; // counts against the incident limit (an oversized record skipped whole does not)
        QString error;
    };
    QByteArray bytes;
    std::vector<Record> records;
    // The records' bytes are a read buffer's, shared and never copied, rather than copied one by one.
    bool shared = false;
    qsizetype recordBytes = 0;
};

struct Outcome
{
    Outcome(const Chunk::Record& read, RecordMapper::Result&& mapped) : record(read), result(std::move(mapped)) {}

    Chunk::Record record;
    RecordMapper::Result result;
};

// The mappers of a feed's chunks, kept while the feed is read: one per thread at a time, as a mapper's
// string pool is not shared, and each carries its pool from chunk to chunk so that a value recurring over
// the feed is held once, not once per chunk.
class MapperPool
{
public:
    MapperPool(FeedFormat requested, const FeedContext& context) : m_requested(requested), m_context(context) {}

    std::unique_ptr<RecordMapper> take()
    {
        const QMutexLocker locker(&m_mutex);
        if (m_free.empty()) {
            return std::make_unique<RecordMapper>(m_requested, m_context);
        }
        std::unique_ptr<RecordMapper> mapper = std::move(m_free.back());
        m_free.pop_back();
        return mapper;
    }

    void give(std::unique_ptr<RecordMapper> mapper)
    {
        const QMutexLocker locker(&m_mutex);
        m_free.push_back(std::move(mapper));
    }

private:
    FeedFormat m_requested;
    const FeedContext& m_context;
    QMutex m_mutex;
    std::vector<std::unique_ptr<RecordMapper>> m_free;
};

// Maps a chunk's records into `outcomes`, a list taken in before and emptied, whose storage is used again.
std::vector<Outcome> mapChunk(const Chunk& chunk, MapperPool& mappers, std::vector<Outcome>&& outcomes)
{
    std::unique_ptr<RecordMapper> mapper = mappers.take();
    outcomes.reserve(chunk.records.size());
    // Each result is built in its place: an incident is large, and every move of it counts over a big feed.
    for (const Chunk::Record& record : chunk.records) {
        if (record.error.isEmpty()) {
            outcomes.emplace_back(record, mapper->fromBytes(chunk.bytes.constData() + record.begin, record.size));
        } else {
            outcomes.emplace_back(record, RecordMapper::Result{std::nullopt, record.error, FeedFormat::Auto});
        }
    }
    mappers.give(std::move(mapper));
    return outcomes;
}

// Turns records into incidents and collects them in batches, in feed order. Records are mapped a chunk
// at a time on the thread pool while the feed is read on; the results are taken in the order the records
// came, so positions, limits and errors are exactly those of reading one record after another.
class RecordReader
{
public:
    RecordReader(FeedFormat format, const FeedContext& context, const FeedParser::BatchSink& sink, qsizetype batchSize)
        : m_limits(context.limits), m_mapper(format, context), m_mappers(format, context), m_sink(sink),
          m_batchSize(batchSize)
    {}

    ~RecordReader()
    {
        for (Pending& pending : m_pending) {
            pending.future.waitForFinished();
        }
    }

    RecordReader(const RecordReader&) = delete;
    RecordReader& operator=(const RecordReader&) = delete;

    FeedFormat detected() const { return m_detected; }
    // The incident limit is reached and a further record was found: the rest of the feed is not read.
    bool full() const { return m_full; }

    // A record whose bytes are copied into the chunk.
    void addElement(const char* bytes, qsizetype size, qint64 offset, qint64 line)
    {
        if (!admitBytes(size, offset, line)) {
            return;
        }
        if (m_chunk.shared) {
            dispatch();
        }
        Chunk::Record record{m_position++, offset, line, m_chunk.bytes.size(), size, true, {}};
        m_chunk.bytes.append(bytes, size);
        addRecord(std::move(record), size);
    }

    // A record read in place: the chunk shares the buffer, which the caller then leaves as it is (a change
    // to it would copy it first). A chunk holds the records of one buffer.
    void addElement(const QByteArray& buffer, qsizetype begin, qsizetype size, qint64 offset, qint64 line)
    {
        if (!admitBytes(size, offset, line)) {
            return;
        }
        if (!m_chunk.shared || m_chunk.bytes.constData() != buffer.constData()) {
            if (m_chunk.recordBytes > 0) {
                dispatch();
            }
            m_chunk.bytes = buffer;
            m_chunk.shared = true;
        }
        addRecord(Chunk::Record{m_position++, offset, line, begin, size, true, {}}, size);
    }

    // A whole JSON document: a Red Canary page or another envelope with a record array, or one record.
    // An envelope's records that were too large are listed in `oversized` and stand as 0 in the document.
    void addDocument(const QJsonDocument& document, const OversizedRecords& oversized = {})
    {
        drain();
        if (document.isArray()) {
            addArray(document.array(), oversized);
            return;
        }
        const QJsonObject object = document.object();
        for (const char* key : envelopeKeys) {
            const QJsonValue records = object.value(QLatin1String(key));
            if (records.isArray()) {
                m_mapper.redCanary().addIncluded(object.value(QLatin1String("included")).toArray());
                addArray(records.toArray(), oversized);
                return;
            }
        }
        if (admit(m_position, -1, -1)) {
            accept(m_position++, -1, -1, m_mapper.fromObject(object));
        }
    }

    // A record too large to hold: it counts as a record, and only its place is kept.
    void skipOversized(qint64 offset, qint64 line, qint64 size)
    {
        if (!m_full) {
            queue(offset, line, oversizedError(size), false);
        }
    }

    // An error found while reading the feed, after the records read so far. Errors beyond maxErrors are only
    // counted, so that a feed of garbage cannot fill the memory with them.
    void addError(qint64 position, qint64 offset, qint64 line, const QString& reason)
    {
        drain();
        error(position, offset, line, reason);
    }

    // An error about the feed as a whole (a limit it reached), always listed, after the records read so far.
    void report(const FeedError& feedError)
    {
        drain();
        listError(feedError);
    }

    // Takes in every record read so far.
    void drain()
    {
        dispatch();
        while (!m_pending.empty()) {
            takeOldest();
        }
    }

    void finish()
    {
        drain();
        if (m_errorCount > m_limits.maxErrors) {
            listError(FeedError{-1, -1, -1,
                                QStringLiteral("%1 further records could not be read and are not listed")
                                    .arg(m_errorCount - m_limits.maxErrors)});
        }
        flush();
    }

    void flush()
    {
        if (!m_incidents.isEmpty() || !m_errors.isEmpty()) {
            m_sink(m_incidents, m_errors);
            m_incidents.clear();
            m_errors.clear();
            // A feed this large fills more batches: each is allocated once at its size, not grown. A batch
            // that is the whole feed grows instead, by reallocation.
            if (m_batchSize <= ReservedBatch) {
                m_incidents.reserve(m_batchSize);
            }
        }
    }

private:
    // Chunks waiting to be taken in, in feed order: mapped on the thread pool, or already mapped here.
    struct Pending
    {
        QFuture<std::vector<Outcome>> future;
        std::vector<Outcome> outcomes;
        bool onPool = false;
    };

    // Large enough that handing a chunk over costs nothing, small enough that a feed of a few hundred
    // records still spreads over the cores.
    static constexpr qsizetype ChunkRecords = 256;
    static constexpr qsizetype ChunkBytes = 1024 * 1024;
    // Chunks mapped and not yet taken in; beyond this the reader waits for the oldest.
    static constexpr size_t MaxPending = 8;
    // Chunks waiting in the pool's queue beside those it maps: enough to last while a buffer of chunkSize
    // is read and split (with only one waiting, the pool idles about a fifth of the time).
    static constexpr qsizetype PoolQueue = 3;
    // Batches up to this size are allocated whole up front.
    static constexpr qsizetype ReservedBatch = 100000;

    QString oversizedError(qint64 size) const
    {
        return QStringLiteral("the record is %1, larger than the %2 limit (setting feeds/maxRecordBytes); skipped")
            .arg(FeedLimits::sizeText(size), FeedLimits::sizeText(m_limits.maxRecordBytes));
    }

    // Whether a record's bytes are read at all: an empty or oversized one is an error in its place.
    bool admitBytes(qsizetype size, qint64 offset, qint64 line)
    {
        if (m_full) {
            return false;
        }
        if (size > m_limits.maxRecordBytes) {
            queue(offset, line, oversizedError(size), true);
            return false;
        }
        if (size == 0) {
            queue(offset, line, QStringLiteral("empty record"), true);
            return false;
        }
        return true;
    }

    void addRecord(Chunk::Record&& record, qsizetype size)
    {
        m_chunk.records.push_back(std::move(record));
        m_chunk.recordBytes += size;
        if (static_cast<qsizetype>(m_chunk.records.size()) >= ChunkRecords || m_chunk.recordBytes >= ChunkBytes) {
            dispatch();
        }
    }

    void queue(qint64 offset, qint64 line, const QString& error, bool limited)
    {
        m_chunk.records.push_back(Chunk::Record{m_position++, offset, line, 0, 0, limited, error});
    }

    // A full chunk goes to the thread pool while a core is free there, and is otherwise mapped on this
    // thread, so that the reader maps too instead of only waiting on the pool.
    void dispatch()
    {
        if (m_chunk.records.empty()) {
            return;
        }
        const qsizetype onPool = std::count_if(m_pending.cbegin(), m_pending.cend(), [](const Pending& pending) {
            return pending.onPool && !pending.future.isFinished();
        });
        Pending pending;
        // A few chunks more than the pool maps at once wait in its queue, so that it never idles while this
        // thread maps one itself, or reads and splits the next buffer.
        if (onPool < m_poolSlots + PoolQueue) {
            pending.onPool = true;
            pending.future = QtConcurrent::run(
                [chunk = std::exchange(m_chunk, {}), &mappers = m_mappers, outcomes = spareOutcomes()]() mutable {
                    return mapChunk(chunk, mappers, std::move(outcomes));
                });
        } else {
            pending.outcomes = mapChunk(std::exchange(m_chunk, {}), m_mappers, spareOutcomes());
        }
        m_pending.push_back(std::move(pending));
        while (!m_pending.empty() &&
               (m_pending.size() > MaxPending || !m_pending.front().onPool || m_pending.front().future.isFinished())) {
            takeOldest();
        }
    }

    // Waits for the oldest chunk (one the pool has not started is mapped on this thread) and takes it in.
    void takeOldest()
    {
        Pending oldest = std::move(m_pending.front());
        m_pending.pop_front();
        std::vector<Outcome> outcomes = oldest.onPool ? oldest.future.takeResult() : std::move(oldest.outcomes);
        for (Outcome& outcome : outcomes) {
            const Chunk::Record& record = outcome.record;
            if (m_full || (record.limited && !admit(record.position, record.offset, record.line))) {
                return; // the rest of the feed is not read
            }
            accept(record.position, record.offset, record.line, std::move(outcome.result));
        }
        // As many spare lists as chunks can be under way at once: those pending, and the one being filled.
        if (m_spareOutcomes.size() < MaxPending + 2) {
            outcomes.clear();
            m_spareOutcomes.push_back(std::move(outcomes));
        }
    }

    // An empty list of outcomes whose storage a taken-in chunk used: a chunk's outcomes are a few hundred
    // kilobytes, and fresh ones would be paged in anew for every chunk.
    std::vector<Outcome> spareOutcomes()
    {
        if (m_spareOutcomes.empty()) {
            return {};
        }
        std::vector<Outcome> outcomes = std::move(m_spareOutcomes.back());
        m_spareOutcomes.pop_back();
        return outcomes;
    }

    void error(qint64 position, qint64 offset, qint64 line, const QString& reason)
    {
        if (m_errorCount++ >= m_limits.maxErrors) {
            return;
        }
        listError(FeedError{position, offset, line, reason});
    }

    void listError(const FeedError& feedError)
    {
        m_errors.append(feedError);
        flushIfFull();
    }

    // Whether one more record may be read; the first one beyond the incident limit ends the feed.
    bool admit(qint64 position, qint64 offset, qint64 line)
    {
        if (m_incidentCount < m_limits.maxIncidents) {
            return true;
        }
        if (!m_full) {
            m_full = true;
            listError(
                FeedError{position, offset, line,
                          QStringLiteral("the feed holds more than %1 incidents (setting feeds/maxIncidents): this "
                                         "record and the rest of the feed were not read")
                              .arg(m_limits.maxIncidents)});
        }
        return false;
    }

    void accept(qint64 position, qint64 offset, qint64 line, RecordMapper::Result&& result)
    {
        if (m_detected == FeedFormat::Auto && result.format != FeedFormat::Auto) {
            m_detected = result.format;
        }
        if (!result.incident) {
            error(position, offset, line, result.error);
            return;
        }
        m_incidents.append(std::move(*result.incident));
        ++m_incidentCount;
        flushIfFull();
    }

    void addArray(const QJsonArray& records, const OversizedRecords& oversized)
    {
        for (qsizetype index = 0; index < records.size(); ++index) {
            const QJsonValue value = records.at(index);
            if (const auto skipped = oversized.constFind(index); skipped != oversized.cend()) {
                error(m_position++, skipped->offset, -1, oversizedError(skipped->size));
                continue;
            }
            if (!admit(m_position, -1, -1)) {
                return;
            }
            const qint64 position = m_position++;
            if (!value.isObject()) {
                error(position, -1, -1, QStringLiteral("record is not a JSON object"));
                continue;
            }
            accept(position, -1, -1, m_mapper.fromObject(value.toObject()));
        }
    }

    void flushIfFull()
    {
        if (m_incidents.size() + m_errors.size() >= m_batchSize) {
            flush();
        }
    }

    FeedFormat m_detected = FeedFormat::Auto;
    const FeedLimits& m_limits;
    RecordMapper m_mapper; // for whole documents, read on this thread
    MapperPool m_mappers;  // for the chunks, on whichever thread maps them
    const FeedParser::BatchSink& m_sink;
    qsizetype m_batchSize;
    qint64 m_position = 0;
    qint64 m_incidentCount = 0;
    qint64 m_errorCount = 0;
    bool m_full = false;
    Chunk m_chunk;
    std::deque<Pending> m_pending;
    std::vector<std::vector<Outcome>> m_spareOutcomes;
    // Chunks mapped on the pool at once: a core for each beside this thread's.
    qsizetype m_poolSlots = std::max(1, QThread::idealThreadCount() - 1);
    QList<Incident> m_incidents;
    QList<FeedError> m_errors;
};

// The feed's bytes, counted: reading stops at the feed size limit (for devices whose size is not
// known up front, such as a pipe).
struct Input
{
    QIODevice& device;
    qint64 limit;
    qint64 taken = 0;
    bool cut = false; // the limit was reached before the end
};

bool readMore(Input& input, QByteArray& buffer)
{
    // A pipe says it is at its end whenever nothing is buffered yet: its end is an empty read.
    if (input.cut || (!input.device.isSequential() && input.device.atEnd())) {
        return false;
    }
    if (input.taken >= input.limit) {
        input.cut = !input.device.peek(1).isEmpty();
        return false;
    }
    // Read straight onto the end of the buffer: no copy in between, and the buffer's storage is reused.
    const qsizetype held = buffer.size();
    buffer.resize(held + qMin<qint64>(chunkSize, input.limit - input.taken));
    const qint64 read = input.device.read(buffer.data() + held, buffer.size() - held);
    buffer.resize(held + qMax<qint64>(read, 0));
    if (read <= 0) {
        return false;
    }
    input.taken += read;
    return true;
}

// The read buffers of an array, used again once no chunk shares them any more: a fresh buffer for every
// read would have its pages faulted in anew each time.
class ReadBuffers
{
public:
    // An empty buffer with room for `size` bytes.
    QByteArray take(qsizetype size)
    {
        for (auto it = m_spare.begin(); it != m_spare.end(); ++it) {
            // One a chunk still shares would be copied by the first write: only a free one is taken.
            if (it->isDetached() && it->capacity() >= size) {
                // The chunk that let it go last did so on another thread: its reads come before these writes.
                std::atomic_thread_fence(std::memory_order_acquire);
                QByteArray buffer = std::move(*it);
                m_spare.erase(it);
                buffer.resize(0); // keeps the storage
                return buffer;
            }
        }
        QByteArray buffer;
        buffer.reserve(size);
        return buffer;
    }

    // A buffer read to its end, which chunks may still share.
    void give(QByteArray&& buffer)
    {
        if (m_spare.size() >= MaxSpare) {
            m_spare.erase(m_spare.begin());
        }
        m_spare.push_back(std::move(buffer));
    }

private:
    // More than the chunks waiting to be mapped can hold at once.
    static constexpr size_t MaxSpare = 6;
    std::vector<QByteArray> m_spare;
};

void readArray(Input& input, QByteArray& buffer, RecordReader& reader, const FeedLimits& limits)
{
    ReadBuffers buffers;
    JsonArraySplitter splitter;
    QList<JsonArraySplitter::Element> elements;
    for (;;) {
        const JsonArraySplitter::Status status = splitter.scan(buffer, elements);
        for (const JsonArraySplitter::Element& element : elements) {
            if (element.skipped) {
                reader.skipOversized(element.offset, element.line, element.size);
            } else {
                reader.addElement(buffer, element.begin, element.end - element.begin, element.offset, element.line);
            }
            if (reader.full()) {
                return;
            }
        }
        elements.clear();
        if (status == JsonArraySplitter::Status::Finished) {
            const qsizetype rest = skipSpace(buffer, splitter.position());
            if (rest < buffer.size() || !input.device.atEnd()) {
                QByteArray tail = buffer.mid(rest);
                while (tail.trimmed().isEmpty()) {
                    tail.clear();
                    if (!readMore(input, tail)) {
                        break;
                    }
                }
                if (!tail.trimmed().isEmpty()) {
                    reader.addError(-1, splitter.base() + rest, -1,
                                    QStringLiteral("unexpected data after the end of the array"));
                }
            }
            return;
        }
        if (status == JsonArraySplitter::Status::Error) {
            reader.addError(-1, splitter.base() + splitter.position(), -1, QStringLiteral("not a JSON array"));
            return;
        }
        // An element too large to hold is followed to its end without keeping its bytes.
        if (splitter.elementBytes() > limits.maxRecordBytes) {
            splitter.skipElement();
        }
        // The chunks share the records read so far with this buffer: the rest goes on in another one, which
        // starts with the unfinished element.
        const qsizetype drop = splitter.consumable();
        QByteArray next = buffers.take(buffer.size() - drop + chunkSize);
        next.append(buffer.constData() + drop, buffer.size() - drop);
        buffers.give(std::move(buffer));
        buffer = std::move(next);
        splitter.dropped(drop);
        if (!readMore(input, buffer)) {
            if (input.cut) {
                return; // reported as the cut
            }
            reader.addError(-1, splitter.base() + splitter.consumable(), -1,
                            QStringLiteral("the feed ends inside the array: the last record is incomplete"));
            return;
        }
    }
}

void readLine(
    const QByteArray& buffer, qsizetype begin, qsizetype end, qint64 offset, qint64 line, RecordReader& reader)
{
    while (begin < end && (isSpace(buffer.at(begin)) || buffer.at(begin) == '\xEF' || buffer.at(begin) == '\xBB' ||
                           buffer.at(begin) == '\xBF')) {
        ++begin;
    }
    while (end > begin && isSpace(buffer.at(end - 1))) {
        --end;
    }
    if (end > begin) {
        reader.addElement(buffer.constData() + begin, end - begin, offset, line);
    }
}

void readLines(Input& input, QByteArray& buffer, RecordReader& reader, const FeedLimits& limits)
{
    qint64 base = 0;
    qint64 line = 0;
    qint64 skipping = -1; // where a line too large to hold began; its bytes are dropped up to its newline
    for (;;) {
        qsizetype start = 0;
        for (qsizetype newline = buffer.indexOf('\n'); newline >= 0 && !reader.full();
             newline = buffer.indexOf('\n', start)) {
            if (skipping >= 0) {
                reader.skipOversized(skipping, ++line, base + newline - skipping);
                skipping = -1;
            } else {
                readLine(buffer, start, newline, base + start, ++line, reader);
            }
            start = newline + 1;
        }
        if (reader.full()) {
            return;
        }
        base += start;
        buffer.remove(0, start);
        if (skipping < 0 && buffer.size() > limits.maxRecordBytes) {
            skipping = base;
        }
        if (skipping >= 0) {
            base += buffer.size();
            buffer.clear();
        }
        if (!readMore(input, buffer)) {
            if (input.cut) {
                return; // the last line is cut off; reported as the cut
            }
            // The last line may lack its newline.
            if (skipping >= 0) {
                reader.skipOversized(skipping, ++line, base - skipping);
            } else {
                readLine(buffer, 0, buffer.size(), base, ++line, reader);
            }
            return;
        }
    }
}

// Whether the line after the first is a whole JSON object: NDJSON whose first record is malformed.
bool secondLineIsRecord(const QByteArray& buffer, qsizetype first)
{
    const qsizetype begin = buffer.indexOf('\n', first);
    if (begin < 0) {
        return false;
    }
    qsizetype end = buffer.indexOf('\n', begin + 1);
    if (end < 0) {
        end = buffer.size();
    }
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(buffer.constData() + begin + 1, end - begin - 1), &error);
    return error.error == QJsonParseError::NoError && document.isObject();
}

// Past the JSON string that starts at data[at] (its opening quote); data.size() when it does not end.
qsizetype skipString(const QByteArray& data, qsizetype at)
{
    for (++at; at < data.size(); ++at) {
        if (data.at(at) == '\\') {
            ++at;
        } else if (data.at(at) == '"') {
            return at + 1;
        }
    }
    return data.size();
}

// Past the JSON value that starts at data[at], without parsing it: strings and nesting are followed, nothing
// else is checked (the document is parsed afterwards).
qsizetype skipValue(const QByteArray& data, qsizetype at)
{
    if (at < data.size() && data.at(at) == '"') {
        return skipString(data, at);
    }
    int depth = 0;
    while (at < data.size()) {
        const char c = data.at(at);
        if (c == '"') {
            at = skipString(data, at);
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) {
                return at;
            }
            if (--depth == 0) {
                return at + 1;
            }
        } else if (depth == 0 && (c == ',' || isSpace(c))) {
            return at;
        }
        ++at;
    }
    return at;
}

// A member of the document's top-level object: its name as written and where its value lies.
struct Member
{
    QByteArrayView name;
    qsizetype begin = 0;
    qsizetype end = 0;
};

// The members of the object at data[first], when data holds that one object and nothing after it but space.
std::optional<QList<Member>> topLevelMembers(const QByteArray& data, qsizetype first)
{
    QList<Member> members;
    qsizetype at = skipSpace(data, first + 1);
    if (at < data.size() && data.at(at) == '}') {
        return skipSpace(data, at + 1) == data.size() ? std::optional(members) : std::nullopt;
    }
    while (at < data.size() && data.at(at) == '"') {
        const qsizetype nameEnd = skipString(data, at);
        const QByteArrayView name(data.constData() + at + 1, std::max<qsizetype>(0, nameEnd - at - 2));
        at = skipSpace(data, nameEnd);
        if (at >= data.size() || data.at(at) != ':') {
            return std::nullopt;
        }
        const qsizetype begin = skipSpace(data, at + 1);
        const qsizetype end = skipValue(data, begin);
        if (end <= begin) {
            return std::nullopt;
        }
        members.append(Member{name, begin, end});
        at = skipSpace(data, end);
        if (at < data.size() && data.at(at) == ',') {
            at = skipSpace(data, at + 1);
        } else if (at < data.size() && data.at(at) == '}') {
            return skipSpace(data, at + 1) == data.size() ? std::optional(members) : std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

// A document larger than a record holds its records in an array (an envelope), and each is held to the record
// limit as an array's element is: one too large is overwritten with 0 and spaces, without moving any other byte,
// and listed. A document that is one record that large is not parsed at all: false.
bool limitEnvelopeRecords(QByteArray& data, qsizetype first, const FeedLimits& limits, OversizedRecords& oversized)
{
    const std::optional<QList<Member>> members = topLevelMembers(data, first);
    if (!members) {
        return true; // not one object: parsed as it is, or read line by line
    }
    const Member* records = nullptr;
    for (const char* key : envelopeKeys) {
        for (const Member& member : *members) {
            // The last of equal names, as QJsonObject keeps it.
            if (member.name == QByteArrayView(key) && data.at(member.begin) == '[') {
                records = &member;
            }
        }
        if (records) {
            break;
        }
    }
    if (!records) {
        return false;
    }
    JsonArraySplitter splitter;
    QList<JsonArraySplitter::Element> elements;
    const QByteArray array = QByteArray::fromRawData(data.constData() + records->begin, records->end - records->begin);
    if (splitter.scan(array, elements) != JsonArraySplitter::Status::Finished) {
        return true; // malformed: the parse says where
    }
    char* bytes = data.data() + records->begin;
    for (qsizetype index = 0; index < elements.size(); ++index) {
        const JsonArraySplitter::Element& element = elements.at(index);
        const qsizetype size = element.end - element.begin;
        if (size > limits.maxRecordBytes) {
            oversized.insert(index, Oversized{records->begin + element.begin, size});
            bytes[element.begin] = '0';
            std::memset(bytes + element.begin + 1, ' ', size_t(size - 1));
        }
    }
    return true;
}

// Takes the whole feed as one batch: the reader's list becomes the result as it is, and no incident is
// moved from one list to another. An incident is relocatable, so that list grows by reallocating its
// storage (which the system extends in place) rather than by moving each incident.
struct Collector
{
    FeedParseResult& result;

    static constexpr qsizetype BatchSize = std::numeric_limits<qsizetype>::max();

    FeedParser::BatchSink sink()
    {
        return [this](QList<Incident>& incidents, QList<FeedError>& errors) {
            if (result.incidents.isEmpty()) {
                result.incidents.swap(incidents);
            } else {
                result.incidents.append(std::move(incidents));
            }
            result.errors.append(std::move(errors));
        };
    }

    // The list keeps the room it grew into: pages never written take no memory, and squeezing would move
    // every incident once more.
    void finish()
    {
#ifdef __GLIBC__
        // A large parse hands back what reading its records left behind, before its list is used.
        if (result.incidents.size() >= 16000) {
            malloc_trim(0);
        }
#endif
    }
};

} // namespace

std::optional<FeedFormat> feedFormatFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("auto")) {
        return FeedFormat::Auto;
    }
    if (lower == QLatin1String("ocsf")) {
        return FeedFormat::Ocsf;
    }
    if (lower == QLatin1String("redcanary")) {
        return FeedFormat::RedCanary;
    }
    if (lower == QLatin1String("ndjson")) {
        return FeedFormat::Ndjson;
    }
    return std::nullopt;
}

QString feedFormatName(FeedFormat format)
{
    switch (format) {
    case FeedFormat::Auto:
        return QStringLiteral("auto");
    case FeedFormat::Ocsf:
        return QStringLiteral("ocsf");
    case FeedFormat::RedCanary:
        return QStringLiteral("redcanary");
    case FeedFormat::Ndjson:
        return QStringLiteral("ndjson");
    }
    return QString();
}

FeedLimits FeedLimits::fromSettings(const AppSettings& settings)
{
    FeedLimits limits;
    limits.maxFileBytes = settings.limit(Limit::FeedFileBytes);
    limits.maxRecordBytes = settings.limit(Limit::FeedRecordBytes);
    limits.maxDocumentBytes = settings.limit(Limit::FeedDocumentBytes);
    limits.maxIncidents = settings.limit(Limit::FeedIncidents);
    return limits;
}

QString FeedLimits::sizeText(qint64 bytes)
{
    constexpr qint64 megabyte = 1024 * 1024;
    if (bytes < megabyte) {
        return QStringLiteral("%1 bytes").arg(bytes);
    }
    if (bytes % megabyte == 0) {
        return QStringLiteral("%1 MB").arg(bytes / megabyte);
    }
    return QStringLiteral("%1 MB").arg(double(bytes) / megabyte, 0, 'f', 1);
}

QString FeedLimits::checkFileSize(qint64 bytes) const
{
    if (bytes <= maxFileBytes) {
        return QString();
    }
    return QStringLiteral("the feed is %1, larger than the %2 limit (setting feeds/maxFileBytes); not read")
        .arg(sizeText(bytes), sizeText(maxFileBytes));
}

QString FeedError::toString() const
{
    QString where = position >= 0 ? QStringLiteral("record %1").arg(position) : QStringLiteral("feed");
    QStringList details;
    if (line >= 0) {
        details.append(QStringLiteral("line %1").arg(line));
    }
    if (byteOffset >= 0) {
        details.append(QStringLiteral("byte %1").arg(byteOffset));
    }
    if (!details.isEmpty()) {
        where += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
    }
    return where + QStringLiteral(": ") + reason;
}

FeedFormat FeedParser::parseDevice(
    QIODevice& device, FeedFormat format, const FeedContext& context, const BatchSink& sink, qsizetype batchSize)
{
    const FeedLimits& limits = context.limits;
    RecordReader reader(format, context, sink, qMax<qsizetype>(1, batchSize));
    Input input{device, limits.maxFileBytes};
    // Ends the read; a feed cut at the size limit says so once, at its end.
    const auto finish = [&] {
        reader.drain();
        if (input.cut) {
            reader.report(FeedError{-1, input.taken, -1,
                                    QStringLiteral("the feed is larger than the %1 limit (setting feeds/maxFileBytes): "
                                                   "the rest was not read")
                                        .arg(FeedLimits::sizeText(limits.maxFileBytes))});
        }
        reader.finish();
        return reader.detected();
    };
    QByteArray buffer;
    qsizetype first = 0;
    while ((first = skipSpace(buffer, 0)) >= buffer.size() && readMore(input, buffer)) {
    }
    if (first >= buffer.size()) {
        return finish(); // an empty feed holds no incidents and no errors
    }

    const char lead = buffer.at(first);
    if (lead == '[') {
        readArray(input, buffer, reader, limits);
    } else if (lead == '{') {
        // One record per line, or one (pretty-printed) document: a line that is a whole object and
        // is followed by more says NDJSON.
        qsizetype newline = buffer.indexOf('\n', first);
        while (newline < 0 && buffer.size() - first <= limits.maxRecordBytes && readMore(input, buffer)) {
            newline = buffer.indexOf('\n', first);
        }
        bool lines = false;
        if (newline >= 0) {
            QJsonParseError error;
            QJsonDocument::fromJson(QByteArray::fromRawData(buffer.constData() + first, newline - first), &error);
            qsizetype next = skipSpace(buffer, newline);
            while (next >= buffer.size() && readMore(input, buffer)) {
                next = skipSpace(buffer, newline);
            }
            lines = error.error == QJsonParseError::NoError && next < buffer.size();
        }
        if (!lines) {
            // A document is parsed whole, so its size is bounded.
            while (buffer.size() - first <= limits.maxDocumentBytes && readMore(input, buffer)) {
            }
            if (buffer.size() - first <= limits.maxDocumentBytes && !input.cut) {
                OversizedRecords oversized;
                if (buffer.size() - first > limits.maxRecordBytes &&
                    !limitEnvelopeRecords(buffer, first, limits, oversized)) {
                    reader.skipOversized(first, 1, buffer.size() - first);
                    return finish();
                }
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(buffer, &error);
                if (error.error == QJsonParseError::NoError) {
                    reader.addDocument(document, oversized);
                    return finish();
                }
            } else if (!input.cut && !secondLineIsRecord(buffer, first)) {
                reader.report(FeedError{
                    -1, first, 1,
                    QStringLiteral("the feed is one JSON document larger than the %1 limit (setting "
                                   "feeds/maxDocumentBytes); not read. A JSON array or NDJSON is read a record at a "
                                   "time.")
                        .arg(FeedLimits::sizeText(limits.maxDocumentBytes))});
                return finish();
            }
            // Not one document: read it line by line, so that the good records still load.
        }
        readLines(input, buffer, reader, limits);
    } else {
        readLines(input, buffer, reader, limits);
    }
    return finish();
}

FeedParseResult FeedParser::parse(const QByteArray& data, FeedFormat format, const FeedContext& context)
{
    QBuffer device;
    device.setData(data);
    device.open(QIODevice::ReadOnly);
    FeedParseResult result;
    Collector collector{result};
    result.detected = parseDevice(device, format, context, collector.sink(), Collector::BatchSize);
    collector.finish();
    return result;
}

FeedParseResult FeedParser::parseFile(const QString& path, FeedFormat format, const FeedContext& context)
{
    FeedParseResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append(FeedError{-1, -1, -1, QStringLiteral("cannot open %1: %2").arg(path, file.errorString())});
        return result;
    }
    // Refused up front when its size is known; a pipe is cut at the limit instead.
    const QString tooLarge = file.isSequential() ? QString() : context.limits.checkFileSize(file.size());
    if (!tooLarge.isEmpty()) {
        result.errors.append(FeedError{-1, -1, -1, tooLarge});
        return result;
    }
    Collector collector{result};
    result.detected = parseDevice(file, format, context, collector.sink(), Collector::BatchSize);
    collector.finish();
    return result;
}

} // namespace cordon::core
