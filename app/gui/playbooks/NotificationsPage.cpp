#include "gui/playbooks/NotificationsPage.h"

#include "gui/desktop/Dialogs.h"
#include "gui/desktop/WrappingLabel.h"
#include "gui/playbooks/PlaybookWidgets.h"
#include "playbooks/PlaybookNotification.h"
#include "playbooks/WebhookNotifier.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretAccounts.h"
#include "secrets/SecretStoreInterface.h"
#include "store/AppSettings.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QUuid>

namespace cordon::gui
{

using core::Incident;

namespace
{

const QString kDefaultWebhookId = QStringLiteral("default");
// The id the typed URL is tried under, in memory only.
const QString kTypedWebhookId = QStringLiteral("typed");
constexpr int WebhookTimeoutMs = 10000;

QString capitalized(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

} // namespace

NotificationsPage::NotificationsPage(core::AppSettings* settings,
                                     core::SecretStoreInterface* secrets,
                                     QNetworkAccessManager* network,
                                     QWidget* parent)
    : QGroupBox(tr("Notifications"), parent), m_settings(settings), m_secrets(secrets), m_network(network)
{
    auto* group = this;
    group->setObjectName(QStringLiteral("notificationsGroupBox"));
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* intro = wrappingLabel(group, QStringLiteral("webhookIntroLabel"));
    intro->setText(tr("When an incident needs approval or a playbook ran by itself, Cordon shows a tray message and "
                      "can post to a Slack or Microsoft Teams incoming webhook."));
    form->addRow(intro);

    m_webhookEdit = new QLineEdit(group);
    m_webhookEdit->setObjectName(QStringLiteral("webhookUrlLineEdit"));
    m_webhookEdit->setAccessibleName(tr("Webhook URL"));
    // Whoever has the URL can post to the channel: it is typed like a password and kept in the keychain.
    m_webhookEdit->setEchoMode(QLineEdit::Password);
    m_webhookEdit->setPlaceholderText(tr("Paste an https:// webhook URL to replace the stored one"));
    m_removeWebhookButton =
        button(group, tr("Re&move"), QStringLiteral("removeWebhookButton"), tr("Remove the stored webhook URL"));
    m_testWebhookButton = button(group, tr("Send a &test"), QStringLiteral("testWebhookButton"),
                                 tr("Send a test notification to the webhook"));
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_webhookEdit, 1);
    urlRow->addWidget(m_testWebhookButton);
    urlRow->addWidget(m_removeWebhookButton);
    auto* urlLabel = new QLabel(tr("&Webhook URL:"), group);
    urlLabel->setBuddy(m_webhookEdit);
    form->addRow(urlLabel, urlRow);

    m_webhookStatusLabel = wrappingLabel(group, QStringLiteral("webhookStatusLabel"));
    m_webhookStatusLabel->setAccessibleName(tr("Where the webhook URL is stored"));
    form->addRow(QString(), m_webhookStatusLabel);
    m_webhookResultLabel = wrappingLabel(group, QStringLiteral("webhookResultLabel"));
    m_webhookResultLabel->setAccessibleName(tr("Result of the test notification"));
    m_webhookResultLabel->setTextFormat(Qt::RichText);
    m_webhookResultLabel->hide();
    form->addRow(QString(), m_webhookResultLabel);

    connect(m_webhookEdit, &QLineEdit::textEdited, this, [this] {
        m_removeWebhook = false;
        refreshWebhookStatus();
    });
    connect(m_removeWebhookButton, &QPushButton::clicked, this, [this] {
        m_webhookEdit->clear();
        m_removeWebhook = !webhookId(*m_settings).isEmpty();
        refreshWebhookStatus();
    });
    connect(m_testWebhookButton, &QPushButton::clicked, this, &NotificationsPage::sendTestNotification);
    refreshWebhookStatus();
}

NotificationsPage::~NotificationsPage() = default;

void NotificationsPage::setAllowHttpLoopback(bool allow)
{
    m_allowHttpLoopback = allow;
}

QString NotificationsPage::webhookId(const core::AppSettings& settings)
{
    return settings.webhookId();
}

bool NotificationsPage::checkTypedUrl()
{
    const QString typedUrl = m_webhookEdit->text().trimmed();
    QString why;
    if (!typedUrl.isEmpty() &&
        !core::WebhookNotifier::acceptsUrl(QUrl(typedUrl, QUrl::StrictMode), m_allowHttpLoopback, &why)) {
        Dialogs::warning(this, tr("Webhook"), capitalized(why) + QLatin1Char('.'));
        return false;
    }
    return true;
}

void NotificationsPage::save(const std::function<void()>& done)
{
    const QString typedUrl = m_webhookEdit->text().trimmed();
    const QString storedId = webhookId(*m_settings);
    const QString backend = m_secrets->backendName();
    if (!typedUrl.isEmpty()) {
        const QString id = storedId.isEmpty() ? kDefaultWebhookId : storedId;
        QByteArray secret = typedUrl.toUtf8();
        emit busyChanged(true);
        m_secrets->write(core::SecretAccounts::webhookUrl(id), secret, this,
                         [this, id, storedId, backend, done](const core::SecretResult& result) {
                             emit busyChanged(false);
                             if (!result.ok()) {
                                 Dialogs::warning(this, tr("Webhook"),
                                                  tr("The playbooks are saved, but the webhook URL could not be "
                                                     "stored in %1: %2")
                                                      .arg(backend, result.message));
                                 return;
                             }
                             m_webhookEdit->clear();
                             if (id != storedId && !m_settings->setWebhookId(id)) {
                                 Dialogs::warning(this, tr("Webhook"), tr("The settings refused the webhook's id."));
                                 return;
                             }
                             emit webhookChanged(id);
                             done();
                         });
        core::scrubSecret(secret);
        return;
    }
    if (m_removeWebhook && !storedId.isEmpty()) {
        emit busyChanged(true);
        m_secrets->remove(core::SecretAccounts::webhookUrl(storedId), this,
                          [this, backend, done](const core::SecretResult& result) {
                              emit busyChanged(false);
                              if (!result.ok()) {
                                  Dialogs::warning(this, tr("Webhook"),
                                                   tr("The playbooks are saved, but the webhook URL could not be "
                                                      "removed from %1: %2")
                                                       .arg(backend, result.message));
                                  return;
                              }
                              m_settings->setWebhookId({});
                              m_removeWebhook = false;
                              emit webhookChanged(QString());
                              done();
                          });
        return;
    }
    done();
}

void NotificationsPage::refreshWebhookStatus()
{
    const QString id = webhookId(*m_settings);
    const bool typed = !m_webhookEdit->text().trimmed().isEmpty();
    m_removeWebhookButton->setEnabled(typed || (!id.isEmpty() && !m_removeWebhook));
    m_testWebhookButton->setEnabled(typed || (!id.isEmpty() && !m_removeWebhook));
    if (typed) {
        m_webhookStatusLabel->setText(tr("Stored in %1 when you save.").arg(m_secrets->backendName()));
        return;
    }
    if (m_removeWebhook) {
        m_webhookStatusLabel->setText(tr("Removed from %1 when you save.").arg(m_secrets->backendName()));
        return;
    }
    if (id.isEmpty()) {
        m_webhookStatusLabel->setText(tr("None: notifications appear in the system tray only."));
        return;
    }
    const QString backend = m_secrets->backendName();
    m_secrets->read(core::SecretAccounts::webhookUrl(id), this, [this, backend](const core::SecretResult& answer) {
        if (!m_webhookEdit->text().trimmed().isEmpty() || m_removeWebhook) {
            return; // the analyst has moved on
        }
        if (answer.ok()) {
            m_webhookStatusLabel->setText(tr("Stored in %1.").arg(backend));
        } else if (answer.status == core::SecretResult::Status::NotFound) {
            m_webhookStatusLabel->setText(tr("Not stored in %1: paste the URL again.").arg(backend));
        } else {
            m_webhookStatusLabel->setText(tr("Not readable: %1").arg(answer.message));
        }
    });
}

void NotificationsPage::sendTestNotification()
{
    const QString typedUrl = m_webhookEdit->text().trimmed();
    const QString storedId = webhookId(*m_settings);
    m_webhookResultLabel->show();
    if (typedUrl.isEmpty() && (storedId.isEmpty() || m_removeWebhook)) {
        m_webhookResultLabel->setText(colored(tr("Paste a webhook URL first."), Status::Bad));
        emit webhookTested(false);
        return;
    }
    delete m_testNotifier;
    if (typedUrl.isEmpty()) {
        m_testNotifier = new core::WebhookNotifier(m_network, m_secrets, this);
        m_testNotifier->setWebhookId(storedId);
    } else {
        // The typed URL is tried from memory, so that a test stores nothing before Save.
        auto typed = std::make_unique<core::MemorySecretStore>();
        QByteArray secret = typedUrl.toUtf8();
        typed->write(core::SecretAccounts::webhookUrl(kTypedWebhookId), secret, this, {});
        core::scrubSecret(secret);
        m_testNotifier = new core::WebhookNotifier(m_network, typed.get(), this);
        m_testNotifier->setWebhookId(kTypedWebhookId);
        m_typedUrl = std::move(typed);
    }
    m_testNotifier->setAllowHttpLoopback(m_allowHttpLoopback);
    m_testNotifier->setMaxAttempts(1);
    m_testNotifier->setTransferTimeoutMs(WebhookTimeoutMs);
    connect(m_testNotifier, &core::WebhookNotifier::delivered, this, [this] {
        m_testWebhookButton->setEnabled(true);
        m_webhookResultLabel->setText(
            colored(tr("Delivered: the webhook accepted the test notification."), Status::Good));
        emit webhookTested(true);
    });
    connect(m_testNotifier, &core::WebhookNotifier::failed, this, [this](const QString&, const QString& reason) {
        m_testWebhookButton->setEnabled(true);
        m_webhookResultLabel->setText(colored(tr("Not delivered: %1.").arg(reason), Status::Bad));
        emit webhookTested(false);
    });

    core::PlaybookNotification notification;
    notification.kind = core::PlaybookNotification::Kind::PlaybookRan;
    notification.succeeded = true;
    notification.id = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    notification.incident.id = QStringLiteral("test");
    notification.incident.title = tr("this channel");
    notification.incident.sourceKind = QStringLiteral("generic");
    notification.incident.severity = Incident::Severity::Informational;
    notification.incident.user.raw = tr("none (a test)");
    notification.playbookId = QStringLiteral("test");
    notification.playbookName = tr("A test from Cordon");
    notification.message = tr("Cordon's playbook settings sent this test; nothing was done to anyone.");
    m_testWebhookButton->setEnabled(false);
    m_webhookResultLabel->setText(tr("Sending…"));
    m_testNotifier->notify(notification);
}

} // namespace cordon::gui
