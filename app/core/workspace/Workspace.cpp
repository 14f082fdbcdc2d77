#include "Workspace.h"

#include "base/Logging.h"
#include "containment/ContainmentContext.h"
#include "containment/Guardrails.h"
#include "identity/IdentityMatcher.h"
#include "okta/OktaClient.h"
#include "playbooks/PlaybookEngine.h"
#include "playbooks/PlaybookStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretAccounts.h"
#include "store/AppSettings.h"
#include "store/AuditLog.h"
#include "store/AuditSeal.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"
#include "store/IdentityLinkStore.h"
#include "store/Journal.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

namespace cordon::core
{

Workspace::Workspace(std::unique_ptr<SecretStoreInterface> secrets,
                     std::unique_ptr<QSettings> settings,
                     QObject* parent)
    : QObject(parent), m_secrets(secrets ? std::move(secrets) : std::make_unique<KeychainSecretStore>()),
      m_qsettings(settings ? std::move(settings) : AppSettings::open()),
      m_settings(std::make_unique<AppSettings>(m_qsettings.get())), m_network(new QNetworkAccessManager(this)),
      m_okta(new OktaClient(m_network, nullptr, nullptr, this))
{
    m_okta->setMaxResponseBytes(m_settings->limit(AppSettings::Limit::OktaResponseBytes));
    m_dryRun = new ContainmentContext(m_okta, nullptr, nullptr, this);
    connect(m_settings.get(), &AppSettings::changed, this, [this](const QString& key) {
        if (!AppSettings::isPresentationKey(key)) {
            applySettings();
        }
    });
    applySettings();
}

Workspace::~Workspace()
{
    m_okta->cancelAll();
    // What uses the journal, the audit log and the links goes before them.
    delete m_engine;
    delete m_matcher;
    delete m_containment;
    delete m_dryRun;
}

void Workspace::useOrg(const QUrl& orgUrl, const QByteArray& token)
{
    m_okta->cancelAll();
    m_okta->setServiceApp(nullptr);
    m_okta->setOrgUrl(orgUrl);
    m_okta->setToken(token);
    forgetOrg();
}

bool Workspace::useServiceApp(const QUrl& orgUrl,
                              const ServiceAppConfig& config,
                              QByteArrayView privateKeyPem,
                              QString* error)
{
    m_okta->cancelAll();
    m_okta->clearToken();
    m_okta->setOrgUrl(orgUrl);
    if (!m_serviceApp) {
        m_serviceApp = new ServiceAppAuth(m_network, this);
    }
    const bool configured = m_serviceApp->configure(orgUrl, config, privateKeyPem, error);
    m_okta->setServiceApp(m_serviceApp);
    forgetOrg();
    return configured;
}

ServiceAppAuth* Workspace::serviceApp() const
{
    return m_okta->serviceApp();
}

void Workspace::forgetOrg()
{
    // Who the token acts as and the groups' ids belong to the org they were asked of.
    m_dryRun->forgetLookups();
    if (m_containment) {
        m_containment->forgetLookups();
    }
    if (m_matcher) {
        m_matcher->setOptions(matchOptions()); // the schema is read again, of the new org
    }
}

bool Workspace::openDatabase(QString* error, QString* warning, const QString& path, bool migrate)
{
    if (m_database) {
        return true;
    }
    auto database = std::make_unique<Database>();
    const QString location = path.isEmpty() ? m_settings->databaseLocation() : path;
    bool opened = false;
    if (location.isEmpty()) {
        opened = database->openDefault(error, warning, migrate);
    } else {
        QString problem;
        opened = database->open(location, &problem, migrate);
        // A server that asks for a password gets the keychain's, when PGPASSWORD and .pgpass gave none; one
        // that trusts the connection (a Unix socket, a certificate) never makes Cordon read it.
        if (!opened && DatabaseUrl::isPostgresUrl(location) &&
            problem.contains(QLatin1String("no password supplied"))) {
            const QString password = databasePassword(location);
            if (!password.isEmpty()) {
                database->setPassword(password);
                opened = database->open(location, &problem, migrate);
            }
        }
        if (!opened && error) {
            *error = problem;
        }
    }
    if (!opened) {
        return false;
    }
    m_database = std::move(database);
    m_journal = std::make_unique<Journal>(*m_database);
    m_seal = std::make_unique<AuditSeal>(m_secrets.get(), *m_database);
    m_audit = std::make_unique<AuditLog>(*m_database);
    m_audit->setSeal(m_seal.get());
    m_links = std::make_unique<IdentityLinkStore>(*m_database);
    m_containment = new ContainmentContext(m_okta, m_journal.get(), m_audit.get(), this);
    applySettings();
    return true;
}

QString Workspace::databasePassword(const QString& url) const
{
    const DatabaseUrl parsed = DatabaseUrl::parse(url);
    if (!parsed.isValid()) {
        return {};
    }
    // Read before the database opens, which every later step needs: the keychain answers within a moment, or
    // says it cannot.
    QEventLoop loop;
    QString password;
    QTimer::singleShot(KeychainWaitMs, &loop, &QEventLoop::quit);
    m_secrets->read(SecretAccounts::databasePassword(parsed.display()), &loop, [&](const SecretResult& result) {
        if (result.ok()) {
            password = QString::fromUtf8(result.secret);
        } else if (result.status != SecretResult::Status::NotFound) {
            qCWarning(lcStore) << "database password not read from the keychain:" << result.message;
        }
        loop.quit();
    });
    loop.exec();
    return password;
}

QString Workspace::restrictedGroup() const
{
    const QString id = m_settings->restrictedGroupId();
    return id.isEmpty() ? m_settings->restrictedGroupName() : id;
}

UndoLedger Workspace::undoLedger(const QString& incidentId, const QString& oktaUserId) const
{
    if (!m_journal || oktaUserId.isEmpty()) {
        return UndoLedger(QList<JournalEntry>{});
    }
    return UndoLedger(m_journal->doneForIncident(incidentId, oktaUserId));
}

MatchOptions Workspace::matchOptions() const
{
    MatchOptions options;
    options.adUsernameAttribute = m_settings->adUsernameAttribute();
    const QMap<QString, QString> domains = m_settings->netbiosDomainMap();
    for (auto it = domains.cbegin(); it != domains.cend(); ++it) {
        options.emailDomains.insert(it.key().toUpper(), it.value());
    }
    return options;
}

PlaybookEngine* Workspace::playbooks()
{
    if (!m_engine && m_containment) {
        m_matcher = new IdentityMatcher(m_okta, this);
        m_engine = new PlaybookEngine(m_containment, m_matcher, this);
        m_engine->setLinkStore(m_links.get());
        connect(m_engine, &PlaybookEngine::playbookRan, this,
                [this](const QString& incidentId) { noteAuditWritten(incidentId); });
        applySettings();
    }
    return m_engine;
}

QString Workspace::reloadPlaybooks()
{
    QString error;
    const QList<Playbook> playbooks = PlaybookStore(m_settings.get()).load(&error);
    if (m_engine) {
        m_engine->setPlaybooks(playbooks);
    }
    return error;
}

void Workspace::noteAuditWritten(const QString& incidentId)
{
    Q_EMIT auditWritten(incidentId);
}

void Workspace::applySettings()
{
    const GuardrailPolicy policy = GuardrailPolicy::fromSettings(*m_settings);
    for (ContainmentContext* context : {m_containment, m_dryRun}) {
        if (context) {
            context->setPolicy(policy);
            context->setForgetDevices(m_settings->forgetDevices());
        }
    }
    if (m_matcher) {
        m_matcher->setOptions(matchOptions());
    }
    if (m_engine) {
        m_engine->setRestrictedGroup(restrictedGroup());
        const int hours = m_settings->identifiedWithinHours();
        m_engine->setMaxIdentifiedAgeSeconds(hours > 0 ? qint64(hours) * 3600 : 0);
        if (const QString error = reloadPlaybooks(); !error.isEmpty()) {
            Q_EMIT playbooksUnreadable(error);
        }
    }
}

} // namespace cordon::core
