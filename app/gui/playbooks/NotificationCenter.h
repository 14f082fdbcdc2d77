#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace cordon::gui
{

// System-tray notifications for incidents that need the analyst: an approval is waiting, or a playbook
// ran by itself. Clicking a message asks for its incident to be opened. Where the desktop has no tray,
// notifications are only kept as the last one.
class NotificationCenter : public QObject
{
    Q_OBJECT

public:
    explicit NotificationCenter(QObject* parent = nullptr);
    ~NotificationCenter() override;

    bool trayAvailable() const;
    QSystemTrayIcon* trayIcon() const { return m_tray; }

    void notify(const QString& incidentId, const QString& title, const QString& message, bool alarming = false);
    QString lastIncidentId() const { return m_lastIncidentId; }
    QString lastMessage() const { return m_lastMessage; }

public Q_SLOTS:
    // The analyst clicked the last message.
    void activateLast();

Q_SIGNALS:
    void incidentActivated(const QString& incidentId);

private:
    QSystemTrayIcon* m_tray = nullptr;
    QString m_lastIncidentId;
    QString m_lastMessage;
};

} // namespace cordon::gui
