#include "gui/Console.h"

#include "base/Logging.h"
#include "containment/CredentialCapabilities.h"
#include "feed/FeedSources.h"
#include "feed/IncidentStore.h"
#include "feed/IncidentTableModel.h"
#include "feed/IncidentWriter.h"
#include "gui/containment/ActionPane.h"
#include "gui/containment/ContainmentWidget.h"
#include "gui/desktop/DemoMode.h"
#include "gui/desktop/StatusColors.h"
#include "gui/feeds/FeedLoader.h"
#include "gui/feeds/FeedSourcesView.h"
#include "gui/identity/IdentityPane.h"
#include "gui/incidents/MainWindow.h"
#include "gui/playbooks/NotificationCenter.h"
#include "gui/playbooks/PlaybookDialog.h"
#include "gui/settings/FeedsPage.h"
#include "gui/settings/SettingsDialog.h"
#include "okta/OktaClient.h"
#include "okta/OrgUrl.h"
#include "okta/ServiceAppAuth.h"
#include "playbooks/PlaybookEngine.h"
#include "playbooks/WebhookNotifier.h"
#include "secrets/SecretAccounts.h"
#include "store/AppSettings.h"
#include "store/AuditLog.h"
#include "store/AuditSeal.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>

namespace cordon::gui
{

namespace
{

constexpr int StatusMessageMs = 15000;
// Notifications arriving this close together make one tray message.
constexpr int NotificationGatherMs = 400;

} // namespace

Console::Console(std::unique_ptr<core::SecretStoreInterface> secrets, QObject* parent)
    : QObject(parent), m_workspace(std::make_unique<core::Workspace>(std::move(secrets))),
      m_network(m_workspace->network()), m_okta(m_workspace->okta()), m_loader(new FeedLoader(this)),
      m_window(std::make_unique<MainWindow>())
{
    connect(m_okta, &core::OktaClient::rateLimitChanged, this, &Console::showRateLimit);
    connect(m_workspace.get(), &core::Workspace::playbooksUnreadable, this, [this](const QString& reason) {
        m_window->statusBar()->showMessage(
            tr("The stored playbooks could not be read (%1): the defaults apply.").arg(reason));
    });
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Console::openSettings);
    connect(m_window.get(), &MainWindow::feedFileChosen, this, &Console::loadFeed);
    connect(m_loader, &FeedLoader::feedLoaded, this, &Console::takeIncidents);
    connect(m_window.get(), &MainWindow::incidentsLoaded, this, &Console::storeListed);
    m_sources = new core::FeedSources(settings(), Console::secrets(), m_network, this);
    connect(m_sources, &core::FeedSources::incidentsLoaded, this,
            [this](const QString& source, const QList<core::Incident>& incidents) {
                takeIncidents(source, incidents, {});
            });
    connect(m_sources, &core::FeedSources::errorsReported, this,
            [this](const QString& source, const QList<core::FeedError>& errors) { takeIncidents(source, {}, errors); });
    // The feeds' health stays in sight; a click lists every source with its last error.
    m_sourcesButton = new QPushButton(m_window.get());
    m_sourcesButton->setObjectName(QStringLiteral("feedSourcesStatusButton"));
    m_sourcesButton->setAccessibleName(tr("Feed sources"));
    m_sourcesButton->setFlat(true);
    m_sourcesButton->setToolTip(tr("Every feed source with its state and last error"));
    m_window->statusBar()->addPermanentWidget(m_sourcesButton);
    connect(m_sourcesButton, &QPushButton::clicked, this, &Console::openFeedSources);
    connect(m_sources, &core::FeedSources::statusChanged, this, &Console::showFeedSummary);
    showFeedSummary();
    connect(m_window.get(), &MainWindow::playbooksRequested, this, &Console::openPlaybooks);
    connect(m_window.get(), &MainWindow::feedSourcesRequested, this, [this] {
        SettingsDialog* dialog = openSettings();
        if (auto* tabs = dialog->findChild<QTabWidget*>(); tabs && dialog->findChild<FeedsPage*>()) {
            tabs->setCurrentWidget(dialog->findChild<FeedsPage*>());
        }
    });
    // The demo is a console of its own, with its own folders and an in-memory keychain: nothing of it reaches
    // this one's settings.
    connect(m_window.get(), &MainWindow::demoRequested, this, [this] {
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")})) {
            m_window->statusBar()->showMessage(tr("The demo could not be started."), StatusMessageMs);
            return;
        }
        settings()->setDemoTried(true);
        m_window->setDemoTried(true);
    });
    m_notifyTimer = new QTimer(this);
    m_notifyTimer->setSingleShot(true);
    m_notifyTimer->setInterval(NotificationGatherMs);
    connect(m_notifyTimer, &QTimer::timeout, this, &Console::flushNotifications);
    m_webhook = new core::WebhookNotifier(m_network, Console::secrets(), this);
    connect(m_webhook, &core::WebhookNotifier::failed, this, [this](const QString&, const QString& reason, int) {
        m_window->statusBar()->showMessage(tr("The webhook notification was not delivered: %1").arg(reason),
                                           StatusMessageMs);
    });
    openDatabase();
}

core::AppSettings* Console::settings() const
{
    return m_workspace->settings();
}

core::SecretStoreInterface* Console::secrets() const
{
    return m_workspace->secrets();
}

void Console::openDatabase()
{
    QString error;
    QString warning;
    if (!m_workspace->openDatabase(&error, &warning)) {
        qCWarning(lcGui) << "database not opened:" << error;
        m_window->statusBar()->showMessage(
            tr("Cordon's database could not be opened (%1): incidents are shown but not kept.").arg(error));
        return;
    }
    if (!warning.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("The database of an earlier version was not taken over yet: %1").arg(warning), StatusMessageMs);
    }
    // Incidents listed from the database read their whole record here when opened.
    m_window->setIncidentStore(new core::IncidentStore(*m_workspace->database(), nullptr, this));
    // Feeds list their incidents at once and the writer stores them behind (Console::takeIncidents); its
    // signals serve the playbooks.
    m_writer = new core::IncidentWriter(*m_workspace->database(), this);
    connect(m_writer, &core::IncidentWriter::failed, this, [this](const QString& reason) {
        m_window->statusBar()->showMessage(
            tr("Incidents are listed but could not be stored (%1): they will not survive a restart.").arg(reason),
            StatusMessageMs);
    });
    connect(m_writer, &core::IncidentWriter::idle, this, &Console::incidentsStored);
    connect(m_writer, &core::IncidentWriter::storedRead, this, [this](const QList<core::Incident>& incidents) {
        // A feed read meanwhile is newer than the database: what it listed already stays. Usually nothing is
        // listed yet, and the list is passed on as it is rather than copied.
        const core::IncidentTableModel* listed = m_window->incidentModel();
        const auto isListed = [listed](const core::Incident& incident) { return listed->rowOf(incident.id) >= 0; };
        if (std::none_of(incidents.cbegin(), incidents.cend(), isListed)) {
            if (!incidents.isEmpty()) {
                m_window->addIncidents(incidents);
            }
            return;
        }
        QList<core::Incident> missing;
        for (const core::Incident& incident : incidents) {
            if (!isListed(incident)) {
                missing.append(incident);
            }
        }
        if (!missing.isEmpty()) {
            m_window->addIncidents(missing);
        }
    });
}

void Console::showStoredIncidents()
{
    // Read on the writer's thread: a hundred thousand stored incidents must not hold up the window.
    if (m_writer) {
        m_writer->readAll();
    }
}

void Console::takeIncidents(const QString& path,
                            const QList<core::Incident>& incidents,
                            const QList<core::FeedError>& errors)
{
    if (incidents.isEmpty() && errors.isEmpty()) {
        return;
    }
    // Listed at once; stored behind it, on the writer's thread, once the window has listed them: the two
    // would otherwise share the cores and add up their memory.
    m_window->addIncidents(incidents);
    if (m_writer && !incidents.isEmpty()) {
        m_unstored.append(incidents);
    }
    const QString name = path.startsWith(QLatin1Char(':')) ? tr("the sample feed") : QFileInfo(path).fileName();
    const int count = static_cast<int>(incidents.size());
    if (errors.isEmpty()) {
        m_window->statusBar()->showMessage(tr("%n incident(s) read from %1", nullptr, count).arg(name),
                                           StatusMessageMs);
        return;
    }
    for (const core::FeedError& error : errors) {
        qCWarning(lcFeed) << path << error.toString();
    }
    m_window->statusBar()->showMessage(
        tr("%n incident(s) read from %1; %2 record(s) skipped, first: %3", nullptr, count)
            .arg(name)
            .arg(errors.size())
            .arg(errors.first().toString()),
        StatusMessageMs);
}

Console::~Console()
{
    // What the feeds brought is written before anything else goes, listed or not.
    storeListed();
    delete m_writer;
    m_writer = nullptr;
    m_okta->cancelAll();
    // What uses the workspace's network, keychain and settings goes before it.
    m_window.reset();
    delete m_sources;
    delete m_webhook;
}

void Console::storeListed()
{
    if (!m_writer) {
        return;
    }
    for (const QList<core::Incident>& incidents : std::exchange(m_unstored, {})) {
        m_writer->write(incidents);
    }
}

void Console::sealAudit()
{
    core::AuditSeal* seal = m_workspace->seal();
    if (!seal) {
        return;
    }
    seal->load(true, this, [this, seal] {
        if (seal->hasKey()) {
            return;
        }
        // Without the keychain the console has no token to act with either, so it does not refuse as cordonctl
        // does: it says what Verify would report.
        m_window->statusBar()->showMessage(
            m_workspace->audit()->hasSealedEntries()
                ? tr("The audit log is sealed, but its key cannot be read (%1): entries written now carry no seal, "
                     "and Verify will report them.")
                      .arg(seal->keyProblem())
                : tr("The audit log is not sealed: its key could not be read or made (%1). Entries are hash-chained "
                     "only.")
                      .arg(seal->keyProblem()));
    });
}

void Console::start()
{
    showStoredIncidents();
    sealAudit();
    m_window->setDemoTried(settings()->demoTried());
    const core::OrgUrlResult org =
        core::OrgUrl::normalize(settings()->orgUrl(), {m_allowHttpLoopback, settings()->customDomains()});
    if (org.ok) {
        m_window->setOrg(org.host);
        connectOrg(org.url, tr("No API token stored: open Settings"));
    } else {
        m_window->setOrg({});
        m_window->setConnectionState(tr("Not configured: open Settings (Ctrl+,)"), false);
    }
    m_sources->start();
}

void Console::showFeedSummary()
{
    const QList<core::FeedSources::Source> sources = m_sources->sources();
    const bool failing = std::any_of(sources.cbegin(), sources.cend(), [](const core::FeedSources::Source& source) {
        return source.state == core::FeedSources::State::Failing;
    });
    m_sourcesButton->setText(sources.isEmpty() ? tr("No feed sources") : m_sources->summary());
    m_window->setFeedSourceCount(int(sources.size()));
    m_sourcesButton->setStyleSheet(failing ? QStringLiteral("color: %1; font-weight: bold;")
                                                 .arg(statusColorName(Status::Bad, m_sourcesButton->palette()))
                                           : QString());
}

FeedSourcesView* Console::openFeedSources()
{
    if (!m_sourcesView) {
        m_sourcesView = new FeedSourcesView(m_sources, m_window.get());
        m_sourcesView->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_sourcesView->show();
    m_sourcesView->raise();
    return m_sourcesView;
}

void Console::startDemo(const QUrl& orgUrl)
{
    m_demo = true;
    // The demo org's restricted group and AD domain, unless the demo's own settings say otherwise.
    core::AppSettings* demoSettings = settings();
    if (demoSettings->restrictedGroupName().isEmpty() && demoSettings->restrictedGroupId().isEmpty()) {
        demoSettings->setRestrictedGroupName(QStringLiteral("Limited Data Access"));
    }
    if (demoSettings->netbiosDomainMap().isEmpty()) {
        demoSettings->setNetbiosDomainMap({{QStringLiteral("AD_DOMAIN"), QStringLiteral("example.com")}});
    }
    m_window->setDemoBannerVisible(true);
    m_window->setOrg(tr("%1 (simulated)").arg(orgUrl.authority()));
    sealAudit();
    useOrg(orgUrl, DemoMode::token());
    showStoredIncidents();
    loadFeed(DemoMode::sampleFeedPath());
    m_sources->setAllowHttpLoopback(true);
    m_sources->start();
}

void Console::connectOrg(const QUrl& url, const QString& notStored)
{
    if (settings()->oktaAuthorizationMode() == QLatin1String("PrivateKey")) {
        m_window->setConnectionState(tr("Reading the service app's private key from %1…").arg(secrets()->backendName()),
                                     false);
        core::ServiceAppConfig config{settings()->oauthClientId(), settings()->oauthScopes(), settings()->oauthKeyId()};
        secrets()->read(
            core::SecretAccounts::oktaServiceAppKey(url), this, [this, url, config](core::SecretResult key) {
                if (!key.ok()) {
                    m_window->setConnectionState(
                        key.status == core::SecretResult::Status::NotFound
                            ? tr("No private key stored for the service app: open Settings")
                            : tr("The service app's private key cannot be read: %1").arg(key.message),
                        false);
                    return;
                }
                QString error;
                const bool configured = m_workspace->useServiceApp(url, config, key.secret, &error);
                core::scrubSecret(key.secret);
                if (!configured) {
                    m_window->setConnectionState(tr("The service app cannot sign in: %1").arg(error), false);
                    return;
                }
                connectPanes();
                checkConnection();
            });
        return;
    }
    m_window->setConnectionState(tr("Reading the token from %1…").arg(secrets()->backendName()), false);
    secrets()->read(core::SecretAccounts::oktaToken(url), this, [this, url, notStored](core::SecretResult token) {
        if (!token.ok()) {
            if (token.status != core::SecretResult::Status::NotFound) {
                m_window->setConnectionState(token.message, false);
            } else if (m_okta->orgUrl() != url || !m_okta->hasToken() || m_okta->serviceApp()) {
                m_window->setConnectionState(notStored, false);
            }
            return;
        }
        useOrg(url, token.secret);
    });
}

void Console::useOrg(const QUrl& url, const QByteArray& token)
{
    m_workspace->useOrg(url, token);
    connectPanes();
    checkConnection();
}

void Console::connectPanes()
{
    if (m_panesConnected || !m_writer) {
        return;
    }
    m_panesConnected = true;
    m_window->setWorkspace(m_workspace.get());
    startPlaybooks();
}

void Console::startPlaybooks()
{
    ActionPane* pane = m_window->actionPane();
    m_engine = m_workspace->playbooks();
    if (!m_engine || !m_writer) {
        return;
    }
    reloadPlaybooks();
    // The writer stores what the feeds bring, and says what is new and what changed state.
    connect(m_writer, &core::IncidentWriter::incidentsAdded, m_engine, &core::PlaybookEngine::handleIncidentsAdded);
    connect(m_writer, &core::IncidentWriter::incidentStateChanged, m_engine,
            &core::PlaybookEngine::handleIncidentStateChanged);

    connect(m_engine, &core::PlaybookEngine::approvalNeeded, this, &Console::approvalNeeded);
    connect(m_engine, &core::PlaybookEngine::approvalClosed, this, [this](const QString& pendingId) {
        const QString incidentId = m_pendingByIncident.key(pendingId);
        if (!incidentId.isEmpty()) {
            m_pendingByIncident.remove(incidentId);
            showPendingApproval(m_window->currentIncidentId());
        }
    });
    connect(m_engine, &core::PlaybookEngine::notified, this, &Console::notifyAnalyst);
    connect(m_engine, &core::PlaybookEngine::playbookRan, this,
            [this](const QString& incidentId, const QString&, const core::ContainmentReport& report) {
                m_window->showContainmentOutcome(report, incidentId);
            });
    connect(m_engine, &core::PlaybookEngine::playbookSkipped, this,
            [this](const QString& incidentId, const QString& playbookId, const QString& reason) {
                m_window->statusBar()->showMessage(
                    tr("Playbook %1 did not run for %2: %3").arg(playbookId, incidentId, reason), StatusMessageMs);
            });
    connect(m_window.get(), &MainWindow::incidentSelected, this, &Console::showPendingApproval);
    connect(pane, &ActionPane::approvalDismissed, m_engine, &core::PlaybookEngine::dismiss);
    connect(pane, &ActionPane::approvalReviewed, this, [this](const QString& pendingId) {
        const QString incidentId = m_pendingByIncident.key(pendingId);
        if (!incidentId.isEmpty()) {
            m_reviewing.insert(incidentId, pendingId);
        }
    });
    // A reviewed playbook that ran to the end no longer waits.
    connect(pane->containment(), &ContainmentWidget::runFinished, this,
            [this](const core::ContainmentReport& report, const QString& incidentId) {
                if (report.status == core::ContainmentReport::Status::Completed && m_reviewing.contains(incidentId)) {
                    m_engine->dismiss(m_reviewing.take(incidentId));
                }
            });
}

void Console::reloadPlaybooks()
{
    // The engine's playbooks follow the settings by themselves (Workspace::applySettings), and an unreadable
    // save is said through Workspace::playbooksUnreadable.
    m_webhook->setWebhookId(PlaybookDialog::webhookId(*settings()));
    m_webhook->setAllowHttpLoopback(m_demo);
}

void Console::approvalNeeded(const core::PendingApproval& pending)
{
    m_pendingByIncident.insert(pending.incident.id, pending.id);
    if (m_window->currentIncidentId() == pending.incident.id) {
        showPendingApproval(pending.incident.id);
    }
}

void Console::showPendingApproval(const QString& incidentId)
{
    ActionPane* pane = m_window->actionPane();
    const QString pendingId = m_pendingByIncident.value(incidentId);
    pane->setPendingApproval(m_engine && !pendingId.isEmpty() ? m_engine->pendingApproval(pendingId) : std::nullopt);
}

void Console::notifyAnalyst(const core::PlaybookNotification& notification)
{
    m_webhook->notify(notification);
    m_unannounced << notification;
    if (!m_notifyTimer->isActive()) {
        m_notifyTimer->start();
    }
}

void Console::flushNotifications()
{
    if (m_unannounced.isEmpty()) {
        return;
    }
    // The most urgent first: a click on the message opens that incident.
    std::stable_sort(m_unannounced.begin(), m_unannounced.end(),
                     [](const core::PlaybookNotification& a, const core::PlaybookNotification& b) {
                         return a.incident.severity > b.incident.severity;
                     });
    const core::PlaybookNotification& first = m_unannounced.constFirst();
    const bool alarming =
        std::any_of(m_unannounced.cbegin(), m_unannounced.cend(), [](const core::PlaybookNotification& notification) {
            return notification.kind == core::PlaybookNotification::Kind::PlaybookRan && !notification.succeeded;
        });
    NotificationCenter* center = m_window->notifications();
    if (m_unannounced.size() == 1) {
        center->notify(first.incident.id, first.title(), first.message, alarming);
    } else {
        const int others = static_cast<int>(m_unannounced.size()) - 1;
        center->notify(first.incident.id, tr("%n incident(s) need you", nullptr, others + 1),
                       tr("%1: %2 (and %n more)", nullptr, others).arg(first.title(), first.message), alarming);
    }
    m_unannounced.clear();
}

void Console::openPlaybooks()
{
    auto* dialog = new PlaybookDialog(settings(), secrets(), m_network, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAllowHttpLoopback(m_demo);
    // The last probe of the incident's user says what the org and the credentials allow; without one, a probe of
    // the acting admin does (a service app has no user of its own, so it waits for an incident's user).
    if (const auto& capabilities = m_window->actionPane()->containment()->credentialCapabilities();
        capabilities.probed) {
        dialog->setCredentialCapabilities(capabilities);
    } else if (m_okta && !m_workspace->serviceApp()) {
        QPointer<PlaybookDialog> shown(dialog);
        core::OktaClient* okta = m_okta;
        okta->getCurrentUser(dialog, [shown, okta](const core::OktaReply& reply, const core::OktaUser& me) {
            if (!shown || !reply.ok() || me.id.isEmpty()) {
                return;
            }
            auto* probe = new core::CredentialProbe(okta, {}, {}, shown);
            connect(probe, &core::CredentialProbe::finished, shown,
                    [shown, probe](const core::CredentialCapabilities& found) {
                        probe->deleteLater();
                        shown->setCredentialCapabilities(found);
                    });
            probe->start(me.id);
        });
    }
    connect(dialog, &PlaybookDialog::saved, this, &Console::reloadPlaybooks);
    connect(dialog, &PlaybookDialog::webhookChanged, m_webhook, &core::WebhookNotifier::setWebhookId);
    dialog->open();
}

void Console::checkConnection()
{
    if (!m_okta->hasToken()) {
        m_window->setConnectionState(tr("No API token"), false);
        emit connectionChecked(false);
        return;
    }
    m_window->setConnectionState(tr("Connecting…"), false);
    if (core::ServiceAppAuth* app = m_okta->serviceApp()) {
        // A service app has no user: its first call reads its own admin roles.
        const QString clientId = app->config().clientId;
        m_okta->clientRoles(clientId, this,
                            [this, clientId](const core::OktaReply& reply, const QList<core::OktaRole>&) {
                                if (!reply.ok()) {
                                    m_window->setConnectionState(tr("Okta: %1").arg(reply.error.message()), false);
                                    emit connectionChecked(false);
                                    return;
                                }
                                m_window->setConnectionState(tr("Connected as service app %1").arg(clientId), true);
                                emit connectionChecked(true);
                            });
        return;
    }
    m_okta->getCurrentUser(this, [this](const core::OktaReply& reply, const core::OktaUser& user) {
        if (!reply.ok()) {
            m_window->setConnectionState(tr("Okta: %1").arg(reply.error.message()), false);
            emit connectionChecked(false);
            return;
        }
        m_window->setConnectionState(tr("Connected as %1").arg(user.login), true);
        emit connectionChecked(true);
    });
}

void Console::loadFeed(const QString& path)
{
    m_window->statusBar()->showMessage(tr("Reading %1…").arg(path));
    core::FeedContext context;
    context.limits = core::FeedLimits::fromSettings(*settings());
    context.serviceAccountPatterns = settings()->serviceAccountPatterns();
    m_loader->load(path, context);
}

SettingsDialog* Console::openSettings()
{
    auto* dialog = new SettingsDialog(settings(), secrets(), m_network, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAllowHttpLoopback(m_demo || m_allowHttpLoopback);
    connect(dialog, &SettingsDialog::saved, this, [this](const QUrl& url) {
        reloadPlaybooks();
        m_sources->reload();
        m_window->setOrg(url.host());
        if (url.isEmpty()) {
            if (!m_okta->hasToken()) {
                m_window->setConnectionState(tr("Not configured: open Settings (Ctrl+,)"), false);
            }
            return;
        }
        connectOrg(url, tr("No API token stored for %1").arg(url.host()));
    });
    dialog->open();
    return dialog;
}

void Console::showRateLimit(const core::RateLimitInfo& info)
{
    if (info.limit >= 0 && info.remaining >= 0) {
        m_window->setRateLimit(info.bucket, info.remaining, info.limit);
    }
}

} // namespace cordon::gui
