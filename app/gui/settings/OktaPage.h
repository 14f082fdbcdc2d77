#pragma once

#include "oauth/SigningKey.h"

#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;

namespace cordon::core
{
class AppSettings;
class OktaClient;
struct OktaRole;
class SecretStoreInterface;
class ServiceAppAuth;
struct SecretResult;
struct ServiceAppConfig;
} // namespace cordon::core

namespace cordon::gui
{

// The Okta org and how Cordon signs in to it: an API token, or an OAuth 2.0 service app with a key pair Cordon
// makes. The token and the private key go to the keychain, only on Save, and neither is ever shown.
class OktaPage : public QWidget
{
    Q_OBJECT

public:
    // The client is the dialog's, shared with the pages that ask Okta; this page sets its org and credentials.
    // network carries the service app's token requests.
    OktaPage(core::AppSettings* settings,
             core::SecretStoreInterface* secrets,
             core::OktaClient* client,
             QNetworkAccessManager* network,
             QWidget* parent = nullptr);

    // Accepts http:// to this computer, for the simulated org.
    void setAllowHttpLoopback(bool allow);
    void load();
    // The org URL in the field, normalized; on failure shows why and returns an empty URL.
    QUrl orgUrlFromField(bool askForCustomDomain);
    // Why the org URL is not valid, as shown under the field.
    QString orgUrlProblem() const;
    // Whether anything is typed in the org URL field, and in the token field.
    bool hasOrgUrl() const;
    bool hasTypedToken() const;
    // Whether "OAuth service app" is chosen, and a key pair made here waits for Save.
    bool isServiceApp() const;
    bool hasNewKey() const;
    // Why the service app's settings cannot be saved (no client id, no key pair), or empty.
    QString serviceAppProblem() const;
    // Sets the client up for url with the typed token, or with the one it has, or with the stored one, then
    // calls ready; failed hears why the stored token could not be read.
    void withClient(const QUrl& url,
                    const std::function<void()>& ready,
                    const std::function<void(const core::SecretResult&)>& failed);
    bool writeSettings(const QUrl& url);
    // Stores a typed token for url in the keychain and clears the field, then calls stored; with no token
    // typed calls stored at once. A token the keychain refuses is explained and stored is not called. For a
    // service app, stores a new key pair's private key instead, then the app's settings.
    void storeToken(const QUrl& url, const std::function<void()>& stored);
    void setBusy(bool busy);

public slots:
    void testConnection();
    // Makes a new key pair for the service app and shows its public key; it replaces the stored one on Save.
    void makeKeyPair();

signals:
    void connectionTested(bool ok);
    // A check at Okta began or ended: the dialog's buttons wait for it.
    void busyChanged(bool busy);

private:
    void refreshTokenStatus();
    // Whether a private key is stored for the org's service app, and its public half.
    void refreshKeyStatus(const QUrl& url);
    void configureClient(const QUrl& url, const QByteArray& token);
    void runCheck();
    void showMode();
    core::ServiceAppConfig serviceAppConfig() const;
    // Signs the client in as the service app with this private key; false with the reason.
    bool configureServiceApp(const QUrl& url, QByteArrayView pem, QString* error);
    // Sets the client up as the service app with the new key or the stored one, then calls done with the reason
    // it could not be (empty when it is).
    void withServiceApp(const QUrl& url, const std::function<void(const QString& problem)>& done);
    void runServiceAppCheck();
    void showPublicKey(const QJsonObject& jwk);
    // What the roles allow, as lines of the result.
    QString rolesSummary(const QList<core::OktaRole>& roles) const;
    void showCheckFailure(const QString& lead, const QString& detail);

    QPointer<core::ServiceAppAuth> m_serviceApp;
    // Made here, held in memory until Save writes it to the keychain.
    core::SigningKey m_newKey;
    QString m_newKeyId;
    bool m_hasStoredKey = false;

    core::AppSettings* m_settings;
    core::SecretStoreInterface* m_secrets;
    core::OktaClient* m_client;
    QNetworkAccessManager* m_network;
    bool m_allowHttpLoopback = false;
    QStringList m_customDomains;

    QFormLayout* m_form = nullptr;
    QComboBox* m_modeCombo = nullptr;
    QLineEdit* m_clientIdEdit = nullptr;
    QLineEdit* m_scopesEdit = nullptr;
    QLayout* m_keyRow = nullptr;
    QPushButton* m_makeKeyButton = nullptr;
    QPushButton* m_copyKeyButton = nullptr;
    QLabel* m_keyStatusLabel = nullptr;
    QPlainTextEdit* m_publicKeyEdit = nullptr;
    QLabel* m_scopesLabel = nullptr;
    QLineEdit* m_orgUrlEdit = nullptr;
    QLabel* m_orgUrlNoteLabel = nullptr;
    QLineEdit* m_tokenEdit = nullptr;
    QLabel* m_tokenStatusLabel = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_connectionLabel = nullptr;
};

} // namespace cordon::gui
