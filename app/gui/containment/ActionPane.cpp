#include "gui/containment/ActionPane.h"

#include "feed/IncidentTableModel.h"
#include "gui/containment/ContainmentWidget.h"
#include "gui/containment/TimelineView.h"
#include "gui/desktop/StatusColors.h"
#include "workspace/Workspace.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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

    m_approvalFrame = new QFrame(this);
    m_approvalFrame->setObjectName(QStringLiteral("approvalFrame"));
    m_approvalFrame->setFrameShape(QFrame::StyledPanel);
    m_approvalFrame->setStyleSheet(
        QStringLiteral("#approvalFrame { background: %1; border: 1px solid %2; border-radius: 3px; }"
                       "#approvalFrame QLabel { color: %2; }")
            .arg(noticeBackground(Status::Warning, palette()).name(), noticeText(Status::Warning, palette()).name()));
    auto* approvalLayout = new QHBoxLayout(m_approvalFrame);
    m_approvalLabel = new QLabel(m_approvalFrame);
    m_approvalLabel->setObjectName(QStringLiteral("approvalLabel"));
    m_approvalLabel->setWordWrap(true);
    approvalLayout->addWidget(m_approvalLabel, 1);
    m_reviewButton = new QPushButton(tr("Re&view…"), m_approvalFrame);
    m_reviewButton->setObjectName(QStringLiteral("reviewApprovalButton"));
    m_reviewButton->setAccessibleName(tr("Review the waiting playbook"));
    approvalLayout->addWidget(m_reviewButton);
    auto* dismiss = new QPushButton(tr("Dis&miss"), m_approvalFrame);
    dismiss->setObjectName(QStringLiteral("dismissApprovalButton"));
    dismiss->setAccessibleName(tr("Dismiss the waiting playbook"));
    approvalLayout->addWidget(dismiss);
    layout->addWidget(m_approvalFrame);
    m_approvalFrame->setVisible(false);
    connect(m_reviewButton, &QPushButton::clicked, this, [this] {
        if (!m_pending || m_containment->target().id.isEmpty()) {
            return;
        }
        const QString pendingId = m_pending->id;
        m_containment->runPlaybook(m_pending->playbook);
        emit approvalReviewed(pendingId);
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        if (m_pending) {
            const QString pendingId = m_pending->id;
            setPendingApproval(std::nullopt);
            emit approvalDismissed(pendingId);
        }
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("actionTabWidget"));
    m_containment = new ContainmentWidget(m_tabs);
    m_timeline = new TimelineView(m_tabs);
    m_tabs->addTab(m_containment, tr("Actions"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    layout->addWidget(m_tabs, 1);
    clear();
}

void ActionPane::setWorkspace(core::Workspace* workspace)
{
    m_containment->setWorkspace(workspace);
    m_timeline->setSources(workspace ? workspace->audit() : nullptr, workspace ? workspace->links() : nullptr);
    if (workspace) {
        // Whoever wrote to the audit log (a click, a playbook), the timeline shows it.
        connect(workspace, &core::Workspace::auditWritten, m_timeline, &TimelineView::refresh, Qt::UniqueConnection);
    }
}

void ActionPane::clear()
{
    m_incidentId.clear();
    updateApproval();
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
    updateApproval();
    m_timeline->refresh(incidentId);
}

void ActionPane::setPendingApproval(const std::optional<core::PendingApproval>& pending)
{
    m_pending = pending;
    updateApproval();
}

void ActionPane::updateApproval()
{
    if (!m_pending || m_pending->incident.id != m_incidentId) {
        m_approvalFrame->setVisible(false);
        return;
    }
    const bool confirmed = !m_containment->target().id.isEmpty();
    QString text = tr("Playbook <b>%1</b> waits for your approval: %2.")
                       .arg(m_pending->playbook.name.toHtmlEscaped(), m_pending->message.toHtmlEscaped());
    if (!confirmed) {
        text += QLatin1Char(' ') + tr("Confirm the Okta user first, then review it.");
    }
    m_approvalLabel->setText(text);
    m_reviewButton->setEnabled(confirmed);
    m_approvalFrame->setVisible(true);
}

void ActionPane::setIncident(const core::Incident& incident)
{
    if (incident.id != m_incidentId) {
        m_containment->clearTarget();
    }
    m_incidentId = incident.id;
    m_containment->setIncidentDetails(incident.detectedAt, incident.title);
    updateApproval();
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
