#include "gui/incidents/SeverityDelegate.h"

#include "feed/IncidentTableModel.h"

#include <QApplication>
#include <QPainter>

namespace cordon::gui
{

void SeverityDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    base.backgroundBrush = {};
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const bool open = index.data(core::IncidentTableModel::OpenRole).toBool();
    QColor colour(index.data(core::IncidentTableModel::SeverityColorRole).toString());
    if (!open) {
        // Closed incidents keep their colour, faded, so the open ones stand out.
        colour.setAlphaF(0.45);
    }
    const QRect badge = option.rect.adjusted(3, 2, -3, -2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(badge, 3, 3);
    QFont font = option.font;
    font.setBold(open);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace cordon::gui
