#include "ActionPane.h"

#include "feed/IncidentTableModel.h"

#include <QLabel>
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
    layout->addStretch(1);
    clear();
}

void ActionPane::clear()
{
    m_incidentId.clear();
    m_targetLabel->setText(tr("No incident selected."));
    m_statusLabel->clear();
}

void ActionPane::setIncident(const core::Incident& incident)
{
    m_incidentId = incident.id;
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
    m_statusLabel->setText(core::IncidentTableModel::isOpen(incident.state)
                               ? tr("The incident is open. Confirm the Okta user first.")
                               : tr("The incident is closed: release the user if they were contained."));
}

} // namespace cordon::gui
