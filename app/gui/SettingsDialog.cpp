#include "SettingsDialog.h"

#include "Dialogs.h"
#include "containment/RolePermissions.h"
#include "okta/OktaClient.h"
#include "okta/OrgUrl.h"
#include "secrets/SecretAccounts.h"
#include "secrets/SecretStoreInterface.h"
#include "store/AppSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace cordon::gui
{

using core::OktaRole;

namespace
{

constexpr int GroupSearchDelayMs = 300;
constexpr int GroupIdRole = Qt::UserRole + 1;
constexpr int GroupNameRole = Qt::UserRole + 2;
constexpr int FeedSourceRole = Qt::UserRole + 1;

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList result;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            result << line.trimmed();
        }
    }
    return result;
}

QLabel* wrappingLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(core::AppSettings* settings,
                               core::SecretStoreInterface* secrets,
                               QNetworkAccessManager* network,
                               QWidget* parent)
    : QDialog(parent), m_settings(settings), m_secrets(secrets), m_client(std::make_unique<core::OktaClient>(network))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Cordon settings"));
    // One attempt and a short wait: the person is watching the button.
    m_client->setMaxRetries(0);
    m_client->setTransferTimeoutMs(10000);

    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    tabs->addTab(buildOktaTab(), tr("&Okta"));
    tabs->addTab(buildContainmentTab(), tr("&Containment"));
    tabs->addTab(buildFeedsTab(), tr("&Feeds"));
    layout->addWidget(tabs);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save settings"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    load();
    resize(720, 560);
}

SettingsDialog::~SettingsDialog()
{
    m_client->cancelAll();
}

QWidget* SettingsDialog::buildOktaTab()
{
    auto* page = new QWidget(this);
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

    m_testButton = new QPushButton(tr("Test &connection"), page);
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

    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_orgUrlEdit, &QLineEdit::editingFinished, this, &SettingsDialog::refreshTokenStatus);
    return page;
}

QWidget* SettingsDialog::buildContainmentTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);

    m_groupLabel = wrappingLabel(page, QStringLiteral("restrictedGroupLabel"));
    form->addRow(tr("Restricted group:"), m_groupLabel);
    m_groupSearchEdit = new QLineEdit(page);
    m_groupSearchEdit->setObjectName(QStringLiteral("restrictedGroupLineEdit"));
    m_groupSearchEdit->setAccessibleName(tr("Search Okta groups by name"));
    m_groupSearchEdit->setPlaceholderText(tr("Type a group name to search Okta"));
    form->addRow(tr("&Find group:"), m_groupSearchEdit);
    m_groupList = new QListWidget(page);
    m_groupList->setObjectName(QStringLiteral("restrictedGroupListWidget"));
    m_groupList->setAccessibleName(tr("Matching Okta groups"));
    m_groupList->setMaximumHeight(120);
    form->addRow(QString(), m_groupList);

    m_protectedAccountsEdit = new QPlainTextEdit(page);
    m_protectedAccountsEdit->setObjectName(QStringLiteral("protectedAccountsTextEdit"));
    m_protectedAccountsEdit->setAccessibleName(tr("Protected accounts, one Okta login or id per line"));
    m_protectedAccountsEdit->setPlaceholderText(tr("One Okta login or user id per line"));
    form->addRow(tr("Protected &accounts:"), m_protectedAccountsEdit);
    m_protectedGroupsEdit = new QPlainTextEdit(page);
    m_protectedGroupsEdit->setObjectName(QStringLiteral("protectedGroupsTextEdit"));
    m_protectedGroupsEdit->setAccessibleName(tr("Protected groups, one group name or id per line"));
    m_protectedGroupsEdit->setPlaceholderText(tr("One Okta group name or id per line"));
    form->addRow(tr("Protected &groups:"), m_protectedGroupsEdit);

    m_groupSearchTimer = new QTimer(this);
    m_groupSearchTimer->setSingleShot(true);
    m_groupSearchTimer->setInterval(GroupSearchDelayMs);
    connect(m_groupSearchEdit, &QLineEdit::textEdited, m_groupSearchTimer, qOverload<>(&QTimer::start));
    connect(m_groupSearchTimer, &QTimer::timeout, this, &SettingsDialog::searchGroups);
    connect(m_groupList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item || !(item->flags() & Qt::ItemIsSelectable)) {
            return;
        }
        m_groupId = item->data(GroupIdRole).toString();
        m_groupName = item->data(GroupNameRole).toString();
        m_groupLabel->setText(tr("%1 (%2)").arg(m_groupName, m_groupId));
    });
    return page;
}

QWidget* SettingsDialog::buildFeedsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("Incident feeds to load: files on this computer or https:// addresses."), page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_feedList = new QListWidget(page);
    m_feedList->setObjectName(QStringLiteral("feedSourcesListWidget"));
    m_feedList->setAccessibleName(tr("Feed sources"));
    layout->addWidget(m_feedList);
    auto* row = new QHBoxLayout;
    m_feedEdit = new QLineEdit(page);
    m_feedEdit->setObjectName(QStringLiteral("feedSourceLineEdit"));
    m_feedEdit->setAccessibleName(tr("Feed file path or https address"));
    m_feedEdit->setPlaceholderText(tr("File path or https:// address"));
    row->addWidget(m_feedEdit, 1);
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("browseFeedButton"));
    browse->setAccessibleName(tr("Choose a feed file"));
    row->addWidget(browse);
    auto* add = new QPushButton(tr("&Add"), page);
    add->setObjectName(QStringLiteral("addFeedSourceButton"));
    add->setAccessibleName(tr("Add feed source"));
    row->addWidget(add);
    auto* remove = new QPushButton(tr("&Remove"), page);
    remove->setObjectName(QStringLiteral("removeFeedSourceButton"));
    remove->setAccessibleName(tr("Remove the selected feed source"));
    row->addWidget(remove);
    layout->addLayout(row);

    const auto addSource = [this](const QString& location) {
        const QString text = location.trimmed();
        if (text.isEmpty()) {
            return;
        }
        const bool https = text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
        if (text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) {
            Dialogs::warning(this, tr("Feed source"), tr("Feeds are read over https:// only."));
            return;
        }
        const QJsonObject source{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("kind"), https ? QStringLiteral("https") : QStringLiteral("file")},
                                 {QStringLiteral("url"), text},
                                 {QStringLiteral("format"), QStringLiteral("auto")}};
        auto* item = new QListWidgetItem(text, m_feedList);
        item->setData(FeedSourceRole, source);
        m_feedEdit->clear();
    };
    connect(add, &QPushButton::clicked, this, [this, addSource] { addSource(m_feedEdit->text()); });
    connect(m_feedEdit, &QLineEdit::returnPressed, this, [this, addSource] { addSource(m_feedEdit->text()); });
    connect(browse, &QPushButton::clicked, this, [this, addSource] {
        addSource(Dialogs::openFileName(this, tr("Choose an incident feed"),
                                        tr("Incident feeds (*.json *.ndjson *.jsonl);;All files (*)")));
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_feedList->currentItem(); });
    return page;
}

void SettingsDialog::setAllowHttpLoopback(bool allow)
{
    m_allowHttpLoopback = allow;
    refreshTokenStatus();
}

void SettingsDialog::load()
{
    m_orgUrlEdit->setText(m_settings->orgUrl());
    m_customDomains = m_settings->customDomains();
    m_groupId = m_settings->restrictedGroupId();
    m_groupName = m_settings->restrictedGroupName();
    m_groupLabel->setText(m_groupId.isEmpty() ? tr("None chosen") : tr("%1 (%2)").arg(m_groupName, m_groupId));
    m_protectedAccountsEdit->setPlainText(m_settings->protectedAccounts().join(QLatin1Char('\n')));
    m_protectedGroupsEdit->setPlainText(m_settings->protectedGroups().join(QLatin1Char('\n')));
    m_feedList->clear();
    for (const QJsonValue& value : m_settings->feedSources()) {
        const QJsonObject source = value.toObject();
        auto* item = new QListWidgetItem(source.value(QStringLiteral("url")).toString(), m_feedList);
        item->setData(FeedSourceRole, source);
    }
    refreshTokenStatus();
}

QUrl SettingsDialog::orgUrlFromField(bool askForCustomDomain)
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

void SettingsDialog::refreshTokenStatus()
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

void SettingsDialog::configureClient(const QUrl& url, const QByteArray& token)
{
    m_client->cancelAll();
    m_client->setOrgUrl(url);
    m_client->setToken(token);
}

void SettingsDialog::testConnection()
{
    const QUrl url = orgUrlFromField(true);
    if (url.isEmpty()) {
        m_connectionLabel->setText(tr("Enter a valid org URL first."));
        return;
    }
    setBusy(true);
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
            setBusy(false);
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

void SettingsDialog::runCheck()
{
    m_client->getCurrentUser(this, [this](const core::OktaReply& reply, const core::OktaUser& user) {
        if (!reply.ok()) {
            setBusy(false);
            const QString lead = reply.error.httpStatus == 401
                                     ? tr("Okta refused the token: it is wrong, expired or revoked.")
                                     : tr("Cordon could not reach Okta.");
            m_connectionLabel->setText(QStringLiteral("<span style=\"color:#c62828;\">%1</span><br>%2")
                                           .arg(lead.toHtmlEscaped(), reply.error.message().toHtmlEscaped()));
            emit connectionTested(false);
            return;
        }
        m_client->userRoles(
            user.id, this, [this, user](const core::OktaReply& rolesReply, const QList<OktaRole>& roles) {
                setBusy(false);
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
                    text += QStringLiteral("<br><span style=\"color:#ef6c00;\">%1</span>")
                                .arg(tr("Warning: %1").arg(warning).toHtmlEscaped());
                }
                m_connectionLabel->setText(text);
                emit connectionTested(true);
            });
    });
}

void SettingsDialog::searchGroups()
{
    const QString text = m_groupSearchEdit->text().trimmed();
    m_groupList->clear();
    if (text.isEmpty()) {
        return;
    }
    const QUrl url = orgUrlFromField(false);
    if (url.isEmpty()) {
        return;
    }
    const auto search = [this, text] {
        core::GroupQuery query;
        query.q = text;
        query.limit = 20;
        query.maxPages = 1;
        m_client->listGroups(
            query, this, [this, text](const core::OktaReply& reply, const QList<core::OktaGroup>& groups) {
                if (text != m_groupSearchEdit->text().trimmed()) {
                    return; // an older search; the newer one is on its way
                }
                m_groupList->clear();
                if (!reply.ok()) {
                    auto* item = new QListWidgetItem(reply.error.message(), m_groupList);
                    item->setFlags(Qt::ItemIsEnabled);
                    return;
                }
                for (const core::OktaGroup& group : groups) {
                    auto* item =
                        new QListWidgetItem(tr("%1 (%2, %3)").arg(group.name, group.type, group.id), m_groupList);
                    item->setData(GroupIdRole, group.id);
                    item->setData(GroupNameRole, group.name);
                    if (!group.isModifiable()) {
                        // Okta changes the members of OKTA_GROUP groups only.
                        item->setFlags(Qt::ItemIsEnabled);
                        item->setToolTip(tr("Okta cannot add users to a %1 group.").arg(group.type));
                    }
                }
            });
    };
    QByteArray typed = m_tokenEdit->text().toUtf8();
    if (!typed.isEmpty()) {
        configureClient(url, typed);
        core::scrubSecret(typed);
        search();
        return;
    }
    if (m_client->hasToken() && m_client->orgUrl() == url) {
        search();
        return;
    }
    m_secrets->read(core::SecretAccounts::oktaToken(url), this, [this, url, search](core::SecretResult answer) {
        if (answer.ok()) {
            configureClient(url, answer.secret);
            search();
        }
    });
}

void SettingsDialog::setBusy(bool busy)
{
    m_testButton->setEnabled(!busy);
    m_saveButton->setEnabled(!busy);
}

void SettingsDialog::save()
{
    const QUrl url = orgUrlFromField(true);
    if (url.isEmpty()) {
        Dialogs::warning(this, tr("Settings"), m_orgUrlNoteLabel->text());
        return;
    }
    bool written = m_settings->setOrgUrl(url.toString());
    written = m_settings->setCustomDomains(m_customDomains) && written;
    written = m_settings->setRestrictedGroupId(m_groupId) && written;
    written = m_settings->setRestrictedGroupName(m_groupName) && written;
    written = m_settings->setProtectedAccounts(lines(m_protectedAccountsEdit)) && written;
    written = m_settings->setProtectedGroups(lines(m_protectedGroupsEdit)) && written;
    QJsonArray sources;
    for (int row = 0; row < m_feedList->count(); ++row) {
        sources.append(m_feedList->item(row)->data(FeedSourceRole).toJsonObject());
    }
    written = m_settings->setFeedSources(sources) && written;
    if (!written) {
        Dialogs::warning(this, tr("Settings"),
                         tr("Some settings were refused because they look like a secret. Secrets belong in the "
                            "token field, which stores them in the keychain."));
        return;
    }

    QByteArray token = m_tokenEdit->text().toUtf8();
    if (token.isEmpty()) {
        finishSave(url);
        return;
    }
    setBusy(true);
    const QString backend = m_secrets->backendName();
    m_secrets->write(
        core::SecretAccounts::oktaToken(url), token, this, [this, url, backend](const core::SecretResult& result) {
            setBusy(false);
            if (!result.ok()) {
                m_tokenStatusLabel->setText(tr("Not stored"));
                Dialogs::warning(this, tr("Keychain"),
                                 tr("The API token could not be stored in %1: %2").arg(backend, result.message));
                return;
            }
            m_tokenEdit->clear();
            m_tokenStatusLabel->setText(tr("Stored in %1").arg(backend));
            finishSave(url);
        });
    core::scrubSecret(token);
}

void SettingsDialog::finishSave(const QUrl& url)
{
    emit saved(url);
    accept();
}

} // namespace cordon::gui
