#pragma once

#include "feed/FeedTypes.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace cordon::core
{

// Reads incident feeds (OCSF, Red Canary, console.incident/v1) into Incidents. The input may be a
// JSON array, a single object, a Red Canary page ({meta, data, included}) or NDJSON; the format is
// detected from the records unless one is given. Unknown fields and values never fail a record; a
// malformed record is reported with its position and skipped. Thread-safe: parsing has no shared state.
class FeedParser
{
public:
    // Receives the incidents and errors found so far, in feed order; both lists are then cleared.
    using BatchSink = std::function<void(QList<Incident>& incidents, QList<FeedError>& errors)>;

    static FeedParseResult
    parse(const QByteArray& data, FeedFormat format = FeedFormat::Auto, const FeedContext& context = {});
    // Streams the file: a record at a time, never the whole parsed document. A file that cannot be
    // opened gives one error with position -1.
    static FeedParseResult
    parseFile(const QString& path, FeedFormat format = FeedFormat::Auto, const FeedContext& context = {});
    // The streaming form: reads the device to its end in chunks and hands batches of about
    // batchSize incidents to sink. Returns the detected format.
    static FeedFormat parseDevice(QIODevice& device,
                                  FeedFormat format,
                                  const FeedContext& context,
                                  const BatchSink& sink,
                                  qsizetype batchSize = 2000);
};

} // namespace cordon::core
