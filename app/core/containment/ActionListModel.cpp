#include "ActionListModel.h"

namespace cordon::core
{

ActionListModel::ActionListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ActionListModel::setResults(const QString& userLogin, const QList<ActionResult>& results)
{
    beginResetModel();
    m_userLogin = userLogin;
    m_results = results;
    endResetModel();
}

void ActionListModel::updateResult(const ActionResult& result)
{
    const int row = rowOf(result.action);
    if (row < 0) {
        const int end = static_cast<int>(m_results.size());
        beginInsertRows({}, end, end);
        m_results.append(result);
        endInsertRows();
        return;
    }
    m_results[row] = result;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActionListModel::setGroupNames(const QHash<QString, QString>& names)
{
    m_groupNames = names;
    if (!m_results.isEmpty()) {
        Q_EMIT dataChanged(index(0, ActionColumn), index(rowCount() - 1, ActionColumn));
    }
}

void ActionListModel::clear()
{
    m_groupNames.clear();
    setResults({}, {});
}

int ActionListModel::rowOf(const ContainmentAction& action) const
{
    for (int row = 0; row < m_results.size(); ++row) {
        if (m_results.at(row).action == action) {
            return row;
        }
    }
    return -1;
}

QString ActionListModel::actionLabel(const ContainmentAction& action, const QString& groupName)
{
    const QString group = groupName.isEmpty() ? action.group : groupName;
    switch (action.kind) {
    case ContainmentAction::Kind::ClearSessions:
        return tr("Clear sessions and OAuth tokens");
    case ContainmentAction::Kind::Suspend:
        return tr("Suspend");
    case ContainmentAction::Kind::Unsuspend:
        return tr("Unsuspend");
    case ContainmentAction::Kind::AddGroup:
        return tr("Add to group %1").arg(group);
    case ContainmentAction::Kind::RemoveGroup:
        return tr("Remove from group %1").arg(group);
    case ContainmentAction::Kind::SetRisk:
        return tr("Set user risk to %1").arg(action.riskLevel);
    case ContainmentAction::Kind::UniversalLogout:
        return tr("Universal Logout (all apps)");
    case ContainmentAction::Kind::RevokeFactorsSince:
        return action.since.isValid()
                   ? tr("Remove MFA factors enrolled since %1").arg(action.since.toUTC().toString(Qt::ISODate))
                   : tr("Remove MFA factors enrolled since detection");
    case ContainmentAction::Kind::ResetFactors:
        return tr("Reset all MFA factors");
    case ContainmentAction::Kind::ExpirePassword:
        return tr("Expire password");
    }
    return action.name();
}

QString ActionListModel::outcomeLabel(ActionResult::Outcome outcome)
{
    switch (outcome) {
    case ActionResult::Outcome::Queued:
        return tr("queued");
    case ActionResult::Outcome::Sent:
        return tr("sent, waiting for Okta");
    case ActionResult::Outcome::Done:
        return tr("done");
    case ActionResult::Outcome::Already:
        return tr("already so, nothing sent");
    case ActionResult::Outcome::Failed:
        return tr("FAILED");
    case ActionResult::Outcome::Skipped:
        return tr("skipped");
    case ActionResult::Outcome::Planned:
        return tr("planned (dry run)");
    }
    return {};
}

QString ActionListModel::oktaText(const ActionResult& result) const
{
    switch (result.outcome) {
    case ActionResult::Outcome::Failed:
        // OktaError::message() holds the code, the summary and the request id.
        return result.error.isError() ? result.error.message() : result.detail;
    case ActionResult::Outcome::Planned:
    case ActionResult::Outcome::Queued:
    case ActionResult::Outcome::Sent:
        return result.call;
    case ActionResult::Outcome::Skipped:
        return result.detail;
    case ActionResult::Outcome::Done:
    case ActionResult::Outcome::Already:
        break;
    }
    if (result.requestId.isEmpty()) {
        return result.detail;
    }
    return tr("HTTP %1, request id %2, %3 ms").arg(result.httpStatus).arg(result.requestId).arg(result.ms);
}

int ActionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

int ActionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ActionResult& result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ActionColumn:
            return actionLabel(result.action, m_groupNames.value(result.action.group));
        case StateColumn:
            return outcomeLabel(result.outcome);
        case OktaColumn:
            return oktaText(result);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == OktaColumn || index.column() == StateColumn) {
            QStringList lines{result.call};
            lines << oktaText(result) << result.detail;
            lines.removeAll(QString());
            lines.removeDuplicates();
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case OutcomeRole:
        return static_cast<int>(result.outcome);
    case CallRole:
        return result.call;
    case RequestIdRole:
        return result.requestId;
    case ErrorCodeRole:
        return result.error.errorCode;
    case RetryableRole:
        return result.outcome == ActionResult::Outcome::Failed;
    default:
        return {};
    }
}

QVariant ActionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case StateColumn:
        return tr("State");
    case OktaColumn:
        return tr("Okta");
    case RetryColumn:
        return QString();
    default:
        return {};
    }
}

} // namespace cordon::core
