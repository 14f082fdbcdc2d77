#pragma once

#include <QStyledItemDelegate>

namespace cordon::gui
{

// Paints the title with, at its right end, a badge naming the analyst who holds the incident (HolderRole of
// IncidentFilterModel), so that a team sees at a glance who works what.
class HolderBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace cordon::gui
