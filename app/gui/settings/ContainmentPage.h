#pragma once

#include "store/ProtectedAccount.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace cordon::core
{
class AppSettings;
class OktaClient;
class ProtectedAccountResolver;
struct AccountResolution;
} // namespace cordon::core

namespace cordon::gui
{

class OktaPage;

// The restricted group, whether clearing sessions forgets devices, and the accounts and groups Cordon must
// never touch. Groups and accounts are looked up at the org and with the token of the Okta page.
class ContainmentPage : public QWidget
{
    Q_OBJECT

public:
    ContainmentPage(core::AppSettings* settings, core::OktaClient* client, OktaPage* okta, QWidget* parent = nullptr);

    void load();
    using AccountsCallback = std::function<void(const QList<core::ProtectedAccount>&)>;
    // Resolves every protected account at Okta and hands accepted the accounts to save; an entry that names
    // nobody or several users is explained and accepted is not called.
    void checkForSave(const QUrl& url, const AccountsCallback& accepted);
    // The protected accounts as written, each with the Okta user it was resolved to before, if any: what is
    // saved while no org is set, where nothing can be checked.
    QList<core::ProtectedAccount> accountsAsWritten() const;
    bool writeSettings(const QList<core::ProtectedAccount>& accounts);
    void setBusy(bool busy);

public slots:
    // Resolves the protected accounts and shows what each names, without saving.
    void checkAccounts();

signals:
    // The protected accounts were checked at Okta and the list shows what each names.
    void accountsChecked();
    // A check at Okta began or ended: the dialog's buttons wait for it.
    void busyChanged(bool busy);

private:
    void searchGroups();
    using ResolutionsCallback = std::function<void(const QList<core::AccountResolution>&)>;
    // One resolution per line of the accounts field; lines already resolved are not asked again.
    void resolveAccounts(const QUrl& url, ResolutionsCallback then);
    // The entry as resolved before, or unresolved.
    core::ProtectedAccount knownAccount(const QString& entry) const;
    void showAccounts(const QList<core::AccountResolution>& resolutions);

    core::AppSettings* m_settings;
    core::OktaClient* m_client;
    OktaPage* m_okta;

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
    QString m_groupId;
    QString m_groupName;
};

} // namespace cordon::gui
