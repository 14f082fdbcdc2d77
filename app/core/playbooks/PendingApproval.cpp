#include "PendingApproval.h"

namespace cordon::core
{

QString PendingApproval::reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::PlaybookAsks:
        return QStringLiteral("playbook-asks");
    case Reason::IdentityNotExact:
        return QStringLiteral("identity-not-exact");
    case Reason::AdminUser:
        return QStringLiteral("admin-user");
    case Reason::Guardrail:
        return QStringLiteral("guardrail");
    case Reason::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace cordon::core
