#pragma once

#include "containment/ContainmentAction.h"
#include "containment/ContainmentRunner.h"
#include "containment/CredentialCapabilities.h"
#include "okta/OktaUser.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class QToolButton;

namespace cordon::core
{
class ActionListModel;
struct Playbook;
class ServiceAppAuth;
class UndoLedger;
class Workspace;
} // namespace cordon::core

namespace cordon::gui
{

// One-click containment of the confirmed Okta user of an incident, and release after remediation.
// Every click first reads the user at Okta (a dry run), then asks one confirmation that says what will
// happen to whom with the exact Okta calls, and a second one for an administrator. Actions run together
// and each row shows its own state; a failed one can be sent again. Release undoes only what Cordon did
// for the incident (the journal's undo ledger); Unsuspend and Remove from group act anyway, after saying
// so.
class ContainmentWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ContainmentWidget(QWidget* parent = nullptr);
    ~ContainmentWidget() override;

    // What the runs use: the Okta client, the journal and the audit log, the containment contexts and the
    // settings (restricted group, protected accounts and groups). Not owned; it must outlive this widget.
    void setWorkspace(core::Workspace* workspace);
    // The Okta user the analyst confirmed for the incident.
    void setTarget(const QString& incidentId, const core::OktaUser& user);
    void clearTarget();
    // What the credential actions take from the incident: the detection time (the default since-time of
    // removing recent MFA factors) and the text a risk reason is made from.
    void setIncidentDetails(const QDateTime& detectedAt, const QString& title);
    // What the org and the credentials allow of the credential actions, as the last probe found.
    const core::CredentialCapabilities& credentialCapabilities() const { return m_capabilities; }
    // Whether Cordon raised the target's risk for the incident and has not lowered it since.
    bool riskRaisedByCordon() const;

    QString incidentId() const { return m_incidentId; }
    const core::OktaUser& target() const { return m_user; }
    core::ActionListModel* actionModel() const { return m_model; }
    // The group Restrict and Remove from group act on: the restricted group unless the analyst chose another.
    QString chosenGroup() const;
    // A dry run is reading the user before a confirmation.
    bool isPreparing() const { return m_preparing; }
    int runningCount() const { return m_running; }

    // Contain: suspend, clear sessions and OAuth tokens, add to the restricted group when one is set.
    QList<core::ContainmentAction> containActions() const;
    // The actions Release would send for the current target: the undo of what Cordon did for the incident,
    // as the undo ledger has it.
    QList<core::ContainmentAction> releaseActions() const;

public Q_SLOTS:
    // Contain: the default containment playbook of the settings.
    void contain();
    // A playbook's actions on the target, after the same dry run and confirmation as every action.
    void runPlaybook(const core::Playbook& playbook);
    void clearSessions();
    void suspend();
    void restrict();
    void release();
    void unsuspend();
    void removeFromGroup();
    // Shows the Okta calls Contain would send, sending nothing.
    void showDryRun();
    // More actions: one credential action on the target, after a dry run and a confirmation that says its
    // blast radius and plan, with the level or since-time to choose.
    void credentialAction(core::ContainmentAction::Kind kind, const QString& riskLevel = {});
    // Asks Okta what the credential actions may do for the target (CredentialProbe).
    void probeCredentials();
    // Sends the failed action of that row again.
    void retry(int row);
    // Settles what an earlier run left unfinished by reading the users' state at Okta.
    void resumeJournal();
    // Reads the target's state, roles and groups ahead of a click, in the background. A click within a
    // minute asks at once and sends its actions without reading again; later, it reads first.
    void refreshPreflight();

Q_SIGNALS:
    void runFinished(const cordon::core::ContainmentReport& report, const QString& incidentId);
    // The target's state was read ahead of a click (see refreshPreflight).
    void preflightReady(const QString& oktaUserId);
    // What the journal resume settled, in words; empty when nothing was unfinished.
    void journalResumed(const QString& message);
    // A credential probe answered; credentialCapabilities() holds what it found.
    void credentialsProbed();

private:
    struct Plan
    {
        QString title;
        QList<core::ContainmentAction> actions;
        // Said before the question, for an action that goes beyond what Cordon did.
        QString warning;
        bool dryRunOnly = false;
        // A credential action from More actions: its own confirmation, with its settings.
        bool credential = false;
    };

    QPushButton* addButton(const QString& objectName, const QString& text, const QString& toolTip);
    // One pass of journal resume with the analyst's answers so far; `earlier` is what earlier passes settled.
    void settleJournal(const QSet<qint64>& confirmed, const QSet<qint64>& declined, const QStringList& earlier);
    void prepare(const Plan& plan, bool adminKnown);
    void prepared(const Plan& plan, const core::ContainmentReport& dryRun, bool admin);
    void run(const QList<core::ContainmentAction>& actions,
             bool adminConfirmed,
             bool freshRows,
             const std::optional<core::ContainmentPreflight>& preflight = std::nullopt);
    // What was read of the target in the last minute, if anything.
    std::optional<core::ContainmentPreflight> freshPreflight() const;
    // Read within PreflightFreshMs.
    static bool isFresh(const std::optional<core::ContainmentPreflight>& preflight);
    void confirmCredential(const Plan& plan, const core::ContainmentReport& dryRun, bool admin);
    // The second question for an administrator; false when the analyst says no.
    bool confirmAdmin(const QString& title, bool admin);
    // What a dry run says each action would do, one line each.
    static QString planText(const core::ContainmentReport& dryRun);
    void updateMoreActions();
    // The risk reason sent: the one the analyst chose, else one made from the incident's id and title, in Okta's
    // characters.
    QString incidentRiskReason() const;
    void finishedRun(const core::ContainmentReport& report, const QString& incidentId);
    QString confirmationText(const Plan& plan, const core::ContainmentReport& dryRun) const;
    static QString confirmationCalls(const core::ContainmentReport& dryRun);
    QString groupLabel(const QString& group) const;
    // What Cordon changed at Okta for the current incident and user, from the journal.
    core::UndoLedger undoLedger() const;
    enum class Tone
    {
        Plain,
        Success,
        Alarming,
    };
    void setStatus(const QString& text, Tone tone = Tone::Plain);
    void updateTargetLabel();
    void updateButtons();
    // The scopes a button's actions need that the service app was not granted; none with an API token, or
    // before the app's first token says what it was granted.
    QStringList missingScopes(const QPushButton* button) const;
    void syncRetryButtons();
    bool ready() const;

    // The group Contain adds to, from the workspace's settings; empty without a workspace.
    QString restrictedGroup() const;

    QPointer<core::Workspace> m_workspace;
    core::ActionListModel* m_model = nullptr;

    QString m_incidentId;
    core::OktaUser m_user;
    // The analyst gave the second, explicit confirmation for this admin user.
    QString m_adminConfirmedFor;
    bool m_preparing = false;
    std::optional<core::ContainmentPreflight> m_preflight;
    QPointer<core::ContainmentRunner> m_preflightRunner; // reading the target ahead of a click
    static constexpr qint64 PreflightFreshMs = 60 * 1000;
    int m_running = 0;

    QLabel* m_targetLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_groupCombo = nullptr;
    QTableView* m_view = nullptr;
    QList<QPushButton*> m_buttons;
    QHash<const QPushButton*, QString> m_toolTips;
    QToolButton* m_moreButton = nullptr;
    QMenu* m_moreMenu = nullptr;
    QMap<core::ContainmentAction::Kind, QAction*> m_credentialActions;
    QAction* m_lowerRiskAction = nullptr;
    core::CredentialCapabilities m_capabilities;
    QPointer<core::CredentialProbe> m_probe;
    QDateTime m_detectedAt;
    QString m_incidentTitle;
    // The risk reason the analyst last confirmed: a retry gives Okta the same one.
    QString m_chosenRiskReason;
    // The service app whose granted scopes the buttons follow, and what the status line last said of them.
    QPointer<core::ServiceAppAuth> m_watchedApp;
    QString m_scopeNote;
};

} // namespace cordon::gui
