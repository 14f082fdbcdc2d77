#pragma once

#include "ActionResult.h"
#include "ContainmentAction.h"
#include "Guardrails.h"
#include "okta/OktaFactor.h"
#include "okta/OktaGroup.h"
#include "okta/OktaReply.h"
#include "okta/OktaRole.h"
#include "okta/OktaUser.h"
#include "store/Claims.h"
#include "store/LiveLock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QLockFile;

namespace cordon::core
{

class ContainmentContext;

// What a run read at Okta before acting: enough for the guardrails and to tell what is already so. A dry
// run hands it back, and a run that follows at once can act on it instead of reading it all again.
struct ContainmentPreflight
{
    OktaUser user;
    QString actingUserId;
    QList<OktaGroup> userGroups;
    bool userGroupsComplete = true; // false when Okta listed more groups than were read
    QList<OktaRole> userRoles;
    QHash<QString, OktaGroup> groups; // by the name or id given in the actions
    qint64 readAtMs = 0;              // QDateTime::currentMSecsSinceEpoch() when it was read
};

struct ContainmentRequest
{
    QString user; // an Okta id or login
    QList<ContainmentAction> actions;
    QString incidentId;
    QString runId;
    bool dryRun = false;
    // The analyst's second, explicit confirmation for a user who holds admin roles.
    bool adminConfirmed = false;
    // The reason a risk action gives Okta (riskReasonProblem must allow it); empty: built from the incident id.
    QString riskReason;
    // When the endpoint detected the incident: revoke-factors-since without a time removes factors enrolled since.
    QDateTime detectedAt;
    // Read moments ago for the same user (a dry run's): the run sends its actions straight away. Groups of
    // actions it does not hold are still looked up.
    std::optional<ContainmentPreflight> preflight;
};

struct ContainmentReport
{
    enum class Status
    {
        Completed, // every action ended; some may have failed
        Refused,   // a guardrail said no; nothing was sent
        NotFound,  // no such user at Okta
        LookupFailed,
    };

    Status status = Status::Completed;
    QString requestedUser;
    // The run's id in the journal: what a later journal resume names when this run supersedes an entry.
    QString runId;
    OktaUser user;
    QList<ActionResult> results;
    QStringList auditIds;
    std::optional<Refusal> refusal;
    OktaError lookupError;
    // The message for the analyst when the run did not complete.
    QString message;
    // What the look-ups found, when they all succeeded (also when a guardrail refused).
    std::optional<ContainmentPreflight> preflight;

    bool allSucceeded() const;
    // cordonctl's exit codes: 0 done, 1 Okta or the network failed, 3 Okta refused the token, 4 not found, 5 refused
    // by a guardrail.
    int exitCode() const;
    QJsonObject toJson() const;
};

// Contains or releases one Okta user: looks up what the guardrails need, all at once; then, if every
// guardrail passes, sends every action together. Each change is journaled before it is sent and audited
// when it ends, with Okta's request id.
class ContainmentRunner : public QObject
{
    Q_OBJECT
public:
    ContainmentRunner(ContainmentContext* context, ContainmentRequest request, QObject* parent = nullptr);
    ~ContainmentRunner() override;

    void start();
    const ContainmentReport& report() const { return m_report; }

Q_SIGNALS:
    void actionChanged(const cordon::core::ActionResult& result);
    void finished(const cordon::core::ContainmentReport& report);

private:
    void lookUp();
    // Takes the request's preflight instead of reading at Okta; false when it has none for this user.
    bool usePreflight();
    // Asks for each group the actions name that is not known yet; each answer counts as a look-up done.
    void lookUpGroups();
    void userKnown();
    void lookupDone();
    void failLookup(ContainmentReport::Status status, const OktaReply& reply, const QString& message);
    void runActions();
    // Takes the user for this run; a refusal when another run holds it or has just acted on it.
    std::optional<Refusal> claimUser();
    // Settles an action that needs no call (already, planned, a bad group); true when it must be sent.
    bool prepareAction(int index);
    // journalIds: the action's journal entries, one per factor for a factor removal.
    void sendAction(int index, const QList<qint64>& journalIds);
    void finishAction(int index, const OktaReply& reply, qint64 journalId);
    void setOutcome(int index, ActionResult::Outcome outcome, const QString& detail = {});
    void audit(int index);
    // An answer to a sent change that is not its last: Okta's answer is audited, and the change sent again.
    void auditRetry(const QString& method, const QString& path, const OktaReply& attempt);
    void maybeFinish();
    QString callFor(const ContainmentAction& action) const;
    // The credential actions' look-ups: the user's factors and risk level, when the actions need them.
    void lookUpCredentials(const QString& userId);
    bool prepareCredentialAction(int index);
    void finishFactor(int index, int factor, const OktaReply& reply, qint64 journalId);
    // An action that waits for the lifecycle change before it (expire-password after suspend).
    bool waitsForLifecycle(int index) const;
    void sendDeferred();
    QDateTime factorsSince(const ContainmentAction& action) const;
    QList<OktaFactor> factorsToRemove(const ContainmentAction& action) const;
    QString riskReason() const;

    ContainmentContext* m_context;
    ContainmentRequest m_request;
    ContainmentReport m_report;
    QElapsedTimer m_timer;

    int m_lookupsPending = 0;
    bool m_userKnown = false;
    bool m_failed = false;
    bool m_finished = false;
    QString m_actingUserId;
    QList<OktaGroup> m_userGroups;
    bool m_userGroupsComplete = true;
    QList<OktaRole> m_userRoles;
    QHash<QString, OktaGroup> m_groups; // by the name or id given in the action
    QHash<QString, OktaError> m_groupErrors;
    qint64 m_preflightReadAtMs = 0;
    // While an answer is being recorded: closes its journal entry inside the audit entry's write.
    std::function<bool()> m_closingJournal;
    bool m_watchingRetries = false;
    // Held while the run's changes are in flight, so that journal resume elsewhere leaves them alone.
    std::unique_ptr<LiveLock> m_inFlight;
    // The run's hold on the user, against other runs here and on other workstations sharing the database.
    std::unique_ptr<UserClaim> m_claim;
    // The journal's newest entry when the run began: one written later for the user by another run means
    // the state the run read is out of date.
    qint64 m_journalMark = 0;

    // What the credential actions read first.
    QList<OktaFactor> m_factors;
    std::optional<OktaError> m_factorsError;
    QString m_riskLevel;
    std::optional<OktaError> m_riskError;
    // A revoke-factors-since under way: the factors it removes, and how each went.
    struct FactorRemoval
    {
        QList<OktaFactor> factors;
        int pending = 0;
        QStringList removed;
        QStringList failed;
        OktaError firstError;
        int firstErrorStatus = 0;
    };
    QHash<int, FactorRemoval> m_removals;
    // Actions held until the lifecycle change ends, with their journal entries.
    QList<QPair<int, QList<qint64>>> m_deferred;
};

} // namespace cordon::core
