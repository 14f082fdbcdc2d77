#pragma once

#include "store/AuditEntry.h"
#include "store/IdentityLinkStore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace cordon::core
{

// The times a feed reported for one incident.
struct TimelineIncident
{
    QString id;
    QDateTime detectedAt;
    QDateTime reportedAt;
    QDateTime acknowledgedAt;
    QDateTime remediatedAt;
};

// One thing that happened to an incident.
struct TimelineEvent
{
    enum class Kind
    {
        Detected,
        Reported,
        Acknowledged,
        Matched,
        Rejected,
        Action,
        Refused,
        Released,
        Remediated,
    };

    QDateTime time;
    Kind kind = Kind::Action;
    QString what;
    QString detail;
    QString who;
    bool failed = false;
};

// Per incident, what happened in order: detected, matched (by whom), each Okta action and its outcome,
// remediated, released. Built from the incident's own times, the analysts' identity links for it and the
// audit log's entries for it.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        EventColumn,
        DetailColumn,
        WhoColumn,
        ColumnCount,
    };

    enum Role
    {
        KindRole = Qt::UserRole + 1, // TimelineEvent::Kind as int
        FailedRole,
        TimeRole, // the QDateTime, UTC
    };

    explicit TimelineModel(QObject* parent = nullptr);

    // Entries and links of other incidents are left out.
    void
    setSources(const TimelineIncident& incident, const QList<AuditEntry>& entries, const QList<IdentityLink>& links);
    void clear();

    QString incidentId() const { return m_incidentId; }
    const QList<TimelineEvent>& events() const { return m_events; }

    static QList<TimelineEvent>
    eventsFor(const TimelineIncident& incident, const QList<AuditEntry>& entries, const QList<IdentityLink>& links);
    static QString kindName(TimelineEvent::Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_incidentId;
    QList<TimelineEvent> m_events;
};

} // namespace cordon::core
