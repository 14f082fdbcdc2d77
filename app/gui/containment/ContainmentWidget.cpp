#include "gui/containment/ContainmentWidget.h"

#include "base/Logging.h"
#include "containment/ActionListModel.h"
#include "containment/ContainmentContext.h"
#include "containment/JournalResume.h"
#include "gui/containment/CredentialActionDialog.h"
#include "gui/desktop/Dialogs.h"
#include "gui/desktop/StatusColors.h"
#include "okta/OktaScopes.h"
#include "okta/ServiceAppAuth.h"
#include "playbooks/PlaybookStore.h"
#include "playbooks/UndoLedger.h"
#include "store/AppSettings.h"
#include "store/Journal.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace cordon::gui
{

using core::ActionListModel;
using core::ActionResult;
using core::ContainmentAction;
using core::ContainmentReport;

namespace
{

// Colours the state so that a failure cannot be read as a success at a glance.
class OutcomeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto outcome = static_cast<ActionResult::Outcome>(index.data(ActionListModel::OutcomeRole).toInt());
        QColor colour;
        switch (outcome) {
        case ActionResult::Outcome::Failed:
            colour = statusColor(Status::Bad, option->palette);
            option->font.setBold(true);
            break;
        case ActionResult::Outcome::Done:
        case ActionResult::Outcome::Already:
            colour = statusColor(Status::Good, option->palette);
            break;
        case ActionResult::Outcome::Planned:
            colour = statusColor(Status::Info, option->palette);
            break;
        case ActionResult::Outcome::Queued:
        case ActionResult::Outcome::Sent:
        case ActionResult::Outcome::Skipped:
            colour = option->palette.color(QPalette::PlaceholderText);
            break;
        }
        if (index.column() == ActionListModel::StateColumn) {
            option->font.setBold(true);
        }
        option->palette.setColor(QPalette::Text, colour);
        option->palette.setColor(QPalette::HighlightedText, colour);
    }
};

ContainmentAction makeAction(ContainmentAction::Kind kind, const QString& group = {})
{
    ContainmentAction action;
    action.kind = kind;
    action.group = group;
    return action;
}

// The groups of a dry run's actions as Okta names them now, by the name or id the actions give.
QHash<QString, QString> groupNames(const ContainmentReport& dryRun)
{
    QHash<QString, QString> names;
    if (dryRun.preflight) {
        for (auto it = dryRun.preflight->groups.cbegin(); it != dryRun.preflight->groups.cend(); ++it) {
            if (!it->name.isEmpty()) {
                names.insert(it.key(), it->name);
            }
        }
    }
    return names;
}

QString capitalized(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

} // namespace

ContainmentWidget::ContainmentWidget(QWidget* parent) : QWidget(parent), m_model(new ActionListModel(this))
{
    setObjectName(QStringLiteral("containmentWidget"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_targetLabel = new QLabel(this);
    m_targetLabel->setObjectName(QStringLiteral("containmentTargetLabel"));
    m_targetLabel->setWordWrap(true);
    m_targetLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_targetLabel);

    auto* grid = new QGridLayout;
    auto* containLabel = new QLabel(tr("Contain:"), this);
    grid->addWidget(containLabel, 0, 0);
    auto* contain = addButton(QStringLiteral("containButton"), tr("Contain"),
                              tr("Suspend, clear sessions and OAuth tokens, add to the restricted group"));
    contain->setDefault(true);
    QFont bold = contain->font();
    bold.setBold(true);
    contain->setFont(bold);
    grid->addWidget(contain, 0, 1);
    grid->addWidget(addButton(QStringLiteral("clearSessionsButton"), tr("Clear sessions"),
                              tr("End every Okta session and revoke the OAuth tokens")),
                    0, 2);
    grid->addWidget(addButton(QStringLiteral("suspendButton"), tr("Suspend"), tr("The user cannot sign in")), 0, 3);
    grid->addWidget(addButton(QStringLiteral("restrictButton"), tr("Restrict"), tr("Add to the group chosen below")), 0,
                    4);
    // The credential actions go beyond the user's Okta sign-in and cannot be taken back: one menu away, each with
    // its own confirmation.
    m_moreButton = new QToolButton(this);
    m_moreButton->setObjectName(QStringLiteral("moreActionsButton"));
    m_moreButton->setText(tr("More actions"));
    m_moreButton->setToolTip(tr("User risk, Universal Logout, MFA factors and password: each asks first"));
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_moreButton->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_moreMenu = new QMenu(m_moreButton);
    m_moreMenu->setObjectName(QStringLiteral("moreActionsMenu"));
    m_moreMenu->setToolTipsVisible(true);
    m_moreButton->setMenu(m_moreMenu);
    const auto addCredential = [this](ContainmentAction::Kind kind, const QString& objectName) {
        QAction* action = m_moreMenu->addAction(QString());
        action->setObjectName(objectName);
        m_credentialActions.insert(kind, action);
        connect(action, &QAction::triggered, this, [this, kind] { credentialAction(kind); });
    };
    addCredential(ContainmentAction::Kind::SetRisk, QStringLiteral("setRiskAction"));
    addCredential(ContainmentAction::Kind::UniversalLogout, QStringLiteral("universalLogoutAction"));
    addCredential(ContainmentAction::Kind::RevokeFactorsSince, QStringLiteral("revokeFactorsAction"));
    addCredential(ContainmentAction::Kind::ResetFactors, QStringLiteral("resetFactorsAction"));
    addCredential(ContainmentAction::Kind::ExpirePassword, QStringLiteral("expirePasswordAction"));
    m_moreMenu->addSeparator();
    m_lowerRiskAction = m_moreMenu->addAction(QString());
    m_lowerRiskAction->setObjectName(QStringLiteral("lowerRiskAction"));
    connect(m_lowerRiskAction, &QAction::triggered, this,
            [this] { credentialAction(ContainmentAction::Kind::SetRisk, QStringLiteral("LOW")); });
    grid->addWidget(m_moreButton, 0, 5);

    grid->addWidget(new QLabel(tr("After remediation:"), this), 1, 0);
    grid->addWidget(addButton(QStringLiteral("releaseButton"), tr("Release"),
                              tr("Undo what Cordon did for this incident, and nothing else")),
                    1, 1);
    grid->addWidget(addButton(QStringLiteral("unsuspendButton"), tr("Unsuspend"),
                              tr("Unsuspend, even if Cordon did not suspend the user")),
                    1, 2);
    grid->addWidget(addButton(QStringLiteral("removeGroupButton"), tr("Remove from group"),
                              tr("Remove from the group chosen below, even if Cordon did not add the user")),
                    1, 3);
    grid->addWidget(addButton(QStringLiteral("dryRunButton"), tr("Show Okta calls"),
                              tr("The Okta calls Contain would send; nothing is sent")),
                    1, 4);

    grid->addWidget(new QLabel(tr("Group:"), this), 2, 0);
    m_groupCombo = new QComboBox(this);
    m_groupCombo->setObjectName(QStringLiteral("restrictGroupComboBox"));
    m_groupCombo->setAccessibleName(tr("Group to restrict to or remove from"));
    m_groupCombo->setEditable(true);
    m_groupCombo->setInsertPolicy(QComboBox::InsertAtTop);
    m_groupCombo->setToolTip(tr("The group Restrict adds to and Remove from group removes from: an Okta group id "
                                "or its exact name"));
    grid->addWidget(m_groupCombo, 2, 1, 1, 5);
    layout->addLayout(grid);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("actionListView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new OutcomeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ActionListModel::ActionColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ActionListModel::StateColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ActionListModel::OktaColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ActionListModel::RetryColumn, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Okta actions and their states"));
    layout->addWidget(m_view, 1);
    layout->addStretch(0);
    // An empty list of actions takes no room from the decision above it: it shows once a run has rows, and the
    // buttons stay together at the top until then.
    const auto showRows = [this, layout] {
        const bool rows = m_model->rowCount() > 0;
        m_view->setVisible(rows);
        layout->setStretch(layout->count() - 1, rows ? 0 : 1);
        // Every action of a run in view at once: the window gives the list the room, from the details first.
        const int shown = std::min(m_model->rowCount(), 4);
        m_view->setMinimumHeight(rows ? m_view->horizontalHeader()->sizeHint().height() +
                                            shown * m_view->verticalHeader()->defaultSectionSize() +
                                            2 * m_view->frameWidth()
                                      : 0);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, showRows);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, showRows);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, showRows);
    showRows();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("containmentStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statusLabel);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ContainmentWidget::syncRetryButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContainmentWidget::syncRetryButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ContainmentWidget::syncRetryButtons);

    connect(findChild<QPushButton*>(QStringLiteral("containButton")), &QPushButton::clicked, this,
            &ContainmentWidget::contain);
    connect(findChild<QPushButton*>(QStringLiteral("clearSessionsButton")), &QPushButton::clicked, this,
            &ContainmentWidget::clearSessions);
    connect(findChild<QPushButton*>(QStringLiteral("suspendButton")), &QPushButton::clicked, this,
            &ContainmentWidget::suspend);
    connect(findChild<QPushButton*>(QStringLiteral("restrictButton")), &QPushButton::clicked, this,
            &ContainmentWidget::restrict);
    connect(findChild<QPushButton*>(QStringLiteral("releaseButton")), &QPushButton::clicked, this,
            &ContainmentWidget::release);
    connect(findChild<QPushButton*>(QStringLiteral("unsuspendButton")), &QPushButton::clicked, this,
            &ContainmentWidget::unsuspend);
    connect(findChild<QPushButton*>(QStringLiteral("removeGroupButton")), &QPushButton::clicked, this,
            &ContainmentWidget::removeFromGroup);
    connect(findChild<QPushButton*>(QStringLiteral("dryRunButton")), &QPushButton::clicked, this,
            &ContainmentWidget::showDryRun);

    clearTarget();
}

ContainmentWidget::~ContainmentWidget() = default;

QPushButton* ContainmentWidget::addButton(const QString& objectName, const QString& text, const QString& toolTip)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    m_toolTips.insert(button, toolTip);
    button->setAutoDefault(false);
    m_buttons << button;
    return button;
}

void ContainmentWidget::setWorkspace(core::Workspace* workspace)
{
    if (m_workspace) {
        disconnect(m_workspace->settings(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    const auto listRestrictedGroup = [this] {
        // A group the analyst typed stays; the restricted group listed is the one the settings name now.
        const int index = m_groupCombo->currentIndex();
        const QString text = m_groupCombo->currentText();
        const bool typed = !text.isEmpty() && (index < 0 || text != m_groupCombo->itemText(index));
        m_groupCombo->clear();
        if (const QString group = restrictedGroup(); !group.isEmpty()) {
            m_groupCombo->addItem(groupLabel(group), group);
        }
        if (typed) {
            m_groupCombo->setEditText(text);
        }
    };
    listRestrictedGroup();
    if (m_workspace) {
        // A restricted group chosen in Settings is the one the buttons act on from then on.
        connect(m_workspace->settings(), &core::AppSettings::changed, this, listRestrictedGroup);
    }
    updateButtons();
}

void ContainmentWidget::setTarget(const QString& incidentId, const core::OktaUser& user)
{
    if (incidentId != m_incidentId || user.id != m_user.id) {
        m_model->clear();
        setStatus({});
    }
    m_incidentId = incidentId;
    const bool otherUser = user.id != m_user.id;
    m_user = user;
    updateTargetLabel();
    updateButtons();
    if (otherUser || !freshPreflight()) {
        refreshPreflight();
    }
    if (otherUser || !m_capabilities.probed) {
        probeCredentials();
    }
}

void ContainmentWidget::setIncidentDetails(const QDateTime& detectedAt, const QString& title)
{
    m_detectedAt = detectedAt;
    m_incidentTitle = title;
}

QString ContainmentWidget::incidentRiskReason() const
{
    if (!m_chosenRiskReason.isEmpty()) {
        return m_chosenRiskReason;
    }
    // Not translated: Okta takes only ASCII letters in a reason, and its log reads the same for every analyst.
    return core::riskReasonFrom(
        QStringLiteral("Cordon containment of incident %1 %2").arg(m_incidentId, m_incidentTitle));
}

void ContainmentWidget::probeCredentials()
{
    m_capabilities = {};
    m_probe = nullptr;
    updateMoreActions();
    if (!m_workspace || !m_workspace->okta() || m_user.id.isEmpty()) {
        return;
    }
    const core::ServiceAppAuth* app = m_workspace->serviceApp();
    auto* probe = new core::CredentialProbe(m_workspace->okta(), app ? app->grantedScopes() : QStringList(), {}, this);
    m_probe = probe;
    const QString userId = m_user.id;
    connect(probe, &core::CredentialProbe::finished, this,
            [this, probe, userId](const core::CredentialCapabilities& capabilities) {
                probe->deleteLater();
                // Only the latest probe, for the user shown, says what the menu offers.
                if (m_probe != probe || userId != m_user.id) {
                    return;
                }
                m_probe = nullptr;
                m_capabilities = capabilities;
                updateMoreActions();
                Q_EMIT credentialsProbed();
            });
    probe->start(userId);
}

bool ContainmentWidget::riskRaisedByCordon() const
{
    ContainmentAction lower(ContainmentAction::Kind::SetRisk);
    lower.riskLevel = QStringLiteral("LOW");
    return undoLedger().covers(lower);
}

void ContainmentWidget::updateMoreActions()
{
    const bool enabled = ready();
    QStringList unavailable;
    for (auto it = m_credentialActions.cbegin(); it != m_credentialActions.cend(); ++it) {
        ContainmentAction action(it.key());
        action.riskLevel = QStringLiteral("HIGH");
        QString label = ActionListModel::actionLabel(action);
        if (it.key() == ContainmentAction::Kind::SetRisk) {
            label = tr("Set user risk (HIGH or MEDIUM)");
        }
        const QString why = m_capabilities.reason(it.key());
        // Said in the menu itself, not only in a tool tip: a person sees at once why it cannot be chosen.
        it.value()->setText(why.isEmpty() ? tr("%1…").arg(label) : tr("%1 (unavailable: %2)").arg(label, why));
        it.value()->setToolTip(why.isEmpty() ? action.blastRadius() : why);
        it.value()->setEnabled(enabled && why.isEmpty());
        if (!why.isEmpty()) {
            unavailable << tr("%1: %2").arg(label, why);
        }
    }
    const QString riskWhy = m_capabilities.reason(ContainmentAction::Kind::SetRisk);
    m_lowerRiskAction->setText(riskWhy.isEmpty() ? tr("Lower risk to LOW…")
                                                 : tr("Lower risk to LOW (unavailable: %1)").arg(riskWhy));
    m_lowerRiskAction->setToolTip(
        riskWhy.isEmpty() ? tr("Undo a raised risk: Okta cannot set NONE, so LOW is as low as it goes") : riskWhy);
    m_lowerRiskAction->setEnabled(enabled && riskWhy.isEmpty());
    m_moreButton->setEnabled(enabled);
    m_moreButton->setToolTip(unavailable.isEmpty()
                                 ? tr("User risk, Universal Logout, MFA factors and password: each asks first")
                                 : tr("Unavailable here:\n%1").arg(unavailable.join(QLatin1Char('\n'))));
}

bool ContainmentWidget::isFresh(const std::optional<core::ContainmentPreflight>& preflight)
{
    return preflight && QDateTime::currentMSecsSinceEpoch() - preflight->readAtMs <= PreflightFreshMs;
}

std::optional<core::ContainmentPreflight> ContainmentWidget::freshPreflight() const
{
    if (!isFresh(m_preflight) || m_preflight->user.id != m_user.id) {
        return std::nullopt;
    }
    return m_preflight;
}

void ContainmentWidget::refreshPreflight()
{
    m_preflight.reset();
    m_preflightRunner = nullptr;
    if (!m_workspace || m_user.id.isEmpty()) {
        return;
    }
    // Read the user, their roles and groups, and the groups the buttons act on now, while the analyst reads
    // the screen: Contain then asks at once and sends its actions in one round trip.
    core::ContainmentRequest request;
    request.user = m_user.id;
    request.actions = containActions();
    if (const QString group = chosenGroup(); !group.isEmpty()) {
        request.actions << makeAction(ContainmentAction::Kind::RemoveGroup, group);
    }
    request.incidentId = m_incidentId;
    request.dryRun = true;
    request.adminConfirmed = true;
    auto* runner = new core::ContainmentRunner(m_workspace->dryRun(), request, this);
    m_preflightRunner = runner;
    const QString userId = m_user.id;
    connect(runner, &core::ContainmentRunner::finished, this, [this, runner, userId](const ContainmentReport& report) {
        runner->deleteLater();
        // Only the latest read counts: one begun before a change (a run, a refresh) may say what no longer holds.
        if (m_preflightRunner != runner) {
            return;
        }
        m_preflightRunner = nullptr;
        if (userId == m_user.id && report.preflight) {
            m_preflight = report.preflight;
            Q_EMIT preflightReady(userId);
        }
    });
    runner->start();
}

void ContainmentWidget::clearTarget()
{
    m_incidentId.clear();
    m_user = {};
    m_preflight.reset();
    m_capabilities = {};
    m_probe = nullptr;
    m_detectedAt = {};
    m_incidentTitle.clear();
    m_chosenRiskReason.clear();
    m_model->clear();
    setStatus({});
    updateTargetLabel();
    updateButtons();
}

QString ContainmentWidget::restrictedGroup() const
{
    return m_workspace ? m_workspace->restrictedGroup() : QString();
}

QString ContainmentWidget::chosenGroup() const
{
    const QString text = m_groupCombo->currentText().trimmed();
    // The restricted group is listed by its name but acted on by its id.
    if (m_groupCombo->currentIndex() >= 0 && text == m_groupCombo->itemText(m_groupCombo->currentIndex())) {
        const QString data = m_groupCombo->currentData().toString();
        if (!data.isEmpty()) {
            return data;
        }
    }
    return text;
}

QString ContainmentWidget::groupLabel(const QString& group) const
{
    const core::AppSettings* settings = m_workspace ? m_workspace->settings() : nullptr;
    if (settings && !group.isEmpty() && group == settings->restrictedGroupId() &&
        !settings->restrictedGroupName().isEmpty()) {
        return settings->restrictedGroupName();
    }
    return group;
}

bool ContainmentWidget::ready() const
{
    return m_workspace && m_workspace->containment() && !m_user.id.isEmpty() && !m_preparing;
}

void ContainmentWidget::updateButtons()
{
    core::ServiceAppAuth* app = m_workspace ? m_workspace->serviceApp() : nullptr;
    if (app != m_watchedApp) {
        if (m_watchedApp) {
            disconnect(m_watchedApp, nullptr, this, nullptr);
        }
        m_watchedApp = app;
        if (app) {
            // A new token may carry other scopes: what the app was granted decides what it can do.
            connect(app, &core::ServiceAppAuth::tokenChanged, this, &ContainmentWidget::updateButtons);
            // And what the credential actions may do.
            connect(app, &core::ServiceAppAuth::tokenChanged, this, &ContainmentWidget::probeCredentials);
        }
    }
    const bool enabled = ready();
    QStringList notGranted;
    for (QPushButton* button : std::as_const(m_buttons)) {
        const QStringList missing = enabled ? missingScopes(button) : QStringList();
        button->setEnabled(enabled && missing.isEmpty());
        button->setToolTip(missing.isEmpty() ? m_toolTips.value(button)
                                             : tr("The service app was not granted %1").arg(missing.join(u' ')));
        for (const QString& scope : missing) {
            if (!notGranted.contains(scope)) {
                notGranted << scope;
            }
        }
    }
    m_groupCombo->setEnabled(enabled);
    updateMoreActions();
    // Said in the status line too, unless it shows what a run did.
    const QString note =
        notGranted.isEmpty() ? QString() : tr("The service app was not granted %1").arg(notGranted.join(u' '));
    const QString shown = m_statusLabel->text();
    if (shown != note && (shown.isEmpty() || shown == m_scopeNote)) {
        setStatus(note);
    }
    m_scopeNote = note;
}

QStringList ContainmentWidget::missingScopes(const QPushButton* button) const
{
    using Step = core::OktaScopes::Step;
    const core::ServiceAppAuth* app = m_workspace ? m_workspace->serviceApp() : nullptr;
    if (!app || app->grantedScopes().isEmpty()) {
        return {};
    }
    const auto stepOf = [](ContainmentAction::Kind kind) { return core::scopeStepOf(kind); };
    QList<Step> steps;
    const QString name = button->objectName();
    if (name == QLatin1String("containButton")) {
        for (const ContainmentAction& action : containActions()) {
            steps << stepOf(action.kind);
        }
    } else if (name == QLatin1String("releaseButton")) {
        for (const ContainmentAction& action : releaseActions()) {
            steps << stepOf(action.kind);
        }
    } else if (name == QLatin1String("clearSessionsButton")) {
        steps << Step::ClearSessions;
    } else if (name == QLatin1String("suspendButton")) {
        steps << Step::Suspend;
    } else if (name == QLatin1String("restrictButton")) {
        steps << Step::AddToGroup;
    } else if (name == QLatin1String("unsuspendButton")) {
        steps << Step::Unsuspend;
    } else if (name == QLatin1String("removeGroupButton")) {
        steps << Step::RemoveFromGroup;
    } else {
        // Showing the calls reads the user and their admin roles, and sends nothing.
        steps << Step::FindUser << Step::ReadAdminRoles;
    }
    QStringList missing;
    for (const Step step : std::as_const(steps)) {
        for (const QString& scope : core::OktaScopes::missing(step, app->grantedScopes())) {
            if (!missing.contains(scope)) {
                missing << scope;
            }
        }
    }
    return missing;
}

void ContainmentWidget::updateTargetLabel()
{
    if (m_user.id.isEmpty()) {
        m_targetLabel->setText(tr("Confirm the Okta user behind the incident to contain them."));
        return;
    }
    const QString name = m_user.displayName.isEmpty()
                             ? QStringLiteral("%1 %2").arg(m_user.firstName, m_user.lastName).trimmed()
                             : m_user.displayName;
    const bool suspended = m_user.status == QLatin1String("SUSPENDED");
    m_targetLabel->setText(tr("<b>%1</b> %2<br>Okta status: <b style=\"color:%3\">%4</b> &nbsp; Incident: %5")
                               .arg(m_user.login.toHtmlEscaped(),
                                    name.isEmpty() ? QString() : QStringLiteral("(%1)").arg(name.toHtmlEscaped()),
                                    statusColorName(suspended ? Status::Bad : Status::Good, palette()),
                                    m_user.status.toHtmlEscaped(), m_incidentId.toHtmlEscaped()));
}

void ContainmentWidget::setStatus(const QString& text, Tone tone)
{
    m_statusLabel->setText(text);
    switch (tone) {
    case Tone::Plain:
        m_statusLabel->setStyleSheet({});
        break;
    case Tone::Success:
        m_statusLabel->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(statusColorName(Status::Good, palette())));
        break;
    case Tone::Alarming:
        m_statusLabel->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(statusColorName(Status::Bad, palette())));
        break;
    }
}

QList<ContainmentAction> ContainmentWidget::containActions() const
{
    // Contain runs the default containment playbook of the settings, whatever the analyst made of it.
    if (m_workspace) {
        for (const core::Playbook& playbook : core::PlaybookStore(m_workspace->settings()).load()) {
            if (playbook.id != QLatin1String("contain")) {
                continue;
            }
            if (const auto actions = playbook.resolvedActions(restrictedGroup())) {
                return *actions;
            }
            // No restricted group set: the rest of the playbook still contains.
            QList<ContainmentAction> actions = playbook.actions;
            actions.removeIf(
                [](const ContainmentAction& action) { return core::Playbook::isRestrictedGroupAction(action); });
            return actions;
        }
    }
    QList<ContainmentAction> actions{makeAction(ContainmentAction::Kind::Suspend),
                                     makeAction(ContainmentAction::Kind::ClearSessions)};
    if (const QString group = restrictedGroup(); !group.isEmpty()) {
        actions << makeAction(ContainmentAction::Kind::AddGroup, group);
    }
    return actions;
}

void ContainmentWidget::runPlaybook(const core::Playbook& playbook)
{
    if (!ready()) {
        return;
    }
    const auto resolved = playbook.resolvedActions(restrictedGroup());
    if (!resolved) {
        Dialogs::warning(this, playbook.name,
                         tr("The playbook acts on the restricted group, and none is set: choose one in Settings."));
        return;
    }
    QList<ContainmentAction> actions = *resolved;
    if (playbook.releases()) {
        // A release playbook undoes only what Cordon did for this incident (the undo ledger).
        actions = undoLedger().filter(actions, restrictedGroup());
        if (actions.isEmpty()) {
            Dialogs::information(this, playbook.name,
                                 tr("Cordon changed nothing at Okta for %1 in this incident that %2 would undo.")
                                     .arg(m_user.login, playbook.name));
            return;
        }
    }
    prepare({tr("%1: %2").arg(playbook.name, m_user.login), actions, {}, false}, false);
}

void ContainmentWidget::contain()
{
    prepare({tr("Contain %1").arg(m_user.login), containActions(), {}, false}, false);
}

void ContainmentWidget::showDryRun()
{
    prepare({tr("Dry run for %1").arg(m_user.login), containActions(), {}, true}, false);
}

void ContainmentWidget::clearSessions()
{
    prepare({tr("Clear the sessions of %1").arg(m_user.login),
             {makeAction(ContainmentAction::Kind::ClearSessions)},
             {},
             false},
            false);
}

void ContainmentWidget::suspend()
{
    prepare({tr("Suspend %1").arg(m_user.login), {makeAction(ContainmentAction::Kind::Suspend)}, {}, false}, false);
}

void ContainmentWidget::restrict()
{
    const QString group = chosenGroup();
    if (group.isEmpty()) {
        Dialogs::warning(
            this, tr("No group"),
            tr("Choose the group to add %1 to, or set the restricted group in Settings.").arg(m_user.login));
        return;
    }
    prepare({tr("Restrict %1").arg(m_user.login), {makeAction(ContainmentAction::Kind::AddGroup, group)}, {}, false},
            false);
}

core::UndoLedger ContainmentWidget::undoLedger() const
{
    return m_workspace ? m_workspace->undoLedger(m_incidentId, m_user.id)
                       : core::UndoLedger(QList<core::JournalEntry>{});
}

QList<ContainmentAction> ContainmentWidget::releaseActions() const
{
    // The ledger's rule: what Cordon changed and a release can undo, a raised risk lowered to LOW (Okta cannot set
    // NONE); removed factors, revoked tokens and an expired password cannot be given back.
    return undoLedger().releaseActions();
}

void ContainmentWidget::release()
{
    if (!ready()) {
        return;
    }
    const QList<ContainmentAction> actions = releaseActions();
    if (actions.isEmpty()) {
        Dialogs::information(this, tr("Nothing to release"),
                             tr("Cordon changed nothing at Okta for %1 in this incident, so Release has nothing to "
                                "undo. To act anyway, use Unsuspend or Remove from group.")
                                 .arg(m_user.login));
        return;
    }
    prepare({tr("Release %1").arg(m_user.login), actions, {}, false}, false);
}

void ContainmentWidget::unsuspend()
{
    const ContainmentAction action = makeAction(ContainmentAction::Kind::Unsuspend);
    QString warning;
    if (!undoLedger().covers(action)) {
        warning = tr("Cordon did not suspend %1 for this incident: someone or something else did. Unsuspend only "
                     "if you know why they were suspended.")
                      .arg(m_user.login);
    }
    prepare({tr("Unsuspend %1").arg(m_user.login), {action}, warning, false}, false);
}

void ContainmentWidget::removeFromGroup()
{
    const QString group = chosenGroup();
    if (group.isEmpty()) {
        Dialogs::warning(this, tr("No group"), tr("Choose the group to remove %1 from.").arg(m_user.login));
        return;
    }
    const ContainmentAction action = makeAction(ContainmentAction::Kind::RemoveGroup, group);
    QString warning;
    if (!undoLedger().covers(action)) {
        warning = tr("Cordon did not add %1 to %2 for this incident. Remove them only if you know why they are a "
                     "member.")
                      .arg(m_user.login, groupLabel(group));
    }
    prepare({tr("Remove %1 from %2").arg(m_user.login, groupLabel(group)), {action}, warning, false}, false);
}

void ContainmentWidget::prepare(const Plan& plan, bool adminKnown)
{
    if (!m_workspace || !m_workspace->containment() || m_user.id.isEmpty() || (m_preparing && !adminKnown)) {
        return;
    }
    // The user is being read already: ask on that answer rather than read twice.
    if (m_preflightRunner && !freshPreflight()) {
        m_preparing = true;
        updateButtons();
        setStatus(tr("Reading %1 at Okta…").arg(m_user.login));
        connect(
            m_preflightRunner.data(), &core::ContainmentRunner::finished, this,
            [this, plan, adminKnown] {
                m_preparing = false;
                prepare(plan, adminKnown);
            },
            Qt::SingleShotConnection);
        return;
    }
    core::ContainmentRequest request;
    request.user = m_user.id;
    request.actions = plan.actions;
    request.incidentId = m_incidentId;
    request.dryRun = true;
    request.adminConfirmed = adminKnown;
    request.preflight = freshPreflight();
    request.riskReason = incidentRiskReason();
    request.detectedAt = m_detectedAt;
    auto* runner = new core::ContainmentRunner(m_workspace->dryRun(), request, this);
    m_preparing = true;
    updateButtons();
    setStatus(tr("Reading %1 at Okta…").arg(m_user.login));
    const QString userId = m_user.id;
    const QString incidentId = m_incidentId;
    connect(runner, &core::ContainmentRunner::finished, this,
            [this, runner, plan, adminKnown, userId, incidentId](const ContainmentReport& report) {
                runner->deleteLater();
                if (userId != m_user.id || incidentId != m_incidentId) {
                    m_preparing = false;
                    updateButtons();
                    return;
                }
                // An administrator: read again as if confirmed, to show the calls before asking twice.
                if (!adminKnown && report.status == ContainmentReport::Status::Refused && report.refusal &&
                    report.refusal->reason == core::Refusal::Reason::AdminNeedsConfirmation) {
                    prepare(plan, true);
                    return;
                }
                m_preparing = false;
                updateButtons();
                prepared(plan, report, adminKnown);
            });
    runner->start();
}

QString ContainmentWidget::confirmationText(const Plan& plan, const ContainmentReport& dryRun) const
{
    const QHash<QString, QString> names = groupNames(dryRun);
    QStringList phrases;
    QStringList already;
    QStringList blasts;
    for (const ActionResult& result : dryRun.results) {
        if (result.outcome == ActionResult::Outcome::Already) {
            already << ActionListModel::actionLabel(result.action, names.value(result.action.group)).toLower();
            continue;
        }
        if (result.outcome != ActionResult::Outcome::Planned) {
            continue;
        }
        const bool first = phrases.isEmpty();
        const QString who = m_user.login;
        // The group as Okta names it now: Release acts on Okta ids, which outlive a rename.
        const QString group = names.value(result.action.group, groupLabel(result.action.group));
        switch (result.action.kind) {
        case ContainmentAction::Kind::ClearSessions:
            phrases << (first ? tr("clear every Okta session and OAuth token of %1").arg(who)
                              : tr("clear their Okta sessions and OAuth tokens"));
            break;
        case ContainmentAction::Kind::Suspend:
            phrases << (first ? tr("suspend %1").arg(who) : tr("suspend them"));
            break;
        case ContainmentAction::Kind::Unsuspend:
            phrases << (first ? tr("unsuspend %1").arg(who) : tr("unsuspend them"));
            break;
        case ContainmentAction::Kind::AddGroup:
            phrases << (first ? tr("add %1 to %2").arg(who, group) : tr("add them to %1").arg(group));
            break;
        case ContainmentAction::Kind::RemoveGroup:
            phrases << (first ? tr("remove %1 from %2").arg(who, group) : tr("remove them from %1").arg(group));
            break;
        case ContainmentAction::Kind::SetRisk:
        case ContainmentAction::Kind::UniversalLogout:
        case ContainmentAction::Kind::RevokeFactorsSince:
        case ContainmentAction::Kind::ResetFactors:
        case ContainmentAction::Kind::ExpirePassword: {
            // What the dry run found (the factors, the order) and what the action reaches, in the question itself.
            QString phrase = first ? tr("%1 for %2").arg(ActionListModel::actionLabel(result.action).toLower(), who)
                                   : ActionListModel::actionLabel(result.action).toLower();
            if (!result.detail.isEmpty()) {
                phrase = tr("%1 (%2)").arg(phrase, result.detail);
            }
            phrases << phrase;
            blasts << result.action.blastRadius();
            break;
        }
        }
    }
    QString sentence;
    if (phrases.size() == 1) {
        sentence = phrases.constFirst();
    } else {
        sentence =
            tr("%1 and %2").arg(phrases.mid(0, phrases.size() - 1).join(QStringLiteral(", ")), phrases.constLast());
    }
    QStringList parts;
    if (!plan.warning.isEmpty()) {
        parts << plan.warning;
    }
    parts << capitalized(sentence) + QLatin1Char('.');
    parts << blasts;
    if (!already.isEmpty()) {
        parts << tr("Already so at Okta, not sent: %1.").arg(already.join(QStringLiteral(", ")));
    }
    if (!m_incidentId.isEmpty()) {
        parts << tr("Incident: %1").arg(m_incidentId);
    }
    parts << tr("The Okta calls are one click away, under Show Details.");
    return parts.join(QStringLiteral("\n\n"));
}

QString ContainmentWidget::confirmationCalls(const ContainmentReport& dryRun)
{
    QStringList calls;
    for (const ActionResult& result : dryRun.results) {
        if (result.outcome == ActionResult::Outcome::Planned) {
            calls << result.call;
        }
    }
    return tr("Okta calls (dry run):\n%1").arg(calls.join(QLatin1Char('\n')));
}

void ContainmentWidget::prepared(const Plan& plan, const ContainmentReport& dryRun, bool admin)
{
    if (dryRun.status != ContainmentReport::Status::Completed) {
        m_model->setResults(m_user.login, dryRun.results);
        setStatus(dryRun.message, Tone::Alarming);
        Dialogs::warning(this, plan.title, tr("Nothing was sent. %1").arg(dryRun.message));
        return;
    }
    m_user.status = dryRun.user.status;
    updateTargetLabel();
    m_model->setResults(m_user.login, dryRun.results);
    m_model->setGroupNames(groupNames(dryRun));
    const auto planned = std::count_if(dryRun.results.begin(), dryRun.results.end(), [](const ActionResult& result) {
        return result.outcome == ActionResult::Outcome::Planned;
    });
    if (plan.credential) {
        confirmCredential(plan, dryRun, admin);
        return;
    }
    if (plan.dryRunOnly) {
        setStatus(tr("Dry run: Contain would send %n Okta call(s), listed above. Nothing was sent.", nullptr,
                     static_cast<int>(planned)));
        return;
    }
    const auto failed = std::count_if(dryRun.results.begin(), dryRun.results.end(), [](const ActionResult& result) {
        return result.outcome == ActionResult::Outcome::Failed;
    });
    if (planned == 0) {
        const QString text = failed > 0 ? tr("Nothing can be sent for %1: see the list.").arg(m_user.login)
                                        : tr("%1 is already in that state at Okta: nothing to send.").arg(m_user.login);
        setStatus(text, failed > 0 ? Tone::Alarming : Tone::Plain);
        Dialogs::information(this, plan.title, text);
        return;
    }
    if (Dialogs::question(this, plan.title, confirmationText(plan, dryRun), QMessageBox::Yes | QMessageBox::No,
                          QMessageBox::Yes, confirmationCalls(dryRun)) != QMessageBox::Yes) {
        setStatus(tr("Cancelled: nothing was sent."));
        m_model->clear();
        return;
    }
    if (!confirmAdmin(plan.title, admin)) {
        return;
    }
    // What the dry run read is acted on, while it is fresh: the actions go out without reading again.
    run(plan.actions, admin, true, isFresh(dryRun.preflight) ? dryRun.preflight : std::nullopt);
}

bool ContainmentWidget::confirmAdmin(const QString& title, bool admin)
{
    if (!admin || m_adminConfirmedFor == m_user.id) {
        return true;
    }
    const QString text = tr("%1 is an Okta ADMINISTRATOR. Acting on an administrator can lock your organization "
                            "out of its own admin console.\n\n%2 anyway?")
                             .arg(m_user.login, title);
    if (Dialogs::question(this, tr("Administrator account"), text, QMessageBox::Yes | QMessageBox::No,
                          QMessageBox::No) != QMessageBox::Yes) {
        setStatus(tr("Cancelled: %1 is an administrator and nothing was sent.").arg(m_user.login));
        m_model->clear();
        return false;
    }
    m_adminConfirmedFor = m_user.id;
    return true;
}

void ContainmentWidget::credentialAction(ContainmentAction::Kind kind, const QString& riskLevel)
{
    if (!ready()) {
        return;
    }
    ContainmentAction action(kind);
    if (kind == ContainmentAction::Kind::SetRisk) {
        action.riskLevel = riskLevel.isEmpty() ? QStringLiteral("HIGH") : riskLevel;
    }
    if (kind == ContainmentAction::Kind::RevokeFactorsSince) {
        // The incident's detection time; without one, the last day.
        action.since = (m_detectedAt.isValid() ? m_detectedAt : QDateTime::currentDateTimeUtc().addDays(-1)).toUTC();
        action.since = action.since.addMSecs(-action.since.time().msec());
    }
    QString warning;
    if (action.kind == ContainmentAction::Kind::SetRisk && action.isRelease() && !riskRaisedByCordon()) {
        warning = tr("Cordon did not raise the risk of %1 for this incident.").arg(m_user.login);
    }
    Plan plan{tr("%1: %2").arg(ActionListModel::actionLabel(action), m_user.login), {action}, warning, false};
    plan.credential = true;
    prepare(plan, false);
}

QString ContainmentWidget::planText(const ContainmentReport& dryRun)
{
    QStringList lines;
    for (const ActionResult& result : dryRun.results) {
        const QString label = ActionListModel::actionLabel(result.action);
        switch (result.outcome) {
        case ActionResult::Outcome::Planned:
            lines << (result.detail.isEmpty() ? tr("• %1: %2").arg(label, result.call)
                                              : tr("• %1: %2\n   %3").arg(label, result.detail, result.call));
            break;
        case ActionResult::Outcome::Already:
            lines << tr("• %1: nothing to send, %2").arg(label, result.detail);
            break;
        case ActionResult::Outcome::Failed:
            lines << tr("• %1: cannot be sent: %2")
                         .arg(label, result.error.isError() ? result.error.message() : result.detail);
            break;
        default:
            lines << tr("• %1: %2").arg(label, ActionListModel::outcomeLabel(result.outcome));
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void ContainmentWidget::confirmCredential(const Plan& plan, const ContainmentReport& dryRun, bool admin)
{
    const auto sendable = [](const ContainmentReport& report) {
        return report.status == ContainmentReport::Status::Completed &&
               std::any_of(report.results.begin(), report.results.end(),
                           [](const ActionResult& result) { return result.outcome == ActionResult::Outcome::Planned; });
    };
    CredentialActionDialog dialog(plan.actions.constFirst(), m_user.login, incidentRiskReason(), this);
    QString shown = planText(dryRun);
    if (!plan.warning.isEmpty()) {
        shown = plan.warning + QStringLiteral("\n\n") + shown;
    }
    dialog.setPlan(shown, sendable(dryRun));
    ContainmentReport latest = dryRun;
    QPointer<core::ContainmentRunner> reading;
    // Another level or since-time is another plan: read it before it can be confirmed.
    connect(&dialog, &CredentialActionDialog::actionChanged, this, [&, admin] {
        dialog.setReading();
        core::ContainmentRequest request;
        request.user = m_user.id;
        request.actions = {dialog.action()};
        request.incidentId = m_incidentId;
        request.dryRun = true;
        request.adminConfirmed = admin;
        request.riskReason = dialog.riskReason();
        request.detectedAt = m_detectedAt;
        request.preflight = isFresh(latest.preflight) ? latest.preflight : std::nullopt;
        auto* runner = new core::ContainmentRunner(m_workspace->dryRun(), request, this);
        reading = runner;
        QPointer<CredentialActionDialog> guard(&dialog);
        connect(runner, &core::ContainmentRunner::finished, this,
                [&, runner, guard, warning = plan.warning](const ContainmentReport& report) {
                    runner->deleteLater();
                    // Once the dialog is gone, so is what this frame held: look no further.
                    if (!guard || reading != runner) {
                        return;
                    }
                    latest = report;
                    QString text = planText(report);
                    if (!warning.isEmpty()) {
                        text = warning + QStringLiteral("\n\n") + text;
                    }
                    guard->setPlan(text, sendable(report));
                });
        runner->start();
    });
    setStatus(tr("Waiting for your confirmation: nothing is sent until then."));
    const int answer = dialog.exec();
    reading = nullptr;
    if (answer != QDialog::Accepted) {
        setStatus(tr("Cancelled: nothing was sent."));
        m_model->clear();
        return;
    }
    if (!confirmAdmin(plan.title, admin)) {
        return;
    }
    if (dialog.action().kind == ContainmentAction::Kind::SetRisk) {
        m_chosenRiskReason = dialog.riskReason();
    }
    m_model->setResults(m_user.login, latest.results);
    run({dialog.action()}, admin, true, isFresh(latest.preflight) ? latest.preflight : std::nullopt);
}

void ContainmentWidget::run(const QList<ContainmentAction>& actions,
                            bool adminConfirmed,
                            bool freshRows,
                            const std::optional<core::ContainmentPreflight>& preflight)
{
    core::ContainmentRequest request;
    request.user = m_user.id;
    request.actions = actions;
    request.incidentId = m_incidentId;
    request.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.adminConfirmed = adminConfirmed;
    request.preflight = preflight;
    request.riskReason = incidentRiskReason();
    request.detectedAt = m_detectedAt;
    // The run changes the user: what was read before it, or is being read as it starts, no longer holds.
    m_preflight.reset();
    m_preflightRunner = nullptr;
    auto* runner = new core::ContainmentRunner(m_workspace->containment(), request, this);
    if (freshRows) {
        QList<ActionResult> rows;
        for (const ContainmentAction& action : actions) {
            ActionResult row;
            row.action = action;
            const int planned = m_model->rowOf(action);
            row.call = planned >= 0 ? m_model->result(planned).call : QString();
            rows << row;
        }
        m_model->setResults(m_user.login, rows);
    } else {
        for (const ContainmentAction& action : actions) {
            const int row = m_model->rowOf(action);
            ActionResult queued = row >= 0 ? m_model->result(row) : ActionResult{};
            queued.action = action;
            queued.outcome = ActionResult::Outcome::Queued;
            queued.error = {};
            queued.detail.clear();
            m_model->updateResult(queued);
        }
    }
    const QString userId = m_user.id;
    const QString incidentId = m_incidentId;
    connect(runner, &core::ContainmentRunner::actionChanged, this,
            [this, userId, incidentId](const ActionResult& result) {
                if (userId == m_user.id && incidentId == m_incidentId) {
                    m_model->updateResult(result);
                }
            });
    connect(runner, &core::ContainmentRunner::finished, this,
            [this, runner, incidentId](const ContainmentReport& report) {
                runner->deleteLater();
                finishedRun(report, incidentId);
            });
    ++m_running;
    setStatus(tr("Sending %n action(s) to Okta…", nullptr, static_cast<int>(actions.size())));
    runner->start();
}

void ContainmentWidget::finishedRun(const ContainmentReport& report, const QString& incidentId)
{
    --m_running;
    if (m_running == 0 && report.user.id == m_user.id) {
        refreshPreflight();
    }
    if (incidentId == m_incidentId && report.user.id == m_user.id) {
        if (!report.user.status.isEmpty()) {
            m_user.status = report.user.status;
        }
        updateTargetLabel();
        const auto failed = std::count_if(report.results.begin(), report.results.end(),
                                          [](const ActionResult& result) { return !result.succeeded(); });
        if (report.status != ContainmentReport::Status::Completed) {
            setStatus(tr("Nothing was sent: %1").arg(report.message), Tone::Alarming);
        } else if (failed > 0) {
            setStatus(tr("%n action(s) FAILED for %1: Okta's answer is in the list; Retry sends the action again.",
                         nullptr, static_cast<int>(failed))
                          .arg(report.user.login),
                      Tone::Alarming);
        } else {
            setStatus(tr("Every action succeeded for %1. Okta status: %2.").arg(report.user.login, report.user.status),
                      Tone::Success);
        }
    }
    if (m_workspace) {
        m_workspace->noteAuditWritten(incidentId);
    }
    Q_EMIT runFinished(report, incidentId);
}

void ContainmentWidget::retry(int row)
{
    if (!m_workspace || !m_workspace->containment() || row < 0 || row >= m_model->rowCount() ||
        m_model->result(row).outcome != ActionResult::Outcome::Failed) {
        return;
    }
    run({m_model->result(row).action}, m_adminConfirmedFor == m_user.id, false);
}

void ContainmentWidget::syncRetryButtons()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, ActionListModel::RetryColumn);
        const bool retryable = index.data(ActionListModel::RetryableRole).toBool();
        QWidget* existing = m_view->indexWidget(index);
        if (retryable && !existing) {
            auto* button = new QPushButton(tr("Retry"), m_view);
            button->setObjectName(QStringLiteral("retryButton"));
            button->setToolTip(tr("Send this action to Okta again"));
            const ContainmentAction action = m_model->result(row).action;
            connect(button, &QPushButton::clicked, this, [this, action] { retry(m_model->rowOf(action)); });
            m_view->setIndexWidget(index, button);
        } else if (!retryable && existing) {
            m_view->setIndexWidget(index, nullptr);
        }
    }
}

void ContainmentWidget::resumeJournal()
{
    if (!m_workspace || !m_workspace->containment()) {
        return;
    }
    if (m_workspace->journal()->unfinished().isEmpty()) {
        Q_EMIT journalResumed({});
        return;
    }
    settleJournal({}, {}, {});
}

void ContainmentWidget::settleJournal(const QSet<qint64>& confirmed,
                                      const QSet<qint64>& declined,
                                      const QStringList& earlier)
{
    auto* resume = new core::JournalResume(m_workspace->containment(), this);
    resume->setAnswers(confirmed, declined);
    connect(resume, &core::JournalResume::finished, this, [this, resume, earlier] {
        resume->deleteLater();
        QStringList settled = earlier;
        int unsettled = 0;
        for (const core::SettledEntry& entry : resume->settled()) {
            const QString user = entry.entry.oktaLogin.isEmpty() ? entry.entry.oktaUserId : entry.entry.oktaLogin;
            if (entry.resolution == QLatin1String("failed")) {
                ++unsettled;
            } else if (entry.resolution == QLatin1String("resent")) {
                settled << tr("%1 %2: sent again, %3").arg(entry.entry.action, user, entry.outcome);
            } else if (entry.resolution == QLatin1String("superseded")) {
                settled << tr("%1 %2: not sent, a later run on the user superseded it").arg(entry.entry.action, user);
            } else if (entry.resolution == QLatin1String("refused")) {
                settled << tr("%1 %2: not sent, refused by the guardrails").arg(entry.entry.action, user);
            } else if (entry.resolution == QLatin1String("in-flight")) {
                settled << tr("%1 %2: left alone, a running Cordon program still waits for Okta's answer")
                               .arg(entry.entry.action, user);
            } else if (entry.resolution == QLatin1String("declined")) {
                settled << tr("%1 %2: not sent, as you chose").arg(entry.entry.action, user);
            } else if (entry.resolution != QLatin1String("undecided")) {
                settled << tr("%1 %2: %3").arg(entry.entry.action, user, entry.outcome);
            }
        }
        // Cordon cannot tell whether these are still wanted: the analyst decides, and a second pass reads
        // Okta again before it sends anything.
        const QList<core::SettledEntry> undecided = resume->undecided();
        if (!undecided.isEmpty()) {
            QStringList lines;
            QSet<qint64> ids;
            for (const core::SettledEntry& entry : undecided) {
                ids.insert(entry.entry.id);
                lines << tr("• %1 %2 (incident %3): %4")
                             .arg(entry.entry.action,
                                  entry.entry.oktaLogin.isEmpty() ? entry.entry.oktaUserId : entry.entry.oktaLogin,
                                  entry.entry.incidentId.isEmpty() ? tr("none") : entry.entry.incidentId, entry.detail);
            }
            const auto answer = Dialogs::question(
                this, tr("Unfinished Okta actions"),
                tr("An earlier run left %n Okta action(s) unfinished, and Cordon cannot tell whether they are still "
                   "wanted:\n\n%1\n\nSend them to Okta now? No closes them unsent; the audit log records your "
                   "choice.",
                   nullptr, static_cast<int>(undecided.size()))
                    .arg(lines.join(QLatin1Char('\n'))));
            const bool send = answer == QMessageBox::Yes;
            settleJournal(send ? ids : QSet<qint64>(), send ? QSet<qint64>() : ids, settled);
            return;
        }
        QString message;
        if (!settled.isEmpty()) {
            message = tr("Settled %n unfinished Okta action(s) from an earlier run: %1.", nullptr,
                         static_cast<int>(settled.size()))
                          .arg(settled.join(QStringLiteral("; ")));
        }
        if (unsettled > 0) {
            message += (message.isEmpty() ? QString() : QStringLiteral(" ")) +
                       tr("%n unfinished Okta action(s) could not be settled; Cordon tries again at the next start.",
                          nullptr, unsettled);
        }
        qCInfo(lcContainment) << "journal resume:" << settled.size() << "settled," << unsettled << "unsettled";
        Q_EMIT journalResumed(message);
    });
    resume->start();
}

} // namespace cordon::gui
