#pragma once

#include <QGroupBox>
#include <QString>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace cordon::core
{
class AppSettings;
class SecretStoreInterface;
class WebhookNotifier;
} // namespace cordon::core

namespace cordon::gui
{

// The chat webhook that playbook notifications go to. The webhook URL is a credential: it is written to the
// keychain under SecretAccounts::webhookUrl(id), with only the id in settings, and never read back into the
// field.
class NotificationsPage : public QGroupBox
{
    Q_OBJECT

public:
    // None is owned; all must outlive the page.
    NotificationsPage(core::AppSettings* settings,
                      core::SecretStoreInterface* secrets,
                      QNetworkAccessManager* network,
                      QWidget* parent = nullptr);
    ~NotificationsPage() override;

    // Accepts an http:// webhook on this computer, for the tests and the demo.
    void setAllowHttpLoopback(bool allow);
    // The webhook the notifications go to (AppSettings::webhookId); empty when none is set.
    static QString webhookId(const core::AppSettings& settings);
    // Whether a typed URL may be stored; when not, says why and returns false.
    bool checkTypedUrl();
    // Stores the typed URL, or removes the stored one when asked, then calls done; a failure is explained and
    // done is not called.
    void save(const std::function<void()>& done);

public slots:
    // Posts a test notification to the URL in the field, else to the stored one.
    void sendTestNotification();

signals:
    // A webhook URL was stored, or removed (id empty): give the id to WebhookNotifier::setWebhookId.
    void webhookChanged(const QString& webhookId);
    // The test notification was delivered, or failed (the result label says why).
    void webhookTested(bool delivered);
    // The keychain is being written: the dialog's Save waits for it.
    void busyChanged(bool busy);

private:
    void refreshWebhookStatus();

    core::AppSettings* m_settings;
    core::SecretStoreInterface* m_secrets;
    QNetworkAccessManager* m_network;
    std::unique_ptr<core::SecretStoreInterface> m_typedUrl;
    core::WebhookNotifier* m_testNotifier = nullptr;
    bool m_allowHttpLoopback = false;
    bool m_removeWebhook = false;

    QLineEdit* m_webhookEdit = nullptr;
    QLabel* m_webhookStatusLabel = nullptr;
    QPushButton* m_removeWebhookButton = nullptr;
    QPushButton* m_testWebhookButton = nullptr;
    QLabel* m_webhookResultLabel = nullptr;
};

} // namespace cordon::gui
