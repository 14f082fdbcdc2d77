#pragma once

class QMainWindow;
namespace cordon::core
{
class AppSettings;
}

namespace cordon::gui
{

// The window as the analyst left it: geometry, toolbars and docks, the splitters and the incident table's
// columns (order, widths, sort), kept in the settings (AppSettings::windowLayout).
class WindowState
{
public:
    static void save(const QMainWindow* window, core::AppSettings& settings);
    // False when nothing was saved yet; the window keeps its built-in layout then.
    static bool restore(QMainWindow* window, const core::AppSettings& settings);
    // Widens every column of the window's tables whose title would be cut (a long translation).
    static void fitHeaders(QMainWindow* window);
};

} // namespace cordon::gui
