#include "gui/incidents/IncidentFilterModel.h"

#include "feed/IncidentTableModel.h"
#include "gui/incidents/TeamClaims.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace cordon::gui
{

using core::Incident;
using core::IncidentTableModel;

IncidentFilterModel::IncidentFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(IncidentTableModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    sortByPriority();
}

void IncidentFilterModel::setSourceModel(QAbstractItemModel* model)
{
    m_incidents = qobject_cast<IncidentTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void IncidentFilterModel::setClaims(const TeamClaims* claims)
{
    m_claims = claims;
    connect(claims, &TeamClaims::holdersChanged, this, [this] {
        if (rowCount() > 0) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {HolderRole, Qt::ToolTipRole});
        }
    });
}

void IncidentFilterModel::setFilterText(const QString& text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle) {
        return;
    }
    m_needle = needle;
    m_needleUtf8 = needle.toUtf8();
    // Rebuilt whole rather than row range by row range: a keystroke can hide tens of thousands of rows
    // scattered over the sorted view, and one layout change is far cheaper than that many removals.
    invalidate();
}

bool IncidentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_needle.isEmpty()) {
        return true;
    }
    // One precomputed string per row: a keystroke over a hundred thousand rows stays in milliseconds.
    if (const IncidentTableModel* incidents = m_incidents) {
        return incidents->searchTextAt(sourceRow).contains(m_needleUtf8);
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(IncidentTableModel::SearchTextRole).toString().contains(m_needle);
}

void IncidentFilterModel::sortByPriority()
{
    sort(IncidentTableModel::SeverityColumn, Qt::DescendingOrder);
}

bool IncidentFilterModel::priorityLess(const QModelIndex& left, const QModelIndex& right) const
{
    if (const IncidentTableModel* incidents = m_incidents) {
        return incidents->priorityAt(left.row()) < incidents->priorityAt(right.row());
    }
    return left.data(IncidentTableModel::PriorityRole).toLongLong() <
           right.data(IncidentTableModel::PriorityRole).toLongLong();
}

bool IncidentFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == IncidentTableModel::SeverityColumn) {
        return priorityLess(left, right);
    }
    const QPartialOrdering order =
        QVariant::compare(left.data(IncidentTableModel::SortRole), right.data(IncidentTableModel::SortRole));
    if (order == QPartialOrdering::Less) {
        return true;
    }
    if (order == QPartialOrdering::Greater) {
        return false;
    }
    // Equal keys: the more urgent incident comes first whichever way the column is sorted.
    return sortOrder() == Qt::DescendingOrder ? priorityLess(left, right) : priorityLess(right, left);
}

QVariant IncidentFilterModel::data(const QModelIndex& index, int role) const
{
    if (role == HolderRole || (role == Qt::ToolTipRole && index.column() == IncidentTableModel::TitleColumn)) {
        const QString id = m_claims ? index.data(IncidentTableModel::IncidentIdRole).toString() : QString();
        const std::optional<core::Claim> claim = m_claims ? m_claims->holder(id) : std::nullopt;
        if (role == HolderRole) {
            return claim ? claim->analyst : QString();
        }
        if (claim) {
            return tr("Held by %1").arg(claim->describe());
        }
        return QSortFilterProxyModel::data(index, role);
    }
    if (role != Qt::BackgroundRole && role != Qt::ForegroundRole && role != Qt::FontRole &&
        role != Qt::TextAlignmentRole) {
        return QSortFilterProxyModel::data(index, role);
    }
    const QModelIndex source = mapToSource(index);
    if (!source.isValid()) {
        return {};
    }
    const bool open = source.data(IncidentTableModel::OpenRole).toBool();
    const bool severityCell = index.column() == IncidentTableModel::SeverityColumn;
    switch (role) {
    case Qt::BackgroundRole:
        if (severityCell) {
            QColor colour(source.data(IncidentTableModel::SeverityColorRole).toString());
            if (!open) {
                colour.setAlpha(90);
            }
            return colour;
        }
        break;
    case Qt::ForegroundRole:
        if (severityCell && open) {
            return QColor(Qt::white);
        }
        if (!open) {
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        }
        break;
    case Qt::FontRole:
        if (open &&
            source.data(IncidentTableModel::SeverityRole).toInt() >= static_cast<int>(Incident::Severity::High)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (severityCell) {
            return Qt::AlignCenter;
        }
        break;
    default:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace cordon::gui
