#pragma once

#include "okta/OktaRole.h"

#include <QDialog>
#include <QStringList>
#include <QUrl>

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
    void save();

signals:
    // Settings and token are written; the org may have changed.
    void saved(const QUrl& orgUrl);
    void connectionTested(bool ok);

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
    void finishSave(const QUrl& url);

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
