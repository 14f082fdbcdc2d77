#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace cordon::gui
{

// The colours that say how something went. Each is chosen for the palette it is shown on: a deep shade on
// a light window, a light one on a dark window, so that it reads (contrast of at least 4.5:1) on the
// palette's Window and Base in both themes. No widget names a colour of its own.
enum class Status
{
    Good,    // done, delivered, connected, verified
    Bad,     // failed, refused, broken, suspended
    Warning, // needs a look: unsealed, unresolved, waiting for approval
    Info,    // planned, explanatory
};

// Whether a palette is a dark one: its window darker than its text.
bool isDark(const QPalette& palette);

// Text in that status on the palette's window or base; the application's palette when none is given.
QColor statusColor(Status status, const QPalette& palette = QPalette());
// The same as "#rrggbb", for rich text and style sheets.
QString statusColorName(Status status, const QPalette& palette = QPalette());

// A notice box of that status: a calm background, and the text colour that reads on it.
QColor noticeBackground(Status status, const QPalette& palette = QPalette());
QColor noticeText(Status status, const QPalette& palette = QPalette());
// A style sheet for a QLabel (or, with selector, another widget) that shows a notice of that status.
QString noticeStyleSheet(Status status,
                         const QPalette& palette = QPalette(),
                         const QString& selector = QStringLiteral("QLabel"));

// A badge: white text on a strong colour, readable on either theme (the demo banner, "never act" and
// "admin" marks, a loud difference between candidates).
enum class Badge
{
    Demo,
    Neutral,
    Danger,
};
QColor badgeBackground(Badge badge);
QString badgeStyleSheet(Badge badge, const QString& selector = QStringLiteral("QLabel"));

// WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);

} // namespace cordon::gui
