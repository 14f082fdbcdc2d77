#include "ContainmentAction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cordon::core
{

namespace
{

bool looksLikeOktaId(const QString& text, QLatin1String prefix)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-z]{3}[0-9A-Za-z]{17}$"));
    return text.startsWith(prefix) && pattern.match(text).hasMatch();
}

} // namespace

bool looksLikeOktaGroupId(const QString& text)
{
    return looksLikeOktaId(text, QLatin1String("00g"));
}

bool looksLikeOktaUserId(const QString& text)
{
    return looksLikeOktaId(text, QLatin1String("00u"));
}

namespace
{

constexpr int MaxRiskReason = 500;

QString tr(const char* text)
{
    return QCoreApplication::translate("ContainmentAction", text);
}

bool fail(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return false;
}

bool parseCredentialAction(const QString& trimmed, const QDateTime& now, ContainmentAction& action, QString* error)
{
    using Kind = ContainmentAction::Kind;
    if (trimmed == QLatin1String("universal-logout") || trimmed == QLatin1String("reset-factors") ||
        trimmed == QLatin1String("expire-password")) {
        action.kind = trimmed == QLatin1String("universal-logout") ? Kind::UniversalLogout
                      : trimmed == QLatin1String("reset-factors")  ? Kind::ResetFactors
                                                                   : Kind::ExpirePassword;
        return true;
    }
    if (trimmed.startsWith(QLatin1String("risk:")) || trimmed == QLatin1String("risk")) {
        action.kind = Kind::SetRisk;
        action.riskLevel = trimmed.mid(5).trimmed().toUpper();
        if (action.riskLevel == QLatin1String("HIGH") || action.riskLevel == QLatin1String("MEDIUM") ||
            action.riskLevel == QLatin1String("LOW")) {
            return true;
        }
        return fail(
            error,
            action.riskLevel == QLatin1String("NONE")
                ? tr("'%1': Okta cannot set a user's risk to NONE; LOW is the lowest it sets").arg(trimmed)
                : tr("'%1' names no risk level Okta sets (known: risk:HIGH, risk:MEDIUM, risk:LOW)").arg(trimmed));
    }
    const QLatin1String revoke("revoke-factors-since");
    if (trimmed == revoke) {
        action.kind = Kind::RevokeFactorsSince;
        return true;
    }
    if (trimmed.startsWith(revoke + QLatin1Char(':'))) {
        action.kind = Kind::RevokeFactorsSince;
        const QString time = trimmed.mid(revoke.size() + 1).trimmed();
        action.since = QDateTime::fromString(time, Qt::ISODateWithMs);
        // A time without its zone would be read in the machine's, which differs between analysts.
        const bool zoned = time.endsWith(QLatin1Char('Z')) || time.contains(QLatin1Char('+')) ||
                           time.lastIndexOf(QLatin1Char('-')) > 10;
        if (!action.since.isValid() || !zoned) {
            return fail(error, tr("'%1': the time is not an ISO 8601 date and time with its zone, such as "
                                  "2026-12-01T09:30:00Z")
                                   .arg(trimmed));
        }
        action.since = action.since.toUTC();
        const QDateTime current = now.isValid() ? now : QDateTime::currentDateTimeUtc();
        if (action.since > current) {
            return fail(
                error, tr("'%1': the time is in the future, so no factor could have been enrolled since").arg(trimmed));
        }
        return true;
    }
    return fail(error, QString());
}

} // namespace

OktaScopes::Step scopeStepOf(ContainmentAction::Kind kind)
{
    using Kind = ContainmentAction::Kind;
    using Step = OktaScopes::Step;
    switch (kind) {
    case Kind::ClearSessions:
        return Step::ClearSessions;
    case Kind::Suspend:
        return Step::Suspend;
    case Kind::Unsuspend:
        return Step::Unsuspend;
    case Kind::AddGroup:
        return Step::AddToGroup;
    case Kind::RemoveGroup:
        return Step::RemoveFromGroup;
    case Kind::SetRisk:
        return Step::SetRisk;
    case Kind::UniversalLogout:
        return Step::UniversalLogout;
    case Kind::RevokeFactorsSince:
        return Step::RevokeFactors;
    case Kind::ResetFactors:
        return Step::ResetFactors;
    case Kind::ExpirePassword:
        return Step::ExpirePassword;
    }
    return Step::FindUser;
}

QString riskReasonProblem(const QString& reason)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-zA-Z0-9 \\t\\n\\r\\f\\v\\-,.]*$"));
    if (reason.size() > MaxRiskReason) {
        return tr("the risk reason is %1 characters long; Okta takes at most %2").arg(reason.size()).arg(MaxRiskReason);
    }
    if (!allowed.match(reason).hasMatch()) {
        QString refused;
        for (const QChar c : reason) {
            if (!allowed.match(QString(c)).hasMatch() && !refused.contains(c)) {
                refused += c;
            }
        }
        return tr("Okta takes only letters, digits, spaces, hyphens, commas and periods in a risk reason, not "
                  "\"%1\"")
            .arg(refused.left(20));
    }
    return {};
}

QString riskReasonFrom(const QString& text)
{
    QString reason;
    for (const QChar c : text) {
        const bool allowed = (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') ||
                             c == QLatin1Char(',') || c == QLatin1Char('.');
        reason += allowed ? c : QLatin1Char(' ');
    }
    return reason.simplified().left(MaxRiskReason).trimmed();
}

QString defaultRiskReason(const QString& incidentId)
{
    return riskReasonFrom(incidentId.isEmpty() ? QStringLiteral("Cordon containment")
                                               : QStringLiteral("Cordon incident ") + incidentId);
}

std::optional<ContainmentAction> ContainmentAction::parse(const QString& text, QString* error, const QDateTime& now)
{
    const QString trimmed = text.trimmed();
    ContainmentAction action;
    QString credentialError;
    if (parseCredentialAction(trimmed, now, action, &credentialError)) {
        return action;
    }
    if (!credentialError.isEmpty()) {
        if (error) {
            *error = credentialError;
        }
        return std::nullopt;
    }
    if (trimmed == QLatin1String("clear-sessions")) {
        action.kind = Kind::ClearSessions;
        return action;
    }
    if (trimmed == QLatin1String("suspend")) {
        action.kind = Kind::Suspend;
        return action;
    }
    if (trimmed == QLatin1String("unsuspend")) {
        action.kind = Kind::Unsuspend;
        return action;
    }
    for (const auto& [prefix, kind] : {std::pair{QLatin1String("add-group:"), Kind::AddGroup},
                                       std::pair{QLatin1String("remove-group:"), Kind::RemoveGroup}}) {
        if (trimmed.startsWith(prefix)) {
            action.kind = kind;
            action.group = trimmed.mid(prefix.size()).trimmed();
            if (action.group.isEmpty()) {
                if (error) {
                    *error = QCoreApplication::translate("ContainmentAction", "'%1' needs a group name or id after "
                                                                              "the colon")
                                 .arg(trimmed);
                }
                return std::nullopt;
            }
            return action;
        }
    }
    if (error) {
        *error = QCoreApplication::translate("ContainmentAction",
                                             "unknown action '%1' (known: clear-sessions, suspend, unsuspend, "
                                             "add-group:NAME_OR_ID, remove-group:NAME_OR_ID, risk:LEVEL, "
                                             "universal-logout, revoke-factors-since[:TIME], reset-factors, "
                                             "expire-password)")
                     .arg(trimmed);
    }
    return std::nullopt;
}

QString ContainmentAction::name() const
{
    switch (kind) {
    case Kind::ClearSessions:
        return QStringLiteral("clear-sessions");
    case Kind::Suspend:
        return QStringLiteral("suspend");
    case Kind::Unsuspend:
        return QStringLiteral("unsuspend");
    case Kind::AddGroup:
        return QStringLiteral("add-group:") + group;
    case Kind::RemoveGroup:
        return QStringLiteral("remove-group:") + group;
    case Kind::SetRisk:
        return QStringLiteral("risk:") + riskLevel;
    case Kind::UniversalLogout:
        return QStringLiteral("universal-logout");
    case Kind::RevokeFactorsSince:
        return since.isValid() ? QStringLiteral("revoke-factors-since:") + since.toUTC().toString(Qt::ISODate)
                               : QStringLiteral("revoke-factors-since");
    case Kind::ResetFactors:
        return QStringLiteral("reset-factors");
    case Kind::ExpirePassword:
        return QStringLiteral("expire-password");
    }
    return {};
}

bool ContainmentAction::hasInverse() const
{
    switch (kind) {
    case Kind::Suspend:
    case Kind::Unsuspend:
    case Kind::AddGroup:
    case Kind::RemoveGroup:
        return true;
    case Kind::SetRisk:
        return riskLevel != QLatin1String("LOW");
    case Kind::ClearSessions:
    case Kind::UniversalLogout:
    case Kind::RevokeFactorsSince:
    case Kind::ResetFactors:
    case Kind::ExpirePassword:
        break;
    }
    return false;
}

QString ContainmentAction::blastRadius() const
{
    switch (kind) {
    case Kind::SetRisk:
        if (riskLevel == QLatin1String("LOW")) {
            return tr("Lowers the user's risk at Okta to LOW, the lowest Okta sets: it cannot set NONE, so the risk "
                      "does not go back to what it was before it was raised.");
        }
        return tr("Sets the user's risk at Okta to %1 (Identity Threat Protection). The org's entity risk policy then "
                  "acts on it: it may end the user's sessions in every app, or ask them to sign in again. A release "
                  "sets it to LOW, not back to what it was: Okta cannot set NONE.")
            .arg(riskLevel);
    case Kind::UniversalLogout:
        return tr("Universal Logout: ends the user's sessions and revokes their tokens in every app that supports "
                  "it, not only Okta's, and revokes the user's own Okta API tokens. Nothing at release brings them "
                  "back; the user signs in again everywhere.");
    case Kind::RevokeFactorsSince:
        return tr("Removes every MFA factor the user enrolled since %1, such as one an attacker added. The user "
                  "must enrol them again; a release does not restore them. The audit lists each factor removed.")
            .arg(since.isValid() ? since.toUTC().toString(Qt::ISODate) : tr("the incident's detection time"));
    case Kind::ResetFactors:
        return tr("Resets all of the user's MFA factors: every enrolment ends and the user must enrol again at their "
                  "next sign-in. A release does not restore them.");
    case Kind::ExpirePassword:
        return tr("Expires the user's password: they must choose a new one at their next sign-in. With Active "
                  "Directory delegated authentication it also expires the password in AD. A release does not undo "
                  "it.");
    case Kind::ClearSessions:
    case Kind::Suspend:
    case Kind::Unsuspend:
    case Kind::AddGroup:
    case Kind::RemoveGroup:
        break;
    }
    return {};
}

ContainmentAction ContainmentAction::inverse() const
{
    ContainmentAction undo = *this;
    switch (kind) {
    case Kind::Suspend:
        undo.kind = Kind::Unsuspend;
        break;
    case Kind::Unsuspend:
        undo.kind = Kind::Suspend;
        break;
    case Kind::AddGroup:
        undo.kind = Kind::RemoveGroup;
        break;
    case Kind::RemoveGroup:
        undo.kind = Kind::AddGroup;
        break;
    case Kind::SetRisk:
        undo.riskLevel = QStringLiteral("LOW");
        break;
    case Kind::ClearSessions:
    case Kind::UniversalLogout:
    case Kind::RevokeFactorsSince:
    case Kind::ResetFactors:
    case Kind::ExpirePassword:
        break;
    }
    return undo;
}

} // namespace cordon::core
