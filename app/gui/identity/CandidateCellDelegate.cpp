#include "gui/identity/CandidateCellDelegate.h"

#include "gui/desktop/StatusColors.h"
#include "identity/CandidateTableModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace cordon::gui
{

using core::CandidateTableModel;

void CandidateCellDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->displayAlignment = Qt::AlignLeft | Qt::AlignTop;
    option->features |= QStyleOptionViewItem::WrapText;
    option->textElideMode = Qt::ElideRight;
    const bool loud = index.data(CandidateTableModel::LoudRole).toBool();
    const auto comparison =
        static_cast<CandidateTableModel::Comparison>(index.data(CandidateTableModel::ComparisonRole).toInt());
    QColor background;
    // A cell's own background: its text takes the matching colour, so it reads on either theme.
    Status tone = Status::Info;
    if (loud) {
        background = badgeBackground(Badge::Danger);
        option->font.setBold(true);
        option->palette.setColor(QPalette::Text, Qt::white);
    } else if (comparison == CandidateTableModel::Comparison::Equal) {
        tone = Status::Good;
        background = noticeBackground(tone, option->palette);
        option->text = QStringLiteral("= ") + option->text;
    } else if (comparison == CandidateTableModel::Comparison::Differs) {
        tone = Status::Warning;
        background = noticeBackground(tone, option->palette);
        option->text = QStringLiteral("≠ ") + option->text;
    } else if (index.column() == 0) {
        background = noticeBackground(tone, option->palette);
        option->font.setItalic(option->text.isEmpty());
    }
    if (background.isValid()) {
        option->backgroundBrush = background;
        if (!loud) {
            option->palette.setColor(QPalette::Text, noticeText(tone, option->palette));
        }
    } else {
        // The table fills a selected cell with the selection colour first; the frame marks it instead.
        option->backgroundBrush = option->palette.base();
    }
}

QSize CandidateCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    // A long cell (a remembered decision's reasons, a long SID) would push the rows below it out of view; it
    // shows its first lines, ending in "…", and the whole text in its tool tip.
    QStyleOptionViewItem styled(option);
    initStyleOption(&styled, index);
    // What the style adds around the text, measured on one line.
    QStyleOptionViewItem oneLine(styled);
    oneLine.text = QStringLiteral("X");
    const QStyle* style = styled.widget ? styled.widget->style() : QApplication::style();
    const int margin = style->sizeFromContents(QStyle::CT_ItemViewItem, &oneLine, QSize(), styled.widget).height() -
                       styled.fontMetrics.height();
    hint.setHeight(std::min(hint.height(), MaxLines * styled.fontMetrics.lineSpacing() + std::max(margin, 0)));
    // Room for the selection frame, so that it never covers the last line of a wrapped cell.
    return hint + QSize(0, FrameRoom);
}

void CandidateCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem plain(option);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    // The text keeps out of the room left for the frame, where a cut cell's next line would peek out.
    QStyleOptionViewItem styled(option);
    initStyleOption(&styled, index);
    painter->fillRect(option.rect, styled.backgroundBrush);
    plain.rect.setBottom(plain.rect.bottom() - FrameRoom);
    QStyledItemDelegate::paint(painter, plain, index);
    if (!selected) {
        return;
    }
    painter->save();
    constexpr int Width = 3;
    painter->setPen(QPen(option.palette.color(QPalette::Highlight), Width));
    const QRect frame = option.rect.adjusted(Width / 2, 0, -Width / 2 - 1, 0);
    painter->drawLine(frame.topLeft(), frame.bottomLeft());
    painter->drawLine(frame.topRight(), frame.bottomRight());
    if (index.row() == 0) {
        painter->drawLine(frame.topLeft() + QPoint(0, Width / 2), frame.topRight() + QPoint(0, Width / 2));
    }
    if (index.row() == index.model()->rowCount() - 1) {
        painter->drawLine(frame.bottomLeft() - QPoint(0, Width / 2), frame.bottomRight() - QPoint(0, Width / 2));
    }
    painter->restore();
}

} // namespace cordon::gui
