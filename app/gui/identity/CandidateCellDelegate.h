#pragma once

#include <QStyledItemDelegate>

namespace cordon::gui
{

// Paints the candidate comparison: equal cells green with "=", differing ones amber with "≠", loud ones
// (admin roles, a closed account) red and bold. The selected candidate gets a frame around its column
// rather than the selection colour, so that its equal and differing cells stay readable. No cell is taller than
// MaxLines lines.
class CandidateCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The most lines a cell takes; a longer text is cut with "…" and shown whole in the tool tip.
    static constexpr int MaxLines = 4;
    // Room under a cell's text for the selection frame.
    static constexpr int FrameRoom = 6;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace cordon::gui
