#include "gui/desktop/StatusColors.h"

#include <algorithm>
#include <cmath>

namespace cordon::gui
{

namespace
{

struct Shades
{
    QRgb light; // on a light window
    QRgb dark;  // on a dark window
};

Shades textShades(Status status)
{
    switch (status) {
    case Status::Good:
        return {0x1b6e20, 0x81c784};
    case Status::Bad:
        return {0xb00020, 0xff8a80};
    case Status::Warning:
        return {0x8a4b00, 0xffb74d};
    case Status::Info:
        return {0x1a4f9c, 0x90caf9};
    }
    return {0x212121, 0xe8eaed};
}

Shades backgroundShades(Status status)
{
    switch (status) {
    case Status::Good:
        return {0xe8f5e9, 0x1f3a24};
    case Status::Bad:
        return {0xffebee, 0x4a1f22};
    case Status::Warning:
        return {0xfff3e0, 0x45310f};
    case Status::Info:
        return {0xe3f2fd, 0x1a3249};
    }
    return {0xffffff, 0x1e1f22};
}

QColor pick(const Shades& shades, const QPalette& palette)
{
    return QColor::fromRgb(isDark(palette) ? shades.dark : shades.light);
}

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

QColor statusColor(Status status, const QPalette& palette)
{
    return pick(textShades(status), palette);
}

QString statusColorName(Status status, const QPalette& palette)
{
    return statusColor(status, palette).name();
}

QColor noticeBackground(Status status, const QPalette& palette)
{
    return pick(backgroundShades(status), palette);
}

QColor noticeText(Status status, const QPalette& palette)
{
    return statusColor(status, palette);
}

QString noticeStyleSheet(Status status, const QPalette& palette, const QString& selector)
{
    return QStringLiteral("%1 { background: %2; color: %3; padding: 4px; }")
        .arg(selector, noticeBackground(status, palette).name(), noticeText(status, palette).name());
}

QColor badgeBackground(Badge badge)
{
    switch (badge) {
    case Badge::Demo:
        return QColor::fromRgb(0x6a1b9a);
    case Badge::Neutral:
        return QColor::fromRgb(0x455a64);
    case Badge::Danger:
        return QColor::fromRgb(0xb71c1c);
    }
    return QColor::fromRgb(0x455a64);
}

QString badgeStyleSheet(Badge badge, const QString& selector)
{
    return QStringLiteral("%1 { background: %2; color: white; font-weight: bold; padding: 6px; border-radius: 3px; }")
        .arg(selector, badgeBackground(badge).name());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace cordon::gui
