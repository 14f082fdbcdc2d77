#pragma once

#include <QString>

class QMainWindow;
class QWidget;
namespace cordon::core
{
class AppSettings;
}

namespace cordon::gui
{

// The window as the analyst left it: geometry, toolbars and docks, the splitters and the incident table's
// columns (order, widths, sort), kept in the settings per size of screen (AppSettings::windowLayout): a
// laptop's layout is not a large monitor's.
class WindowState
{
public:
    // The size of the screen the window is on, as the layout is kept under ("1920x1080").
    static QString screenKey(const QWidget* window);
    static void save(const QMainWindow* window, core::AppSettings& settings);
    // The layout saved for this size of screen. When none was saved, the window is placed within the screen's
    // available area (fit) and false is returned.
    static bool restore(QMainWindow* window, const core::AppSettings& settings);
    // Maximized on the screen the window is on, within its available area.
    static void fit(QMainWindow* window);
    // Widens every column of the window's tables whose title would be cut (a long translation).
    static void fitHeaders(QMainWindow* window);
};

} // namespace cordon::gui
