#pragma once

#include <QJsonObject>
#include <QString>

namespace cordon::core
{

// One protected account as the analyst wrote it and, once resolved at Okta, the user it names. The
// guardrail compares a resolved entry by Okta id; an unresolved one (written before entries were
// resolved, or saved while Okta could not be asked) by its text, against the user's login, email,
// short login and AD username.
struct ProtectedAccount
{
    QString entry; // as written: an id, login, short login, email or AD username
    QString userId;
    QString login;
    QString name;
    QString email;

    bool isResolved() const { return !userId.isEmpty(); }
    // What the guardrail compares: the Okta id once resolved, else the entry's text.
    QString key() const { return isResolved() ? userId : entry; }
    // "jdoe → Jane Doe <jane.doe@example.com> (00u…)", or the entry marked unresolved.
    QString describe() const;

    QJsonObject toJson() const;
    static ProtectedAccount fromJson(const QJsonObject& object);
};

} // namespace cordon::core
