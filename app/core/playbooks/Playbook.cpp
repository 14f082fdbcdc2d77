#include "Playbook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace cordon::core
{

namespace
{

// The context lupdate files the messages of Playbook's members under.
QString tr(const char* text)
{
    return QCoreApplication::translate("cordon::core::Playbook", text);
}

const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kTrigger = QStringLiteral("trigger");
const QString kCondition = QStringLiteral("condition");
const QString kMinimumSeverity = QStringLiteral("minimumSeverity");
const QString kSources = QStringLiteral("sources");
const QString kActions = QStringLiteral("actions");
const QString kMode = QStringLiteral("mode");
const QString kEnabled = QStringLiteral("enabled");
const QString kRestrict = QStringLiteral("restrict");
const QString kUnrestrict = QStringLiteral("unrestrict");

// Sets *error (when asked for) and says the read failed.
std::nullopt_t fail(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return std::nullopt;
}

std::optional<QString> unknownKey(const QJsonObject& object, const QStringList& known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            return it.key();
        }
    }
    return std::nullopt;
}

std::optional<Playbook::Problem> idProblem(const QString& id)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (idPattern.match(id).hasMatch()) {
        return std::nullopt;
    }
    return Playbook::Problem{Playbook::Problem::Field::Id,
                             QCoreApplication::translate("cordon::core::Playbook",
                                                         "'id' must be 1 to 64 letters, digits, '.', '_' or '-', "
                                                         "starting with a letter or digit")};
}

} // namespace

QString Playbook::triggerName(Trigger trigger)
{
    switch (trigger) {
    case Trigger::Manual:
        return QStringLiteral("manual");
    case Trigger::ThreatIdentified:
        return QStringLiteral("threat_identified");
    case Trigger::ThreatRemediated:
        return QStringLiteral("threat_remediated");
    }
    return {};
}

std::optional<Playbook::Trigger> Playbook::triggerFromName(const QString& name)
{
    for (Trigger trigger : {Trigger::Manual, Trigger::ThreatIdentified, Trigger::ThreatRemediated}) {
        if (triggerName(trigger) == name) {
            return trigger;
        }
    }
    return std::nullopt;
}

QString Playbook::modeName(Mode mode)
{
    return mode == Mode::Automatic ? QStringLiteral("automatic") : QStringLiteral("ask");
}

std::optional<Playbook::Mode> Playbook::modeFromName(const QString& name)
{
    for (Mode mode : {Mode::Automatic, Mode::Ask}) {
        if (modeName(mode) == name) {
            return mode;
        }
    }
    return std::nullopt;
}

const QStringList& Playbook::knownSourceKinds()
{
    static const QStringList kinds{
        QStringLiteral("redcanary"),   QStringLiteral("ocsf"),    QStringLiteral("crowdstrike"), QStringLiteral("mde"),
        QStringLiteral("sentinelone"), QStringLiteral("elastic"), QStringLiteral("generic")};
    return kinds;
}

ContainmentAction Playbook::restrictAction()
{
    return ContainmentAction{ContainmentAction::Kind::AddGroup, QString()};
}

ContainmentAction Playbook::unrestrictAction()
{
    return ContainmentAction{ContainmentAction::Kind::RemoveGroup, QString()};
}

bool Playbook::isRestrictedGroupAction(const ContainmentAction& action)
{
    return action.isGroupAction() && action.group.isEmpty();
}

QString Playbook::actionToken(const ContainmentAction& action)
{
    if (isRestrictedGroupAction(action)) {
        return action.kind == ContainmentAction::Kind::AddGroup ? kRestrict : kUnrestrict;
    }
    return action.name();
}

std::optional<ContainmentAction> Playbook::actionFromToken(const QString& token, QString* error)
{
    const QString trimmed = token.trimmed();
    if (trimmed == kRestrict) {
        return restrictAction();
    }
    if (trimmed == kUnrestrict) {
        return unrestrictAction();
    }
    QString why;
    auto action = ContainmentAction::parse(trimmed, &why);
    if (!action) {
        return fail(error, why);
    }
    return action;
}

QJsonObject Playbook::toJson() const
{
    QJsonObject condition;
    if (minimumSeverity != Incident::Severity::Unknown) {
        condition.insert(kMinimumSeverity, Incident::severityName(minimumSeverity));
    }
    condition.insert(kSources, QJsonArray::fromStringList(sources));
    QJsonArray actionTokens;
    for (const ContainmentAction& action : actions) {
        actionTokens.append(actionToken(action));
    }
    return QJsonObject{{kId, id},
                       {kName, name},
                       {kTrigger, triggerName(trigger)},
                       {kCondition, condition},
                       {kActions, actionTokens},
                       {kMode, modeName(mode)},
                       {kEnabled, enabled}};
}

QList<Playbook::Problem> Playbook::validate() const
{
    QList<Problem> problems;
    const auto add = [&problems](Problem::Field field, const QString& message) { problems << Problem{field, message}; };
    if (auto problem = idProblem(id)) {
        problems << *problem;
    }
    if (name.trimmed().isEmpty()) {
        add(Problem::Field::Name, tr("it has no name; give it a name"));
    }
    for (qsizetype index = 0; index < sources.size(); ++index) {
        const QString& kind = sources.at(index);
        if (!knownSourceKinds().contains(kind)) {
            add(Problem::Field::Sources,
                tr("unknown source kind '%1' (known: %2)").arg(kind, knownSourceKinds().join(QStringLiteral(", "))));
        } else if (sources.indexOf(kind) < index) {
            add(Problem::Field::Sources, tr("source kind '%1' is listed twice").arg(kind));
        }
    }
    if (actions.isEmpty()) {
        add(Problem::Field::Actions, tr("it has no action; choose at least one action"));
        return problems;
    }
    for (qsizetype index = 0; index < actions.size(); ++index) {
        if (actions.indexOf(actions.at(index)) < index) {
            add(Problem::Field::Actions, tr("action '%1' is listed twice").arg(actionToken(actions.at(index))));
        }
    }
    const bool contains = std::none_of(actions.begin(), actions.end(),
                                       [](const ContainmentAction& action) { return action.isRelease(); });
    if (!releases() && !contains) {
        add(Problem::Field::Actions, tr("a playbook either contains or releases: its actions mix both"));
    } else if (trigger == Trigger::ThreatRemediated && !releases()) {
        add(Problem::Field::Trigger, tr("a playbook run when a threat is remediated may only release "
                                        "(unsuspend, remove-group, unrestrict)"));
    } else if (trigger == Trigger::ThreatIdentified && releases()) {
        add(Problem::Field::Trigger, tr("a playbook run when a threat is identified may only contain "
                                        "(clear-sessions, suspend, add-group, restrict)"));
    }
    return problems;
}

QString Playbook::describe(const Problem& problem) const
{
    // A playbook with a bad id is not named by it.
    return problem.field == Problem::Field::Id ? problem.message : tr("playbook '%1': %2").arg(id, problem.message);
}

std::optional<Playbook> Playbook::fromJson(const QJsonValue& value, QString* error)
{
    if (!value.isObject()) {
        return fail(error, tr("a playbook must be a JSON object"));
    }
    const QJsonObject object = value.toObject();
    if (auto key = unknownKey(object, {kId, kName, kTrigger, kCondition, kActions, kMode, kEnabled})) {
        return fail(error, tr("unknown field '%1'").arg(*key));
    }

    // The id names the playbook in every later message, so it is checked first.
    Playbook playbook;
    playbook.id = object.value(kId).toString();
    if (auto problem = idProblem(playbook.id)) {
        return fail(error, problem->message);
    }
    // What is wrong with the document's shape; what is wrong with the playbook it holds is validate's.
    const auto malformed = [&playbook, error](const QString& message) {
        return fail(error, tr("playbook '%1': %2").arg(playbook.id, message));
    };
    if (object.contains(kName) && !object.value(kName).isString()) {
        return malformed(tr("'name' must be a string"));
    }
    playbook.name = object.value(kName).toString().trimmed();

    const auto trigger = triggerFromName(object.value(kTrigger).toString());
    if (!trigger) {
        return malformed(tr("'trigger' must be manual, threat_identified or threat_remediated"));
    }
    playbook.trigger = *trigger;

    if (object.contains(kMode)) {
        const auto mode = modeFromName(object.value(kMode).toString());
        if (!mode) {
            return malformed(tr("'mode' must be automatic or ask"));
        }
        playbook.mode = *mode;
    }
    if (object.contains(kEnabled)) {
        if (!object.value(kEnabled).isBool()) {
            return malformed(tr("'enabled' must be true or false"));
        }
        playbook.enabled = object.value(kEnabled).toBool();
    }

    if (object.contains(kCondition)) {
        if (!object.value(kCondition).isObject()) {
            return malformed(tr("'condition' must be an object"));
        }
        const QJsonObject condition = object.value(kCondition).toObject();
        if (auto key = unknownKey(condition, {kMinimumSeverity, kSources})) {
            return malformed(tr("unknown condition '%1'").arg(*key));
        }
        if (condition.contains(kMinimumSeverity)) {
            const QString severity = condition.value(kMinimumSeverity).toString();
            playbook.minimumSeverity = Incident::severityFromName(severity);
            if (playbook.minimumSeverity == Incident::Severity::Unknown) {
                return malformed(tr("'minimumSeverity' must be informational, low, medium, high or critical"));
            }
        }
        if (condition.contains(kSources)) {
            if (!condition.value(kSources).isArray()) {
                return malformed(tr("'sources' must be an array of source kinds"));
            }
            for (const QJsonValue& source : condition.value(kSources).toArray()) {
                playbook.sources << source.toString();
            }
        }
    }

    if (!object.value(kActions).isArray()) {
        return malformed(tr("'actions' must be an array of actions"));
    }
    for (const QJsonValue& token : object.value(kActions).toArray()) {
        if (!token.isString()) {
            return malformed(tr("every action must be a string"));
        }
        QString why;
        const auto action = actionFromToken(token.toString(), &why);
        if (!action) {
            return malformed(why);
        }
        playbook.actions << *action;
    }

    if (const QList<Problem> problems = playbook.validate(); !problems.isEmpty()) {
        return fail(error, playbook.describe(problems.first()));
    }
    return playbook;
}

QList<Playbook> Playbook::defaults()
{
    Playbook contain;
    contain.id = QStringLiteral("contain");
    contain.name = tr("Contain");
    contain.trigger = Trigger::ThreatIdentified;
    contain.actions = {ContainmentAction{ContainmentAction::Kind::ClearSessions, QString()},
                       ContainmentAction{ContainmentAction::Kind::Suspend, QString()}, restrictAction()};
    contain.mode = Mode::Ask;

    Playbook release;
    release.id = QStringLiteral("release");
    release.name = tr("Release");
    release.trigger = Trigger::ThreatRemediated;
    release.actions = {unrestrictAction(), ContainmentAction{ContainmentAction::Kind::Unsuspend, QString()}};
    release.mode = Mode::Ask;
    return {contain, release};
}

bool Playbook::matches(const Incident& incident) const
{
    // An incident of unknown severity meets only a playbook without a minimum.
    if (minimumSeverity != Incident::Severity::Unknown &&
        (incident.severity == Incident::Severity::Unknown || incident.severity < minimumSeverity)) {
        return false;
    }
    return sources.isEmpty() || sources.contains(incident.sourceKind);
}

bool Playbook::releases() const
{
    return !actions.isEmpty() && std::all_of(actions.begin(), actions.end(),
                                             [](const ContainmentAction& action) { return action.isRelease(); });
}

std::optional<QList<ContainmentAction>> Playbook::resolvedActions(const QString& restrictedGroup) const
{
    QList<ContainmentAction> resolved;
    for (ContainmentAction action : actions) {
        if (isRestrictedGroupAction(action)) {
            if (restrictedGroup.isEmpty()) {
                return std::nullopt;
            }
            action.group = restrictedGroup;
        }
        resolved << action;
    }
    return resolved;
}

} // namespace cordon::core
