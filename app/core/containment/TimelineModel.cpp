#include "TimelineModel.h"

#include "ActionListModel.h"
#include "ContainmentAction.h"

#include <algorithm>

namespace cordon::core
{

namespace
{

TimelineEvent fromAudit(const AuditEntry& entry)
{
    TimelineEvent event;
    event.time = entry.time;
    event.who = entry.analyst;
    const QString user = entry.oktaLogin.isEmpty() ? entry.oktaUserId : entry.oktaLogin;
    if (entry.action == QLatin1String("refused")) {
        event.kind = TimelineEvent::Kind::Refused;
        event.what = TimelineModel::tr("Refused for %1").arg(user);
        event.detail = entry.detail;
        event.failed = true;
        return event;
    }
    const std::optional<ContainmentAction> action = ContainmentAction::parse(entry.action, nullptr);
    const bool release = action && action->isRelease();
    event.kind = release ? TimelineEvent::Kind::Released : TimelineEvent::Kind::Action;
    const QString label = action ? ActionListModel::actionLabel(*action) : entry.action;
    event.what = TimelineModel::tr("%1 %2: %3").arg(label, user, entry.outcome);
    event.failed = entry.outcome == QLatin1String("failed");
    QStringList detail;
    if (!entry.errorSummary.isEmpty()) {
        detail << entry.errorSummary;
    } else if (!entry.detail.isEmpty()) {
        detail << entry.detail;
    }
    if (!entry.requestId.isEmpty() && !entry.errorSummary.contains(entry.requestId)) {
        detail << TimelineModel::tr("request id %1").arg(entry.requestId);
    }
    event.detail = detail.join(QStringLiteral("; "));
    return event;
}

} // namespace

TimelineModel::TimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

QList<TimelineEvent> TimelineModel::eventsFor(const TimelineIncident& incident,
                                              const QList<AuditEntry>& entries,
                                              const QList<IdentityLink>& links)
{
    QList<TimelineEvent> events;
    auto addTime = [&](const QDateTime& time, TimelineEvent::Kind kind, const QString& what) {
        if (time.isValid()) {
            events.append(TimelineEvent{time.toUTC(), kind, what, {}, {}, false});
        }
    };
    addTime(incident.detectedAt, TimelineEvent::Kind::Detected, tr("Detected on the endpoint"));
    addTime(incident.reportedAt, TimelineEvent::Kind::Reported, tr("Reported by the feed"));
    addTime(incident.acknowledgedAt, TimelineEvent::Kind::Acknowledged, tr("Acknowledged in the EDR"));
    addTime(incident.remediatedAt, TimelineEvent::Kind::Remediated, tr("Remediated"));

    for (const IdentityLink& link : links) {
        if (link.incidentId != incident.id) {
            continue;
        }
        const bool confirmed = link.decision == IdentityLink::Decision::Confirmed;
        TimelineEvent event;
        event.time = link.createdAt.toUTC();
        event.kind = confirmed ? TimelineEvent::Kind::Matched : TimelineEvent::Kind::Rejected;
        event.what = confirmed ? tr("Matched %1 to Okta user %2").arg(link.rawIdentity, link.oktaLogin)
                               : tr("Ruled out Okta user %2 for %1").arg(link.rawIdentity, link.oktaLogin);
        event.who = link.analyst;
        if (link.revokedAt.isValid()) {
            event.detail = tr("revoked %1 by %2").arg(link.revokedAt.toUTC().toString(Qt::ISODate), link.revokedBy);
        }
        events.append(event);
    }
    for (const AuditEntry& entry : entries) {
        if (entry.incidentId == incident.id) {
            events.append(fromAudit(entry));
        }
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.time < b.time; });
    return events;
}

void TimelineModel::setSources(const TimelineIncident& incident,
                               const QList<AuditEntry>& entries,
                               const QList<IdentityLink>& links)
{
    beginResetModel();
    m_incidentId = incident.id;
    m_events = eventsFor(incident, entries, links);
    endResetModel();
}

void TimelineModel::clear()
{
    beginResetModel();
    m_incidentId.clear();
    m_events.clear();
    endResetModel();
}

QString TimelineModel::kindName(TimelineEvent::Kind kind)
{
    switch (kind) {
    case TimelineEvent::Kind::Detected:
        return tr("detected");
    case TimelineEvent::Kind::Reported:
        return tr("reported");
    case TimelineEvent::Kind::Acknowledged:
        return tr("acknowledged");
    case TimelineEvent::Kind::Matched:
        return tr("matched");
    case TimelineEvent::Kind::Rejected:
        return tr("ruled out");
    case TimelineEvent::Kind::Action:
        return tr("action");
    case TimelineEvent::Kind::Refused:
        return tr("refused");
    case TimelineEvent::Kind::Released:
        return tr("released");
    case TimelineEvent::Kind::Remediated:
        return tr("remediated");
    }
    return {};
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TimelineEvent& event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return event.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        case EventColumn:
            return event.what;
        case DetailColumn:
            return event.detail;
        case WhoColumn:
            return event.who;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return event.detail.isEmpty() ? event.what : event.what + QLatin1Char('\n') + event.detail;
    case KindRole:
        return static_cast<int>(event.kind);
    case FailedRole:
        return event.failed;
    case TimeRole:
        return event.time;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("What happened");
    case DetailColumn:
        return tr("Detail");
    case WhoColumn:
        return tr("Analyst");
    default:
        return {};
    }
}

} // namespace cordon::core
