#pragma once

#include "store/ProtectedAccount.h"

#include <QDialog>
#include <QList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QPushButton;

namespace cordon::core
{
class AppSettings;
class OktaClient;
class SecretStoreInterface;
} // namespace cordon::core

namespace cordon::gui
{

class ContainmentPage;
class DatabasePage;
class FeedsPage;
class GeneralPage;
class OktaPage;

// The console's language and theme, the Okta org and its API token, the restricted group and the accounts and
// groups Cordon must never touch, the feed sources and the database, one page each; the dialog saves them together.
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
    void setBusy(bool busy);
    void writeSettings(const QUrl& url, const QList<core::ProtectedAccount>& accounts);
    void finishSave(const QUrl& url);

    // Shared by the pages that ask Okta, so that a token read once serves them all.
    std::unique_ptr<core::OktaClient> m_client;
    GeneralPage* m_general = nullptr;
    OktaPage* m_okta = nullptr;
    ContainmentPage* m_containment = nullptr;
    FeedsPage* m_feeds = nullptr;
    DatabasePage* m_database = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace cordon::gui
