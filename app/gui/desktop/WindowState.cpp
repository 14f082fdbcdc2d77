#include "gui/desktop/WindowState.h"

#include "store/AppSettings.h"

#include <QHeaderView>
#include <QMainWindow>
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

} // namespace

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
    settings.setWindowLayout(layout);
}

bool WindowState::restore(QMainWindow* window, const core::AppSettings& settings)
{
    const core::AppSettings::WindowLayout layout = settings.windowLayout();
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
