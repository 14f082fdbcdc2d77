#pragma once

#include "identity/Candidate.h"
#include "identity/EndpointIdentity.h"
#include "identity/MatchOptions.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace cordon::core
{

// The side-by-side comparison of an endpoint identity with its Okta candidates: one row per attribute,
// column 0 the identity's own value where it has one, then one column per candidate, best first. Each
// cell says whether it equals the identity's value, and which cells must be read before acting.
class CandidateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Attribute
    {
        // What the decision rests on first, so that a short screen shows it without scrolling.
        DisplayName,
        Login,
        Email,
        AdUsername,
        Department,
        Title,
        Status,
        LastLogin,
        AdminRoles,
        Reasons,
        Score,
        Groups,
        Manager,
        Created,
        AttributeCount,
    };
    Q_ENUM(Attribute)

    enum class Comparison
    {
        NotCompared, // the identity has no value for this attribute, or the cell is the identity's own
        Equal,
        Differs,
    };

    enum Role
    {
        ComparisonRole = Qt::UserRole + 1, // int(Comparison)
        LoudRole,                          // bool: admin roles held, or the account is DEPROVISIONED
        AttributeRole,                     // int(Attribute) of the row
        UserIdRole,                        // the candidate's Okta id; empty in column 0
    };

    static constexpr int DefaultVisibleCandidates = 3;

    explicit CandidateTableModel(QObject* parent = nullptr);

    // Clears the candidates; the options give the email domain implied by a NetBIOS domain.
    void setIdentity(const EndpointIdentity& identity, const MatchOptions& options = {});
    const EndpointIdentity& identity() const { return m_identity; }
    // Replaces the candidates; groups and roles are unknown again until set.
    void setCandidates(const QList<Candidate>& candidates);
    const QList<Candidate>& candidates() const { return m_candidates; }
    void clear();

    // How many candidates get a column; the rest are kept for when more are asked for.
    void setVisibleCandidateCount(int count);
    int visibleCandidateCount() const;

    // The candidate shown in a column (1..N); nullptr for column 0 or out of range.
    const Candidate* candidateAt(int column) const;
    // The column of an Okta user, -1 when not shown.
    int columnOf(const QString& userId) const;

    void setGroups(const QString& userId, const QStringList& groups);
    void setRoles(const QString& userId, const QStringList& roles);
    void setGroupsFailed(const QString& userId, const QString& message);
    void setRolesFailed(const QString& userId, const QString& message);
    // Whether the user's admin roles have been read, and which they are.
    bool rolesKnown(const QString& userId) const;
    QStringList roles(const QString& userId) const;

    // The identity's value for an attribute, as column 0 shows it; empty when the identity has none.
    QString identityValue(Attribute attribute) const;
    // Case and diacritics folded, so that "Müller" and "muller" compare equal.
    static QString folded(const QString& text);
    static QString attributeName(Attribute attribute);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // Only candidate columns can be selected: the identity's column is there to compare with.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Extra
    {
        bool loaded = false;
        QStringList values;
        QString error;
    };

    QString candidateValue(const Candidate& candidate, Attribute attribute) const;
    Comparison compare(const Candidate& candidate, Attribute attribute) const;
    bool isLoud(const Candidate& candidate, Attribute attribute) const;
    void setExtra(QHash<QString, Extra>& extras, const QString& userId, Extra extra, Attribute attribute);

    EndpointIdentity m_identity;
    MatchOptions m_options;
    QList<Candidate> m_candidates;
    int m_visible = DefaultVisibleCandidates;
    QHash<QString, Extra> m_groups;
    QHash<QString, Extra> m_roles;
};

} // namespace cordon::core
