#pragma once

#include <QStyledItemDelegate>

namespace cordon::gui
{

// Paints the severity as a coloured badge that stays visible on the selected row, where a plain
// background would be covered by the selection colour.
class SeverityDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace cordon::gui
