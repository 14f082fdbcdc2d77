#include "gui/incidents/IncidentDetailPane.h"

#include "feed/IncidentTableModel.h"
#include "gui/desktop/Appearance.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cordon::gui
{

using core::EndpointIdentity;
using core::Incident;

namespace
{

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text.toHtmlEscaped();
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")) : QString();
}

} // namespace

IncidentDetailPane::IncidentDetailPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("incidentDetailPane"));
    setAccessibleName(tr("Incident details"));
    setFocusPolicy(Qt::StrongFocus);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("Incident"), this);
    heading->setObjectName(QStringLiteral("detailHeadingLabel"));
    heading->setStyleSheet(QStringLiteral("font-weight: bold;"));
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(heading);
    m_holderLabel = new QLabel(this);
    m_holderLabel->setObjectName(QStringLiteral("holderLabel"));
    m_holderLabel->setAccessibleName(tr("Who holds the incident"));
    m_holderLabel->setWordWrap(true);
    m_holderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headingRow->addWidget(m_holderLabel, 1);
    m_claimButton = new QPushButton(this);
    m_claimButton->setObjectName(QStringLiteral("claimButton"));
    connect(m_claimButton, &QPushButton::clicked, this, [this] {
        if (m_claimAction == ClaimAction::Take) {
            emit takeRequested();
        } else if (m_claimAction == ClaimAction::LetGo) {
            emit letGoRequested();
        }
    });
    headingRow->addWidget(m_claimButton);
    outer->addLayout(headingRow);

    m_emptyLabel = new QLabel(tr("Select an incident in the list to see its details."), this);
    m_emptyLabel->setObjectName(QStringLiteral("detailEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    outer->addWidget(m_emptyLabel);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_body = new QWidget(scroll);
    auto* form = new QFormLayout(m_body);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);

    m_titleLabel = addRow(form, tr("Title"), QStringLiteral("detailTitleLabel"));
    Appearance::emphasize(m_titleLabel, 1.2);
    m_severityLabel = addRow(form, tr("Severity"), QStringLiteral("detailSeverityLabel"));
    m_stateLabel = addRow(form, tr("State"), QStringLiteral("detailStateLabel"));
    m_summaryLabel = addRow(form, tr("Summary"), QStringLiteral("detailSummaryLabel"));
    m_timesLabel = addRow(form, tr("Times"), QStringLiteral("detailTimesLabel"));
    m_endpointLabel = addRow(form, tr("Endpoint"), QStringLiteral("detailEndpointLabel"));
    m_userRawLabel = addRow(form, tr("Endpoint user"), QStringLiteral("detailUserRawLabel"));
    m_userParseLabel = addRow(form, tr("Read as"), QStringLiteral("detailUserParseLabel"));
    m_sourceLabel = addRow(form, tr("Source"), QStringLiteral("detailSourceLabel"));
    m_consoleLinkLabel = addRow(form, tr("Console"), QStringLiteral("detailConsoleLinkLabel"));
    m_consoleLinkLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_consoleLinkLabel->setOpenExternalLinks(true);
    m_consoleLinkLabel->setAccessibleName(tr("Open the incident in the source console"));

    scroll->setWidget(m_body);
    outer->addWidget(scroll, 1);
    clear();
}

QLabel* IncidentDetailPane::addRow(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* value = new QLabel(m_body);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::RichText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    auto* caption = new QLabel(label, m_body);
    caption->setBuddy(value);
    form->addRow(caption, value);
    return value;
}

void IncidentDetailPane::setHolder(const QString& text, ClaimAction action, bool enabled)
{
    m_claimAction = action;
    m_holderLabel->setText(text);
    m_holderLabel->setVisible(!text.isEmpty());
    m_claimButton->setVisible(action != ClaimAction::None);
    m_claimButton->setEnabled(enabled);
    m_claimButton->setText(action == ClaimAction::LetGo ? tr("Let go") : tr("Take"));
    m_claimButton->setAccessibleName(action == ClaimAction::LetGo ? tr("Let go of the incident")
                                                                  : tr("Take the incident"));
}

void IncidentDetailPane::clear()
{
    setHolder({}, ClaimAction::None);
    m_body->setVisible(false);
    m_emptyLabel->setVisible(true);
    for (QLabel* label : m_body->findChildren<QLabel*>(QRegularExpression(QStringLiteral("^detail")))) {
        label->clear();
    }
}

void IncidentDetailPane::setIncident(const Incident& incident)
{
    m_emptyLabel->setVisible(false);
    m_body->setVisible(true);

    m_titleLabel->setText(orDash(incident.title));
    const QString colour = core::IncidentTableModel::severityColorName(incident.severity);
    QString severity =
        QStringLiteral("<span style=\"background:%1; color:white; font-weight:bold;\">&nbsp;%2&nbsp;</span>")
            .arg(colour, core::IncidentTableModel::severityText(incident.severity).toHtmlEscaped());
    if (!incident.severityRaw.isEmpty()) {
        severity += tr(" (feed says %1)").arg(incident.severityRaw.toHtmlEscaped());
    }
    m_severityLabel->setText(severity);
    QString state = core::IncidentTableModel::stateText(incident.state).toHtmlEscaped();
    if (!incident.resolution.isEmpty()) {
        state += tr(", resolution: %1").arg(incident.resolution.toHtmlEscaped());
    }
    m_stateLabel->setText(state);
    m_summaryLabel->setText(incident.summary.isEmpty()
                                ? tr("No summary in the feed.")
                                : incident.summary.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));

    QStringList times;
    const auto addTime = [&times](const QString& what, const QDateTime& when) {
        if (when.isValid()) {
            times << QStringLiteral("%1: %2").arg(what, timeText(when).toHtmlEscaped());
        }
    };
    addTime(tr("Detected"), incident.detectedAt);
    addTime(tr("Reported"), incident.reportedAt);
    addTime(tr("Acknowledged"), incident.acknowledgedAt);
    addTime(tr("Remediated"), incident.remediatedAt);
    m_timesLabel->setText(times.isEmpty() ? tr("No times in the feed.") : times.join(QStringLiteral("<br>")));

    QStringList endpoint;
    endpoint << tr("Host: %1").arg(orDash(incident.hostname));
    if (!incident.osFamily.isEmpty()) {
        endpoint << tr("OS: %1").arg(incident.osFamily.toHtmlEscaped());
    }
    if (!incident.sourceEndpointId.isEmpty()) {
        endpoint << tr("Endpoint id: %1").arg(incident.sourceEndpointId.toHtmlEscaped());
    }
    if (!incident.ips.isEmpty()) {
        endpoint << tr("Addresses: %1").arg(incident.ips.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    m_endpointLabel->setText(endpoint.join(QStringLiteral("<br>")));

    const EndpointIdentity& user = incident.user;
    QString raw =
        user.raw.isEmpty() ? tr("No user context") : QStringLiteral("<tt>%1</tt>").arg(user.raw.toHtmlEscaped());
    if (!user.rawField.isEmpty()) {
        raw += tr(" from <i>%1</i>").arg(user.rawField.toHtmlEscaped());
    }
    m_userRawLabel->setText(raw);

    QStringList parse;
    parse << tr("Form: %1").arg(formText(user.form).toHtmlEscaped());
    parse << tr("Domain: %1").arg(orDash(user.domain));
    parse << tr("Username: %1").arg(orDash(user.username));
    parse << tr("UPN: %1").arg(orDash(user.upn));
    parse << tr("SID: %1").arg(orDash(user.sid));
    parse << tr("Principal: %1").arg(principalClassText(user.principalClass).toHtmlEscaped());
    parse << tr("Match: %1").arg(matchPolicyText(user.matchPolicy).toHtmlEscaped());
    if (!user.reason.isEmpty()) {
        parse << tr("Why: %1").arg(user.reason.toHtmlEscaped());
    }
    m_userParseLabel->setText(parse.join(QStringLiteral("<br>")));

    QStringList source;
    for (const QString& part : {incident.sourceVendor, incident.sourceProduct, incident.sourceInstance}) {
        if (!part.isEmpty()) {
            source << part.toHtmlEscaped();
        }
    }
    source << tr("id %1").arg(orDash(incident.sourceId));
    m_sourceLabel->setText(source.join(QStringLiteral(" · ")));

    const QUrl console(incident.consoleUrl);
    if (console.isValid() &&
        (console.scheme() == QLatin1String("https") || console.scheme() == QLatin1String("http"))) {
        m_consoleLinkLabel->setText(
            QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(QString::fromUtf8(console.toEncoded()).toHtmlEscaped(),
                     tr("Open in %1")
                         .arg(incident.sourceProduct.isEmpty() ? tr("the source console")
                                                               : incident.sourceProduct.toHtmlEscaped())));
    } else {
        m_consoleLinkLabel->setText(tr("No console link in the feed."));
    }
}

QString IncidentDetailPane::formText(EndpointIdentity::Form form)
{
    switch (form) {
    case EndpointIdentity::Form::DownLevel:
        return tr("DOMAIN\\user");
    case EndpointIdentity::Form::Upn:
        return tr("user principal name (name@suffix)");
    case EndpointIdentity::Form::Sid:
        return tr("security identifier (SID)");
    case EndpointIdentity::Form::Bare:
        return tr("short name without a domain");
    case EndpointIdentity::Form::Unknown:
        break;
    }
    return tr("none");
}

QString IncidentDetailPane::principalClassText(EndpointIdentity::PrincipalClass principalClass)
{
    switch (principalClass) {
    case EndpointIdentity::PrincipalClass::HumanCandidate:
        return tr("a person's account");
    case EndpointIdentity::PrincipalClass::EntraName:
        return tr("an Entra ID name");
    case EndpointIdentity::PrincipalClass::LocalAccount:
        return tr("a local account on the endpoint");
    case EndpointIdentity::PrincipalClass::Service:
        return tr("a service or built-in account");
    case EndpointIdentity::PrincipalClass::System:
        return tr("a system identity");
    case EndpointIdentity::PrincipalClass::Machine:
        return tr("a computer account");
    case EndpointIdentity::PrincipalClass::Unknown:
        break;
    }
    return tr("unknown");
}

QString IncidentDetailPane::matchPolicyText(EndpointIdentity::MatchPolicy policy)
{
    switch (policy) {
    case EndpointIdentity::MatchPolicy::Auto:
        return tr("may be matched to an Okta user automatically");
    case EndpointIdentity::MatchPolicy::Suggest:
        return tr("candidates only; an analyst confirms");
    case EndpointIdentity::MatchPolicy::Never:
        break;
    }
    return tr("never matched to an Okta user");
}

} // namespace cordon::gui
