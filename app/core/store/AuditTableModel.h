#pragma once

#include "store/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace cordon::core
{

// The audit log as a table, one entry a row, oldest first.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeqColumn,
        TimeColumn,
        AnalystColumn,
        IncidentColumn,
        UserColumn,
        ActionColumn,
        OutcomeColumn,
        HttpColumn,
        RequestIdColumn,
        ErrorColumn,
        DetailColumn,
        ColumnCount,
    };

    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        FailedRole,
    };

    explicit AuditTableModel(QObject* parent = nullptr);

    void setEntries(const QList<AuditEntry>& entries);
    const QList<AuditEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace cordon::core
