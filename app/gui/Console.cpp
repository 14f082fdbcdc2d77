#include "Console.h"

#include "DemoMode.h"
#include "FeedLoader.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "base/Logging.h"
#include "feed/IncidentStore.h"
#include "gui/IdentityPane.h"
#include "identity/MatchOptions.h"
#include "okta/OktaClient.h"
#include "okta/OrgUrl.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretAccounts.h"
#include "store/AppSettings.h"
#include "store/Database.h"
#include "store/IdentityLinkStore.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace cordon::gui
{

namespace
{

constexpr int StatusMessageMs = 15000;

} // namespace

Console::Console(std::unique_ptr<core::SecretStoreInterface> secrets, QObject* parent)
    : QObject(parent), m_secrets(secrets ? std::move(secrets) : std::make_unique<core::KeychainSecretStore>()),
      m_qsettings(core::AppSettings::open()), m_settings(std::make_unique<core::AppSettings>(m_qsettings.get())),
      m_network(new QNetworkAccessManager(this)), m_okta(new core::OktaClient(m_network, nullptr, nullptr, this)),
      m_loader(new FeedLoader(this)), m_window(std::make_unique<MainWindow>())
{
    connect(m_okta, &core::OktaClient::rateLimitChanged, this, &Console::showRateLimit);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Console::openSettings);
    connect(m_window.get(), &MainWindow::feedFileChosen, this, &Console::loadFeed);
    connect(m_loader, &FeedLoader::feedLoaded, this, &Console::takeIncidents);
    openDatabase();
}

void Console::openDatabase()
{
    m_database = std::make_unique<core::Database>();
    QString error;
    if (!m_database->open(core::Database::defaultPath(), &error)) {
        qCWarning(lcGui) << "database not opened:" << error;
        m_window->statusBar()->showMessage(
            tr("Cordon's database could not be opened (%1): incidents are shown but not kept.").arg(error));
        return;
    }
    m_store = std::make_unique<core::IncidentStore>(*m_database);
    connect(m_store.get(), &core::IncidentStore::incidentsAdded, m_window.get(), &MainWindow::addIncidents);
    connect(m_store.get(), &core::IncidentStore::incidentsUpdated, m_window.get(), &MainWindow::addIncidents);
}

void Console::showStoredIncidents()
{
    if (m_store) {
        const QList<core::Incident> stored = m_store->all();
        if (!stored.isEmpty()) {
            m_window->addIncidents(stored);
        }
    }
}

void Console::storeNextChunk()
{
    // A large feed is stored a slice per event-loop turn, so that the window keeps answering meanwhile;
    // each stored slice reaches the list through the store's signals.
    constexpr qsizetype ChunkSize = 5000;
    const QList<core::Incident> chunk = m_toStore.mid(0, ChunkSize);
    m_toStore.remove(0, chunk.size());
    const core::IncidentStore::UpsertResult stored = m_store->upsert(chunk);
    if (!stored.ok) {
        qCWarning(lcGui) << "incidents not stored:" << stored.error;
        m_window->addIncidents(chunk);
    }
    if (!m_toStore.isEmpty()) {
        QTimer::singleShot(0, this, &Console::storeNextChunk);
    }
}

void Console::takeIncidents(const QString& path,
                            const QList<core::Incident>& incidents,
                            const QList<core::FeedError>& errors)
{
    if (m_store) {
        const bool idle = m_toStore.isEmpty();
        m_toStore.append(incidents);
        if (idle) {
            storeNextChunk();
        }
    } else {
        m_window->addIncidents(incidents);
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
    m_okta->cancelAll();
}

void Console::start()
{
    showStoredIncidents();
    const core::OrgUrlResult org = core::OrgUrl::normalize(m_settings->orgUrl(), {false, m_settings->customDomains()});
    if (org.ok) {
        m_window->setOrg(org.host);
        m_window->setConnectionState(tr("Reading the token from %1…").arg(m_secrets->backendName()), false);
        m_secrets->read(core::SecretAccounts::oktaToken(org.url), this,
                        [this, url = org.url](core::SecretResult token) {
                            if (!token.ok()) {
                                m_window->setConnectionState(token.status == core::SecretResult::Status::NotFound
                                                                 ? tr("No API token stored: open Settings")
                                                                 : token.message,
                                                             false);
                                return;
                            }
                            useOrg(url, token.secret);
                        });
    } else {
        m_window->setOrg({});
        m_window->setConnectionState(tr("Not configured: open Settings (Ctrl+,)"), false);
    }
    for (const QJsonValue& value : m_settings->feedSources()) {
        const QJsonObject source = value.toObject();
        if (source.value(QStringLiteral("kind")).toString() == QLatin1String("file")) {
            loadFeed(source.value(QStringLiteral("url")).toString());
        }
    }
}

void Console::startDemo(const QUrl& orgUrl)
{
    m_demo = true;
    // The demo org's restricted group and AD domain, unless the demo's own settings say otherwise.
    if (m_settings->restrictedGroupName().isEmpty() && m_settings->restrictedGroupId().isEmpty()) {
        m_settings->setRestrictedGroupName(QStringLiteral("Limited Data Access"));
    }
    if (m_settings->netbiosDomainMap().isEmpty()) {
        m_settings->setNetbiosDomainMap({{QStringLiteral("AD_DOMAIN"), QStringLiteral("example.com")}});
    }
    m_window->setDemoBannerVisible(true);
    m_window->setOrg(tr("%1 (simulated)").arg(orgUrl.authority()));
    useOrg(orgUrl, DemoMode::token());
    showStoredIncidents();
    loadFeed(DemoMode::sampleFeedPath());
}

void Console::useOrg(const QUrl& url, const QByteArray& token)
{
    m_okta->cancelAll();
    m_okta->setOrgUrl(url);
    m_okta->setToken(token);
    connectPanes();
    checkConnection();
}

void Console::connectPanes()
{
    if (m_panesConnected || !m_store) {
        return;
    }
    m_panesConnected = true;
    core::MatchOptions options;
    options.adUsernameAttribute = m_settings->adUsernameAttribute();
    const QMap<QString, QString> domains = m_settings->netbiosDomainMap();
    for (auto it = domains.cbegin(); it != domains.cend(); ++it) {
        options.emailDomains.insert(it.key().toUpper(), it.value());
    }
    m_links = std::make_unique<core::IdentityLinkStore>(*m_database);
    m_window->identityPane()->setOkta(m_okta, m_links.get(), options);
    m_window->setContainmentBackend(m_okta, m_database.get(), m_settings.get());
}

void Console::checkConnection()
{
    if (!m_okta->hasToken()) {
        m_window->setConnectionState(tr("No API token"), false);
        emit connectionChecked(false);
        return;
    }
    m_window->setConnectionState(tr("Connecting…"), false);
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
    m_loader->load(path);
}

SettingsDialog* Console::openSettings()
{
    auto* dialog = new SettingsDialog(m_settings.get(), m_secrets.get(), m_network, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAllowHttpLoopback(m_demo);
    connect(dialog, &SettingsDialog::saved, this, [this](const QUrl& url) {
        m_window->setOrg(url.host());
        m_secrets->read(core::SecretAccounts::oktaToken(url), this, [this, url](core::SecretResult token) {
            if (token.ok()) {
                useOrg(url, token.secret);
            } else if (m_okta->orgUrl() != url) {
                m_window->setConnectionState(tr("No API token stored for %1").arg(url.host()), false);
            }
        });
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
