#include "gui/desktop/WindowState.h"

#include "store/AppSettings.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>
#include <QTableView>

namespace cordon::gui
{

namespace
{

// Named splitters and tables only: a name is what ties a saved state to its widget across versions.
template <typename T> QList<T*> named(const QMainWindow* window)
{
    QList<T*> found;
    for (T* widget : window->findChildren<T*>()) {
        if (!widget->objectName().isEmpty()) {
            found << widget;
        }
    }
    return found;
}

// The window's size when no screen is known.
constexpr QSize BuiltInSize(1500, 920);

const QScreen* screenOf(const QWidget* window)
{
    const QScreen* screen = window->screen();
    return screen ? screen : QGuiApplication::primaryScreen();
}

} // namespace

QString WindowState::screenKey(const QWidget* window)
{
    const QScreen* screen = screenOf(window);
    if (!screen) {
        return {};
    }
    return QStringLiteral("%1x%2").arg(screen->size().width()).arg(screen->size().height());
}

void WindowState::fit(QMainWindow* window)
{
    const QScreen* screen = screenOf(window);
    if (!screen) {
        window->resize(BuiltInSize);
        return;
    }
    // The console is where the analyst works while an incident lasts: it takes the screen, within the area
    // the desktop leaves free (its panels, the frame).
    const QRect available = screen->availableGeometry();
    const QSize frame = window->frameGeometry().size() - window->geometry().size();
    window->resize(available.size() - frame);
    window->move(available.topLeft());
    window->setWindowState(window->windowState() | Qt::WindowMaximized);
}

void WindowState::save(const QMainWindow* window, core::AppSettings& settings)
{
    core::AppSettings::WindowLayout layout;
    layout.geometry = window->saveGeometry();
    layout.state = window->saveState();
    for (const QSplitter* splitter : named<QSplitter>(window)) {
        layout.splitters.insert(splitter->objectName(), splitter->saveState());
    }
    for (const QTableView* table : named<QTableView>(window)) {
        layout.columns.insert(table->objectName(), table->horizontalHeader()->saveState());
    }
    settings.setWindowLayout(layout, screenKey(window));
}

bool WindowState::restore(QMainWindow* window, const core::AppSettings& settings)
{
    const core::AppSettings::WindowLayout layout = settings.windowLayout(screenKey(window));
    if (layout.geometry.isEmpty()) {
        fit(window);
        return false;
    }
    bool restored = false;
    if (!layout.geometry.isEmpty()) {
        restored = window->restoreGeometry(layout.geometry) || restored;
    }
    if (!layout.state.isEmpty()) {
        restored = window->restoreState(layout.state) || restored;
    }
    for (QSplitter* splitter : named<QSplitter>(window)) {
        if (layout.splitters.contains(splitter->objectName())) {
            restored = splitter->restoreState(layout.splitters.value(splitter->objectName())) || restored;
        }
    }
    for (QTableView* table : named<QTableView>(window)) {
        if (layout.columns.contains(table->objectName())) {
            restored = table->horizontalHeader()->restoreState(layout.columns.value(table->objectName())) || restored;
        }
    }
    return restored;
}

void WindowState::fitHeaders(QMainWindow* window)
{
    for (QTableView* table : window->findChildren<QTableView*>()) {
        QHeaderView* header = table->horizontalHeader();
        for (int section = 0; section < header->count(); ++section) {
            if (header->sectionResizeMode(section) != QHeaderView::Interactive || header->isSectionHidden(section)) {
                continue;
            }
            const int needed = header->sectionSizeHint(section);
            if (header->sectionSize(section) < needed) {
                header->resizeSection(section, needed);
            }
        }
    }
}

} // namespace cordon::gui
