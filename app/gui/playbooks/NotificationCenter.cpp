#include "gui/playbooks/NotificationCenter.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace cordon::gui
{

NotificationCenter::NotificationCenter(QObject* parent) : QObject(parent), m_tray(new QSystemTrayIcon(this))
{
    m_tray->setObjectName(QStringLiteral("notificationTrayIcon"));
    m_tray->setIcon(QApplication::windowIcon());
    m_tray->setToolTip(tr("Cordon"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &NotificationCenter::activateLast);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            activateLast();
        }
    });
    if (trayAvailable()) {
        m_tray->show();
    }
}

NotificationCenter::~NotificationCenter() = default;

bool NotificationCenter::trayAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void NotificationCenter::notify(const QString& incidentId, const QString& title, const QString& message, bool alarming)
{
    m_lastIncidentId = incidentId;
    m_lastMessage = message;
    if (trayAvailable()) {
        m_tray->showMessage(title, message, alarming ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    }
}

void NotificationCenter::activateLast()
{
    if (!m_lastIncidentId.isEmpty()) {
        Q_EMIT incidentActivated(m_lastIncidentId);
    }
}

} // namespace cordon::gui
