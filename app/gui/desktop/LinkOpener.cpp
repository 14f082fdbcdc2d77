#include "gui/desktop/LinkOpener.h"

#include "gui/desktop/IncidentLink.h"
#include "gui/incidents/MainWindow.h"

#include <QStatusBar>

namespace cordon::gui
{

LinkOpener::LinkOpener(MainWindow* window) : QObject(window), m_window(window)
{
    connect(window, &MainWindow::incidentsLoaded, this, [this] {
        if (!m_pending.isEmpty() && m_window->selectIncident(m_pending)) {
            m_window->statusBar()->clearMessage();
            m_pending.clear();
        }
    });
}

void LinkOpener::open(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        if (!IncidentLink::looksLikeLink(argument)) {
            continue;
        }
        QString error;
        const std::optional<QString> id = IncidentLink::parse(argument, &error);
        if (!id) {
            m_window->statusBar()->showMessage(tr("Link refused: %1").arg(error));
        } else if (m_window->selectIncident(*id)) {
            m_pending.clear();
        } else {
            m_pending = *id;
            m_window->statusBar()->showMessage(tr("Incident %1 is not in the list.").arg(*id));
        }
    }
}

void LinkOpener::raise()
{
    if (m_window->isMinimized()) {
        m_window->showNormal();
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace cordon::gui
