#pragma once

// Header-only: a test that builds incidents links cordon_feed (Incident, and IdentityParser through it).
#include "feed/Incident.h"
#include "identity/IdentityParser.h"

#include <QDateTime>
#include <QString>

// One incident for a test, with plain defaults and only what the test cares about set:
//     Incident a = IncidentBuilder(QStringLiteral("1")).severity(Incident::Severity::Critical).user(u"AD\\jo"_s);
// The id is made from the source kind, instance and source id as a feed's would be, unless id() sets it;
// user() parses the endpoint user as a feed does, rawUser() keeps the text unparsed.
class IncidentBuilder
{
public:
    using Incident = cordon::core::Incident;

    explicit IncidentBuilder(const QString& sourceId,
                             const QString& kind = QStringLiteral("generic"),
                             const QString& instance = QStringLiteral("test"))
    {
        m_incident.sourceKind = kind;
        m_incident.sourceInstance = instance;
        m_incident.sourceId = sourceId;
        m_incident.id = Incident::makeId(kind, instance, sourceId);
        m_incident.title = QStringLiteral("Incident %1").arg(sourceId);
        m_incident.severity = Incident::Severity::High;
        m_incident.state = Incident::State::New;
        m_incident.detectedAt = start();
        m_incident.hostname = QStringLiteral("kst-lt-0001");
    }

    // An incident known by its id alone, as a list or a store keys it.
    static IncidentBuilder withId(const QString& id) { return IncidentBuilder(id).id(id); }

    // When every incident a builder makes is detected unless told otherwise.
    static QDateTime start() { return QDateTime(QDate(2026, 1, 11), QTime(7, 0), Qt::UTC); }

    IncidentBuilder& id(const QString& id)
    {
        m_incident.id = id;
        return *this;
    }
    IncidentBuilder& title(const QString& title)
    {
        m_incident.title = title;
        return *this;
    }
    IncidentBuilder& severity(Incident::Severity severity)
    {
        m_incident.severity = severity;
        return *this;
    }
    IncidentBuilder& state(Incident::State state)
    {
        m_incident.state = state;
        return *this;
    }
    IncidentBuilder& detectedAt(const QDateTime& when)
    {
        m_incident.detectedAt = when;
        return *this;
    }
    IncidentBuilder& minutesAfterStart(qint64 minutes)
    {
        m_incident.detectedAt = start().addSecs(minutes * 60);
        return *this;
    }
    IncidentBuilder& host(const QString& host)
    {
        m_incident.hostname = host;
        return *this;
    }
    // The endpoint user as a feed reports it, parsed as the feed parser does.
    IncidentBuilder& user(const QString& raw, const QString& field = QStringLiteral("username"))
    {
        m_incident.user = cordon::core::IdentityParser::parse(raw);
        m_incident.user.rawField = field;
        return *this;
    }
    // The endpoint user as a feed that names the endpoint reports it: parsed with the incident's host name, so
    // that HOST\user on that host is a local account. Set the host first.
    IncidentBuilder& userOnHost(const QString& raw, const QString& field = QStringLiteral("username"))
    {
        cordon::core::IdentityContext context;
        context.hostname = m_incident.hostname;
        m_incident.user = cordon::core::IdentityParser::parse(raw, context);
        m_incident.user.rawField = field;
        return *this;
    }
    // The endpoint user's text only (and the field it came from), for a test of the list rather than of the
    // identity.
    IncidentBuilder& rawUser(const QString& raw, const QString& field = {})
    {
        m_incident.user.raw = raw;
        m_incident.user.rawField = field;
        return *this;
    }
    IncidentBuilder& consoleUrl(const QString& url)
    {
        m_incident.consoleUrl = url;
        return *this;
    }

    Incident build() const { return m_incident; }
    operator Incident() const { return m_incident; }

private:
    Incident m_incident;
};
