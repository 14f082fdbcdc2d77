#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cordon::core
{

// One line of the audit log: who did what to which Okta user, and what Okta answered.
struct AuditEntry
{
    qint64 seq = 0;
    QString id; // a UUID, quoted in cordonctl's results
    QDateTime time;
    QString analyst; // the OS account
    QString machine; // the host name
    QString incidentId;
    QString oktaUserId;
    QString oktaLogin;
    QString action;
    QString outcome;
    int httpStatus = 0;
    QString requestId; // X-Okta-Request-Id
    QString errorCode;
    QString errorSummary;
    QString detail;
    QString prevHash;
    QString hash;
    // HMAC-SHA256 with the log's key (AuditSeal) over the canonical form, and over id and seq alone; empty
    // for an entry written unkeyed. Not exported: without the key they prove nothing to a reader.
    QString mac;
    QString placeMac;

    QJsonObject toJson() const;
};

} // namespace cordon::core
