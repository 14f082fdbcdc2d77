#include "ActionPane.h"

#include "ContainmentWidget.h"
#include "TimelineView.h"
#include "feed/IncidentTableModel.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cordon::gui
{

ActionPane::ActionPane(QWidget* parent) : QGroupBox(tr("Containment"), parent)
{
    setObjectName(QStringLiteral("actionPane"));
    setAccessibleName(tr("Containment"));
    auto* layout = new QVBoxLayout(this);
    m_targetLabel = new QLabel(this);
    m_targetLabel->setObjectName(QStringLiteral("actionTargetLabel"));
    m_targetLabel->setWordWrap(true);
    m_targetLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_targetLabel);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("actionStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setEnabled(false);
    layout->addWidget(m_statusLabel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("actionTabWidget"));
    m_containment = new ContainmentWidget(m_tabs);
    m_timeline = new TimelineView(m_tabs);
    m_tabs->addTab(m_containment, tr("Actions"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    layout->addWidget(m_tabs, 1);
    connect(m_containment, &ContainmentWidget::auditChanged, m_timeline, &TimelineView::refresh);
    clear();
}

void ActionPane::setBackend(core::OktaClient* client, core::Database* database, core::AppSettings* settings)
{
    m_containment->setBackend(client, database, settings);
    m_timeline->setDatabase(database);
}

void ActionPane::clear()
{
    m_incidentId.clear();
    m_targetLabel->setText(tr("No incident selected."));
    m_statusLabel->clear();
    m_containment->clearTarget();
    m_timeline->clear();
}

void ActionPane::setConfirmedUser(const QString& incidentId, const core::OktaUser& user)
{
    if (incidentId != m_incidentId) {
        return;
    }
    m_containment->setTarget(incidentId, user);
    m_statusLabel->clear();
    m_timeline->refresh(incidentId);
}

void ActionPane::setIncident(const core::Incident& incident)
{
    if (incident.id != m_incidentId) {
        m_containment->clearTarget();
    }
    m_incidentId = incident.id;
    m_timeline->setIncident(incident);
    if (!incident.user.matchable()) {
        m_targetLabel->setText(tr("Nothing to contain in Okta for this incident."));
        m_statusLabel->clear();
        return;
    }
    m_targetLabel->setText(tr("Contain the Okta user behind <tt>%1</tt> on %2: clear sessions and tokens, suspend, "
                              "move to the restricted group. Release them after remediation.")
                               .arg(incident.user.raw.toHtmlEscaped(), incident.hostname.isEmpty()
                                                                           ? tr("an unnamed endpoint")
                                                                           : incident.hostname.toHtmlEscaped()));
    if (!m_containment->target().id.isEmpty()) {
        m_statusLabel->clear();
        return;
    }
    m_statusLabel->setText(core::IncidentTableModel::isOpen(incident.state)
                               ? tr("The incident is open. Confirm the Okta user first.")
                               : tr("The incident is closed: release the user if they were contained."));
}

} // namespace cordon::gui
