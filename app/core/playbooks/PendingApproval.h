#pragma once

#include "Playbook.h"
#include "feed/Incident.h"
#include "identity/Candidate.h"

#include <QList>
#include <QString>

namespace cordon::core
{

// A playbook run that waits for the analyst: approve it with the Okta user to act on, or dismiss it.
struct PendingApproval
{
    enum class Reason
    {
        PlaybookAsks,     // the playbook's mode is "ask"
        IdentityNotExact, // no single exact candidate (autoApprove) for the endpoint identity
        AdminUser,        // the user holds admin roles: never contained automatically
        Guardrail,        // another guardrail refused the automatic run
        Failed,           // the automatic run could not start (a look-up failed, no restricted group)
    };

    QString id;
    Incident incident;
    Playbook playbook;
    QList<Candidate> candidates;
    // The exact candidate, when there is one; empty otherwise.
    QString suggestedUserId;
    Reason reason = Reason::PlaybookAsks;
    // In words, for the analyst.
    QString message;

    static QString reasonCode(Reason reason);
};

} // namespace cordon::core
