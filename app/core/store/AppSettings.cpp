#include "AppSettings.h"

#include "DatabaseUrl.h"
#include "base/Logging.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cordon::core
{

namespace
{

const QString kOrgUrl = QStringLiteral("okta/orgUrl");
const QString kCustomDomains = QStringLiteral("okta/customDomains");
const QString kFeedSources = QStringLiteral("feeds/sources");
const QString kRestrictedGroupId = QStringLiteral("containment/restrictedGroupId");
const QString kRestrictedGroupName = QStringLiteral("containment/restrictedGroupName");
const QString kDatabaseUrl = QStringLiteral("database/url");
const QString kProtectedAccounts = QStringLiteral("containment/protectedAccounts");
// The users the resolved entries of kProtectedAccounts name, for showing them; the guardrail needs only the ids.
const QString kProtectedAccountDetails = QStringLiteral("containment/protectedAccountDetails");
const QString kProtectedGroups = QStringLiteral("containment/protectedGroups");
const QString kAdUsernameAttribute = QStringLiteral("identity/adUsernameAttribute");
const QString kNetbiosDomains = QStringLiteral("identity/netbiosDomains");
const QString kServiceAccountPatterns = QStringLiteral("identity/serviceAccountPatterns");
const QString kPlaybooks = QStringLiteral("playbooks/json");
const QString kForgetDevices = QStringLiteral("containment/forgetDevices");
const QString kIdentifiedWithinHours = QStringLiteral("playbooks/identifiedWithinHours");
constexpr int DefaultIdentifiedWithinHours = 7 * 24;
const QString kWebhookId = QStringLiteral("notifications/webhookId");
const QString kAuthorizationMode = QStringLiteral("okta/authorizationMode");
const QString kOauthClientId = QStringLiteral("okta/oauthClientId");
const QString kOauthKeyId = QStringLiteral("okta/oauthKeyId");
const QString kOauthScopes = QStringLiteral("okta/oauthScopes");
const QString kTheme = QStringLiteral("ui/theme");
const QString kLanguage = QStringLiteral("ui/language");
const QString kDemoTried = QStringLiteral("ui/demoTried");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kWindowSplitters = QStringLiteral("window/splitters");
const QString kWindowColumns = QStringLiteral("window/columns");

bool jsonHasSecretKey(const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (AppSettings::isSecretKey(it.key()) || jsonHasSecretKey(it.value())) {
                return true;
            }
        }
    } else if (value.isArray()) {
        for (const QJsonValue& element : value.toArray()) {
            if (jsonHasSecretKey(element)) {
                return true;
            }
        }
    } else if (value.isString()) {
        return AppSettings::isSecretValue(value.toString());
    }
    return false;
}

QString jsonText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// window/geometry, or window/1366x768/geometry for a screen's own layout.
QString windowKey(const QString& key, const QString& screen)
{
    if (screen.isEmpty()) {
        return key;
    }
    QString screenKey = key;
    return screenKey.insert(key.indexOf(QLatin1Char('/')) + 1, screen + QLatin1Char('/'));
}

} // namespace

AppSettings::AppSettings(QSettings* settings, QObject* parent) : QObject(parent), m_settings(settings) {}

std::unique_ptr<QSettings> AppSettings::open()
{
    const QString dir = qEnvironmentVariable("CORDON_CONFIG_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        return std::make_unique<QSettings>(QDir(dir).filePath(QStringLiteral("cordon.ini")), QSettings::IniFormat);
    }
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Cordon"),
                                       QStringLiteral("Cordon"));
}

bool AppSettings::isSecretKey(const QString& key)
{
    static const QRegularExpression secret(
        QStringLiteral("secret|passw|passphrase|api[-_ ]?key|private[-_ ]?key|credential|bearer|ssws"),
        QRegularExpression::CaseInsensitiveOption);
    // "token", "apiToken", "access_token"; not "oauthTokens", a playbook's wish to clear them.
    static const QRegularExpression token(QStringLiteral("^(?i:token)$|Token$|[-_](?i:token)$|TOKEN$"));
    const QString name = key.section(QLatin1Char('/'), -1);
    return secret.match(key).hasMatch() || token.match(name).hasMatch();
}

bool AppSettings::isSecretValue(const QVariant& value)
{
    // Okta API tokens are 42 characters starting with "00"; Okta object ids are 20.
    static const QRegularExpression oktaToken(QStringLiteral("^(SSWS\\s+)?00[A-Za-z0-9_-]{40}$"));
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        if (oktaToken.match(text).hasMatch() || text.contains(QLatin1String("PRIVATE KEY-----"))) {
            return true;
        }
        if (text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('['))) {
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            return doc.isObject() ? jsonHasSecretKey(doc.object()) : doc.isArray() && jsonHasSecretKey(doc.array());
        }
        return false;
    }
    if (value.typeId() == QMetaType::QStringList) {
        const QStringList list = value.toStringList();
        return std::any_of(list.begin(), list.end(), [](const QString& item) { return isSecretValue(item); });
    }
    return false;
}

bool AppSettings::setValue(const QString& key, const QVariant& value)
{
    if (isSecretKey(key) || isSecretValue(value)) {
        // The value is not logged: it may be the very secret being kept out.
        qCWarning(lcStore) << "refused to keep a secret in the settings under" << key;
        return false;
    }
    const bool different = !m_settings->contains(key) || m_settings->value(key) != value;
    m_settings->setValue(key, value);
    m_settings->sync();
    if (different) {
        Q_EMIT changed(key);
    }
    return m_settings->status() == QSettings::NoError;
}

QVariant AppSettings::value(const QString& key, const QVariant& fallback) const
{
    return m_settings->value(key, fallback);
}

QString AppSettings::orgUrl() const
{
    return value(kOrgUrl).toString();
}

bool AppSettings::setOrgUrl(const QString& url)
{
    return setValue(kOrgUrl, url);
}

QStringList AppSettings::customDomains() const
{
    return value(kCustomDomains).toStringList();
}

bool AppSettings::setCustomDomains(const QStringList& hosts)
{
    return setValue(kCustomDomains, hosts);
}

QJsonArray AppSettings::jsonArray(const QString& key) const
{
    return QJsonDocument::fromJson(value(key).toString().toUtf8()).array();
}

QJsonArray AppSettings::feedSources() const
{
    return jsonArray(kFeedSources);
}

bool AppSettings::setFeedSources(const QJsonArray& sources)
{
    return setValue(kFeedSources, jsonText(sources));
}

QString AppSettings::databaseUrl() const
{
    return value(kDatabaseUrl).toString();
}

bool AppSettings::setDatabaseUrl(const QString& url)
{
    // A URL with a password is refused here too: the password belongs in the keychain.
    if (!url.isEmpty() && !DatabaseUrl::parse(url).isValid()) {
        return false;
    }
    return setValue(kDatabaseUrl, url.trimmed());
}

QString AppSettings::databaseLocation() const
{
    const QString chosen = qEnvironmentVariable("CORDON_DATABASE_URL").trimmed();
    return chosen.isEmpty() ? databaseUrl() : chosen;
}

QString AppSettings::restrictedGroupId() const
{
    return value(kRestrictedGroupId).toString();
}

bool AppSettings::setRestrictedGroupId(const QString& id)
{
    return setValue(kRestrictedGroupId, id);
}

QString AppSettings::restrictedGroupName() const
{
    return value(kRestrictedGroupName).toString();
}

bool AppSettings::setRestrictedGroupName(const QString& name)
{
    return setValue(kRestrictedGroupName, name);
}

QStringList AppSettings::protectedAccounts() const
{
    return value(kProtectedAccounts).toStringList();
}

bool AppSettings::setProtectedAccounts(const QStringList& accounts)
{
    return setValue(kProtectedAccounts, accounts);
}

QList<ProtectedAccount> AppSettings::protectedAccountEntries() const
{
    QHash<QString, ProtectedAccount> resolved;
    for (const QJsonValue& value : jsonArray(kProtectedAccountDetails)) {
        const ProtectedAccount account = ProtectedAccount::fromJson(value.toObject());
        if (account.isResolved()) {
            resolved.insert(account.userId, account);
        }
    }
    QList<ProtectedAccount> entries;
    for (const QString& key : protectedAccounts()) {
        ProtectedAccount account = resolved.value(key);
        if (!account.isResolved()) {
            account.entry = key;
        }
        entries << account;
    }
    return entries;
}

bool AppSettings::setProtectedAccountEntries(const QList<ProtectedAccount>& accounts)
{
    QStringList keys;
    QJsonArray details;
    for (const ProtectedAccount& account : accounts) {
        if (!keys.contains(account.key())) {
            keys << account.key();
            if (account.isResolved()) {
                details.append(account.toJson());
            }
        }
    }
    // Written as one: a refused value leaves both as they were.
    if (isSecretValue(keys) || isSecretValue(jsonText(details))) {
        qCWarning(lcStore) << "refused to keep a secret in the settings under" << kProtectedAccounts;
        return false;
    }
    return setValue(kProtectedAccountDetails, jsonText(details)) && setValue(kProtectedAccounts, keys);
}

QStringList AppSettings::protectedGroups() const
{
    return value(kProtectedGroups).toStringList();
}

bool AppSettings::setProtectedGroups(const QStringList& groups)
{
    return setValue(kProtectedGroups, groups);
}

QString AppSettings::adUsernameAttribute() const
{
    const QString attribute = value(kAdUsernameAttribute).toString();
    return attribute.isEmpty() ? QStringLiteral("samAccountName") : attribute;
}

bool AppSettings::setAdUsernameAttribute(const QString& attribute)
{
    return setValue(kAdUsernameAttribute, attribute);
}

QMap<QString, QString> AppSettings::netbiosDomainMap() const
{
    QMap<QString, QString> map;
    const QJsonObject object = QJsonDocument::fromJson(value(kNetbiosDomains).toString().toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        map.insert(it.key().toUpper(), it.value().toString().toLower());
    }
    return map;
}

bool AppSettings::setNetbiosDomainMap(const QMap<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it) {
        object.insert(it.key().toUpper(), it.value().toLower());
    }
    return setValue(kNetbiosDomains, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QStringList AppSettings::serviceAccountPatterns() const
{
    return value(kServiceAccountPatterns).toStringList();
}

bool AppSettings::setServiceAccountPatterns(const QStringList& patterns)
{
    return setValue(kServiceAccountPatterns, patterns);
}

QJsonArray AppSettings::playbooks() const
{
    return jsonArray(kPlaybooks);
}

bool AppSettings::setPlaybooks(const QJsonArray& playbooks)
{
    return setValue(kPlaybooks, jsonText(playbooks));
}

bool AppSettings::forgetDevices() const
{
    return value(kForgetDevices, true).toBool();
}

bool AppSettings::setForgetDevices(bool forget)
{
    return setValue(kForgetDevices, forget);
}

int AppSettings::identifiedWithinHours() const
{
    bool ok = false;
    const int hours = value(kIdentifiedWithinHours, DefaultIdentifiedWithinHours).toInt(&ok);
    return ok && hours >= 0 ? hours : DefaultIdentifiedWithinHours;
}

bool AppSettings::setIdentifiedWithinHours(int hours)
{
    return hours >= 0 && setValue(kIdentifiedWithinHours, hours);
}

QString AppSettings::webhookId() const
{
    return value(kWebhookId).toString();
}

bool AppSettings::setWebhookId(const QString& id)
{
    if (id.isEmpty()) {
        if (m_settings->contains(kWebhookId)) {
            m_settings->remove(kWebhookId);
            Q_EMIT changed(kWebhookId);
        }
        return true;
    }
    return setValue(kWebhookId, id);
}

QString AppSettings::oktaAuthorizationMode() const
{
    const QString mode = value(kAuthorizationMode).toString();
    return mode == QLatin1String("PrivateKey") ? mode : QStringLiteral("SSWS");
}

bool AppSettings::setOktaAuthorizationMode(const QString& mode)
{
    if (mode != QLatin1String("PrivateKey") && mode != QLatin1String("SSWS")) {
        return false;
    }
    return setValue(kAuthorizationMode, mode);
}

QString AppSettings::oauthClientId() const
{
    return value(kOauthClientId).toString();
}

bool AppSettings::setOauthClientId(const QString& clientId)
{
    return setValue(kOauthClientId, clientId);
}

QString AppSettings::oauthKeyId() const
{
    return value(kOauthKeyId).toString();
}

bool AppSettings::setOauthKeyId(const QString& keyId)
{
    return setValue(kOauthKeyId, keyId);
}

QStringList AppSettings::oauthScopes() const
{
    return value(kOauthScopes).toStringList();
}

bool AppSettings::setOauthScopes(const QStringList& scopes)
{
    return setValue(kOauthScopes, scopes);
}

bool AppSettings::isPresentationKey(const QString& key)
{
    return key.startsWith(QLatin1String("window/")) || key.startsWith(QLatin1String("ui/"));
}

bool AppSettings::demoTried() const
{
    return value(kDemoTried, false).toBool();
}

bool AppSettings::setDemoTried(bool tried)
{
    return setValue(kDemoTried, tried);
}

QString AppSettings::theme() const
{
    return value(kTheme).toString();
}

bool AppSettings::setTheme(const QString& theme)
{
    return setValue(kTheme, theme);
}

QString AppSettings::language() const
{
    return value(kLanguage).toString();
}

bool AppSettings::setLanguage(const QString& language)
{
    return setValue(kLanguage, language);
}

AppSettings::WindowLayout AppSettings::windowLayout(const QString& screen) const
{
    WindowLayout layout;
    layout.geometry = value(windowKey(kWindowGeometry, screen)).toByteArray();
    layout.state = value(windowKey(kWindowState, screen)).toByteArray();
    for (const auto& [group, states] : {std::pair{windowKey(kWindowSplitters, screen), &layout.splitters},
                                        std::pair{windowKey(kWindowColumns, screen), &layout.columns}}) {
        m_settings->beginGroup(group);
        for (const QString& name : m_settings->childKeys()) {
            states->insert(name, m_settings->value(name).toByteArray());
        }
        m_settings->endGroup();
    }
    return layout;
}

bool AppSettings::setWindowLayout(const WindowLayout& layout, const QString& screen)
{
    bool written = setValue(windowKey(kWindowGeometry, screen), layout.geometry) &&
                   setValue(windowKey(kWindowState, screen), layout.state);
    for (const auto& [group, states] : {std::pair{windowKey(kWindowSplitters, screen), &layout.splitters},
                                        std::pair{windowKey(kWindowColumns, screen), &layout.columns}}) {
        for (auto it = states->cbegin(); it != states->cend(); ++it) {
            written = setValue(group + QLatin1Char('/') + it.key(), it.value()) && written;
        }
    }
    return written;
}

qint64 AppSettings::defaultLimit(Limit which)
{
    constexpr qint64 megabyte = 1024 * 1024;
    switch (which) {
    case Limit::FeedFileBytes:
        return 512 * megabyte;
    case Limit::FeedRecordBytes:
        return 16 * megabyte;
    case Limit::FeedDocumentBytes:
        return 64 * megabyte;
    case Limit::FeedIncidents:
        // About 1.5 KB each once parsed, and three times that in the console with its list and store.
        return 200000;
    case Limit::FeedResponseBytes:
        return 64 * megabyte;
    case Limit::FeedIdleTimeoutMs:
        return 30 * 1000;
    case Limit::FeedTransferMs:
        return 5 * 60 * 1000;
    case Limit::OktaResponseBytes:
        return 32 * megabyte;
    }
    return 0;
}

QString AppSettings::limitKey(Limit which)
{
    switch (which) {
    case Limit::FeedFileBytes:
        return QStringLiteral("feeds/maxFileBytes");
    case Limit::FeedRecordBytes:
        return QStringLiteral("feeds/maxRecordBytes");
    case Limit::FeedDocumentBytes:
        return QStringLiteral("feeds/maxDocumentBytes");
    case Limit::FeedIncidents:
        return QStringLiteral("feeds/maxIncidents");
    case Limit::FeedResponseBytes:
        return QStringLiteral("feeds/maxResponseBytes");
    case Limit::FeedIdleTimeoutMs:
        return QStringLiteral("feeds/idleTimeoutMs");
    case Limit::FeedTransferMs:
        return QStringLiteral("feeds/maxTransferMs");
    case Limit::OktaResponseBytes:
        return QStringLiteral("okta/maxResponseBytes");
    }
    return QString();
}

qint64 AppSettings::limit(Limit which) const
{
    bool ok = false;
    const qint64 stored = value(limitKey(which)).toLongLong(&ok);
    return ok && stored > 0 ? stored : defaultLimit(which);
}

bool AppSettings::setLimit(Limit which, qint64 value)
{
    return value > 0 && setValue(limitKey(which), value);
}

} // namespace cordon::core
