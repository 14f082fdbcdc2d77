#pragma once

#include "LabelledOrg.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace cordon::test
{

// How the identity matcher did on a labelled set, against an Okta org.
struct LabelledScore
{
    int total = 0;    // identities that are a person Okta has
    int top1 = 0;     // the right person ranked first
    int top3 = 0;     // the right person among the first three
    int provable = 0; // identities an attribute proves
    int provableAutoApproved = 0;
    int wrongAutoApprovals = 0;      // approved without an analyst, and not the right person
    int approved = 0;                // approved without an analyst, rightly or not
    int nonPeople = 0;               // identities that are no person in Okta
    int nonPeopleWithCandidates = 0; // never-matched principals that still got candidates
    QList<int> calls;                // Okta calls per identity
    QList<qint64> elapsedMs;         // per identity, from asking to the ranked candidates
    QStringList misses;              // "raw → expected, got …", for people reading a failure

    int medianCalls() const;
    qint64 medianElapsedMs() const;
};

// Runs every labelled identity through IdentityMatcher against the org at `org`, one after another.
// For tests and benchmarks only: it waits on a local event loop.
LabelledScore evaluateLabelled(const QUrl& org, const QString& token, const QList<LabelledIdentity>& identities);

} // namespace cordon::test
