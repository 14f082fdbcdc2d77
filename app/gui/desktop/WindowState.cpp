#include "gui/desktop/WindowState.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace cordon::gui
{

namespace
{

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterGroup = QStringLiteral("window/splitters");
const QString ColumnsGroup = QStringLiteral("window/columns");

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

void WindowState::save(const QMainWindow* window, QSettings& settings)
{
    settings.setValue(GeometryKey, window->saveGeometry());
    settings.setValue(StateKey, window->saveState());
    settings.beginGroup(SplitterGroup);
    for (const QSplitter* splitter : named<QSplitter>(window)) {
        settings.setValue(splitter->objectName(), splitter->saveState());
    }
    settings.endGroup();
    settings.beginGroup(ColumnsGroup);
    for (const QTableView* table : named<QTableView>(window)) {
        settings.setValue(table->objectName(), table->horizontalHeader()->saveState());
    }
    settings.endGroup();
}

bool WindowState::restore(QMainWindow* window, QSettings& settings)
{
    bool restored = false;
    if (settings.contains(GeometryKey)) {
        restored = window->restoreGeometry(settings.value(GeometryKey).toByteArray()) || restored;
    }
    if (settings.contains(StateKey)) {
        restored = window->restoreState(settings.value(StateKey).toByteArray()) || restored;
    }
    settings.beginGroup(SplitterGroup);
    for (QSplitter* splitter : named<QSplitter>(window)) {
        if (settings.contains(splitter->objectName())) {
            restored = splitter->restoreState(settings.value(splitter->objectName()).toByteArray()) || restored;
        }
    }
    settings.endGroup();
    settings.beginGroup(ColumnsGroup);
    for (QTableView* table : named<QTableView>(window)) {
        if (settings.contains(table->objectName())) {
            QHeaderView* header = table->horizontalHeader();
            restored = header->restoreState(settings.value(table->objectName()).toByteArray()) || restored;
        }
    }
    settings.endGroup();
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
