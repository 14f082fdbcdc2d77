#pragma once

#include "okta/OktaUser.h"

#include <QJsonObject>
#include <QStringList>

namespace cordon::core
{

// One Okta user that may be the person behind an endpoint identity, with why.
struct Candidate
{
    enum class Confidence
    {
        Weak,
        Strong,
        // An equality on a unique attribute (AD username, login, UPN, email, SID) or an analyst's confirmation.
        Exact,
    };

    OktaUser user;
    double score = 0.0;
    Confidence confidence = Confidence::Weak;
    // In words a person can read: "samAccountName equals 'jmueller'".
    QStringList reasons;
    bool remembered = false; // an analyst confirmed this link before
    bool rejected = false;   // an analyst said this is not the person

    static QString confidenceName(Confidence confidence);
    // A candidate's shape in `cordonctl match --json`.
    QJsonObject toJson() const;
};

} // namespace cordon::core
