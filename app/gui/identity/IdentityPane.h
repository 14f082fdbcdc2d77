#pragma once

#include "feed/Incident.h"
#include "identity/MatchOptions.h"
#include "okta/OktaUser.h"

#include <QGroupBox>
#include <QStringList>

class QLabel;
class QVBoxLayout;

namespace cordon::core
{
class IdentityLinkStore;
class OktaClient;
} // namespace cordon::core

namespace cordon::gui
{

class CandidateComparisonView;

// The Okta identity behind the selected incident's endpoint user: which user is looked for and, once
// resolved, the ranked candidates the analyst chooses from.
class IdentityPane : public QGroupBox
{
    Q_OBJECT

public:
    explicit IdentityPane(QWidget* parent = nullptr);

    // Connects the pane to Okta and to the remembered links (links may be null): from then on the
    // candidates of each incident are searched for and shown side by side. Until then the pane only
    // says which user would be looked up.
    void setOkta(core::OktaClient* client, core::IdentityLinkStore* links, const core::MatchOptions& options = {});
    CandidateComparisonView* comparisonView() const { return m_view; }

    void setIncident(const core::Incident& incident);
    void clear();
    QString incidentId() const { return m_incidentId; }

signals:
    void identityConfirmed(const QString& incidentId, const cordon::core::OktaUser& user);
    void identityRejected(const QString& incidentId, const QStringList& oktaUserIds);

private:
    QString m_incidentId;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_lookupLabel = nullptr;
    QLabel* m_candidatesLabel = nullptr;
    CandidateComparisonView* m_view = nullptr;
};

} // namespace cordon::gui
