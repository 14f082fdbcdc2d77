#pragma once

#include "feed/Incident.h"
#include "okta/OktaUser.h"
#include "playbooks/PendingApproval.h"

#include <QGroupBox>

#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QTabWidget;

namespace cordon::core
{
class Workspace;
} // namespace cordon::core

namespace cordon::gui
{

class ContainmentWidget;
class TimelineView;

// What can be done to the identity behind the selected incident (contain, release) and what was done.
class ActionPane : public QGroupBox
{
    Q_OBJECT

public:
    explicit ActionPane(QWidget* parent = nullptr);

    void setIncident(const core::Incident& incident);
    void clear();
    QString incidentId() const { return m_incidentId; }

    // What containment and the timeline use; not owned.
    void setWorkspace(core::Workspace* workspace);
    ContainmentWidget* containment() const { return m_containment; }
    // A playbook waiting for the analyst on the shown incident; none hides the bar.
    void setPendingApproval(const std::optional<core::PendingApproval>& pending);
    QString pendingApprovalId() const { return m_pending ? m_pending->id : QString(); }
    TimelineView* timeline() const { return m_timeline; }

signals:
    // The analyst answered the waiting playbook: Review runs it through the usual dry run and confirmation.
    void approvalReviewed(const QString& pendingId);
    void approvalDismissed(const QString& pendingId);

public slots:
    // The analyst confirmed the Okta user behind an incident; ignored unless it is the one shown.
    void setConfirmedUser(const QString& incidentId, const cordon::core::OktaUser& user);

private:
    QString m_incidentId;
    QLabel* m_targetLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    ContainmentWidget* m_containment = nullptr;
    TimelineView* m_timeline = nullptr;
    QFrame* m_approvalFrame = nullptr;
    QLabel* m_approvalLabel = nullptr;
    QPushButton* m_reviewButton = nullptr;
    std::optional<core::PendingApproval> m_pending;

    void updateApproval();
};

} // namespace cordon::gui
