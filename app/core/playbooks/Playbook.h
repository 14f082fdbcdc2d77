#pragma once

#include "containment/ContainmentAction.h"
#include "feed/Incident.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cordon::core
{

// What to do to an incident's Okta user, when, and whether to ask first.
//
// JSON: {"id": "contain", "name": "Contain", "trigger": "manual|threat_identified|threat_remediated",
//        "condition": {"minimumSeverity": "high", "sources": ["redcanary", …]},
//        "actions": ["clear-sessions", "suspend", "restrict"], "mode": "automatic|ask", "enabled": true}
//
// Actions take the names of `cordonctl contain` and `release`, plus `restrict` and `unrestrict`: add to
// and remove from the restricted group of settings, whichever group that is when the playbook runs.
struct Playbook
{
    enum class Trigger
    {
        Manual,
        ThreatIdentified, // an incident newly added in state new or in_progress
        ThreatRemediated, // an incident's state changed to resolved
    };
    enum class Mode
    {
        Automatic, // runs by itself when the identity is exact and every guardrail passes
        Ask,       // waits for the analyst's approval
    };

    QString id;
    QString name;
    Trigger trigger = Trigger::Manual;
    // Incidents below it do not trigger the playbook; Unknown means any severity.
    Incident::Severity minimumSeverity = Incident::Severity::Unknown;
    // Feed source kinds (redcanary, ocsf, …); empty means every source.
    QStringList sources;
    // A group action with an empty group stands for the restricted group of settings.
    QList<ContainmentAction> actions;
    Mode mode = Mode::Ask;
    bool enabled = true;

    static QString triggerName(Trigger trigger);
    static std::optional<Trigger> triggerFromName(const QString& name);
    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString& name);
    // The source kinds of console.incident/v1 (docs/feeds.md §Incident model).
    static const QStringList& knownSourceKinds();

    // "restrict", "unrestrict", or the action's own name.
    static QString actionToken(const ContainmentAction& action);
    static std::optional<ContainmentAction> actionFromToken(const QString& token, QString* error);
    static ContainmentAction restrictAction();
    static ContainmentAction unrestrictAction();
    static bool isRestrictedGroupAction(const ContainmentAction& action);

    // One thing that keeps a playbook from being saved or run: a translated clause that reads on its own and after
    // "cannot be saved: ", and the field it concerns.
    struct Problem
    {
        enum class Field
        {
            Id,
            Name,
            Trigger,
            Sources,
            Actions,
        };
        Field field;
        QString message;

        friend bool operator==(const Problem&, const Problem&) = default;
    };
    // Every problem of this playbook, in the order of its fields; empty when it may be saved and run. The rules
    // of a playbook live here: fromJson, PlaybookStore and the playbook dialog all hold playbooks to them.
    QList<Problem> validate() const;
    // The problem as a line about this playbook: "playbook 'contain': …".
    QString describe(const Problem& problem) const;

    QJsonObject toJson() const;
    // Reads a playbook and validates it; on failure *error says, in words, what is wrong.
    static std::optional<Playbook> fromJson(const QJsonValue& value, QString* error);

    // "Contain" (clear sessions, suspend, restrict; on threat identified; ask) and "Release"
    // (unrestrict, unsuspend; on threat remediated; ask).
    static QList<Playbook> defaults();

    // Whether the incident meets the condition (severity and source); the trigger is not checked here.
    bool matches(const Incident& incident) const;
    // Every action undoes containment.
    bool releases() const;
    // The actions with the restricted group filled in; nullopt when one needs it and it is not set.
    std::optional<QList<ContainmentAction>> resolvedActions(const QString& restrictedGroup) const;

    friend bool operator==(const Playbook&, const Playbook&) = default;
};

} // namespace cordon::core
