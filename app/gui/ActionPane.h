#pragma once

#include "feed/Incident.h"

#include <QGroupBox>

class QLabel;

namespace cordon::gui
{

// What can be done to the identity behind the selected incident (contain, release) and what was done.
class ActionPane : public QGroupBox
{
    Q_OBJECT

public:
    explicit ActionPane(QWidget* parent = nullptr);

    void setIncident(const core::Incident& incident);
    void clear();
    QString incidentId() const { return m_incidentId; }

private:
    QString m_incidentId;
    QLabel* m_targetLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
};

} // namespace cordon::gui
