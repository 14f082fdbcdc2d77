#pragma once

#include <QString>

class QMenu;
class QWidget;

namespace cordon::core
{
class AppSettings;
} // namespace cordon::core

namespace cordon::gui
{

// Light and dark palettes. By default the console follows the system's colours; View → Appearance or the
// settings' General page forces light or dark and remembers the choice (AppSettings::theme).
class Appearance
{
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    static Theme fromName(const QString& name);
    static QString name(Theme theme);

    // The theme saved in the settings.
    static Theme saved();
    // Applies the theme and writes it to settings: the one way a theme is chosen, from the menu or the settings.
    static bool choose(Theme theme, core::AppSettings& settings);
    // Sets the application's style and palette; System brings back what the platform gave at start.
    static void apply(Theme theme);
    static Theme current();

    // Scales the widget's font by factor, bold if asked: style sheets take no relative font sizes.
    static void emphasize(QWidget* widget, double factor, bool bold = true);

    // View → Appearance: System, Light, Dark, checkable, showing the current theme; a choice applies and saves.
    static QMenu* addMenu(QMenu* parent);
};

} // namespace cordon::gui
