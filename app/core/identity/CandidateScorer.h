#pragma once

#include "identity/Candidate.h"
#include "identity/EndpointIdentity.h"
#include "identity/MatchOptions.h"
#include "identity/RememberedDecisions.h"

#include <QList>

namespace cordon::core
{

// Ranks Okta users against an endpoint identity, best first, and explains each score. Pure: no I/O.
class CandidateScorer
{
public:
    static Candidate score(const EndpointIdentity& identity,
                           const OktaUser& user,
                           const MatchOptions& options,
                           const RememberedDecisions& decisions = {});
    // Scores, drops users with no reason at all, and orders: remembered and exact first, then by score;
    // DEPROVISIONED users after every other.
    static QList<Candidate> rank(const EndpointIdentity& identity,
                                 const QList<OktaUser>& users,
                                 const MatchOptions& options,
                                 const RememberedDecisions& decisions = {});
    // The one candidate that may be approved without an analyst: the only exact one, not deprovisioned,
    // not rejected, for a human principal. Empty otherwise.
    static QString autoApprove(const EndpointIdentity& identity, const QList<Candidate>& candidates);
};

} // namespace cordon::core
