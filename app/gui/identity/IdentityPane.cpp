#include "gui/identity/IdentityPane.h"

#include "gui/identity/CandidateComparisonView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cordon::gui
{

using core::EndpointIdentity;

IdentityPane::IdentityPane(QWidget* parent) : QGroupBox(tr("Okta identity"), parent)
{
    setObjectName(QStringLiteral("identityPane"));
    setAccessibleName(tr("Okta identity"));
    m_layout = new QVBoxLayout(this);
    auto* layout = m_layout;
    m_lookupLabel = new QLabel(this);
    m_lookupLabel->setObjectName(QStringLiteral("identityLookupLabel"));
    m_lookupLabel->setWordWrap(true);
    m_lookupLabel->setTextFormat(Qt::RichText);
    m_lookupLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_lookupLabel);
    m_candidatesLabel = new QLabel(this);
    m_candidatesLabel->setObjectName(QStringLiteral("identityCandidatesLabel"));
    m_candidatesLabel->setWordWrap(true);
    m_candidatesLabel->setEnabled(false);
    layout->addWidget(m_candidatesLabel);
    layout->addStretch(1);
    clear();
}

void IdentityPane::setOkta(core::OktaClient* client, core::IdentityLinkStore* links, const core::MatchOptions& options)
{
    if (m_view) {
        m_view->setMatchOptions(options);
        return;
    }
    m_view = new CandidateComparisonView(client, links, this);
    m_view->setMatchOptions(options);
    // The view says who is looked up and shows the candidates, so the labels give way to it.
    m_lookupLabel->hide();
    m_candidatesLabel->hide();
    delete m_layout->takeAt(m_layout->count() - 1);
    m_layout->addWidget(m_view, 1);
    connect(m_view, &CandidateComparisonView::identityConfirmed, this, &IdentityPane::identityConfirmed);
    connect(m_view, &CandidateComparisonView::identityRejected, this, &IdentityPane::identityRejected);
}

void IdentityPane::clear()
{
    m_incidentId.clear();
    m_lookupLabel->setText(tr("No incident selected."));
    m_candidatesLabel->clear();
    if (m_view) {
        m_view->clear();
    }
}

void IdentityPane::setIncident(const core::Incident& incident)
{
    m_incidentId = incident.id;
    if (m_view) {
        m_view->setIncident(incident);
    }
    const EndpointIdentity& user = incident.user;
    if (user.raw.isEmpty()) {
        m_lookupLabel->setText(tr("The feed names no user for this incident: there is no Okta identity to look up."));
        m_candidatesLabel->clear();
        return;
    }
    const QString who = QStringLiteral("<tt>%1</tt>").arg(user.raw.toHtmlEscaped());
    if (!user.matchable()) {
        m_lookupLabel->setText(
            tr("%1 is not a person's account (%2): Cordon does not look it up in Okta.")
                .arg(who, user.reason.isEmpty() ? tr("never matched") : user.reason.toHtmlEscaped()));
        m_candidatesLabel->clear();
        return;
    }
    QStringList keys;
    if (!user.sid.isEmpty()) {
        keys << tr("objectSid %1").arg(user.sid.toHtmlEscaped());
    }
    if (!user.upn.isEmpty()) {
        keys << tr("login or UPN %1").arg(user.upn.toHtmlEscaped());
    }
    if (!user.username.isEmpty()) {
        keys << tr("samAccountName %1").arg(user.username.toHtmlEscaped());
    }
    m_lookupLabel->setText(
        tr("Okta user for %1, looked up by %2.").arg(who, keys.isEmpty() ? tr("name") : keys.join(tr(", then "))));
    m_candidatesLabel->setText(user.matchPolicy == EndpointIdentity::MatchPolicy::Auto
                                   ? tr("Candidates are listed here, best first; a single exact match is chosen.")
                                   : tr("Candidates are listed here, best first; an analyst confirms the match."));
}

} // namespace cordon::gui
