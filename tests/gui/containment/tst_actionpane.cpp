#include "IncidentBuilder.h"
#include "SimProcess.h"
#include "TestFolders.h"
#include "containment/ActionListModel.h"
#include "containment/TimelineModel.h"
#include "gui/containment/ActionPane.h"
#include "gui/containment/AuditLogView.h"
#include "gui/containment/ContainmentWidget.h"
#include "gui/containment/TimelineView.h"
#include "gui/desktop/Dialogs.h"
#include "gui/identity/IdentityPane.h"
#include "gui/incidents/MainWindow.h"
#include "gui/playbooks/NotificationCenter.h"
#include "okta/OktaClient.h"
#include "secrets/MemorySecretStore.h"
#include "store/AppSettings.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDir>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace cordon::core;
using cordon::gui::ContainmentWidget;
using cordon::gui::Dialogs;
using cordon::gui::MainWindow;
using cordon::test::SimProcess;

// The main window hosts containment: the action pane with its timeline, the audit log, tray notifications
// and the journal resume at start, against cordon-okta-sim.
class TestActionPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void containFromTheWindow();
    void clearingSessionsAloneIsContainment();
    void notificationOpensItsIncident();
    void startSettlesTheJournal();

private:
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<TestFolders> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestActionPane::init()
{
    Dialogs::reset();
    m_sim = std::make_unique<SimProcess>();
    QString error;
    QVERIFY2(m_sim->start({}, &error), qPrintable(error));
    m_dir = std::make_unique<TestFolders>();
    m_workspace = std::make_unique<Workspace>(std::make_unique<MemorySecretStore>(), m_dir->settings());
    QVERIFY2(m_workspace->openDatabase(&error, nullptr, m_dir->filePath(QStringLiteral("cordon.sqlite"))),
             qPrintable(error));
    QVERIFY(m_workspace->settings()->setRestrictedGroupName(QStringLiteral("Limited Data Access")));
    m_workspace->useOrg(m_sim->baseUrl(), SimProcess::demoToken().toUtf8());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1500, 900);
    m_window->addIncidents({IncidentBuilder(QStringLiteral("1"))
                                .severity(Incident::Severity::Critical)
                                .detectedAt(QDateTime::currentDateTimeUtc().addSecs(-600))
                                .host(QStringLiteral("kst-lt-0415"))
                                .user(QStringLiteral("AD_DOMAIN\\joren")),
                            IncidentBuilder(QStringLiteral("2"))
                                .severity(Incident::Severity::Critical)
                                .detectedAt(QDateTime::currentDateTimeUtc().addSecs(-600))
                                .host(QStringLiteral("kst-lt-0777"))
                                .user(QStringLiteral("AD_DOMAIN\\priya"))});
    QSignalSpy loaded(m_window.get(), &MainWindow::incidentsLoaded);
    QVERIFY(loaded.wait(5000) || loaded.count() > 0);
    m_window->show();
}

void TestActionPane::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_sim.reset();
    m_dir.reset();
    Dialogs::reset();
}

void TestActionPane::containFromTheWindow()
{
    m_window->setWorkspace(m_workspace.get());
    QVERIFY(m_window->selectIncident(QStringLiteral("generic:test:1")));
    ContainmentWidget* containment = m_window->actionPane()->containment();
    QVERIFY(!containment->findChild<QPushButton*>(QStringLiteral("containButton"))->isEnabled());

    OktaUser joren;
    joren.id = m_sim->userId(SimProcess::jorenLogin());
    joren.login = SimProcess::jorenLogin();
    joren.displayName = QStringLiteral("Joren Maes");
    joren.status = QStringLiteral("ACTIVE");
    // A confirmation for another incident does not arm this one.
    m_window->actionPane()->setConfirmedUser(QStringLiteral("generic:test:2"), joren);
    QVERIFY(containment->target().id.isEmpty());
    // The identity pane's confirmation arms the action pane.
    Q_EMIT m_window->identityPane()->identityConfirmed(QStringLiteral("generic:test:1"), joren);
    QCOMPARE(containment->target().id, joren.id);
    QVERIFY(containment->findChild<QPushButton*>(QStringLiteral("containButton"))->isEnabled());

    QSignalSpy finished(containment, &ContainmentWidget::runFinished);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(containment->findChild<QPushButton*>(QStringLiteral("containButton")), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_sim->user(joren.id).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("generic:test:1"));
    // The list's Containment column says what was done.
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("incidentTableView"));
    QVERIFY(table);
    bool shown = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        shown = shown || table->model()->index(row, 6).data().toString() == QLatin1String("Contained");
    }
    QVERIFY2(shown, "the incident's Containment cell says Contained");

    // The incident's timeline shows the actions as they are audited.
    const QList<TimelineEvent>& events = m_window->actionPane()->timeline()->model()->events();
    QCOMPARE(std::count_if(events.begin(), events.end(),
                           [](const TimelineEvent& event) { return event.kind == TimelineEvent::Kind::Action; }),
             3);

    const QPixmap shot = m_window->grab();
    QVERIFY(!shot.isNull());
    if (const QString folder = qEnvironmentVariable("CORDON_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QVERIFY(shot.save(QDir(folder).filePath(QStringLiteral("containment-window.png"))));
    }

    // The audit log view lists what was done.
    auto* auditAction = m_window->findChild<QAction*>(QStringLiteral("auditLogAction"));
    QVERIFY(auditAction);
    auditAction->trigger();
    auto* view = m_window->findChild<cordon::gui::AuditLogView*>(QStringLiteral("auditLogView"));
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->findChild<QTableView*>(QStringLiteral("auditTableView"))->model()->rowCount(), 3);

    // Another incident shows no target until its user is confirmed.
    QVERIFY(m_window->selectIncident(QStringLiteral("generic:test:2")));
    QVERIFY(containment->target().id.isEmpty());
    QVERIFY(!containment->findChild<QPushButton*>(QStringLiteral("containButton"))->isEnabled());
}

// A user who stays ACTIVE is still contained when their sessions were cleared (or their risk raised): the list must
// not call that a release.
void TestActionPane::clearingSessionsAloneIsContainment()
{
    m_window->setWorkspace(m_workspace.get());
    QVERIFY(m_window->selectIncident(QStringLiteral("generic:test:1")));
    ContainmentWidget* containment = m_window->actionPane()->containment();
    OktaUser joren;
    joren.id = m_sim->userId(SimProcess::jorenLogin());
    joren.login = SimProcess::jorenLogin();
    joren.status = QStringLiteral("ACTIVE");
    Q_EMIT m_window->identityPane()->identityConfirmed(QStringLiteral("generic:test:1"), joren);
    QSignalSpy finished(containment, &ContainmentWidget::runFinished);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(containment->findChild<QPushButton*>(QStringLiteral("clearSessionsButton")), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_sim->user(joren.id).value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("incidentTableView"));
    QStringList cells;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        cells << table->model()->index(row, 6).data().toString();
    }
    QVERIFY2(cells.contains(QStringLiteral("Contained")), qPrintable(cells.join(u',')));
    QVERIFY2(!cells.contains(QStringLiteral("Released")), qPrintable(cells.join(u',')));
}

void TestActionPane::notificationOpensItsIncident()
{
    QVERIFY(m_window->selectIncident(QStringLiteral("generic:test:1")));
    cordon::gui::NotificationCenter* notifications = m_window->notifications();
    QVERIFY(notifications);
    notifications->notify(QStringLiteral("generic:test:2"), QStringLiteral("Approval needed"),
                          QStringLiteral("Contain priya.raman@example.com?"));
    Q_EMIT notifications->trayIcon()->messageClicked();
    QCOMPARE(m_window->currentIncidentId(), QStringLiteral("generic:test:2"));
    QCOMPARE(m_window->actionPane()->incidentId(), QStringLiteral("generic:test:2"));
}

void TestActionPane::startSettlesTheJournal()
{
    // A suspend that was sent before the console went away, with no answer recorded.
    Journal journal(*m_workspace->database());
    JournalEntry entry;
    entry.runId = QStringLiteral("earlier-run");
    entry.incidentId = QStringLiteral("generic:test:1");
    entry.oktaUserId = m_sim->userId(SimProcess::jorenLogin());
    entry.oktaLogin = SimProcess::jorenLogin();
    entry.action = QStringLiteral("suspend");
    const qint64 id = journal.begin(entry);
    QVERIFY(id > 0);
    QVERIFY(journal.markSent(id));

    QSignalSpy resumed(m_window->actionPane()->containment(), &ContainmentWidget::journalResumed);
    m_window->setWorkspace(m_workspace.get());
    QVERIFY(resumed.wait(20000));
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("suspend")));
    QVERIFY(journal.unfinished().isEmpty());
    QCOMPARE(m_sim->user(entry.oktaUserId).value(QStringLiteral("status")).toString(), QStringLiteral("SUSPENDED"));
}

QTEST_MAIN(TestActionPane)
#include "tst_actionpane.moc"
