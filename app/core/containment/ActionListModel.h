#pragma once

#include "ActionResult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace cordon::core
{

// The actions of the analyst's current run, one row each, with the state each is in: queued, sent, done,
// already, failed (with Okta's code, summary and request id), skipped or planned. Rows are keyed by the
// action, so that a retry of one action updates its own row.
class ActionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ActionColumn,
        StateColumn,
        OktaColumn,
        RetryColumn,
        ColumnCount,
    };

    enum Role
    {
        OutcomeRole = Qt::UserRole + 1, // ActionResult::Outcome as int
        CallRole,                       // "METHOD /path"
        RequestIdRole,
        ErrorCodeRole,
        RetryableRole, // a failed action the analyst may send again
    };

    explicit ActionListModel(QObject* parent = nullptr);

    // Replaces the rows: a new run for the named user.
    void setResults(const QString& userLogin, const QList<ActionResult>& results);
    // Updates the row of that action, or appends one.
    void updateResult(const ActionResult& result);
    // The groups' names at Okta, by the name or id the actions give: an action given a group's Okta id is
    // labelled with its name. Kept until clear().
    void setGroupNames(const QHash<QString, QString>& names);
    void clear();

    QString userLogin() const { return m_userLogin; }
    const QList<ActionResult>& results() const { return m_results; }
    const ActionResult& result(int row) const { return m_results.at(row); }
    int rowOf(const ContainmentAction& action) const;

    // "Suspend", "Add to group Limited Data Access", for people; the group by groupName when one is given.
    static QString actionLabel(const ContainmentAction& action, const QString& groupName = {});
    // "done", "already (nothing to change)", "FAILED", for people.
    static QString outcomeLabel(ActionResult::Outcome outcome);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString oktaText(const ActionResult& result) const;

    QString m_userLogin;
    QList<ActionResult> m_results;
    QHash<QString, QString> m_groupNames;
};

} // namespace cordon::core
