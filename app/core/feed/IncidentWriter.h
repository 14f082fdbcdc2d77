#pragma once

#include "feed/Incident.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

namespace cordon::core
{

class Database;

// Writes incidents into the incident store on a thread of its own, so that storing a feed of a hundred
// thousand never holds up the window. It opens its own connection to the database file (SQLite in WAL
// mode lets the window's connection read meanwhile) and writes a slice per transaction; the store's
// signals arrive in the writer's thread, slice by slice, in order.
class IncidentWriter : public QObject
{
    Q_OBJECT

public:
    // Writes to the database like has open, on a connection of its own.
    explicit IncidentWriter(const Database& like, QObject* parent = nullptr);
    // Finishes what was queued, then stops the thread.
    ~IncidentWriter() override;

    // Queues the incidents and returns at once.
    void write(const QList<Incident>& incidents);
    // Reads every stored incident on the writer's thread (after what is queued), with only what the list shows
    // (IncidentStore::list); storedRead brings them.
    void readAll();
    // Slices queued and not yet written.
    int pending() const { return m_pending; }

signals:
    // As IncidentStore's, for the incidents of each slice.
    void incidentsAdded(const QList<cordon::core::Incident>& incidents);
    void incidentsUpdated(const QList<cordon::core::Incident>& incidents);
    void incidentStateChanged(const cordon::core::Incident& incident, cordon::core::Incident::State previous);
    // A slice could not be written (nothing of it was); the reason in words.
    void failed(const QString& error);
    // Everything queued so far is written (or failed).
    void idle();
    // What readAll found, oldest detection first.
    void storedRead(const QList<cordon::core::Incident>& incidents);

private:
    class Worker;

    QThread m_thread;
    Worker* m_worker = nullptr;
    int m_pending = 0;
};

} // namespace cordon::core
