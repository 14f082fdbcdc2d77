#pragma once

#include <QByteArray>
#include <QSortFilterProxyModel>

namespace cordon::core
{
class IncidentTableModel;
}

namespace cordon::gui
{

class TeamClaims;

// Sorting and filtering over IncidentTableModel. The default order (severity column, descending) puts
// open incidents first, then the most severe, then the newest: the incident that needs the analyst now
// is on the first row. Any other column sorts with that order as the tie-breaker. The filter matches a
// case-insensitive substring in any column.
class IncidentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Role
    {
        // Who holds the incident ("bob"), on every column; empty when nobody does. The title's tooltip says
        // where and since when.
        HolderRole = Qt::UserRole + 100,
    };

    explicit IncidentFilterModel(QObject* parent = nullptr);

    // Where the holders come from (not owned); the list follows its changes.
    void setClaims(const TeamClaims* claims);

    void setFilterText(const QString& text);
    // Back to open first, most severe, newest.
    void sortByPriority();

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool priorityLess(const QModelIndex& left, const QModelIndex& right) const;

    const TeamClaims* m_claims = nullptr;
    QString m_needle;        // the filter text, lower case
    QByteArray m_needleUtf8; // the same in UTF-8, as the model's search text is
    // The source when it is the incident list: sorting and filtering then read its rows directly.
    const core::IncidentTableModel* m_incidents = nullptr;
};

} // namespace cordon::gui
