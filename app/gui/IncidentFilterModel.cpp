#include "IncidentFilterModel.h"

#include "feed/IncidentTableModel.h"

#include <QColor>
#include <QFont>
#include <QPalette>

#include <tuple>

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

void IncidentFilterModel::setFilterText(const QString& text)
{
    setFilterFixedString(text.trimmed());
}

void IncidentFilterModel::sortByPriority()
{
    sort(IncidentTableModel::SeverityColumn, Qt::DescendingOrder);
}

bool IncidentFilterModel::priorityLess(const QModelIndex& left, const QModelIndex& right) const
{
    const auto key = [](const QModelIndex& index) {
        return std::tuple(index.data(IncidentTableModel::OpenRole).toBool(),
                          index.data(IncidentTableModel::SeverityRole).toInt(),
                          index.data(IncidentTableModel::DetectedAtRole).toDateTime().toMSecsSinceEpoch());
    };
    return key(left) < key(right);
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
