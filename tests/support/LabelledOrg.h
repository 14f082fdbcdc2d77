#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cordon::test
{

// An endpoint identity and the Okta login it belongs to, as an analyst would label it.
struct LabelledIdentity
{
    QString raw;
    // The right person's login; empty when no Okta user is the person (a system account, a stranger).
    QString expectedLogin;
    // Whether the identity alone proves who it is (an AD username or UPN equal to an attribute).
    bool provable = false;
};

// A generated Okta directory of a few thousand people with the hard cases of identity matching:
// look-alike names, shared first names, deprovisioned twins, German transliterations, AD and non-AD
// users; and a labelled set of endpoint identities over it. Deterministic for a given seed.
class LabelledOrg
{
public:
    explicit LabelledOrg(int people = 3000, quint32 seed = 20261129);

    // The directory file cordon-okta-sim loads (docs/simulator.md §Directory file), with the demo token acting as an
    // org admin.
    QJsonObject directory() const { return m_directory; }
    QList<LabelledIdentity> identities() const { return m_identities; }

    static QString token() { return QStringLiteral("labelled-org-admin-token"); }

private:
    QJsonObject m_directory;
    QList<LabelledIdentity> m_identities;
};

} // namespace cordon::test
