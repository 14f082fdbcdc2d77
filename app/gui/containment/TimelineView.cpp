#include "gui/containment/TimelineView.h"

#include "containment/TimelineModel.h"
#include "gui/desktop/StatusColors.h"
#include "store/AuditLog.h"
#include "store/IdentityLinkStore.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace cordon::gui
{

namespace
{

// Failed actions and refusals stand out from the rest of the history.
class TimelineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(core::TimelineModel::FailedRole).toBool()) {
            option->palette.setColor(QPalette::Text, statusColor(Status::Bad, option->palette));
            option->font.setBold(true);
        }
    }
};

} // namespace

TimelineView::TimelineView(QWidget* parent) : QWidget(parent), m_model(new core::TimelineModel(this))
{
    setObjectName(QStringLiteral("timelineView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("timelineTitleLabel"));
    layout->addWidget(m_titleLabel);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("timelineTableView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(core::TimelineModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(core::TimelineModel::EventColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(core::TimelineModel::DetailColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Incident timeline"));
    layout->addWidget(m_view, 1);
    clear();
}

TimelineView::~TimelineView() = default;

void TimelineView::setSources(const core::AuditLog* audit, const core::IdentityLinkStore* links)
{
    m_audit = audit;
    m_links = links;
    refresh();
}

void TimelineView::setIncident(const core::Incident& incident)
{
    m_incident = incident;
    m_titleLabel->setText(tr("Timeline of %1").arg(incident.title.isEmpty() ? incident.id : incident.title));
    refresh();
}

void TimelineView::clear()
{
    m_incident = {};
    m_titleLabel->setText(tr("No incident selected."));
    m_model->clear();
}

void TimelineView::refresh(const QString& incidentId)
{
    if (m_incident.id.isEmpty() || (!incidentId.isEmpty() && incidentId != m_incident.id)) {
        return;
    }
    core::TimelineIncident times{m_incident.id, m_incident.detectedAt, m_incident.reportedAt, m_incident.acknowledgedAt,
                                 m_incident.remediatedAt};
    core::AuditFilter filter;
    filter.incidentId = m_incident.id;
    m_model->setSources(times, m_audit ? m_audit->entries(filter) : QList<core::AuditEntry>{},
                        m_links ? m_links->all() : QList<core::IdentityLink>{});
}

} // namespace cordon::gui
