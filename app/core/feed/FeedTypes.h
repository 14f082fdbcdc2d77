#pragma once

#include "feed/Incident.h"
#include "store/AppSettings.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace cordon::core
{

enum class FeedFormat
{
    Auto,
    Ocsf,      // OCSF Detection Finding (class_uid 2004) and the legacy Security Finding (2001)
    RedCanary, // Red Canary v3 detections
    Ndjson,    // console.incident/v1, one per line (or a JSON array of them)
};

// "auto", "ocsf", "redcanary", "ndjson"; std::nullopt for anything else.
std::optional<FeedFormat> feedFormatFromName(const QString& name);
QString feedFormatName(FeedFormat format);

// One record that could not be read. The rest of the feed still loads.
struct FeedError
{
    qint64 position = -1;   // index of the record in the feed, from 0; -1 for the feed as a whole
    qint64 byteOffset = -1; // where the record starts, from 0
    qint64 line = -1;       // the line it starts on, from 1
    QString reason;

    // "record 3 (line 12, byte 4711): reason", for people.
    QString toString() const;
};

// Bounds on one read of a feed, so that no feed can take the memory or the time it likes. What is
// beyond them is refused or skipped with a FeedError that names the setting; the rest still loads.
struct FeedLimits
{
    using Limit = AppSettings::Limit;

    // A file, or the part of a followed file not read yet, larger than this is not read at all.
    qint64 maxFileBytes = AppSettings::defaultLimit(Limit::FeedFileBytes);
    // A record (an NDJSON line, an element of a JSON array) larger than this is skipped.
    qint64 maxRecordBytes = AppSettings::defaultLimit(Limit::FeedRecordBytes);
    // A feed that is one JSON document (an envelope such as {"data": [...]}) is parsed whole; larger
    // than this it is refused. Arrays and NDJSON are read a record at a time.
    qint64 maxDocumentBytes = AppSettings::defaultLimit(Limit::FeedDocumentBytes);
    // Incidents taken from one read; the rest of the feed is left with an error.
    qint64 maxIncidents = AppSettings::defaultLimit(Limit::FeedIncidents);
    // Errors reported one by one; further ones are counted in a last error.
    qint64 maxErrors = 1000;

    // From the settings feeds/maxFileBytes, feeds/maxRecordBytes, feeds/maxDocumentBytes and
    // feeds/maxIncidents.
    static FeedLimits fromSettings(const AppSettings& settings);
    // "512 MB", "1.5 MB", "300 bytes", for messages.
    static QString sizeText(qint64 bytes);
    // Why a feed of this many bytes is not read; empty when it is within maxFileBytes.
    QString checkFileSize(qint64 bytes) const;
};

// What a feed's configuration adds to its records.
struct FeedContext
{
    // The source's instance name, the middle part of an incident id. When empty, Red Canary takes
    // the portal's subdomain and OCSF the product's vendor.
    QString instance;
    // Service-account patterns (regular expressions, case-insensitive) from the settings.
    QStringList serviceAccountPatterns;
    // Red Canary: the resource (an object with "attributes") of type "endpoint" or "endpoint_user"
    // with the given id, for relationships a page has no "included" entry for; an empty object
    // when unknown. It must answer at once (from a cache) and be callable from a worker thread.
    std::function<QJsonObject(const QString& type, const QString& id)> resolveRelated;
    // Bounds on the read; the defaults unless the caller sets them (FeedLimits::fromSettings).
    FeedLimits limits;
};

struct FeedParseResult
{
    FeedFormat detected = FeedFormat::Auto; // stays Auto when nothing was recognised
    QList<Incident> incidents;
    QList<FeedError> errors;
};

} // namespace cordon::core
