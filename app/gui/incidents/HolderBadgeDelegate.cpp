#include "gui/incidents/HolderBadgeDelegate.h"

#include "gui/incidents/IncidentFilterModel.h"

#include <QApplication>
#include <QPainter>

namespace cordon::gui
{

void HolderBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString holder = index.data(IncidentFilterModel::HolderRole).toString();
    if (holder.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = QStringLiteral("● %1").arg(holder);
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    const QFontMetrics metrics(base.font);
    const int width = std::min(metrics.horizontalAdvance(text) + 12, option.rect.width() / 2);
    const QRect badge(option.rect.right() - width - 2, option.rect.top() + 2, width, option.rect.height() - 4);

    // The selection's background spans the whole cell; the title's text stops short of the badge.
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString title = base.text;
    base.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &base, widget);
    textRect.setRight(badge.left() - 4);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    painter->setFont(base.font);
    painter->setPen(base.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    if (const QVariant foreground = index.data(Qt::ForegroundRole); foreground.isValid() && !selected) {
        painter->setPen(foreground.value<QColor>());
    }
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(title, Qt::ElideRight, textRect.width()));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    // Inverted on the selected row, so that the badge stays apart from the selection's colour.
    painter->setBrush(option.palette.color(selected ? QPalette::Base : QPalette::Highlight));
    painter->drawRoundedRect(badge, 4, 4);
    QFont font = option.font;
    font.setBold(false);
    painter->setFont(font);
    painter->setPen(option.palette.color(selected ? QPalette::Text : QPalette::HighlightedText));
    painter->drawText(badge, Qt::AlignCenter, QFontMetrics(font).elidedText(text, Qt::ElideRight, badge.width() - 6));
    painter->restore();
}

} // namespace cordon::gui
