#include "gui/playbooks/NotificationCenter.h"

#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using cordon::gui::NotificationCenter;

class TestNotificationCenter : public QObject
{
    Q_OBJECT

private slots:
    void clickOpensTheLastIncident();
    void clickWithoutNotificationDoesNothing();
};

void TestNotificationCenter::clickOpensTheLastIncident()
{
    NotificationCenter center;
    QSignalSpy activated(&center, &NotificationCenter::incidentActivated);
    center.notify(QStringLiteral("edr:demo:1"), QStringLiteral("Approval needed"), QStringLiteral("Contain joren?"));
    center.notify(QStringLiteral("edr:demo:2"), QStringLiteral("Playbook ran"), QStringLiteral("Contained priya"));
    QCOMPARE(center.lastIncidentId(), QStringLiteral("edr:demo:2"));
    QCOMPARE(center.lastMessage(), QStringLiteral("Contained priya"));
    Q_EMIT center.trayIcon()->messageClicked();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constFirst().constFirst().toString(), QStringLiteral("edr:demo:2"));
}

void TestNotificationCenter::clickWithoutNotificationDoesNothing()
{
    NotificationCenter center;
    QSignalSpy activated(&center, &NotificationCenter::incidentActivated);
    Q_EMIT center.trayIcon()->messageClicked();
    QCOMPARE(activated.count(), 0);
}

QTEST_MAIN(TestNotificationCenter)
#include "tst_notificationcenter.moc"
