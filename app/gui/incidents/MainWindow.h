#pragma once

#include "containment/ContainmentRunner.h"
#include "feed/Incident.h"

#include <QList>
#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <utility>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace cordon::core
{
class IncidentStore;
class IncidentTableModel;
class Workspace;
} // namespace cordon::core

namespace cordon::gui
{

class ActionPane;
class AuditLogView;
class IdentityPane;
class IncidentDetailPane;
class IncidentFilterModel;
class NotificationCenter;
class TeamClaims;
class WelcomePage;

// The console: the incident list (most urgent first), a filter, counts by state, and for the selected
// incident its details, the Okta identity behind it and what can be done.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    core::IncidentTableModel* incidentModel() const { return m_model; }
    IncidentFilterModel* filterModel() const { return m_filter; }
    IdentityPane* identityPane() const { return m_identityPane; }
    ActionPane* actionPane() const { return m_actionPane; }
    NotificationCenter* notifications() const { return m_notifications; }
    // Who holds each incident; on a shared database, kept current by the server's notifications.
    TeamClaims* claims() const { return m_claims; }

    // What finding the user and containment act with (not owned; its database open); then settles, in the
    // background, what an earlier run left unfinished in the journal and says so in the status bar.
    void setWorkspace(core::Workspace* workspace);
    // Where an incident listed from the database's columns reads its whole record when opened (not owned).
    void setIncidentStore(core::IncidentStore* store) { m_store = store; }
    // Shares the window between the list and the decision below it as a first start does: a third for the list,
    // most of the rest for the comparison of candidates. Call once the window has its size.
    void useDefaultLayout();
    // Opens the audit log (not blocking) and returns it; null without a database.
    AuditLogView* openAuditLog();

    // Queues incidents for the list; what arrives in one event-loop turn is added together on the next.
    // The first load selects the most urgent incident.
    void addIncidents(const QList<core::Incident>& incidents);
    // The id of the selected incident, empty when none is.
    QString currentIncidentId() const;
    bool selectIncident(const QString& incidentId);

    // The list's Containment column: what the last run for the incident did (by hand or by a playbook).
    void showContainmentOutcome(const core::ContainmentReport& report, const QString& incidentId);

    // Shows the coloured strip that says the Okta org is the simulated one.
    void setDemoBannerVisible(bool visible);

    // The first start's page of steps, shown instead of the list while it is empty and a step is left to do,
    // until the analyst asks for the list.
    WelcomePage* welcomePage() const { return m_welcome; }
    bool isWelcomeShown() const;
    // How many feed sources the settings hold (the welcome page's second step).
    void setFeedSourceCount(int count);
    // Whether the demo was started (the first start's third step).
    void setDemoTried(bool tried);

public slots:
    void setOrg(const QString& org);
    void setConnectionState(const QString& state, bool healthy);
    void setRateLimit(const QString& bucket, int remaining, int limit);
    void focusFilter();
    // The selected incident is taken by this analyst, or let go of; a refusal (another holds it) is said.
    void takeIncident();
    void letGoOfIncident();

signals:
    void incidentSelected(const QString& incidentId);
    // Every queued incident is in the list.
    void incidentsLoaded(int total);
    void settingsRequested();
    void playbooksRequested();
    void feedFileChosen(const QString& path);
    // The analyst wants to add an HTTPS feed source (the settings' feeds page).
    void feedSourcesRequested();
    // The analyst wants to try the demo (a console of its own).
    void demoRequested();

protected:
    // A change of theme recolours the status bar at once.
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void updateWelcome();
    void colourStatusBar();
    void addNextBatch();
    void showCurrentIncident();
    void updateCounts();
    void showHolder();
    // What another console changed in the shared database, as its notifications name it.
    void followTables(const QSet<QString>& tables);
    void showListMenu(const QPoint& position);

    core::IncidentTableModel* m_model = nullptr;
    IncidentFilterModel* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QLabel* m_urgentLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_demoBanner = nullptr;
    QStackedWidget* m_stack = nullptr;
    WelcomePage* m_welcome = nullptr;
    bool m_welcomeDismissed = false;
    bool m_defaultLayoutPending = false;
    int m_feedSourceCount = 0;
    QLabel* m_orgLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_rateLimitLabel = nullptr;
    bool m_connectionHealthy = false;
    bool m_rateLimitLow = false;
    IncidentDetailPane* m_detailPane = nullptr;
    IdentityPane* m_identityPane = nullptr;
    ActionPane* m_actionPane = nullptr;
    NotificationCenter* m_notifications = nullptr;
    TeamClaims* m_claims = nullptr;
    QAction* m_takeAction = nullptr;
    QAction* m_letGoAction = nullptr;
    QPointer<AuditLogView> m_auditLogView;
    core::Workspace* m_workspace = nullptr;
    core::IncidentStore* m_store = nullptr;
    // Requests left and the limit, per Okta rate-limit bucket.
    QMap<QString, std::pair<int, int>> m_rateLimits;
    QList<core::Incident> m_pending;
    QString m_selectedBeforeReset;
    bool m_batchScheduled = false;
    bool m_selectedOnce = false;
};

} // namespace cordon::gui
