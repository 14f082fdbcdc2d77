#include "gui/settings/ContainmentPage.h"

#include "containment/ProtectedAccountResolver.h"
#include "gui/desktop/Dialogs.h"
#include "gui/desktop/StatusColors.h"
#include "gui/desktop/WrappingLabel.h"
#include "gui/settings/OktaPage.h"
#include "okta/OktaClient.h"
#include "secrets/SecretResult.h"
#include "store/AppSettings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

#include <memory>

namespace cordon::gui
{

namespace
{

constexpr int GroupSearchDelayMs = 300;
constexpr int GroupIdRole = Qt::UserRole + 1;
constexpr int GroupNameRole = Qt::UserRole + 2;

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

} // namespace

ContainmentPage::ContainmentPage(core::AppSettings* settings, core::OktaClient* client, OktaPage* okta, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_client(client), m_okta(okta)
{
    auto* page = this;
    auto* form = new QFormLayout(page);

    m_groupLabel = wrappingLabel(page, QStringLiteral("restrictedGroupLabel"));
    form->addRow(tr("Restricted group:"), m_groupLabel);
    m_groupSearchEdit = new QLineEdit(page);
    m_groupSearchEdit->setObjectName(QStringLiteral("restrictedGroupLineEdit"));
    m_groupSearchEdit->setAccessibleName(tr("Search Okta groups by name"));
    m_groupSearchEdit->setPlaceholderText(tr("Type a group name to search Okta"));
    form->addRow(tr("F&ind group:"), m_groupSearchEdit);
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
    connect(m_checkAccountsButton, &QPushButton::clicked, this, &ContainmentPage::checkAccounts);
    m_protectedGroupsEdit = new QPlainTextEdit(page);
    m_protectedGroupsEdit->setObjectName(QStringLiteral("protectedGroupsTextEdit"));
    m_protectedGroupsEdit->setAccessibleName(tr("Protected groups, one group name or id per line"));
    m_protectedGroupsEdit->setPlaceholderText(tr("One Okta group name or id per line"));
    form->addRow(tr("Protected g&roups:"), m_protectedGroupsEdit);

    m_groupSearchTimer = new QTimer(this);
    m_groupSearchTimer->setSingleShot(true);
    m_groupSearchTimer->setInterval(GroupSearchDelayMs);
    connect(m_groupSearchEdit, &QLineEdit::textEdited, m_groupSearchTimer, qOverload<>(&QTimer::start));
    connect(m_groupSearchTimer, &QTimer::timeout, this, &ContainmentPage::searchGroups);
    connect(m_groupList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item || !(item->flags() & Qt::ItemIsSelectable)) {
            return;
        }
        m_groupId = item->data(GroupIdRole).toString();
        m_groupName = item->data(GroupNameRole).toString();
        m_groupLabel->setText(tr("%1 (%2)").arg(m_groupName, m_groupId));
    });
}

void ContainmentPage::load()
{
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
}

void ContainmentPage::searchGroups()
{
    const QString text = m_groupSearchEdit->text().trimmed();
    m_groupList->clear();
    if (text.isEmpty()) {
        return;
    }
    const QUrl url = m_okta->orgUrlFromField(false);
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
    m_okta->withClient(url, search, [](const core::SecretResult&) {});
}

void ContainmentPage::showAccounts(const QList<core::AccountResolution>& resolutions)
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

void ContainmentPage::resolveAccounts(const QUrl& url, ResolutionsCallback then)
{
    const int run = ++m_resolveRun;
    const QStringList entries = lines(m_protectedAccountsEdit);
    auto results = std::make_shared<QList<core::AccountResolution>>();
    QStringList ask;
    QList<int> asked;
    for (const QString& entry : entries) {
        core::AccountResolution resolution;
        resolution.account = knownAccount(entry);
        if (resolution.account.isResolved()) {
            resolution.status = core::AccountResolution::Status::Resolved;
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
            m_resolver = new core::ProtectedAccountResolver(m_client, m_settings->adUsernameAttribute(), this);
        }
        m_resolver->resolve(ask, this, settle);
    };
    m_okta->withClient(url, resolve, [url, settle, unchecked](const core::SecretResult& answer) {
        settle(unchecked(core::OktaError::make(core::OktaError::Kind::Configuration,
                                               answer.status == core::SecretResult::Status::NotFound
                                                   ? tr("No API token is stored for %1.").arg(url.host())
                                                   : answer.message)));
    });
}

void ContainmentPage::checkAccounts()
{
    const QUrl url = m_okta->orgUrlFromField(false);
    emit busyChanged(true);
    resolveAccounts(url, [this](const QList<core::AccountResolution>&) {
        emit busyChanged(false);
        emit accountsChecked();
    });
}

void ContainmentPage::checkForSave(const QUrl& url, const AccountsCallback& accepted)
{
    emit busyChanged(true);
    resolveAccounts(url, [this, accepted](const QList<core::AccountResolution>& resolutions) {
        emit busyChanged(false);
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
        accepted(accounts);
    });
}

core::ProtectedAccount ContainmentPage::knownAccount(const QString& entry) const
{
    for (const core::ProtectedAccount& known : std::as_const(m_knownAccounts)) {
        if (known.isResolved() && (known.entry.compare(entry, Qt::CaseInsensitive) == 0 || known.userId == entry)) {
            core::ProtectedAccount account = known;
            account.entry = entry;
            return account;
        }
    }
    core::ProtectedAccount account;
    account.entry = entry;
    return account;
}

QList<core::ProtectedAccount> ContainmentPage::accountsAsWritten() const
{
    QList<core::ProtectedAccount> accounts;
    for (const QString& entry : lines(m_protectedAccountsEdit)) {
        accounts << knownAccount(entry);
    }
    return accounts;
}

bool ContainmentPage::writeSettings(const QList<core::ProtectedAccount>& accounts)
{
    bool written = m_settings->setRestrictedGroupId(m_groupId);
    written = m_settings->setRestrictedGroupName(m_groupName) && written;
    written = m_settings->setForgetDevices(m_forgetDevicesCheck->isChecked()) && written;
    written = m_settings->setProtectedAccountEntries(accounts) && written;
    written = m_settings->setProtectedGroups(lines(m_protectedGroupsEdit)) && written;
    return written;
}

void ContainmentPage::setBusy(bool busy)
{
    m_checkAccountsButton->setEnabled(!busy);
}

} // namespace cordon::gui
