#pragma once

#include <QStringList>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cordon::core
{
class AppSettings;
class OktaClient;
class SecretStoreInterface;
struct SecretResult;
} // namespace cordon::core

namespace cordon::gui
{

// The Okta org and its API token. The token goes to the keychain and is never read back into the field.
class OktaPage : public QWidget
{
    Q_OBJECT

public:
    // The client is the dialog's, shared with the pages that ask Okta; this page sets its org and token.
    OktaPage(core::AppSettings* settings,
             core::SecretStoreInterface* secrets,
             core::OktaClient* client,
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
    // Sets the client up for url with the typed token, or with the one it has, or with the stored one, then
    // calls ready; failed hears why the stored token could not be read.
    void withClient(const QUrl& url,
                    const std::function<void()>& ready,
                    const std::function<void(const core::SecretResult&)>& failed);
    bool writeSettings(const QUrl& url);
    // Stores a typed token for url in the keychain and clears the field, then calls stored; with no token
    // typed calls stored at once. A token the keychain refuses is explained and stored is not called.
    void storeToken(const QUrl& url, const std::function<void()>& stored);
    void setBusy(bool busy);

public slots:
    void testConnection();

signals:
    void connectionTested(bool ok);
    // A check at Okta began or ended: the dialog's buttons wait for it.
    void busyChanged(bool busy);

private:
    void refreshTokenStatus();
    void configureClient(const QUrl& url, const QByteArray& token);
    void runCheck();

    core::AppSettings* m_settings;
    core::SecretStoreInterface* m_secrets;
    core::OktaClient* m_client;
    bool m_allowHttpLoopback = false;
    QStringList m_customDomains;

    QLineEdit* m_orgUrlEdit = nullptr;
    QLabel* m_orgUrlNoteLabel = nullptr;
    QLineEdit* m_tokenEdit = nullptr;
    QLabel* m_tokenStatusLabel = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_connectionLabel = nullptr;
};

} // namespace cordon::gui
