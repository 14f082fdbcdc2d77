#include "AuditTableModel.h"

namespace cordon::core
{

AuditTableModel::AuditTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditEntry& entry = m_entries.at(index.row());
    if (role == EntryIdRole) {
        return entry.id;
    }
    if (role == FailedRole) {
        return entry.outcome == QLatin1String("failed") || entry.action == QLatin1String("refused");
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case SeqColumn:
        return entry.seq;
    case TimeColumn:
        return entry.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    case AnalystColumn:
        return entry.machine.isEmpty() ? entry.analyst : tr("%1 on %2").arg(entry.analyst, entry.machine);
    case IncidentColumn:
        return entry.incidentId;
    case UserColumn:
        return entry.oktaLogin.isEmpty() ? entry.oktaUserId : entry.oktaLogin;
    case ActionColumn:
        return entry.action;
    case OutcomeColumn:
        return entry.outcome;
    case HttpColumn:
        return entry.httpStatus > 0 ? QVariant(entry.httpStatus) : QVariant();
    case RequestIdColumn:
        return entry.requestId;
    case ErrorColumn:
        return entry.errorCode;
    case DetailColumn:
        return entry.errorSummary.isEmpty() ? entry.detail : entry.errorSummary;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case AnalystColumn:
        return tr("Analyst");
    case IncidentColumn:
        return tr("Incident");
    case UserColumn:
        return tr("Okta user");
    case ActionColumn:
        return tr("Action");
    case OutcomeColumn:
        return tr("Outcome");
    case HttpColumn:
        return tr("HTTP");
    case RequestIdColumn:
        return tr("Okta request id");
    case ErrorColumn:
        return tr("Error code");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace cordon::core
