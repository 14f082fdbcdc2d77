#pragma once

#include "feed/Incident.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>
#include <span>

namespace cordon::core
{

class Clock;
class Database;

// The incidents Cordon has seen, kept in the database's incidents table as console.incident/v1 JSON,
// so that they survive a restart, with what the incident list shows in columns beside it. Incidents are
// keyed by id; the last write wins.
class IncidentStore : public QObject
{
    Q_OBJECT

public:
    struct UpsertResult
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        bool ok = true;
        QString error; // when !ok; nothing was written
    };

    // The database must be open and outlive the store.
    explicit IncidentStore(Database& database, Clock* clock = nullptr, QObject* parent = nullptr);

    // Writes the incidents in one transaction. Several with the same id count once, as the last.
    UpsertResult upsert(const QList<Incident>& incidents)
    {
        return upsertSpan(std::span<const Incident>(incidents.constData(), size_t(incidents.size())));
    }
    // The same for a part of a list, read in place.
    UpsertResult upsertSpan(std::span<const Incident> incidents);
    // Every incident, oldest detection first.
    QList<Incident> all() const;
    // Every incident with only what the list shows (Incident::listFieldsOnly), oldest detection first: read
    // from the columns, without decoding any JSON. Rows stored before the columns existed are read from their
    // JSON, and their columns filled at once, or by fillListColumns() when fillNow is false (a caller that
    // shows the list first); a row whose JSON cannot be read is listed with what its columns hold.
    QList<Incident> list(bool fillNow = true);
    // Writes the columns of the older rows the last list() read from their JSON; a failure leaves them to the
    // next list().
    void fillListColumns();
    // The whole incident; nullopt when it is unknown or its stored JSON cannot be read, and *error says which.
    std::optional<Incident> find(const QString& id, QString* error = nullptr) const;
    int count() const;

signals:
    // Incidents the store did not hold before, in feed order.
    void incidentsAdded(const QList<Incident>& incidents);
    // Incidents that were held and changed (state or anything else).
    void incidentsUpdated(const QList<Incident>& incidents);
    // Once per real change of state: new -> in_progress, in_progress -> resolved ("threat remediated"), ...
    void incidentStateChanged(const Incident& incident, Incident::State previous);

private:
    Database& m_database;
    Clock* m_clock;
    QList<Incident> m_unfilled;
};

} // namespace cordon::core
