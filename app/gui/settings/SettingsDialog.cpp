#include "gui/settings/SettingsDialog.h"

#include "base/Logging.h"
#include "base/Redirects.h"
#include "containment/ProtectedAccountResolver.h"
#include "containment/RolePermissions.h"
#include "feed/FeedSources.h"
#include "gui/desktop/Dialogs.h"
#include "gui/desktop/Language.h"
#include "gui/desktop/StatusColors.h"
#include "okta/OktaClient.h"
#include "okta/OrgUrl.h"
#include "secrets/SecretAccounts.h"
#include "secrets/SecretStoreInterface.h"
#include "store/AppSettings.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace cordon::gui
{

using core::FeedSources;
using core::OktaRole;

namespace
{

constexpr int GroupSearchDelayMs = 300;
constexpr int GroupIdRole = Qt::UserRole + 1;
constexpr int GroupNameRole = Qt::UserRole + 2;
constexpr int FeedSourceRole = Qt::UserRole + 1;
constexpr int FeedIntervalMinutes = 5;

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

bool isWebAddress(const QString& text)
{
    return text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

QString feedItemText(const QJsonObject& source)
{
    const QString url = source.value(QStringLiteral("url")).toString();
    if (source.value(QStringLiteral("kind")).toString() != QLatin1String("https")) {
        return url;
    }
    const QString api = source.value(QStringLiteral("api")).toString();
    const int minutes = source.value(QStringLiteral("intervalMinutes")).toInt(FeedIntervalMinutes);
    return (api.isEmpty() ? FeedSources::apiForUrl(QUrl(url)) : api) == QLatin1String("redcanary")
               ? SettingsDialog::tr("%1 (Red Canary API, every %2 min)")
                     .arg(FeedSources::displayUrl(QUrl(url)))
                     .arg(minutes)
               : SettingsDialog::tr("%1 (JSON, every %2 min)").arg(FeedSources::displayUrl(QUrl(url))).arg(minutes);
}

// Nothing waits for the answer: the dialog may be gone by then.
void removeFeedKey(core::SecretStoreInterface* secrets, const QString& id)
{
    const QString account = core::SecretAccounts::feedKey(id);
    secrets->remove(account, nullptr, [account](const core::SecretResult& result) {
        if (!result.ok()) {
            qCWarning(lcSecrets) << "the key of a removed feed source stays in the keychain:" << account;
        }
    });
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
    m_languageCombo = new QComboBox(page);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->setAccessibleName(tr("Language of the console"));
    m_languageCombo->setToolTip(tr("Takes effect when Cordon starts again."));
    m_languageCombo->addItem(tr("The system's language"), QString());
    for (const QString& code : Language::available()) {
        const QString name = QLocale(code).nativeLanguageName();
        m_languageCombo->addItem(name.left(1).toUpper() + name.mid(1), code);
    }
    form->addRow(tr("&Language:"), m_languageCombo);

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
    m_forgetDevicesCheck = new QCheckBox(tr("Clearing sessions also forgets the user's remembered &devices"), page);
    m_forgetDevicesCheck->setObjectName(QStringLiteral("forgetDevicesCheckBox"));
    m_forgetDevicesCheck->setToolTip(tr("Sent to Okta as forgetDevices: the user must pass every factor again on "
                                        "every device."));
    form->addRow(QString(), m_forgetDevicesCheck);

    m_protectedAccountsEdit = new QPlainTextEdit(page);
    m_protectedAccountsEdit->setObjectName(QStringLiteral("protectedAccountsTextEdit"));
    m_protectedAccountsEdit->setAccessibleName(
        tr("Protected accounts, one per line: Okta id, login, short login, email or AD username"));
    m_protectedAccountsEdit->setPlaceholderText(tr("One per line: Okta id, login, short login, email or AD username"));
    form->addRow(tr("Protected &accounts:"), m_protectedAccountsEdit);
    m_checkAccountsButton = new QPushButton(tr("C&heck accounts at Okta"), page);
    m_checkAccountsButton->setObjectName(QStringLiteral("checkAccountsButton"));
    m_checkAccountsButton->setAccessibleName(tr("Check which Okta user each protected account names"));
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkAccountsButton);
    checkRow->addStretch(1);
    form->addRow(QString(), checkRow);
    m_accountsList = new QListWidget(page);
    m_accountsList->setObjectName(QStringLiteral("protectedAccountsListWidget"));
    m_accountsList->setAccessibleName(tr("The Okta user each protected account names"));
    m_accountsList->setMaximumHeight(120);
    form->addRow(QString(), m_accountsList);
    connect(m_checkAccountsButton, &QPushButton::clicked, this, &SettingsDialog::checkAccounts);
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
    auto* intro = new QLabel(tr("Incident feeds to load: files or folders on this computer (watched as they "
                                "change) or https:// addresses (polled)."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_feedList = new QListWidget(page);
    m_feedList->setObjectName(QStringLiteral("feedSourcesListWidget"));
    m_feedList->setAccessibleName(tr("Feed sources"));
    layout->addWidget(m_feedList);

    auto* form = new QFormLayout;
    auto* row = new QHBoxLayout;
    m_feedEdit = new QLineEdit(page);
    m_feedEdit->setObjectName(QStringLiteral("feedSourceLineEdit"));
    m_feedEdit->setAccessibleName(tr("Feed file path or https address"));
    m_feedEdit->setPlaceholderText(tr("File or folder path, or https:// address"));
    row->addWidget(m_feedEdit, 1);
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("browseFeedButton"));
    browse->setAccessibleName(tr("Choose a feed file"));
    row->addWidget(browse);
    // A row that is a layout gets no buddy of its own: the label names the field for Alt+L.
    auto* locationLabel = new QLabel(tr("&Location:"), page);
    locationLabel->setBuddy(m_feedEdit);
    form->addRow(locationLabel, row);
    m_feedApiLabel = wrappingLabel(page, QStringLiteral("feedApiLabel"));
    form->addRow(tr("Reads:"), m_feedApiLabel);
    m_feedSecretEdit = new QLineEdit(page);
    m_feedSecretEdit->setObjectName(QStringLiteral("feedSecretLineEdit"));
    m_feedSecretEdit->setAccessibleName(tr("API key or bearer token of the feed"));
    m_feedSecretEdit->setEchoMode(QLineEdit::Password);
    m_feedSecretEdit->setPlaceholderText(tr("API key (Red Canary) or bearer token, kept in the keychain"));
    form->addRow(tr("&Key:"), m_feedSecretEdit);
    m_feedIntervalSpin = new QSpinBox(page);
    m_feedIntervalSpin->setObjectName(QStringLiteral("feedIntervalSpinBox"));
    m_feedIntervalSpin->setAccessibleName(tr("Minutes between polls"));
    m_feedIntervalSpin->setRange(1, 24 * 60);
    m_feedIntervalSpin->setValue(FeedIntervalMinutes);
    m_feedIntervalSpin->setSuffix(tr(" min"));
    auto* intervalRow = new QHBoxLayout;
    intervalRow->addWidget(m_feedIntervalSpin);
    intervalRow->addStretch(1);
    auto* intervalLabel = new QLabel(tr("&Poll every:"), page);
    intervalLabel->setBuddy(m_feedIntervalSpin);
    form->addRow(intervalLabel, intervalRow);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_addFeedButton = new QPushButton(tr("&Add"), page);
    m_addFeedButton->setObjectName(QStringLiteral("addFeedSourceButton"));
    m_addFeedButton->setAccessibleName(tr("Add feed source"));
    buttons->addWidget(m_addFeedButton);
    auto* remove = new QPushButton(tr("&Remove"), page);
    remove->setObjectName(QStringLiteral("removeFeedSourceButton"));
    remove->setAccessibleName(tr("Remove the selected feed source"));
    buttons->addWidget(remove);
    layout->addLayout(buttons);

    connect(m_addFeedButton, &QPushButton::clicked, this, &SettingsDialog::addFeedSource);
    connect(m_feedEdit, &QLineEdit::returnPressed, this, &SettingsDialog::addFeedSource);
    connect(m_feedEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateFeedFields);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("Choose an incident feed"),
                                                   tr("Incident feeds (*.json *.ndjson *.jsonl);;All files (*)"));
        if (!path.isEmpty()) {
            m_feedEdit->setText(path);
            addFeedSource();
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_feedList->currentItem(); });
    // Keys stored for sources that were added and then not saved are not left in the keychain.
    connect(this, &QDialog::rejected, this, &SettingsDialog::discardUnsavedFeedKeys);
    updateFeedFields();
    return page;
}

void SettingsDialog::updateFeedFields()
{
    const QString text = m_feedEdit->text().trimmed();
    const bool web = isWebAddress(text);
    m_feedSecretEdit->setEnabled(web);
    m_feedIntervalSpin->setEnabled(web);
    if (text.isEmpty()) {
        m_feedApiLabel->setText(tr("Detected from the location"));
    } else if (!web) {
        m_feedApiLabel->setText(tr("A local file or folder, watched"));
    } else if (FeedSources::apiForUrl(QUrl(text)) == QLatin1String("redcanary")) {
        m_feedApiLabel->setText(tr("The Red Canary API (detections, with an API key)"));
    } else {
        m_feedApiLabel->setText(tr("A JSON or NDJSON feed (a bearer token is optional)"));
    }
}

void SettingsDialog::addFeedSource()
{
    const QString text = m_feedEdit->text().trimmed();
    if (text.isEmpty() || !m_addFeedButton->isEnabled()) {
        return;
    }
    const bool web = isWebAddress(text);
    const QUrl url(text, QUrl::StrictMode);
    if (const QString why = web ? core::TransportRule{m_allowHttpLoopback, false}.check(url) : QString();
        !why.isEmpty()) {
        Dialogs::warning(this, tr("Feed source"), tr("This address cannot be a feed: %1.").arg(why));
        return;
    }
    if (web && !url.userInfo().isEmpty()) {
        Dialogs::warning(this, tr("Feed source"),
                         tr("Put the feed's key in the Key field, not in the address: it is kept in the keychain."));
        return;
    }
    if (!web && text.contains(QLatin1String("://"))) {
        Dialogs::warning(this, tr("Feed source"), tr("Feeds are read from files, folders or https:// addresses."));
        return;
    }
    QJsonObject source{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral("kind"), web ? QStringLiteral("https") : QStringLiteral("file")},
                       {QStringLiteral("url"), text},
                       {QStringLiteral("format"), QStringLiteral("auto")}};
    if (web) {
        source.insert(QStringLiteral("api"), FeedSources::apiForUrl(url));
        source.insert(QStringLiteral("intervalMinutes"), m_feedIntervalSpin->value());
    }
    const auto addItem = [this](const QJsonObject& added) {
        auto* item = new QListWidgetItem(feedItemText(added), m_feedList);
        item->setData(FeedSourceRole, added);
        m_feedList->setCurrentItem(item);
        m_feedEdit->clear();
        m_feedIntervalSpin->setValue(FeedIntervalMinutes);
    };
    QByteArray secret = web ? m_feedSecretEdit->text().toUtf8() : QByteArray();
    m_feedSecretEdit->clear();
    if (secret.isEmpty()) {
        addItem(source);
        return;
    }
    // The key goes to the keychain now, under the source's id; the settings never see it.
    const QString id = source.value(QStringLiteral("id")).toString();
    const QString backend = m_secrets->backendName();
    m_addFeedButton->setEnabled(false);
    m_secrets->write(core::SecretAccounts::feedKey(id), secret, this,
                     [this, id, source, backend, addItem](const core::SecretResult& result) {
                         m_addFeedButton->setEnabled(true);
                         if (!result.ok()) {
                             Dialogs::warning(this, tr("Keychain"),
                                              tr("The feed's key could not be stored in %1, so the source was not "
                                                 "added: %2")
                                                  .arg(backend, result.message));
                             return;
                         }
                         m_unsavedFeedIds << id;
                         addItem(source);
                     });
    core::scrubSecret(secret);
}

void SettingsDialog::removeDroppedFeedKeys()
{
    QStringList kept;
    for (int row = 0; row < m_feedList->count(); ++row) {
        kept << m_feedList->item(row)->data(FeedSourceRole).toJsonObject().value(QStringLiteral("id")).toString();
    }
    for (const QString& id : m_savedFeedIds + m_unsavedFeedIds) {
        if (!kept.contains(id)) {
            removeFeedKey(m_secrets, id);
        }
    }
    m_savedFeedIds = kept;
    m_unsavedFeedIds.clear();
}

void SettingsDialog::discardUnsavedFeedKeys()
{
    for (const QString& id : std::as_const(m_unsavedFeedIds)) {
        removeFeedKey(m_secrets, id);
    }
    m_unsavedFeedIds.clear();
}

void SettingsDialog::setAllowHttpLoopback(bool allow)
{
    m_allowHttpLoopback = allow;
    refreshTokenStatus();
}

void SettingsDialog::load()
{
    m_orgUrlEdit->setText(m_settings->orgUrl());
    m_languageCombo->setCurrentIndex(
        std::max(0, m_languageCombo->findData(m_settings->value(Language::SettingKey).toString())));
    m_customDomains = m_settings->customDomains();
    m_groupId = m_settings->restrictedGroupId();
    m_groupName = m_settings->restrictedGroupName();
    m_groupLabel->setText(m_groupId.isEmpty() ? tr("None chosen") : tr("%1 (%2)").arg(m_groupName, m_groupId));
    m_forgetDevicesCheck->setChecked(m_settings->forgetDevices());
    m_knownAccounts = m_settings->protectedAccountEntries();
    QStringList entries;
    QList<core::AccountResolution> shown;
    for (const core::ProtectedAccount& account : std::as_const(m_knownAccounts)) {
        entries << account.entry;
        core::AccountResolution resolution;
        resolution.status = core::AccountResolution::Status::Resolved;
        resolution.account = account;
        shown << resolution;
    }
    m_protectedAccountsEdit->setPlainText(entries.join(QLatin1Char('\n')));
    showAccounts(shown);
    m_protectedGroupsEdit->setPlainText(m_settings->protectedGroups().join(QLatin1Char('\n')));
    m_feedList->clear();
    m_savedFeedIds.clear();
    for (const QJsonValue& value : m_settings->feedSources()) {
        const QJsonObject source = value.toObject();
        auto* item = new QListWidgetItem(feedItemText(source), m_feedList);
        item->setData(FeedSourceRole, source);
        m_savedFeedIds << source.value(QStringLiteral("id")).toString();
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
            m_connectionLabel->setText(QStringLiteral("<span style=\"color:%1;\">%2</span><br>%3")
                                           .arg(statusColorName(Status::Bad, palette()), lead.toHtmlEscaped(),
                                                reply.error.message().toHtmlEscaped()));
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
                    text += QStringLiteral("<br><span style=\"color:%1;\">%2</span>")
                                .arg(statusColorName(Status::Warning, palette()),
                                     tr("Warning: %1").arg(warning).toHtmlEscaped());
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
    m_checkAccountsButton->setEnabled(!busy);
}

void SettingsDialog::showAccounts(const QList<core::AccountResolution>& resolutions)
{
    m_accountsList->clear();
    for (const core::AccountResolution& resolution : resolutions) {
        auto* item = new QListWidgetItem(resolution.message(), m_accountsList);
        item->setFlags(Qt::ItemIsEnabled);
        if (resolution.status == core::AccountResolution::Status::NoMatch ||
            resolution.status == core::AccountResolution::Status::Ambiguous) {
            item->setForeground(statusColor(Status::Bad, palette()));
        }
    }
}

void SettingsDialog::resolveAccounts(const QUrl& url, ResolutionsCallback then)
{
    const int run = ++m_resolveRun;
    const QStringList entries = lines(m_protectedAccountsEdit);
    auto results = std::make_shared<QList<core::AccountResolution>>();
    QStringList ask;
    QList<int> asked;
    for (const QString& entry : entries) {
        core::AccountResolution resolution;
        resolution.account.entry = entry;
        for (const core::ProtectedAccount& known : std::as_const(m_knownAccounts)) {
            if (known.isResolved() && (known.entry.compare(entry, Qt::CaseInsensitive) == 0 || known.userId == entry)) {
                resolution.status = core::AccountResolution::Status::Resolved;
                resolution.account = known;
                resolution.account.entry = entry;
                break;
            }
        }
        if (!resolution.isResolved()) {
            asked << int(results->size());
            ask << entry;
        }
        *results << resolution;
    }
    const auto settle = [this, run, results, asked, then](const QList<core::AccountResolution>& answers) {
        if (run != m_resolveRun) {
            return; // an older check; the newer one answers
        }
        for (qsizetype i = 0; i < asked.size() && i < answers.size(); ++i) {
            (*results)[asked.at(i)] = answers.at(i);
            if (answers.at(i).isResolved()) {
                m_knownAccounts << answers.at(i).account;
            }
        }
        showAccounts(*results);
        then(*results);
    };
    const auto unchecked = [ask](const core::OktaError& error) {
        QList<core::AccountResolution> answers;
        for (const QString& entry : ask) {
            core::AccountResolution resolution;
            resolution.account.entry = entry;
            resolution.error = error;
            answers << resolution;
        }
        return answers;
    };
    if (ask.isEmpty()) {
        settle({});
        return;
    }
    if (url.isEmpty()) {
        settle(unchecked(core::OktaError::make(core::OktaError::Kind::Configuration, tr("No valid org URL."))));
        return;
    }
    const auto resolve = [this, ask, settle] {
        if (!m_resolver) {
            m_resolver = new core::ProtectedAccountResolver(m_client.get(), m_settings->adUsernameAttribute(), this);
        }
        m_resolver->resolve(ask, this, settle);
    };
    QByteArray typed = m_tokenEdit->text().toUtf8();
    if (!typed.isEmpty()) {
        configureClient(url, typed);
        core::scrubSecret(typed);
        resolve();
        return;
    }
    if (m_client->hasToken() && m_client->orgUrl() == url) {
        resolve();
        return;
    }
    m_secrets->read(
        core::SecretAccounts::oktaToken(url), this, [this, url, resolve, settle, unchecked](core::SecretResult answer) {
            if (!answer.ok()) {
                settle(unchecked(core::OktaError::make(core::OktaError::Kind::Configuration,
                                                       answer.status == core::SecretResult::Status::NotFound
                                                           ? tr("No API token is stored for %1.").arg(url.host())
                                                           : answer.message)));
                return;
            }
            configureClient(url, answer.secret);
            resolve();
        });
}

void SettingsDialog::checkAccounts()
{
    const QUrl url = orgUrlFromField(false);
    setBusy(true);
    resolveAccounts(url, [this](const QList<core::AccountResolution>&) {
        setBusy(false);
        emit accountsChecked();
    });
}

void SettingsDialog::save()
{
    const QUrl url = orgUrlFromField(true);
    if (url.isEmpty()) {
        Dialogs::warning(this, tr("Settings"), m_orgUrlNoteLabel->text());
        return;
    }
    setBusy(true);
    resolveAccounts(url, [this, url](const QList<core::AccountResolution>& resolutions) {
        setBusy(false);
        QList<core::ProtectedAccount> accounts;
        QStringList wrong;
        QStringList unchecked;
        for (const core::AccountResolution& resolution : resolutions) {
            switch (resolution.status) {
            case core::AccountResolution::Status::Resolved:
                accounts << resolution.account;
                break;
            case core::AccountResolution::Status::Failed:
                accounts << resolution.account;
                unchecked << resolution.message();
                break;
            case core::AccountResolution::Status::NoMatch:
            case core::AccountResolution::Status::Ambiguous:
                wrong << resolution.message();
                break;
            }
        }
        if (!wrong.isEmpty()) {
            Dialogs::warning(this, tr("Protected accounts"),
                             tr("Nothing was saved: each protected account must name exactly one Okta user.\n\n%1")
                                 .arg(wrong.join(QLatin1Char('\n'))));
            return;
        }
        // Kept as written they still protect, by text, whoever has that login, email, short login or AD username.
        if (!unchecked.isEmpty() &&
            Dialogs::question(this, tr("Protected accounts"),
                              tr("These protected accounts could not be checked at Okta:\n\n%1\n\nKeep them as "
                                 "written? Until they are resolved they protect whoever has that login, email, short "
                                 "login or AD username.")
                                  .arg(unchecked.join(QLatin1Char('\n')))) != QMessageBox::Yes) {
            return;
        }
        writeSettings(url, accounts);
    });
}

void SettingsDialog::writeSettings(const QUrl& url, const QList<core::ProtectedAccount>& accounts)
{
    bool written = m_settings->setOrgUrl(url.toString());
    written = m_settings->setCustomDomains(m_customDomains) && written;
    written = m_settings->setRestrictedGroupId(m_groupId) && written;
    written = m_settings->setRestrictedGroupName(m_groupName) && written;
    written = m_settings->setForgetDevices(m_forgetDevicesCheck->isChecked()) && written;
    written = m_settings->setProtectedAccountEntries(accounts) && written;
    written = m_settings->setProtectedGroups(lines(m_protectedGroupsEdit)) && written;
    QJsonArray sources;
    for (int row = 0; row < m_feedList->count(); ++row) {
        sources.append(m_feedList->item(row)->data(FeedSourceRole).toJsonObject());
    }
    written = m_settings->setFeedSources(sources) && written;
    written = m_settings->setValue(Language::SettingKey, m_languageCombo->currentData().toString()) && written;
    if (!written) {
        Dialogs::warning(this, tr("Settings"),
                         tr("Some settings were refused because they look like a secret. Secrets belong in the "
                            "token field, which stores them in the keychain."));
        return;
    }
    removeDroppedFeedKeys();

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
