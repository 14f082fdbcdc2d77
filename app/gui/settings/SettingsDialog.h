#pragma once

#include "okta/OktaRole.h"
#include "store/ProtectedAccount.h"

#include <QDialog>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace cordon::core
{
class AppSettings;
class OktaClient;
class ProtectedAccountResolver;
struct AccountResolution;
class SecretStoreInterface;
} // namespace cordon::core

namespace cordon::gui
{

// The Okta org and its API token, the feed sources, the restricted group and the accounts and groups
// Cordon must never touch. The token goes to the keychain and is never read back into the field.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(core::AppSettings* settings,
                   core::SecretStoreInterface* secrets,
                   QNetworkAccessManager* network,
                   QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Accepts http:// to this computer, for the simulated org.
    void setAllowHttpLoopback(bool allow);

public slots:
    void testConnection();
    // Resolves every protected account at Okta (the Okta id each names) and saves; an entry that names nobody
    // or several users saves nothing.
    void save();
    // Resolves the protected accounts and shows what each names, without saving.
    void checkAccounts();

signals:
    // Settings and token are written; the org may have changed.
    void saved(const QUrl& orgUrl);
    void connectionTested(bool ok);
    // The protected accounts were checked at Okta and the list shows what each names.
    void accountsChecked();

private:
    QWidget* buildOktaTab();
    QWidget* buildContainmentTab();
    QWidget* buildFeedsTab();
    void addFeedSource();
    void updateFeedFields();
    // Removes the keys of feed sources that are no longer in the list.
    void removeDroppedFeedKeys();
    void discardUnsavedFeedKeys();
    void load();
    // The org URL in the field, normalized; on failure shows why and returns an empty URL.
    QUrl orgUrlFromField(bool askForCustomDomain);
    void refreshTokenStatus();
    void configureClient(const QUrl& url, const QByteArray& token);
    void runCheck();
    void searchGroups();
    void setBusy(bool busy);
    void writeSettings(const QUrl& url, const QList<core::ProtectedAccount>& accounts);
    void finishSave(const QUrl& url);
    using ResolutionsCallback = std::function<void(const QList<core::AccountResolution>&)>;
    // One resolution per line of the accounts field; lines already resolved are not asked again.
    void resolveAccounts(const QUrl& url, ResolutionsCallback then);
    void showAccounts(const QList<core::AccountResolution>& resolutions);

    core::AppSettings* m_settings;
    core::SecretStoreInterface* m_secrets;
    std::unique_ptr<core::OktaClient> m_client;
    bool m_allowHttpLoopback = false;
    QStringList m_customDomains;

    QLineEdit* m_orgUrlEdit = nullptr;
    QLabel* m_orgUrlNoteLabel = nullptr;
    QLineEdit* m_tokenEdit = nullptr;
    QLabel* m_tokenStatusLabel = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QLineEdit* m_groupSearchEdit = nullptr;
    QListWidget* m_groupList = nullptr;
    QLabel* m_groupLabel = nullptr;
    QTimer* m_groupSearchTimer = nullptr;
    QCheckBox* m_forgetDevicesCheck = nullptr;
    QPlainTextEdit* m_protectedAccountsEdit = nullptr;
    QPushButton* m_checkAccountsButton = nullptr;
    QListWidget* m_accountsList = nullptr;
    core::ProtectedAccountResolver* m_resolver = nullptr;
    // What each entry resolved to when last saved or checked; they are not asked of Okta again.
    QList<core::ProtectedAccount> m_knownAccounts;
    int m_resolveRun = 0;
    QPlainTextEdit* m_protectedGroupsEdit = nullptr;
    QListWidget* m_feedList = nullptr;
    QLineEdit* m_feedEdit = nullptr;
    QLabel* m_feedApiLabel = nullptr;
    QLineEdit* m_feedSecretEdit = nullptr;
    QSpinBox* m_feedIntervalSpin = nullptr;
    QPushButton* m_addFeedButton = nullptr;
    QStringList m_savedFeedIds;
    // Sources added in this dialog whose key is in the keychain but which are not saved yet.
    QStringList m_unsavedFeedIds;
    QPushButton* m_saveButton = nullptr;
    QString m_groupId;
    QString m_groupName;
};

} // namespace cordon::gui
