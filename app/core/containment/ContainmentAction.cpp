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

std::optional<ContainmentAction> ContainmentAction::parse(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    ContainmentAction action;
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
                                             "add-group:NAME_OR_ID, remove-group:NAME_OR_ID)")
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
    case Kind::ClearSessions:
        break;
    }
    return undo;
}

} // namespace cordon::core
