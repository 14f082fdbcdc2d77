#pragma once

#include "ProtectedAccount.h"

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace cordon::core
{

// Typed access to Cordon's settings over a QSettings (the seam: tests hand in their own). Settings
// never hold a secret: writes under a key that names one, or of a value that looks like an Okta
// API token, are refused. Secrets belong in the keychain (SecretStoreInterface). Every change made through
// an AppSettings is signalled, so that what was built from a setting follows it without a restart.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    // Does not take ownership.
    explicit AppSettings(QSettings* settings, QObject* parent = nullptr);

    // $CORDON_CONFIG_DIR/cordon.ini (INI) when that variable is set, else the platform's place for
    // organization "Cordon", application "Cordon".
    static std::unique_ptr<QSettings> open();

    // Whether a key names a secret (a token, secret, password, API key, credential, private key).
    static bool isSecretKey(const QString& key);
    // Whether a value looks like a secret: an Okta API token, or JSON with a secret-named field.
    static bool isSecretValue(const QVariant& value);

    // The guarded write that every setter goes through; false (and nothing written) when refused.
    bool setValue(const QString& key, const QVariant& value);
    QVariant value(const QString& key, const QVariant& fallback = {}) const;

    QString orgUrl() const;
    bool setOrgUrl(const QString& url);
    // The shared PostgreSQL database (a postgresql:// URL without password); empty for the SQLite file in the
    // data folder. CORDON_DATABASE_URL, when set, overrides it (databaseLocation()).
    QString databaseUrl() const;
    bool setDatabaseUrl(const QString& url);
    // What the console and cordonctl open: CORDON_DATABASE_URL, else the setting; empty for the default file.
    QString databaseLocation() const;
    // How Cordon signs in to Okta: "SSWS" (an API token, the default) or "PrivateKey" (an OAuth 2.0 service
    // app, whose client id, key id and scopes follow; its private key is in the keychain).
    QString oktaAuthorizationMode() const;
    bool setOktaAuthorizationMode(const QString& mode);
    QString oauthClientId() const;
    bool setOauthClientId(const QString& clientId);
    QString oauthKeyId() const;
    bool setOauthKeyId(const QString& keyId);
    QStringList oauthScopes() const;
    bool setOauthScopes(const QStringList& scopes);

    // Hosts declared as the org's custom domains (login.example.com serving an Okta org).
    QStringList customDomains() const;
    bool setCustomDomains(const QStringList& hosts);

    // Feed sources as JSON objects ({"id", "kind", "url", "format", …}); their keys live in the
    // keychain under SecretAccounts::feedKey(id).
    QJsonArray feedSources() const;
    bool setFeedSources(const QJsonArray& sources);

    QString restrictedGroupId() const;
    bool setRestrictedGroupId(const QString& id);
    QString restrictedGroupName() const;
    bool setRestrictedGroupName(const QString& name);

    // What the guardrail compares for the accounts Cordon must never act on: the Okta id of each resolved
    // entry, the text of each unresolved one.
    QStringList protectedAccounts() const;
    // Entries as text only, each unresolved (as settings held them before entries were resolved).
    bool setProtectedAccounts(const QStringList& accounts);
    // Each protected account as written and, when resolved, the Okta user it names.
    QList<ProtectedAccount> protectedAccountEntries() const;
    bool setProtectedAccountEntries(const QList<ProtectedAccount>& accounts);
    // Okta group ids or exact names whose members Cordon must never act on.
    QStringList protectedGroups() const;
    bool setProtectedGroups(const QStringList& groups);

    // The Okta profile attribute that holds the AD user name; samAccountName unless set.
    QString adUsernameAttribute() const;
    bool setAdUsernameAttribute(const QString& attribute);
    // NetBIOS domain (upper case) to email domain: "AD_DOMAIN" -> "example.com".
    QMap<QString, QString> netbiosDomainMap() const;
    bool setNetbiosDomainMap(const QMap<QString, QString>& map);
    // Regular expressions (case-insensitive) for accounts that are services, never people.
    QStringList serviceAccountPatterns() const;
    bool setServiceAccountPatterns(const QStringList& patterns);

    QJsonArray playbooks() const;
    bool setPlaybooks(const QJsonArray& playbooks);

    // Whether clearing a user's sessions also forgets the devices their factors are remembered on
    // (Okta's forgetDevices, always sent); true unless set.
    bool forgetDevices() const;
    bool setForgetDevices(bool forget);

    // Incidents detected longer ago than this when they arrive are a backlog: playbooks leave them to the
    // analyst. A week unless set; 0 turns the limit off.
    int identifiedWithinHours() const;
    bool setIdentifiedWithinHours(int hours);
    // The keychain entry that holds the webhook playbooks post to; empty when none is set.
    QString webhookId() const;
    bool setWebhookId(const QString& id);

    // The console's theme ("system", "light", "dark"; empty is "system") and language ("en", "de", "fr";
    // empty follows the system).
    // Whether key holds only how the console looks (window layout, theme, language, the first start's steps):
    // no rule of containment, matching or playbooks reads it.
    static bool isPresentationKey(const QString& key);

    // Whether the demo was started from the first start's steps.
    bool demoTried() const;
    bool setDemoTried(bool tried);

    QString theme() const;
    bool setTheme(const QString& theme);
    QString language() const;
    bool setLanguage(const QString& language);

    // The main window as the analyst left it on a screen of one size ("1366x768"; empty: the layout kept before
    // layouts were kept per screen): its geometry and dock state, and the state of each named splitter and
    // table header, by object name.
    struct WindowLayout
    {
        QByteArray geometry;
        QByteArray state;
        QMap<QString, QByteArray> splitters;
        QMap<QString, QByteArray> columns;
    };
    WindowLayout windowLayout(const QString& screen = {}) const;
    bool setWindowLayout(const WindowLayout& layout, const QString& screen = {});

    // Resource bounds: what one feed read, one feed answer or one Okta answer may take.
    enum class Limit
    {
        FeedFileBytes,     // feeds/maxFileBytes: a feed file (or its unread part) larger is not read
        FeedRecordBytes,   // feeds/maxRecordBytes: a larger record is skipped, the rest loads
        FeedDocumentBytes, // feeds/maxDocumentBytes: a feed that is one JSON document, parsed whole
        FeedIncidents,     // feeds/maxIncidents: incidents from one read of a feed, and held at once
        FeedResponseBytes, // feeds/maxResponseBytes: an HTTPS feed's answer
        FeedIdleTimeoutMs, // feeds/idleTimeoutMs: an HTTPS feed that sends nothing for this long
        FeedTransferMs,    // feeds/maxTransferMs: an HTTPS feed's answer, however it trickles
        OktaResponseBytes, // okta/maxResponseBytes: one Okta answer
    };
    // The setting, or its default when unset or not a positive number.
    qint64 limit(Limit which) const;
    // False (and nothing written) for a value that is not positive.
    bool setLimit(Limit which, qint64 value);
    static qint64 defaultLimit(Limit which);
    static QString limitKey(Limit which);

Q_SIGNALS:
    // A value was written or removed under key through this object (settings written by another program,
    // or through another AppSettings, are not seen).
    void changed(const QString& key);

private:
    QJsonArray jsonArray(const QString& key) const;

    QSettings* m_settings;
};

} // namespace cordon::core
