#pragma once

#include "feed/Incident.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace cordon::gui
{

// Everything the feed said about one incident, and how Cordon read the endpoint's user.
class IncidentDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentDetailPane(QWidget* parent = nullptr);

    void setIncident(const core::Incident& incident);
    void clear();

    enum class ClaimAction
    {
        None, // no database to keep claims in
        Take,
        LetGo,
    };
    // Who holds the incident ("Held by …", or that nobody does) and what the button offers; Take is shown but
    // not enabled while another analyst holds it.
    void setHolder(const QString& text, ClaimAction action, bool enabled = true);

    static QString formText(core::EndpointIdentity::Form form);
    static QString principalClassText(core::EndpointIdentity::PrincipalClass principalClass);
    static QString matchPolicyText(core::EndpointIdentity::MatchPolicy policy);

signals:
    void takeRequested();
    void letGoRequested();

private:
    QLabel* addRow(QFormLayout* form, const QString& label, const QString& objectName);

    QLabel* m_titleLabel = nullptr;
    QLabel* m_severityLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_timesLabel = nullptr;
    QLabel* m_endpointLabel = nullptr;
    QLabel* m_userRawLabel = nullptr;
    QLabel* m_userParseLabel = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QLabel* m_consoleLinkLabel = nullptr;
    QWidget* m_body = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_holderLabel = nullptr;
    QPushButton* m_claimButton = nullptr;
    ClaimAction m_claimAction = ClaimAction::None;
};

} // namespace cordon::gui
