#pragma once

#include "identity/EndpointIdentity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cordon::core {

// One incident in the normalized model console.incident/v1 (feeds/FORMATS.md §5).
struct Incident
{
    enum class Severity
    {
        Unknown,
        Informational,
        Low,
        Medium,
        High,
        Critical,
    };
    enum class State
    {
        Unknown,
        New,
        InProgress,
        Resolved,
        Suppressed,
    };

    QString id; // <kind>:<instance>:<source_id>, stable across re-ingest
    QString sourceKind;
    QString sourceInstance;
    QString sourceVendor;
    QString sourceProduct;
    QString ocsfVersion;
    QString sourceId;
    QString title;
    QString summary;
    Severity severity = Severity::Unknown;
    QString severityRaw;
    State state = State::Unknown;
    QString resolution;
    QDateTime detectedAt;
    QDateTime reportedAt;
    QDateTime acknowledgedAt;
    QDateTime remediatedAt;

    QString hostname;
    QString hostnameNormalized;
    QString sourceEndpointId;
    QString osFamily;
    QStringList ips;

    EndpointIdentity user;
    QString sourceUserId;
    QJsonObject userHints; // vendor flags such as Red Canary's reporting_tags

    QString consoleUrl;
    QString apiUrl;
    QString timelineUrl;

    static QString severityName(Severity severity);
    static Severity severityFromName(const QString& name);
    static QString stateName(State state);
    static State stateFromName(const QString& name);

    // The console.incident/v1 object, "schema" included; dates as RFC 3339 UTC with milliseconds.
    QJsonObject toJson() const;
};

} // namespace cordon::core
