#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cordon::core
{

// One MFA factor a user enrolled (GET /api/v1/users/{id}/factors): its id, type (sms, push, webauthn,
// token:software:totp, ...), provider, status and when it was enrolled.
struct OktaFactor
{
    QString id;
    QString factorType;
    QString provider;
    QString status;
    QDateTime created;

    // Empty when the object has no id, or no enrolment time Cordon can compare with: such a factor is never
    // taken for a recent one.
    static std::optional<OktaFactor> fromJson(const QJsonObject& object);
    // "push (OKTA), enrolled 2026-12-01T09:31:00Z, id ufs1…": for the audit and the analyst.
    QString describe() const;
};

} // namespace cordon::core
