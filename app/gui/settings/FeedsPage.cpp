#include "gui/settings/FeedsPage.h"

#include "base/Logging.h"
#include "base/Redirects.h"
#include "feed/FeedSources.h"
#include "gui/desktop/Dialogs.h"
#include "gui/desktop/WrappingLabel.h"
#include "secrets/SecretAccounts.h"
#include "secrets/SecretStoreInterface.h"
#include "store/AppSettings.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace cordon::gui
{

using core::FeedSources;

namespace
{

constexpr int FeedSourceRole = Qt::UserRole + 1;
constexpr int FeedIntervalMinutes = 5;

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
               ? FeedsPage::tr("%1 (Red Canary API, every %2 min)").arg(FeedSources::displayUrl(QUrl(url))).arg(minutes)
               : FeedsPage::tr("%1 (JSON, every %2 min)").arg(FeedSources::displayUrl(QUrl(url))).arg(minutes);
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

FeedsPage::FeedsPage(core::AppSettings* settings, core::SecretStoreInterface* secrets, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_secrets(secrets)
{
    auto* page = this;
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

    connect(m_addFeedButton, &QPushButton::clicked, this, &FeedsPage::addFeedSource);
    connect(m_feedEdit, &QLineEdit::returnPressed, this, &FeedsPage::addFeedSource);
    connect(m_feedEdit, &QLineEdit::textChanged, this, &FeedsPage::updateFeedFields);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("Choose an incident feed"),
                                                   tr("Incident feeds (*.json *.ndjson *.jsonl);;All files (*)"));
        if (!path.isEmpty()) {
            m_feedEdit->setText(path);
            addFeedSource();
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_feedList->currentItem(); });
    updateFeedFields();
}

void FeedsPage::updateFeedFields()
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

void FeedsPage::addFeedSource()
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

void FeedsPage::removeDroppedFeedKeys()
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

void FeedsPage::discardUnsavedFeedKeys()
{
    for (const QString& id : std::as_const(m_unsavedFeedIds)) {
        removeFeedKey(m_secrets, id);
    }
    m_unsavedFeedIds.clear();
}

void FeedsPage::setAllowHttpLoopback(bool allow)
{
    m_allowHttpLoopback = allow;
}

void FeedsPage::load()
{
    m_feedList->clear();
    m_savedFeedIds.clear();
    for (const QJsonValue& value : m_settings->feedSources()) {
        const QJsonObject source = value.toObject();
        auto* item = new QListWidgetItem(feedItemText(source), m_feedList);
        item->setData(FeedSourceRole, source);
        m_savedFeedIds << source.value(QStringLiteral("id")).toString();
    }
}

bool FeedsPage::writeSettings()
{
    QJsonArray sources;
    for (int row = 0; row < m_feedList->count(); ++row) {
        sources.append(m_feedList->item(row)->data(FeedSourceRole).toJsonObject());
    }
    return m_settings->setFeedSources(sources);
}

} // namespace cordon::gui
