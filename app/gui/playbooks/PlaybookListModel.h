#pragma once

#include "playbooks/Playbook.h"

#include <QAbstractTableModel>
#include <QList>

namespace cordon::gui
{

// The playbooks being edited, one row each: name, trigger and mode. A disabled playbook is greyed.
class PlaybookListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TriggerColumn,
        ModeColumn,
        ColumnCount,
    };

    explicit PlaybookListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<core::Playbook>& playbooks() const { return m_playbooks; }
    void setPlaybooks(const QList<core::Playbook>& playbooks);
    const core::Playbook& playbook(int row) const { return m_playbooks.at(row); }
    void setPlaybook(int row, const core::Playbook& playbook);
    // Returns the new row.
    int append(const core::Playbook& playbook);
    void remove(int row);

    static QString triggerText(core::Playbook::Trigger trigger);
    static QString modeText(core::Playbook::Mode mode);

private:
    QList<core::Playbook> m_playbooks;
};

} // namespace cordon::gui
