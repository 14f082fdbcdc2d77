#pragma once

#include "feed/Incident.h"

#include <QGroupBox>

class QLabel;

namespace cordon::gui
{

// The Okta identity behind the selected incident's endpoint user: which user is looked for and, once
// resolved, the ranked candidates the analyst chooses from.
class IdentityPane : public QGroupBox
{
    Q_OBJECT

public:
    explicit IdentityPane(QWidget* parent = nullptr);

    void setIncident(const core::Incident& incident);
    void clear();
    QString incidentId() const { return m_incidentId; }

private:
    QString m_incidentId;
    QLabel* m_lookupLabel = nullptr;
    QLabel* m_candidatesLabel = nullptr;
};

} // namespace cordon::gui
