#include "gui/settings/OktaPage.h"

#include "containment/RolePermissions.h"
#include "gui/desktop/Dialogs.h"
#include "gui/desktop/StatusColors.h"
#include "gui/desktop/WrappingLabel.h"
#include "okta/OktaClient.h"
#include "okta/OktaScopes.h"
#include "okta/OrgUrl.h"
#include "okta/ServiceAppAuth.h"
#include "secrets/SecretAccounts.h"
#include "secrets/SecretStoreInterface.h"
#include "store/AppSettings.h"
#include "workspace/ServiceAppSetup.h"

#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace cordon::gui
{

using core::OktaRole;
using core::OktaScopes;

namespace
{

const QString ServiceAppMode = QStringLiteral("PrivateKey");
const QString TokenMode = QStringLiteral("SSWS");

QString stepLabel(OktaScopes::Step step)
{
    switch (step) {
    case OktaScopes::Step::FindUser:
        return OktaPage::tr("Find a user");
    case OktaScopes::Step::ReadAdminRoles:
        return OktaPage::tr("Read admin roles");
    case OktaScopes::Step::ReadSchema:
        return OktaPage::tr("Read the user schema");
    case OktaScopes::Step::FindGroup:
        return OktaPage::tr("Find a group");
    case OktaScopes::Step::ClearSessions:
        return OktaPage::tr("Clear sessions");
    case OktaScopes::Step::Suspend:
        return OktaPage::tr("Suspend");
    case OktaScopes::Step::Unsuspend:
        return OktaPage::tr("Unsuspend");
    case OktaScopes::Step::AddToGroup:
        return OktaPage::tr("Add to a group");
    case OktaScopes::Step::RemoveFromGroup:
        return OktaPage::tr("Remove from a group");
    case OktaScopes::Step::SetRisk:
        return OktaPage::tr("Set user risk (optional)");
    case OktaScopes::Step::UniversalLogout:
        return OktaPage::tr("Universal Logout (optional)");
    case OktaScopes::Step::RevokeFactors:
        return OktaPage::tr("Remove recent MFA factors (optional)");
    case OktaScopes::Step::ResetFactors:
        return OktaPage::tr("Reset MFA factors (optional)");
    case OktaScopes::Step::ExpirePassword:
        return OktaPage::tr("Expire password (optional)");
    }
    return {};
}

} // namespace

OktaPage::OktaPage(core::AppSettings* settings,
                   core::SecretStoreInterface* secrets,
                   core::OktaClient* client,
                   QNetworkAccessManager* network,
                   QWidget* parent)
    : QWidget(parent), m_settings(settings), m_secrets(secrets), m_client(client), m_network(network)
{
    auto* page = this;
    auto* form = new QFormLayout(page);
    m_form = form;

    m_orgUrlEdit = new QLineEdit(page);
    m_orgUrlEdit->setObjectName(QStringLiteral("orgUrlLineEdit"));
    m_orgUrlEdit->setAccessibleName(tr("Okta org URL"));
    m_orgUrlEdit->setPlaceholderText(tr("acme.okta.com"));
    form->addRow(tr("Org &URL:"), m_orgUrlEdit);
    m_orgUrlNoteLabel = wrappingLabel(page, QStringLiteral("orgUrlNoteLabel"));
    m_orgUrlNoteLabel->setVisible(false);
    form->addRow(QString(), m_orgUrlNoteLabel);

    m_modeCombo = new QComboBox(page);
    m_modeCombo->setObjectName(QStringLiteral("signInModeComboBox"));
    m_modeCombo->setAccessibleName(tr("How Cordon signs in to Okta"));
    m_modeCombo->addItem(tr("API token"), TokenMode);
    m_modeCombo->addItem(tr("OAuth service app"), ServiceAppMode);
    m_modeCombo->setToolTip(tr("A service app's token carries only the scopes it was granted and is bound to a key "
                               "that never leaves Cordon; Okta recommends it over an API token."));
    form->addRow(tr("Sign in &with:"), m_modeCombo);

    m_tokenEdit = new QLineEdit(page);
    m_tokenEdit->setObjectName(QStringLiteral("tokenLineEdit"));
    m_tokenEdit->setAccessibleName(tr("Okta API token"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("Paste a new token to replace the stored one"));
    form->addRow(tr("API &token:"), m_tokenEdit);
    m_tokenStatusLabel = wrappingLabel(page, QStringLiteral("tokenStatusLabel"));
    form->addRow(QString(), m_tokenStatusLabel);

    m_clientIdEdit = new QLineEdit(page);
    m_clientIdEdit->setObjectName(QStringLiteral("clientIdLineEdit"));
    m_clientIdEdit->setAccessibleName(tr("The service app's client id"));
    m_clientIdEdit->setPlaceholderText(tr("0oa1b2c3d4e5f6g7h8i9"));
    form->addRow(tr("Client &ID:"), m_clientIdEdit);
    m_makeKeyButton = new QPushButton(tr("&Make a key pair"), page);
    m_makeKeyButton->setObjectName(QStringLiteral("makeKeyPairButton"));
    m_makeKeyButton->setAccessibleName(tr("Make a key pair for the service app"));
    m_copyKeyButton = new QPushButton(tr("Co&py public key"), page);
    m_copyKeyButton->setObjectName(QStringLiteral("copyPublicKeyButton"));
    m_copyKeyButton->setAccessibleName(tr("Copy the public key"));
    m_copyKeyButton->setEnabled(false);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_makeKeyButton);
    keyRow->addWidget(m_copyKeyButton);
    keyRow->addStretch(1);
    m_keyRow = keyRow;
    form->addRow(tr("Key pair:"), keyRow);
    m_keyStatusLabel = wrappingLabel(page, QStringLiteral("keyStatusLabel"));
    form->addRow(QString(), m_keyStatusLabel);
    m_publicKeyEdit = new QPlainTextEdit(page);
    m_publicKeyEdit->setObjectName(QStringLiteral("publicKeyTextEdit"));
    m_publicKeyEdit->setAccessibleName(tr("The public key to add to the Okta app"));
    m_publicKeyEdit->setReadOnly(true);
    m_publicKeyEdit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_publicKeyEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_publicKeyEdit->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    form->addRow(tr("Public key:"), m_publicKeyEdit);
    m_scopesLabel = wrappingLabel(page, QStringLiteral("scopesToGrantLabel"));
    m_scopesLabel->setText(tr("In Okta, add the public key on the app's General tab (client authentication \"Public "
                              "key / Private key\", DPoP required) and grant on its Okta API Scopes tab: %1")
                               .arg(OktaScopes::all().join(QLatin1Char(' '))));
    form->addRow(tr("Scopes:"), m_scopesLabel);
    m_scopesEdit = new QLineEdit(page);
    m_scopesEdit->setObjectName(QStringLiteral("scopesLineEdit"));
    m_scopesEdit->setAccessibleName(tr("The scopes Cordon asks for"));
    m_scopesEdit->setToolTip(tr("Okta refuses a token that asks for a scope the app was not granted: list only "
                                "those granted. An action that needs another scope is turned off."));
    form->addRow(tr("Scopes to as&k for:"), m_scopesEdit);

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
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, &OktaPage::showMode);
    connect(m_makeKeyButton, &QPushButton::clicked, this, &OktaPage::makeKeyPair);
    connect(m_copyKeyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_publicKeyEdit->toPlainText()); });
    showMode();
}

bool OktaPage::isServiceApp() const
{
    return m_modeCombo->currentData().toString() == ServiceAppMode;
}

bool OktaPage::hasNewKey() const
{
    return !m_newKey.isNull();
}

void OktaPage::showMode()
{
    const bool app = isServiceApp();
    m_form->setRowVisible(m_tokenEdit, !app);
    m_form->setRowVisible(m_tokenStatusLabel, !app);
    m_form->setRowVisible(m_clientIdEdit, app);
    m_form->setRowVisible(m_keyRow, app);
    m_form->setRowVisible(m_keyStatusLabel, app);
    m_form->setRowVisible(m_publicKeyEdit, app);
    m_form->setRowVisible(m_scopesLabel, app);
    m_form->setRowVisible(m_scopesEdit, app);
    if (app) {
        refreshKeyStatus(core::OrgUrl::normalize(m_orgUrlEdit->text(), {m_allowHttpLoopback, m_customDomains}).url);
    }
}

core::ServiceAppConfig OktaPage::serviceAppConfig() const
{
    core::ServiceAppConfig config;
    config.clientId = m_clientIdEdit->text().trimmed();
    config.scopes = m_scopesEdit->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    config.keyId = m_newKey.isNull() ? m_settings->oauthKeyId() : m_newKeyId;
    return config;
}

QString OktaPage::serviceAppProblem() const
{
    if (!isServiceApp()) {
        return {};
    }
    if (m_clientIdEdit->text().trimmed().isEmpty()) {
        return tr("Enter the service app's client id.");
    }
    if (const QString problem = serviceAppConfig().problem(); !problem.isEmpty()) {
        return problem;
    }
    // A key saved earlier is named in the settings; whether the keychain still holds it is found on use.
    if (m_newKey.isNull() && !m_hasStoredKey && m_settings->oauthKeyId().isEmpty()) {
        return tr("Make a key pair for the service app first.");
    }
    return {};
}

void OktaPage::makeKeyPair()
{
    if ((m_hasStoredKey || !m_newKey.isNull()) &&
        Dialogs::question(this, tr("New key pair"),
                          tr("The key pair Cordon has now stops working once you save: the public key registered with "
                             "the app in Okta must then be replaced by the new one. Make a new key pair?")) !=
            QMessageBox::Yes) {
        return;
    }
    core::SigningKey key = core::ServiceAppSetup::makeKey();
    if (key.isNull()) {
        m_keyStatusLabel->setText(tr("No key pair could be made."));
        return;
    }
    m_newKeyId = core::ServiceAppSetup::keyId(key);
    m_newKey = std::move(key);
    showPublicKey(m_newKey.registrationJwk(m_newKeyId));
    m_keyStatusLabel->setText(
        m_hasStoredKey
            ? tr("New key pair (key id %1): its private key replaces the stored one when you save. Replace the public "
                 "key registered in Okta with this one.")
                  .arg(m_newKeyId)
            : tr("New key pair (key id %1): its private key goes to %2 when you save. Add this public key to the app "
                 "in Okta.")
                  .arg(m_newKeyId, m_secrets->backendName()));
}

void OktaPage::showPublicKey(const QJsonObject& jwk)
{
    m_publicKeyEdit->setPlainText(QString::fromUtf8(QJsonDocument(jwk).toJson(QJsonDocument::Indented)).trimmed());
    m_copyKeyButton->setEnabled(!jwk.isEmpty());
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
    m_modeCombo->setCurrentIndex(
        m_modeCombo->findData(m_settings->oktaAuthorizationMode() == ServiceAppMode ? ServiceAppMode : TokenMode));
    m_clientIdEdit->setText(m_settings->oauthClientId());
    const QStringList scopes = m_settings->oauthScopes();
    m_scopesEdit->setText((scopes.isEmpty() ? OktaScopes::all() : scopes).join(QLatin1Char(' ')));
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
    if (isServiceApp()) {
        withServiceApp(url, [ready, failed](const QString& problem) {
            if (problem.isEmpty()) {
                ready();
            } else {
                failed(core::SecretResult(core::SecretResult::Status::Other, {}, problem));
            }
        });
        return;
    }
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
    bool written = m_settings->setOrgUrl(url.toString());
    // A service app's settings follow its key to the keychain (storeToken); an analyst going back to the token
    // says so to the settings, which otherwise keep saying nothing of how to sign in.
    if (!isServiceApp() && m_settings->oktaAuthorizationMode() != TokenMode) {
        written = m_settings->setOktaAuthorizationMode(TokenMode) && written;
    }
    return m_settings->setCustomDomains(m_customDomains) && written;
}

void OktaPage::storeToken(const QUrl& url, const std::function<void()>& stored)
{
    if (isServiceApp()) {
        const auto writeAppSettings = [this, stored](const core::ServiceAppConfig& config) {
            if (!core::ServiceAppSetup::writeSettings(*m_settings, config)) {
                Dialogs::warning(this, tr("Settings"), tr("The service app's settings could not be written."));
                return;
            }
            stored();
        };
        if (m_newKey.isNull()) {
            writeAppSettings(serviceAppConfig());
            return;
        }
        emit busyChanged(true);
        const QString backend = m_secrets->backendName();
        // The key first, then the settings that name it: a key the keychain refuses leaves the old pair in use.
        core::ServiceAppSetup::storeKey(
            m_secrets, url, m_newKey, this,
            [this, backend, writeAppSettings, config = serviceAppConfig()](const core::SecretResult& result) {
                emit busyChanged(false);
                if (!result.ok()) {
                    Dialogs::warning(
                        this, tr("Keychain"),
                        tr("The service app's private key could not be stored in %1: %2").arg(backend, result.message));
                    return;
                }
                m_newKey = {};
                m_hasStoredKey = true;
                m_keyStatusLabel->setText(tr("Stored in %1 (key id %2)").arg(backend, config.keyId));
                writeAppSettings(config);
            });
        return;
    }
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
    m_makeKeyButton->setEnabled(!busy);
}

void OktaPage::refreshTokenStatus()
{
    const core::OrgUrlResult result =
        core::OrgUrl::normalize(m_orgUrlEdit->text(), {m_allowHttpLoopback, m_customDomains});
    if (!result.ok) {
        m_tokenStatusLabel->setText(tr("Not stored"));
        refreshKeyStatus({});
        return;
    }
    refreshKeyStatus(result.url);
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

void OktaPage::refreshKeyStatus(const QUrl& url)
{
    // Only for a service app: the private key is not read for nothing.
    if (!m_newKey.isNull() || !isServiceApp()) {
        return;
    }
    if (url.isEmpty()) {
        m_hasStoredKey = false;
        m_keyStatusLabel->setText(tr("No key pair"));
        return;
    }
    // The stored key's public half is shown again, to paste once more; the private key is read, never shown.
    m_secrets->read(core::SecretAccounts::oktaServiceAppKey(url), this,
                    [this, backend = m_secrets->backendName()](core::SecretResult answer) {
                        if (!m_newKey.isNull()) {
                            return;
                        }
                        m_hasStoredKey = answer.ok();
                        if (answer.status == core::SecretResult::Status::NotFound) {
                            m_keyStatusLabel->setText(tr("No key pair: make one, then add its public key to the app "
                                                         "in Okta."));
                            showPublicKey({});
                            return;
                        }
                        if (!answer.ok()) {
                            m_keyStatusLabel->setText(tr("Not readable: %1").arg(answer.message));
                            return;
                        }
                        QString error;
                        const core::SigningKey stored = core::SigningKey::fromPem(answer.secret, &error);
                        core::scrubSecret(answer.secret);
                        if (stored.isNull()) {
                            m_keyStatusLabel->setText(tr("The stored private key cannot be used: %1").arg(error));
                            return;
                        }
                        const QString keyId =
                            m_settings->oauthKeyId().isEmpty() ? stored.thumbprint() : m_settings->oauthKeyId();
                        m_keyStatusLabel->setText(tr("Stored in %1 (key id %2)").arg(backend, keyId));
                        showPublicKey(stored.registrationJwk(keyId));
                    });
}

void OktaPage::configureClient(const QUrl& url, const QByteArray& token)
{
    m_client->cancelAll();
    m_client->setServiceApp(nullptr);
    m_client->setOrgUrl(url);
    m_client->setToken(token);
}

bool OktaPage::configureServiceApp(const QUrl& url, QByteArrayView pem, QString* error)
{
    m_client->cancelAll();
    m_client->clearToken();
    m_client->setOrgUrl(url);
    if (!m_serviceApp) {
        m_serviceApp = new core::ServiceAppAuth(m_network, this);
    }
    const bool configured = m_serviceApp->configure(url, serviceAppConfig(), pem, error);
    m_client->setServiceApp(m_serviceApp);
    return configured;
}

void OktaPage::withServiceApp(const QUrl& url, const std::function<void(const QString& problem)>& done)
{
    if (const QString problem = serviceAppProblem(); !problem.isEmpty()) {
        done(problem);
        return;
    }
    if (!m_newKey.isNull()) {
        QString error;
        QByteArray pem = m_newKey.privateKeyPem();
        const bool configured = configureServiceApp(url, pem, &error);
        core::SigningKey::scrub(pem);
        done(configured ? QString() : error);
        return;
    }
    const core::ServiceAppConfig config = serviceAppConfig();
    if (m_serviceApp && m_client->serviceApp() == m_serviceApp && m_client->orgUrl() == url &&
        m_serviceApp->isConfigured() && m_serviceApp->config().clientId == config.clientId &&
        m_serviceApp->config().keyId == config.keyId) {
        done({});
        return;
    }
    m_secrets->read(core::SecretAccounts::oktaServiceAppKey(url), this, [this, url, done](core::SecretResult answer) {
        if (!answer.ok()) {
            done(answer.status == core::SecretResult::Status::NotFound
                     ? tr("No key pair is stored for the service app: make one.")
                     : answer.message);
            return;
        }
        QString error;
        const bool configured = configureServiceApp(url, answer.secret, &error);
        core::scrubSecret(answer.secret);
        done(configured ? QString() : error);
    });
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
    if (isServiceApp()) {
        withServiceApp(url, [this](const QString& problem) {
            if (!problem.isEmpty()) {
                emit busyChanged(false);
                m_connectionLabel->setText(problem.toHtmlEscaped());
                emit connectionTested(false);
                return;
            }
            runServiceAppCheck();
        });
        return;
    }
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
            showCheckFailure(reply.error.httpStatus == 401
                                 ? tr("Okta refused the token: it is wrong, expired or revoked.")
                                 : tr("Cordon could not reach Okta."),
                             reply.error.message());
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
                m_connectionLabel->setText(text + rolesSummary(roles));
                emit connectionTested(true);
            });
    });
}

void OktaPage::showCheckFailure(const QString& lead, const QString& detail)
{
    emit busyChanged(false);
    m_connectionLabel->setText(
        QStringLiteral("<span style=\"color:%1;\">%2</span><br>%3")
            .arg(statusColorName(Status::Bad, palette()), lead.toHtmlEscaped(), detail.toHtmlEscaped()));
    emit connectionTested(false);
}

QString OktaPage::rolesSummary(const QList<OktaRole>& roles) const
{
    QStringList names;
    for (const OktaRole& role : roles) {
        names << (role.label.isEmpty() ? role.type : QStringLiteral("%1 (%2)").arg(role.label, role.type));
    }
    QString text =
        QStringLiteral("<br>") +
        tr("Admin roles: %1").arg(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))).toHtmlEscaped();
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
    text += QStringLiteral("<br>") +
            tr("Cordon may: %1")
                .arg(allowed.isEmpty() ? tr("none of the containment actions") : allowed.join(QStringLiteral("; ")))
                .toHtmlEscaped();
    for (const QString& warning : permissions.warnings) {
        text += QStringLiteral("<br><span style=\"color:%1;\">%2</span>")
                    .arg(statusColorName(Status::Warning, palette()), tr("Warning: %1").arg(warning).toHtmlEscaped());
    }
    return text;
}

void OktaPage::runServiceAppCheck()
{
    // A service app has no user: users/me does not apply, and the roles are the app's own.
    const QString clientId = m_serviceApp->config().clientId;
    m_client->clientRoles(clientId, this, [this, clientId](const core::OktaReply& reply, const QList<OktaRole>& roles) {
        if (!reply.ok()) {
            const int status = reply.error.httpStatus;
            showCheckFailure(status == 400 || status == 401 || status == 403
                                 ? tr("Okta refused the service app: check its client id, its public key and its "
                                      "scopes in Okta.")
                                 : tr("Cordon could not reach Okta."),
                             reply.error.message());
            return;
        }
        emit busyChanged(false);
        QString text = tr("Connected as service app <b>%1</b>.").arg(clientId.toHtmlEscaped()) + rolesSummary(roles);
        const QStringList granted = m_serviceApp ? m_serviceApp->grantedScopes() : QStringList();
        text += QStringLiteral("<br>") + tr("Scopes granted: %1")
                                             .arg(granted.isEmpty() ? tr("none") : granted.join(QLatin1Char(' ')))
                                             .toHtmlEscaped();
        for (const OktaScopes::Step step : OktaScopes::steps()) {
            const QStringList missing = OktaScopes::missing(step, granted);
            const QString needs = tr("%1 needs %2")
                                      .arg(stepLabel(step), OktaScopes::forStep(step).join(QLatin1Char(' ')))
                                      .toHtmlEscaped();
            // A credential action's scopes are asked for only when added: without them that action is unavailable.
            const bool optional = OktaScopes::isCredentialStep(step);
            text +=
                QStringLiteral("<br>") +
                (missing.isEmpty() ? tr("%1: granted").arg(needs)
                 : optional
                     ? tr("%1: unavailable without %2").arg(needs, missing.join(QLatin1Char(' ')).toHtmlEscaped())
                     : QStringLiteral("<span style=\"color:%1;\">%2</span>")
                           .arg(statusColorName(Status::Warning, palette()),
                                tr("%1: not granted %2").arg(needs, missing.join(QLatin1Char(' ')).toHtmlEscaped())));
        }
        m_connectionLabel->setText(text);
        emit connectionTested(true);
    });
}

} // namespace cordon::gui
