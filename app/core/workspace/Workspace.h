#pragma once

#include "identity/MatchOptions.h"
#include "playbooks/UndoLedger.h"
#include "secrets/SecretStoreInterface.h"

#include <QObject>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace cordon::core
{

class AppSettings;
class AuditLog;
class AuditSeal;
class ContainmentContext;
class Database;
class IdentityLinkStore;
class IdentityMatcher;
class Journal;
class OktaClient;
class PlaybookEngine;
class ServiceAppAuth;
struct ServiceAppConfig;

// What one analyst's Cordon works with, built the same way by the console and by cordonctl: the settings
// and the keychain, one Okta client, the local database with its journal, sealed audit log and identity
// links, the containment contexts every run shares, and the playbook engine. Widgets and commands are
// handed it; none of them creates a service of its own. What was built from a setting follows the setting
// when it changes through settings().
class Workspace : public QObject
{
    Q_OBJECT

public:
    // secrets: the OS keychain when null. settings: AppSettings::open() when null.
    explicit Workspace(std::unique_ptr<SecretStoreInterface> secrets = {},
                       std::unique_ptr<QSettings> settings = {},
                       QObject* parent = nullptr);
    ~Workspace() override;

    AppSettings* settings() const { return m_settings.get(); }
    SecretStoreInterface* secrets() const { return m_secrets.get(); }
    QNetworkAccessManager* network() const { return m_network; }
    // The one Okta client; it speaks to the org of the last useOrg.
    OktaClient* okta() const { return m_okta; }
    // Points the client at an org with a token. What was in flight is cancelled, and what the contexts
    // had asked of the org before is forgotten.
    void useOrg(const QUrl& orgUrl, const QByteArray& token);
    // Points the client at an org as an OAuth service app, with its private key (PEM, not kept). False with
    // the reason when the settings or the key cannot be used; the client is then left without credentials.
    bool
    useServiceApp(const QUrl& orgUrl, const ServiceAppConfig& config, QByteArrayView privateKeyPem, QString* error);
    // The service app the client signs in as, or null with an API token.
    ServiceAppAuth* serviceApp() const;

    // Opens the database at path (a file or a postgresql:// URL), or when path is empty the one the settings
    // choose (AppSettings::databaseLocation), else Database::defaultPath(); a shared database's password comes
    // from PGPASSWORD or the keychain. The journal, the audit log (sealed by a key in the keychain, see
    // sealAudit) and the identity links come with it. False, with the reason, when it cannot be opened;
    // warning says what of an earlier version was not taken over. Without migrate, a schema older than this
    // program's is refused rather than updated.
    bool
    openDatabase(QString* error = nullptr, QString* warning = nullptr, const QString& path = {}, bool migrate = true);
    // Null until openDatabase succeeded.
    Database* database() const { return m_database.get(); }
    Journal* journal() const { return m_journal.get(); }
    AuditLog* audit() const { return m_audit.get(); }
    AuditSeal* seal() const { return m_seal.get(); }
    IdentityLinkStore* links() const { return m_links.get(); }

    // What every containment run shares (the client, the journal and the audit log, the guardrail policy of
    // the settings, cached look-ups); null until the database is open: nothing is sent without a journal.
    ContainmentContext* containment() const { return m_containment; }
    // The same for dry runs, which read the user and write nothing: no journal, no audit log.
    ContainmentContext* dryRun() const { return m_dryRun; }

    // The group Contain adds to: the restricted group of the settings, by id or else by name.
    QString restrictedGroup() const;
    // What Cordon changed at Okta for an incident and user, from the journal: what a release may undo.
    UndoLedger undoLedger(const QString& incidentId, const QString& oktaUserId) const;
    // How endpoint identities are looked for at Okta, from the settings (before the org's schema is read).
    MatchOptions matchOptions() const;

    // The playbook engine, with a matcher of its own and the settings' playbooks, restricted group and
    // backlog limit; made on the first call once the database is open, null before.
    PlaybookEngine* playbooks();
    // Reads the playbooks from the settings into the engine again; the reason when they could not be read
    // (the defaults then apply), else empty.
    QString reloadPlaybooks();

    // Says that the audit log has new entries for an incident (see auditWritten).
    void noteAuditWritten(const QString& incidentId);

Q_SIGNALS:
    // The audit log has new entries for this incident: a run, a playbook or a journal resume wrote them.
    void auditWritten(const QString& incidentId);
    // The playbooks in the settings could not be read after they changed; the defaults apply.
    void playbooksUnreadable(const QString& reason);

private:
    // The keychain's password for a shared database's URL; empty when it holds none.
    QString databasePassword(const QString& url) const;
    static constexpr int KeychainWaitMs = 15000;
    // Gives the contexts and the engine what the settings say now.
    void applySettings();

    std::unique_ptr<SecretStoreInterface> m_secrets;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    QNetworkAccessManager* m_network = nullptr;
    // What the contexts and the matcher had asked of the org before.
    void forgetOrg();

    OktaClient* m_okta = nullptr;
    ServiceAppAuth* m_serviceApp = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<AuditSeal> m_seal;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<IdentityLinkStore> m_links;
    ContainmentContext* m_containment = nullptr;
    ContainmentContext* m_dryRun = nullptr;
    IdentityMatcher* m_matcher = nullptr;
    PlaybookEngine* m_engine = nullptr;
};

} // namespace cordon::core
