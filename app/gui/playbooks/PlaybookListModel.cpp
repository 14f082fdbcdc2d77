#include "gui/playbooks/PlaybookListModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace cordon::gui
{

using core::Playbook;

PlaybookListModel::PlaybookListModel(QObject* parent) : QAbstractTableModel(parent) {}

int PlaybookListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_playbooks.size());
}

int PlaybookListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaybookListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Playbook& playbook = m_playbooks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return playbook.name;
        case TriggerColumn:
            return triggerText(playbook.trigger);
        case ModeColumn:
            // A manual playbook runs when the analyst starts it: it has nothing to ask.
            return playbook.trigger == Playbook::Trigger::Manual ? QVariant() : QVariant(modeText(playbook.mode));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            return playbook.enabled ? playbook.name : tr("%1\nDisabled: this playbook never runs").arg(playbook.name);
        }
        [[fallthrough]];
    case Qt::AccessibleDescriptionRole:
        return playbook.enabled ? QVariant() : QVariant(tr("Disabled: this playbook never runs"));
    case Qt::ForegroundRole:
        if (!playbook.enabled) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case Qt::FontRole:
        if (!playbook.enabled) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant PlaybookListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Playbook");
    case TriggerColumn:
        return tr("Runs");
    case ModeColumn:
        return tr("Mode");
    }
    return {};
}

void PlaybookListModel::setPlaybooks(const QList<Playbook>& playbooks)
{
    beginResetModel();
    m_playbooks = playbooks;
    endResetModel();
}

void PlaybookListModel::setPlaybook(int row, const Playbook& playbook)
{
    if (row < 0 || row >= m_playbooks.size() || m_playbooks.at(row) == playbook) {
        return;
    }
    m_playbooks[row] = playbook;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int PlaybookListModel::append(const Playbook& playbook)
{
    const int row = int(m_playbooks.size());
    beginInsertRows({}, row, row);
    m_playbooks << playbook;
    endInsertRows();
    return row;
}

void PlaybookListModel::remove(int row)
{
    if (row < 0 || row >= m_playbooks.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_playbooks.removeAt(row);
    endRemoveRows();
}

QString PlaybookListModel::triggerText(Playbook::Trigger trigger)
{
    switch (trigger) {
    case Playbook::Trigger::Manual:
        return tr("Manually");
    case Playbook::Trigger::ThreatIdentified:
        return tr("Threat identified");
    case Playbook::Trigger::ThreatRemediated:
        return tr("Threat remediated");
    }
    return {};
}

QString PlaybookListModel::modeText(Playbook::Mode mode)
{
    return mode == Playbook::Mode::Automatic ? tr("Automatic") : tr("Ask");
}

} // namespace cordon::gui
