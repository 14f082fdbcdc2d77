#include "gui/settings/OktaPage.h"

#include "containment/RolePermissions.h"
#include "gui/desktop/Dialogs.h"
#include "gui/desktop/StatusColors.h"
#include "gui/desktop/WrappingLabel.h"
#include "okta/OktaClient.h"
#include "okta/OrgUrl.h"
#include "secrets/SecretAccounts.h"
#include "secrets/SecretStoreInterface.h"
#include "store/AppSettings.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cordon::gui
{

using core::OktaRole;

OktaPage::OktaPage(core::AppSettings* settings,
                   core::SecretStoreInterface* secrets,
                   core::OktaClient* client,
                   QWidget* parent)
    : QWidget(parent), m_settings(settings), m_secrets(secrets), m_client(client)
{
    auto* page = this;
    auto* form = new QFormLayout(page);

    m_orgUrlEdit = new QLineEdit(page);
    m_orgUrlEdit->setObjectName(QStringLiteral("orgUrlLineEdit"));
    m_orgUrlEdit->setAccessibleName(tr("Okta org URL"));
    m_orgUrlEdit->setPlaceholderText(tr("acme.okta.com"));
    form->addRow(tr("Org &URL:"), m_orgUrlEdit);
    m_orgUrlNoteLabel = wrappingLabel(page, QStringLiteral("orgUrlNoteLabel"));
    m_orgUrlNoteLabel->setVisible(false);
    form->addRow(QString(), m_orgUrlNoteLabel);

    m_tokenEdit = new QLineEdit(page);
    m_tokenEdit->setObjectName(QStringLiteral("tokenLineEdit"));
    m_tokenEdit->setAccessibleName(tr("Okta API token"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("Paste a new token to replace the stored one"));
    form->addRow(tr("API &token:"), m_tokenEdit);
    m_tokenStatusLabel = wrappingLabel(page, QStringLiteral("tokenStatusLabel"));
    form->addRow(QString(), m_tokenStatusLabel);

    m_testButton = new QPushButton(tr("Test co&nnection"), page);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setAccessibleName(tr("Test the connection to Okta"));
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);
    m_connectionLabel = wrappingLabel(page, QStringLiteral("connectionResultLabel"));
    m_connectionLabel->setTextFormat(Qt::RichText);
    m_connectionLabel->setAccessibleName(tr("Connection test result"));
    form->addRow(tr("Result:"), m_connectionLabel);

    connect(m_testButton, &QPushButton::clicked, this, &OktaPage::testConnection);
    connect(m_orgUrlEdit, &QLineEdit::editingFinished, this, &OktaPage::refreshTokenStatus);
}

void OktaPage::setAllowHttpLoopback(bool allow)
{
    m_allowHttpLoopback = allow;
    refreshTokenStatus();
}

void OktaPage::load()
{
    m_orgUrlEdit->setText(m_settings->orgUrl());
    m_customDomains = m_settings->customDomains();
    refreshTokenStatus();
}

QUrl OktaPage::orgUrlFromField(bool askForCustomDomain)
{
    core::OrgUrlOptions options{m_allowHttpLoopback, m_customDomains};
    core::OrgUrlResult result = core::OrgUrl::normalize(m_orgUrlEdit->text(), options);
    if (!result.ok && askForCustomDomain) {
        // A host Okta does not own may be the org's custom URL domain: the person says so once.
        const QString text = m_orgUrlEdit->text().trimmed();
        const QUrl guess = QUrl::fromUserInput(text);
        const QString host = guess.host().toLower();
        options.customDomains << host;
        const core::OrgUrlResult custom = core::OrgUrl::normalize(text, options);
        if (!host.isEmpty() && custom.ok && custom.customDomain &&
            Dialogs::question(this, tr("Custom domain"),
                              tr("%1 is not an Okta address. Is it your Okta org's custom URL domain? Cordon will "
                                 "send the API token to it.")
                                  .arg(host)) == QMessageBox::Yes) {
            m_customDomains << host;
            result = custom;
        }
    }
    if (!result.ok) {
        m_orgUrlNoteLabel->setText(result.error);
        m_orgUrlNoteLabel->setVisible(true);
        return {};
    }
    m_orgUrlNoteLabel->setText(result.note);
    m_orgUrlNoteLabel->setVisible(!result.note.isEmpty());
    if (!result.note.isEmpty() || m_orgUrlEdit->text().trimmed() != result.url.toString()) {
        m_orgUrlEdit->setText(result.url.toString());
    }
    return result.url;
}

QString OktaPage::orgUrlProblem() const
{
    return m_orgUrlNoteLabel->text();
}

void OktaPage::withClient(const QUrl& url,
                          const std::function<void()>& ready,
                          const std::function<void(const core::SecretResult&)>& failed)
{
    QByteArray typed = m_tokenEdit->text().toUtf8();
    if (!typed.isEmpty()) {
        configureClient(url, typed);
        core::scrubSecret(typed);
        ready();
        return;
    }
    if (m_client->hasToken() && m_client->orgUrl() == url) {
        ready();
        return;
    }
    m_secrets->read(core::SecretAccounts::oktaToken(url), this, [this, url, ready, failed](core::SecretResult answer) {
        if (!answer.ok()) {
            failed(answer);
            return;
        }
        configureClient(url, answer.secret);
        ready();
    });
}

bool OktaPage::hasOrgUrl() const
{
    return !m_orgUrlEdit->text().trimmed().isEmpty();
}

bool OktaPage::hasTypedToken() const
{
    return !m_tokenEdit->text().isEmpty();
}

bool OktaPage::writeSettings(const QUrl& url)
{
    const bool written = m_settings->setOrgUrl(url.toString());
    return m_settings->setCustomDomains(m_customDomains) && written;
}

void OktaPage::storeToken(const QUrl& url, const std::function<void()>& stored)
{
    QByteArray token = m_tokenEdit->text().toUtf8();
    if (token.isEmpty()) {
        stored();
        return;
    }
    emit busyChanged(true);
    const QString backend = m_secrets->backendName();
    m_secrets->write(
        core::SecretAccounts::oktaToken(url), token, this, [this, backend, stored](const core::SecretResult& result) {
            emit busyChanged(false);
            if (!result.ok()) {
                m_tokenStatusLabel->setText(tr("Not stored"));
                Dialogs::warning(this, tr("Keychain"),
                                 tr("The API token could not be stored in %1: %2").arg(backend, result.message));
                return;
            }
            m_tokenEdit->clear();
            m_tokenStatusLabel->setText(tr("Stored in %1").arg(backend));
            stored();
        });
    core::scrubSecret(token);
}

void OktaPage::setBusy(bool busy)
{
    m_testButton->setEnabled(!busy);
}

void OktaPage::refreshTokenStatus()
{
    const core::OrgUrlResult result =
        core::OrgUrl::normalize(m_orgUrlEdit->text(), {m_allowHttpLoopback, m_customDomains});
    if (!result.ok) {
        m_tokenStatusLabel->setText(tr("Not stored"));
        return;
    }
    const QString account = core::SecretAccounts::oktaToken(result.url);
    const QString backend = m_secrets->backendName();
    m_secrets->read(account, this, [this, backend](const core::SecretResult& answer) {
        if (answer.ok()) {
            m_tokenStatusLabel->setText(tr("Stored in %1").arg(backend));
        } else if (answer.status == core::SecretResult::Status::NotFound) {
            m_tokenStatusLabel->setText(tr("Not stored"));
        } else {
            m_tokenStatusLabel->setText(tr("Not readable: %1").arg(answer.message));
        }
    });
}

void OktaPage::configureClient(const QUrl& url, const QByteArray& token)
{
    m_client->cancelAll();
    m_client->setOrgUrl(url);
    m_client->setToken(token);
}

void OktaPage::testConnection()
{
    const QUrl url = orgUrlFromField(true);
    if (url.isEmpty()) {
        m_connectionLabel->setText(tr("Enter a valid org URL first."));
        return;
    }
    emit busyChanged(true);
    m_connectionLabel->setText(tr("Checking…"));
    QByteArray typed = m_tokenEdit->text().toUtf8();
    if (!typed.isEmpty()) {
        configureClient(url, typed);
        core::scrubSecret(typed);
        runCheck();
        return;
    }
    m_secrets->read(core::SecretAccounts::oktaToken(url), this, [this, url](core::SecretResult answer) {
        if (!answer.ok()) {
            emit busyChanged(false);
            m_connectionLabel->setText(answer.status == core::SecretResult::Status::NotFound
                                           ? tr("No token: paste the API token, then test again.")
                                           : answer.message.toHtmlEscaped());
            emit connectionTested(false);
            return;
        }
        configureClient(url, answer.secret);
        runCheck();
    });
}

void OktaPage::runCheck()
{
    m_client->getCurrentUser(this, [this](const core::OktaReply& reply, const core::OktaUser& user) {
        if (!reply.ok()) {
            emit busyChanged(false);
            const QString lead = reply.error.httpStatus == 401
                                     ? tr("Okta refused the token: it is wrong, expired or revoked.")
                                     : tr("Cordon could not reach Okta.");
            m_connectionLabel->setText(QStringLiteral("<span style=\"color:%1;\">%2</span><br>%3")
                                           .arg(statusColorName(Status::Bad, palette()), lead.toHtmlEscaped(),
                                                reply.error.message().toHtmlEscaped()));
            emit connectionTested(false);
            return;
        }
        m_client->userRoles(
            user.id, this, [this, user](const core::OktaReply& rolesReply, const QList<OktaRole>& roles) {
                emit busyChanged(false);
                QString text = tr("Connected as <b>%1</b> (%2).")
                                   .arg(user.login.toHtmlEscaped(),
                                        user.displayName.isEmpty()
                                            ? QStringLiteral("%1 %2").arg(user.firstName, user.lastName).toHtmlEscaped()
                                            : user.displayName.toHtmlEscaped());
                if (!rolesReply.ok()) {
                    text += QStringLiteral("<br>") +
                            tr("Its admin roles could not be read: %1").arg(rolesReply.error.message().toHtmlEscaped());
                    m_connectionLabel->setText(text);
                    emit connectionTested(true);
                    return;
                }
                QStringList names;
                for (const OktaRole& role : roles) {
                    names << (role.label.isEmpty() ? role.type : QStringLiteral("%1 (%2)").arg(role.label, role.type));
                }
                text +=
                    QStringLiteral("<br>") + tr("Admin roles: %1")
                                                 .arg(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")))
                                                 .toHtmlEscaped();
                const core::RolePermissions permissions = core::RolePermissions::fromRoles(roles);
                QStringList allowed;
                if (permissions.clearSessions) {
                    allowed << tr("clear sessions and tokens");
                }
                if (permissions.suspend) {
                    allowed << tr("suspend and unsuspend");
                }
                if (permissions.groupMembership) {
                    allowed << tr("change group membership");
                }
                text += QStringLiteral("<br>") + tr("Cordon may: %1")
                                                     .arg(allowed.isEmpty() ? tr("none of the containment actions")
                                                                            : allowed.join(QStringLiteral("; ")))
                                                     .toHtmlEscaped();
                for (const QString& warning : permissions.warnings) {
                    text += QStringLiteral("<br><span style=\"color:%1;\">%2</span>")
                                .arg(statusColorName(Status::Warning, palette()),
                                     tr("Warning: %1").arg(warning).toHtmlEscaped());
                }
                m_connectionLabel->setText(text);
                emit connectionTested(true);
            });
    });
}

} // namespace cordon::gui
