#include "gui/settings/SettingsDialog.h"

#include "gui/desktop/Dialogs.h"
#include "gui/settings/ContainmentPage.h"
#include "gui/settings/DatabasePage.h"
#include "gui/settings/FeedsPage.h"
#include "gui/settings/GeneralPage.h"
#include "gui/settings/OktaPage.h"
#include "okta/OktaClient.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cordon::gui
{

SettingsDialog::SettingsDialog(core::AppSettings* settings,
                               core::SecretStoreInterface* secrets,
                               QNetworkAccessManager* network,
                               QWidget* parent)
    : QDialog(parent), m_client(std::make_unique<core::OktaClient>(network))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Cordon settings"));
    // One attempt and a short wait: the person is watching the button.
    m_client->setMaxRetries(0);
    m_client->setTransferTimeoutMs(10000);

    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    m_general = new GeneralPage(settings, this);
    m_okta = new OktaPage(settings, secrets, m_client.get(), network, this);
    m_containment = new ContainmentPage(settings, m_client.get(), m_okta, this);
    m_feeds = new FeedsPage(settings, secrets, this);
    m_database = new DatabasePage(settings, secrets, this);
    // First what each analyst sets for themselves (language, theme), then what the org's administrator sets.
    tabs->addTab(m_general, tr("&General"));
    tabs->addTab(m_okta, tr("&Okta"));
    tabs->addTab(m_containment, tr("&Containment"));
    tabs->addTab(m_feeds, tr("&Feeds"));
    // No mnemonic: every letter of the word is taken on some page in some language; Ctrl+Tab reaches it.
    tabs->addTab(m_database, tr("Database"));
    layout->addWidget(tabs);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save settings"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_okta, &OktaPage::busyChanged, this, &SettingsDialog::setBusy);
    connect(m_containment, &ContainmentPage::busyChanged, this, &SettingsDialog::setBusy);
    connect(m_okta, &OktaPage::connectionTested, this, &SettingsDialog::connectionTested);
    connect(m_containment, &ContainmentPage::accountsChecked, this, &SettingsDialog::accountsChecked);
    // Keys stored for sources that were added and then not saved are not left in the keychain.
    connect(this, &QDialog::rejected, m_feeds, &FeedsPage::discardUnsavedFeedKeys);

    m_general->load();
    m_okta->load();
    m_containment->load();
    m_feeds->load();
    m_database->load();
    resize(720, 560);
}

SettingsDialog::~SettingsDialog()
{
    m_client->cancelAll();
}

void SettingsDialog::setAllowHttpLoopback(bool allow)
{
    m_feeds->setAllowHttpLoopback(allow);
    m_okta->setAllowHttpLoopback(allow);
}

void SettingsDialog::testConnection()
{
    m_okta->testConnection();
}

void SettingsDialog::checkAccounts()
{
    m_containment->checkAccounts();
}

void SettingsDialog::setBusy(bool busy)
{
    m_okta->setBusy(busy);
    m_saveButton->setEnabled(!busy);
    m_containment->setBusy(busy);
}

void SettingsDialog::save()
{
    if (const QString problem = m_database->problem(); !problem.isEmpty()) {
        Dialogs::warning(this, tr("Settings"), problem);
        return;
    }
    if (!m_okta->hasOrgUrl()) {
        // No org yet (a first start choosing the language, say): what needs none is saved; a token needs the org
        // it belongs to.
        if (m_okta->hasTypedToken() && !m_okta->isServiceApp()) {
            Dialogs::warning(this, tr("Settings"), tr("Enter the org URL the API token belongs to."));
            return;
        }
        if (m_okta->isServiceApp()) {
            Dialogs::warning(this, tr("Settings"), tr("Enter the org URL the service app belongs to."));
            return;
        }
        writeSettings({}, m_containment->accountsAsWritten());
        return;
    }
    const QUrl url = m_okta->orgUrlFromField(true);
    if (url.isEmpty()) {
        Dialogs::warning(this, tr("Settings"), m_okta->orgUrlProblem());
        return;
    }
    if (const QString problem = m_okta->serviceAppProblem(); !problem.isEmpty()) {
        Dialogs::warning(this, tr("Settings"), problem);
        return;
    }
    m_containment->checkForSave(
        url, [this, url](const QList<core::ProtectedAccount>& accounts) { writeSettings(url, accounts); });
}

void SettingsDialog::writeSettings(const QUrl& url, const QList<core::ProtectedAccount>& accounts)
{
    bool written = m_general->writeSettings();
    written = m_okta->writeSettings(url) && written;
    written = m_containment->writeSettings(accounts) && written;
    written = m_feeds->writeSettings() && written;
    written = m_database->writeSettings() && written;
    if (!written) {
        Dialogs::warning(this, tr("Settings"),
                         tr("Some settings were refused because they look like a secret. Secrets belong in the "
                            "token field, which stores them in the keychain."));
        return;
    }
    m_feeds->removeDroppedFeedKeys();
    m_okta->storeToken(url, [this, url] { m_database->storePassword([this, url] { finishSave(url); }); });
}

void SettingsDialog::finishSave(const QUrl& url)
{
    emit saved(url);
    accept();
}

} // namespace cordon::gui
