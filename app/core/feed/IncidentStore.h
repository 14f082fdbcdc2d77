#pragma once

#include "feed/Incident.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace cordon::core
{

class Clock;
class Database;

// The incidents Cordon has seen, kept in the database's incidents table as console.incident/v1 JSON,
// so that they survive a restart. Incidents are keyed by id; the last write wins.
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
    UpsertResult upsert(const QList<Incident>& incidents);
    // Every incident, oldest detection first.
    QList<Incident> all() const;
    std::optional<Incident> find(const QString& id) const;
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
};

} // namespace cordon::core
