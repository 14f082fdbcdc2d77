#pragma once

#include "feed/Incident.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace cordon::core
{
class AuditLog;
class IdentityLinkStore;
class TimelineModel;
} // namespace cordon::core

namespace cordon::gui
{

// What happened to one incident, in order: detected, matched (by whom), each Okta action and its outcome,
// remediated, released.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    // Where the audit entries and identity links are read from (the workspace's); not owned, either may be null.
    void setSources(const core::AuditLog* audit, const core::IdentityLinkStore* links);
    void setIncident(const core::Incident& incident);
    void clear();
    core::TimelineModel* model() const { return m_model; }

public Q_SLOTS:
    // Reads the incident's audit entries and links again; other incidents are ignored.
    void refresh(const QString& incidentId = {});

private:
    core::TimelineModel* m_model = nullptr;
    const core::AuditLog* m_audit = nullptr;
    const core::IdentityLinkStore* m_links = nullptr;
    core::Incident m_incident;
    QLabel* m_titleLabel = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace cordon::gui
