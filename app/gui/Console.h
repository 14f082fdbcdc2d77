#pragma once

#include "feed/FeedTypes.h"
#include "secrets/SecretStoreInterface.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QPushButton;
class QTimer;

namespace cordon::core
{
class AppSettings;
class FeedSources;
class IncidentWriter;
class OktaClient;
class PlaybookEngine;
class WebhookNotifier;
class Workspace;
struct PendingApproval;
struct PlaybookNotification;
struct RateLimitInfo;
} // namespace cordon::core

namespace cordon::gui
{

class FeedLoader;
class FeedSourcesView;
class MainWindow;
class SettingsDialog;

// Puts the console together: the main window over the workspace (the Okta client, the keychain, the
// settings, the database and what runs on them) and the feeds, and keeps the status bar true to what they
// report.
class Console : public QObject
{
    Q_OBJECT

public:
    // secrets: the keychain to use; the OS keychain when null.
    explicit Console(std::unique_ptr<core::SecretStoreInterface> secrets = {}, QObject* parent = nullptr);
    ~Console() override;

    MainWindow* window() const { return m_window.get(); }
    core::Workspace* workspace() const { return m_workspace.get(); }
    core::OktaClient* okta() const { return m_okta; }
    core::AppSettings* settings() const;
    core::SecretStoreInterface* secrets() const;
    FeedLoader* feedLoader() const { return m_loader; }
    // The feed sources of the settings, running.
    core::FeedSources* feedSources() const { return m_sources; }
    // Runs playbooks on the store's new and remediated incidents; null until an org is in use.
    core::PlaybookEngine* playbookEngine() const { return m_engine; }
    core::WebhookNotifier* webhook() const { return m_webhook; }

    // Accepts an org at http:// on this computer (the simulated org); the demo does so by itself.
    void setAllowHttpLoopback(bool allow) { m_allowHttpLoopback = allow; }
    // The configured org with its token, or its service app's private key, from the keychain, and the
    // configured feed files.
    void start();
    // The simulated org at orgUrl with the demo token held in memory, and the bundled sample feed.
    void startDemo(const QUrl& orgUrl);
    // Loads a feed file into the list; errors show in the status bar.
    void loadFeed(const QString& path);

    // Opens the settings dialog (not blocking) and returns it.
    SettingsDialog* openSettings();
    // Opens the playbook and notification dialog (not blocking).
    void openPlaybooks();
    // Opens the list of feed sources with their state and last error (not blocking).
    FeedSourcesView* openFeedSources();
    // Asks Okta who the token acts as, or the service app's roles, and shows it in the status bar.
    void checkConnection();
    // Gives the notifier the webhook of the settings as it is now.
    void reloadPlaybooks();

signals:
    void connectionChecked(bool ok);
    // Every incident taken from the feeds so far is in the database.
    void incidentsStored();

private:
    void useOrg(const QUrl& url, const QByteArray& token);
    // Signs in to the org as the settings say: with the stored API token, or as the service app with its stored
    // private key. notStored says what the status bar shows when there is no credential.
    void connectOrg(const QUrl& url, const QString& notStored);
    void openDatabase();
    // Reads the audit log's key (made on first use) and anchors its head.
    void sealAudit();
    void showStoredIncidents();
    void
    takeIncidents(const QString& path, const QList<core::Incident>& incidents, const QList<core::FeedError>& errors);
    void showRateLimit(const core::RateLimitInfo& info);
    // Hands what the window has listed to the writer.
    void storeListed();
    void showFeedSummary();
    // Hands the workspace to the identity and action panes, once its database is open.
    void connectPanes();
    void startPlaybooks();
    void approvalNeeded(const core::PendingApproval& pending);
    void showPendingApproval(const QString& incidentId);
    // Tray messages that arrive together are told as one; the webhook gets each.
    void notifyAnalyst(const core::PlaybookNotification& notification);
    void flushNotifications();

    // First, so that it goes last: everything below uses it.
    std::unique_ptr<core::Workspace> m_workspace;
    core::IncidentWriter* m_writer = nullptr;
    // Taken from the feeds and waiting for the window to list them before they are stored.
    QList<QList<core::Incident>> m_unstored;
    QNetworkAccessManager* m_network = nullptr;
    core::OktaClient* m_okta = nullptr;
    FeedLoader* m_loader = nullptr;
    core::FeedSources* m_sources = nullptr;
    QPushButton* m_sourcesButton = nullptr;
    QPointer<FeedSourcesView> m_sourcesView;
    std::unique_ptr<MainWindow> m_window;
    bool m_demo = false;
    bool m_allowHttpLoopback = false;
    bool m_panesConnected = false;
    core::PlaybookEngine* m_engine = nullptr;
    core::WebhookNotifier* m_webhook = nullptr;
    QHash<QString, QString> m_pendingByIncident; // incident id -> the pending approval's id
    QHash<QString, QString> m_reviewing;         // incident id -> the pending approval under review
    QList<core::PlaybookNotification> m_unannounced;
    QTimer* m_notifyTimer = nullptr;
};

} // namespace cordon::gui
