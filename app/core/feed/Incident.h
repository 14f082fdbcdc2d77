#pragma once

#include "identity/EndpointIdentity.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cordon::core
{

// One incident in the normalized model console.incident/v1 (docs/feeds.md §Incident model).
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

    // Only what the incident list shows is filled (id, title, summary, severity, state, resolution, detection
    // time, host, the user as written, source kind): the store lists a hundred thousand from its columns and
    // reads the whole incident when one is opened (IncidentStore::find).
    bool listFieldsOnly = false;

    static QString severityName(Severity severity);
    static Severity severityFromName(const QString& name);
    static QString stateName(State state);
    static State stateFromName(const QString& name);

    // The console.incident/v1 object, "schema" included; dates as RFC 3339 UTC with milliseconds.
    QJsonObject toJson() const;
    // Appends toJson() in compact form, byte for byte as QJsonDocument writes it, without building the
    // object: the store and cordonctl write a hundred thousand at a time.
    void appendJson(QByteArray& out) const;
    // Reads a console.incident/v1 object as toJson() writes it. The user's parse is taken as written;
    // feeds re-parse user.raw themselves. Without an id, or a source kind and source_id to build one
    // from, it fails and *error says why.
    static std::optional<Incident> fromJson(const QJsonObject& object, QString* error = nullptr);

    // The key analysts' decisions about the incident's identities are remembered under (the identity links):
    // its feed source, "<kind>:<instance>".
    QString linkSource() const { return sourceKind + u':' + sourceInstance; }
    // "<kind>:<instance>:<source_id>".
    static QString makeId(const QString& kind, const QString& instance, const QString& sourceId);
    // True when the incident is still open: neither resolved nor suppressed.
    bool isOpen() const { return state != State::Resolved && state != State::Suppressed; }

    friend bool operator==(const Incident&, const Incident&) = default;
};

} // namespace cordon::core

// Its members are Qt's implicitly shared types, enums and an EndpointIdentity: a list of a hundred thousand
// incidents grows by reallocating its storage, not by moving each incident.
Q_DECLARE_TYPEINFO(cordon::core::Incident, Q_RELOCATABLE_TYPE);
