#pragma once

#include "containment/CredentialCapabilities.h"
#include "playbooks/Playbook.h"

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTableView;

namespace cordon::core
{
class AppSettings;
class SecretStoreInterface;
} // namespace cordon::core

namespace cordon::gui
{

class NotificationsPage;
class PlaybookEditor;
class PlaybookListModel;

// Edits the playbooks of settings (a working copy, kept only by Save), exports and imports them as JSON,
// and holds the chat webhook that playbook notifications go to (NotificationsPage). Nothing blocks: open() it,
// and it may delete itself on close.
class PlaybookDialog : public QDialog
{
    Q_OBJECT

public:
    // None is owned; all must outlive the dialog.
    PlaybookDialog(core::AppSettings* settings,
                   core::SecretStoreInterface* secrets,
                   QNetworkAccessManager* network,
                   QWidget* parent = nullptr);
    ~PlaybookDialog() override;

    // Accepts an http:// webhook on this computer, for the tests and the demo.
    void setAllowHttpLoopback(bool allow);

    // The playbooks as edited so far.
    QList<core::Playbook> playbooks() const;
    // What the org and the credentials allow of the credential actions (a probe of a known user): the editor shows
    // the others disabled, with the reason.
    void setCredentialCapabilities(const core::CredentialCapabilities& capabilities);

    // The webhook the notifications go to (AppSettings::webhookId); empty when none is set.
    static QString webhookId(const core::AppSettings& settings);

public slots:
    // Checks every playbook, stores them and the webhook change, then closes; stays open and says why
    // when something is refused.
    void save();
    // Posts a test notification to the URL in the field, else to the stored one.
    void sendTestNotification();

signals:
    // The playbooks are stored in settings.
    void saved(const QList<core::Playbook>& playbooks);
    // A webhook URL was stored, or removed (id empty): give the id to WebhookNotifier::setWebhookId.
    void webhookChanged(const QString& webhookId);
    // The test notification was delivered, or failed (the result label says why).
    void webhookTested(bool delivered);

private:
    QWidget* buildListPane();
    void showPlaybook(int row);
    int currentRow() const;
    void selectRow(int row);
    QString uniqueId(const QString& base) const;

    void addPlaybook();
    void duplicatePlaybook();
    void removePlaybook();
    void restoreDefaults();
    void importPlaybooks();
    void exportPlaybooks();
    // The first playbook that cannot be saved is selected and explained; false then.
    bool validateAll(const QString& title);

    core::AppSettings* m_settings;

    PlaybookListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_removeButton = nullptr;

    PlaybookEditor* m_editor = nullptr;
    NotificationsPage* m_notifications = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace cordon::gui
