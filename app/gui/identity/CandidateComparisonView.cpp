#include "gui/identity/CandidateComparisonView.h"

#include "base/Logging.h"
#include "base/OsAccount.h"
#include "gui/desktop/Dialogs.h"
#include "gui/desktop/StatusColors.h"
#include "gui/identity/CandidateCellDelegate.h"
#include "identity/CandidateScorer.h"
#include "identity/CandidateTableModel.h"
#include "okta/OktaClient.h"
#include "okta/SearchExpression.h"
#include "store/IdentityLinkStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cordon::gui
{

using core::Candidate;
using core::CandidateTableModel;
using core::EndpointIdentity;
using core::IdentityLink;
using core::OktaReply;

namespace
{

constexpr int SearchDebounceMs = 350;
constexpr int ProgressTickMs = 250;
constexpr int ManualSearchLimit = 20;

QLabel* makeStrip(const QString& objectName, const QString& style, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(style);
    label->hide();
    return label;
}

QString principalBadge(const EndpointIdentity& identity)
{
    switch (identity.principalClass) {
    case EndpointIdentity::PrincipalClass::System:
        return CandidateComparisonView::tr("system account: never matched");
    case EndpointIdentity::PrincipalClass::Machine:
        return CandidateComparisonView::tr("machine account: never matched");
    case EndpointIdentity::PrincipalClass::Service:
        return CandidateComparisonView::tr("service account: never matched");
    case EndpointIdentity::PrincipalClass::LocalAccount:
        return CandidateComparisonView::tr("local account: never matched");
    default:
        return CandidateComparisonView::tr("not a person's account: never matched");
    }
}

} // namespace

CandidateComparisonView::CandidateComparisonView(core::OktaClient* client,
                                                 core::IdentityLinkStore* links,
                                                 QWidget* parent)
    : QWidget(parent), m_client(client), m_links(links), m_matcher(new core::IdentityMatcher(client, this)),
      m_model(new CandidateTableModel(this))
{
    setObjectName(QStringLiteral("candidateComparisonView"));
    m_matcher->setDecisionSource([this](const EndpointIdentity& identity) { return decisions(identity); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_identityLabel = new QLabel(this);
    m_identityLabel->setObjectName(QStringLiteral("identitySummaryLabel"));
    m_identityLabel->setWordWrap(true);
    m_identityLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_identityLabel);

    m_badgeLabel = makeStrip(QStringLiteral("neverMatchedBadgeLabel"), badgeStyleSheet(Badge::Neutral), this);
    layout->addWidget(m_badgeLabel);

    m_candidatePanel = new QWidget(this);
    auto* panel = new QVBoxLayout(m_candidatePanel);
    panel->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_candidatePanel, 1);
    // Without candidates (a system account, no user named) the summary and the badge keep to their text at the
    // top; the space below stays empty.
    layout->addStretch();

    m_adminWarningLabel = makeStrip(QStringLiteral("adminWarningLabel"), badgeStyleSheet(Badge::Danger), this);
    panel->addWidget(m_adminWarningLabel);

    auto* rememberedRow = new QHBoxLayout;
    m_rememberedLabel =
        makeStrip(QStringLiteral("rememberedLinkLabel"), noticeStyleSheet(Status::Info, palette()), this);
    rememberedRow->addWidget(m_rememberedLabel, 1);
    m_revokeButton = new QPushButton(this);
    m_revokeButton->setObjectName(QStringLiteral("revokeLinkButton"));
    m_revokeButton->hide();
    connect(m_revokeButton, &QPushButton::clicked, this, &CandidateComparisonView::revokeRemembered);
    rememberedRow->addWidget(m_revokeButton);
    panel->addLayout(rememberedRow);

    auto* progressRow = new QHBoxLayout;
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("candidateProgressBar"));
    m_progressBar->setRange(0, 0);
    m_progressBar->setMaximumWidth(160);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    progressRow->addWidget(m_progressBar);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("candidateProgressLabel"));
    m_progressLabel->hide();
    progressRow->addWidget(m_progressLabel, 1);
    panel->addLayout(progressRow);

    m_errorLabel = makeStrip(QStringLiteral("candidateErrorLabel"), noticeStyleSheet(Status::Warning, palette()), this);
    panel->addWidget(m_errorLabel);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("candidateTableView"));
    m_table->setAccessibleName(tr("Endpoint user and Okta candidates, side by side"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CandidateCellDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->setCornerButtonEnabled(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->installEventFilter(this);
    panel->addWidget(m_table, 1);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { updateAdminWarning(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateControls(); });

    auto* buttons = new QHBoxLayout;
    m_confirmButton = new QPushButton(this);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    connect(m_confirmButton, &QPushButton::clicked, this, &CandidateComparisonView::confirmSelected);
    buttons->addWidget(m_confirmButton);
    m_rejectButton = new QPushButton(tr("Not this person"), this);
    m_rejectButton->setObjectName(QStringLiteral("rejectCandidateButton"));
    m_rejectButton->setToolTip(tr("Remember that the selected candidate is not the endpoint's user"));
    connect(m_rejectButton, &QPushButton::clicked, this, &CandidateComparisonView::rejectSelected);
    buttons->addWidget(m_rejectButton);
    m_noneButton = new QPushButton(tr("None of these (Esc)"), this);
    m_noneButton->setObjectName(QStringLiteral("noneOfTheseButton"));
    m_noneButton->setToolTip(tr("Remember that no candidate shown is the endpoint's user, then search by hand"));
    connect(m_noneButton, &QPushButton::clicked, this, &CandidateComparisonView::rejectAll);
    buttons->addWidget(m_noneButton);
    m_moreButton = new QPushButton(this);
    m_moreButton->setObjectName(QStringLiteral("moreCandidatesButton"));
    connect(m_moreButton, &QPushButton::clicked, this, &CandidateComparisonView::showAllCandidates);
    buttons->addWidget(m_moreButton);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("candidateSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search Okta: name, login, email or AD username"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search Okta by hand"));
    buttons->addWidget(m_searchEdit, 1);
    panel->addLayout(buttons);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDebounceMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CandidateComparisonView::runSearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(ProgressTickMs);
    connect(m_progressTimer, &QTimer::timeout, this, &CandidateComparisonView::updateProgress);

    setTabOrder(m_table, m_confirmButton);
    setTabOrder(m_confirmButton, m_rejectButton);
    setTabOrder(m_rejectButton, m_noneButton);
    setTabOrder(m_noneButton, m_moreButton);
    setTabOrder(m_moreButton, m_searchEdit);
    setTabOrder(m_searchEdit, m_revokeButton);
    clear();
}

CandidateComparisonView::~CandidateComparisonView() = default;

void CandidateComparisonView::setMatchOptions(const core::MatchOptions& options)
{
    m_matcher->setOptions(options);
}

QString CandidateComparisonView::linkEndpoint() const
{
    // A bare or local name means someone else on another machine; a domain identity is the same anywhere.
    const EndpointIdentity& user = m_incident.user;
    const bool perEndpoint = user.form == EndpointIdentity::Form::Bare ||
                             user.principalClass == EndpointIdentity::PrincipalClass::LocalAccount;
    return perEndpoint ? m_incident.hostname : QString();
}

core::RememberedDecisions CandidateComparisonView::decisions(const EndpointIdentity& identity) const
{
    if (!m_links) {
        return {};
    }
    return core::RememberedDecisions::fromLinks(*m_links, m_incident.linkSource(), identity.raw, m_incident.hostname);
}

void CandidateComparisonView::clear()
{
    const bool wasLoading = isLoading();
    ++m_generation;
    ++m_searchGeneration;
    m_matchPending = false;
    m_searchPending = false;
    m_incident = {};
    m_result = {};
    m_model->clear();
    m_searchTimer->stop();
    m_searchEdit->blockSignals(true);
    m_searchEdit->clear();
    m_searchEdit->blockSignals(false);
    m_identityLabel->setText(tr("No incident selected."));
    m_badgeLabel->hide();
    m_errorLabel->hide();
    m_candidatePanel->hide();
    updateLoading(wasLoading);
    updateRemembered();
    updateAdminWarning();
    updateControls();
}

void CandidateComparisonView::setIncident(const core::Incident& incident)
{
    clear();
    m_incident = incident;
    const EndpointIdentity& user = incident.user;
    m_model->setIdentity(user, m_matcher->options());
    if (user.raw.trimmed().isEmpty()) {
        m_identityLabel->setText(tr("The feed names no user for this incident: there is no Okta identity to look up."));
        return;
    }
    m_identityLabel->setText(
        tr("Endpoint user <b><tt>%1</tt></b> on %2 (%3).")
            .arg(user.raw.toHtmlEscaped(),
                 incident.hostname.isEmpty() ? tr("an unnamed endpoint") : incident.hostname.toHtmlEscaped(),
                 user.reason.isEmpty() ? EndpointIdentity::principalClassName(user.principalClass)
                                       : user.reason.toHtmlEscaped()));
    if (!user.matchable()) {
        m_badgeLabel->setText(principalBadge(user));
        m_badgeLabel->setToolTip(tr("Cordon never looks a system, machine or service account up in Okta, so it "
                                    "can never contain a person because of one."));
        m_badgeLabel->show();
        return;
    }
    m_candidatePanel->show();
    updateRemembered();
    startMatch();
}

void CandidateComparisonView::startMatch()
{
    const int generation = ++m_generation;
    const bool wasLoading = isLoading();
    m_matchPending = true;
    m_loadingWhat = tr("Searching Okta for %1").arg(m_incident.user.raw);
    m_loadingSince.start();
    updateLoading(wasLoading);
    m_matcher->match(m_incident.user, this, [this, generation](const core::MatchResult& result) {
        if (generation != m_generation) {
            return;
        }
        m_matchPending = false;
        updateLoading(true);
        showResult(result);
    });
}

void CandidateComparisonView::showResult(const core::MatchResult& result)
{
    m_result = result;
    if (result.error.isError()) {
        showError(tr("The Okta search failed: %1").arg(result.error.message()));
    } else {
        m_errorLabel->hide();
    }
    if (m_searchEdit->text().trimmed().isEmpty()) {
        showCandidates(result.candidates);
    }
}

void CandidateComparisonView::showCandidates(const QList<Candidate>& candidates)
{
    m_model->setCandidates(candidates);
    m_table->horizontalHeader()->setSectionResizeMode(m_model->columnCount() > 4 ? QHeaderView::Interactive
                                                                                 : QHeaderView::Stretch);
    if (!candidates.isEmpty()) {
        selectCandidate(1);
    }
    if (candidates.isEmpty() && !m_errorLabel->isVisible()) {
        showError(tr("No Okta user looks like %1. Search by hand below.").arg(m_incident.user.raw));
    }
    loadDetails();
    updateAdminWarning();
    updateControls();
    emit candidatesShown(static_cast<int>(candidates.size()));
}

void CandidateComparisonView::loadDetails()
{
    for (int column = 1; column <= m_model->visibleCandidateCount(); ++column) {
        const QString userId = m_model->candidateAt(column)->user.id;
        if (m_model->rolesKnown(userId)) {
            continue;
        }
        const QPointer<CandidateTableModel> model = m_model;
        m_client->userGroups(userId, this,
                             [model, userId](const OktaReply& reply, const QList<core::OktaGroup>& groups) {
                                 if (!reply.ok()) {
                                     model->setGroupsFailed(userId, reply.error.message());
                                     return;
                                 }
                                 QStringList names;
                                 for (const core::OktaGroup& group : groups) {
                                     names << group.name;
                                 }
                                 model->setGroups(userId, names);
                             });
        m_client->userRoles(userId, this, [model, userId](const OktaReply& reply, const QList<core::OktaRole>& roles) {
            if (!reply.ok()) {
                model->setRolesFailed(userId, reply.error.message());
                return;
            }
            QStringList types;
            for (const core::OktaRole& role : roles) {
                types << (role.type.isEmpty() ? role.label : role.type);
            }
            model->setRoles(userId, types);
        });
    }
}

const Candidate* CandidateComparisonView::selectedCandidate() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->candidateAt(current.column()) : nullptr;
}

bool CandidateComparisonView::selectCandidate(int column)
{
    if (!m_model->candidateAt(column)) {
        return false;
    }
    m_table->setCurrentIndex(m_model->index(0, column));
    m_table->selectColumn(column);
    updateControls();
    return true;
}

void CandidateComparisonView::showAllCandidates()
{
    const bool all = m_model->visibleCandidateCount() >= m_model->candidates().size();
    m_model->setVisibleCandidateCount(all ? CandidateTableModel::DefaultVisibleCandidates
                                          : static_cast<int>(m_model->candidates().size()));
    m_table->horizontalHeader()->setSectionResizeMode(m_model->columnCount() > 4 ? QHeaderView::Interactive
                                                                                 : QHeaderView::Stretch);
    loadDetails();
    updateControls();
}

bool CandidateComparisonView::askAdminConfirmation(const Candidate& candidate)
{
    const QString who = QStringLiteral("%1 (%2)").arg(candidate.user.displayName, candidate.user.login);
    const QStringList roles = m_model->roles(candidate.user.id);
    QString text;
    if (!m_model->rolesKnown(candidate.user.id)) {
        text = tr("Cordon has not been able to read the Okta admin roles of %1 yet.\n\nIf this is an admin, "
                  "containing them locks out someone who runs the Okta org. Link %2 to %1 anyway?")
                   .arg(who, m_incident.user.raw);
    } else if (!roles.isEmpty()) {
        text = tr("%1 holds Okta admin roles: %2.\n\nContaining an admin locks out someone who runs the Okta org. "
                  "Link %3 to this admin?")
                   .arg(who, roles.join(QStringLiteral(", ")), m_incident.user.raw);
    } else {
        return true;
    }
    return Dialogs::question(this, tr("Confirm an Okta admin?"), text, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) == QMessageBox::Yes;
}

void CandidateComparisonView::confirmSelected()
{
    const Candidate* selected = selectedCandidate();
    if (!selected) {
        return;
    }
    const Candidate candidate = *selected;
    if (!askAdminConfirmation(candidate)) {
        return;
    }
    if (m_links) {
        const qint64 id = m_links->confirm(m_incident.linkSource(), m_incident.user.raw, linkEndpoint(),
                                           candidate.user.id, candidate.user.login, core::analystName(), m_incident.id);
        if (id == 0) {
            showError(tr("The confirmation could not be saved in Cordon's database; nothing was remembered."));
        }
    }
    qCInfo(lcIdentity) << "identity confirmed for" << m_incident.id << "as" << candidate.user.id;
    updateRemembered();
    emit identityConfirmed(m_incident.id, candidate.user);
}

void CandidateComparisonView::rejectSelected()
{
    const Candidate* selected = selectedCandidate();
    if (!selected) {
        return;
    }
    const core::OktaUser user = selected->user;
    if (m_links) {
        m_links->reject(m_incident.linkSource(), m_incident.user.raw, linkEndpoint(), user.id, user.login,
                        core::analystName(), m_incident.id);
    }
    emit identityRejected(m_incident.id, {user.id});
    updateRemembered();
    startMatch();
}

void CandidateComparisonView::rejectAll()
{
    QStringList ids;
    for (int column = 1; column <= m_model->visibleCandidateCount(); ++column) {
        const core::OktaUser& user = m_model->candidateAt(column)->user;
        ids << user.id;
        if (m_links) {
            m_links->reject(m_incident.linkSource(), m_incident.user.raw, linkEndpoint(), user.id, user.login,
                            core::analystName(), m_incident.id);
        }
    }
    if (ids.isEmpty()) {
        return;
    }
    emit identityRejected(m_incident.id, ids);
    updateRemembered();
    m_searchEdit->setFocus(Qt::OtherFocusReason);
    startMatch();
}

void CandidateComparisonView::revokeRemembered()
{
    if (!m_links) {
        return;
    }
    const QString source = m_incident.linkSource();
    const QString analyst = core::analystName();
    if (const auto link = m_links->lookup(source, m_incident.user.raw, m_incident.hostname)) {
        m_links->revoke(link->id, analyst);
    }
    for (const IdentityLink& rejected : m_links->rejected(source, m_incident.user.raw, m_incident.hostname)) {
        m_links->revoke(rejected.id, analyst);
    }
    updateRemembered();
    startMatch();
}

void CandidateComparisonView::updateRemembered()
{
    std::optional<IdentityLink> link;
    QList<IdentityLink> rejected;
    if (m_links && !m_incident.user.raw.isEmpty() && m_incident.user.matchable()) {
        const QString source = m_incident.linkSource();
        link = m_links->lookup(source, m_incident.user.raw, m_incident.hostname);
        rejected = m_links->rejected(source, m_incident.user.raw, m_incident.hostname);
    }
    if (link) {
        // Times as the candidates' reasons give them (RememberedDecisions): ISO 8601 in UTC.
        m_rememberedLabel->setText(tr("Remembered: %1 is %2, confirmed by %3 on %4 (incident %5), until %6.")
                                       .arg(link->rawIdentity, link->oktaLogin, link->analyst,
                                            link->createdAt.toUTC().toString(Qt::ISODate), link->incidentId,
                                            link->expiresAt.toUTC().toString(Qt::ISODate)));
        m_revokeButton->setText(tr("Forget this link"));
    } else if (!rejected.isEmpty()) {
        QStringList logins;
        for (const IdentityLink& each : rejected) {
            logins << each.oktaLogin;
        }
        m_rememberedLabel->setText(
            tr("Rejected before for %1: %2.").arg(m_incident.user.raw, logins.join(QStringLiteral(", "))));
        m_revokeButton->setText(tr("Forget the rejections"));
    }
    const bool any = link.has_value() || !rejected.isEmpty();
    m_rememberedLabel->setVisible(any);
    m_revokeButton->setVisible(any);
}

void CandidateComparisonView::updateAdminWarning()
{
    QStringList admins;
    for (int column = 1; column <= m_model->visibleCandidateCount(); ++column) {
        const core::OktaUser& user = m_model->candidateAt(column)->user;
        const QStringList roles = m_model->roles(user.id);
        if (!roles.isEmpty()) {
            admins << tr("%1 (%2) holds %3").arg(user.displayName, user.login, roles.join(QStringLiteral(", ")));
        }
    }
    m_adminWarningLabel->setText(
        tr("Okta admin among the candidates: %1. Confirming an admin asks a second time.").arg(admins.join(tr("; "))));
    m_adminWarningLabel->setVisible(!admins.isEmpty());
}

void CandidateComparisonView::updateControls()
{
    const Candidate* selected = selectedCandidate();
    m_confirmButton->setEnabled(selected != nullptr);
    m_rejectButton->setEnabled(selected != nullptr);
    m_confirmButton->setText(selected ? tr("Confirm %1 (Enter)").arg(selected->user.login) : tr("Confirm (Enter)"));
    m_noneButton->setEnabled(m_model->visibleCandidateCount() > 0);
    const int total = static_cast<int>(m_model->candidates().size());
    const bool all = m_model->visibleCandidateCount() >= total;
    m_moreButton->setVisible(total > CandidateTableModel::DefaultVisibleCandidates);
    m_moreButton->setText(all ? tr("Show the top %1").arg(CandidateTableModel::DefaultVisibleCandidates)
                              : tr("Show all %1").arg(total));
}

void CandidateComparisonView::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void CandidateComparisonView::updateLoading(bool wasLoading)
{
    const bool loading = isLoading();
    m_progressBar->setVisible(loading);
    m_progressLabel->setVisible(loading);
    if (loading) {
        updateProgress();
        m_progressTimer->start();
    } else {
        m_progressTimer->stop();
    }
    if (loading != wasLoading) {
        emit loadingChanged(loading);
    }
}

void CandidateComparisonView::updateProgress()
{
    const qint64 seconds = m_loadingSince.isValid() ? m_loadingSince.elapsed() / 1000 : 0;
    m_progressLabel->setText(seconds < 1 ? tr("%1…").arg(m_loadingWhat)
                                         : tr("%1… %2 s (Okta is slow to answer)").arg(m_loadingWhat).arg(seconds));
}

void CandidateComparisonView::runSearch()
{
    const QString text = m_searchEdit->text().trimmed();
    const int generation = ++m_searchGeneration;
    const bool wasLoading = isLoading();
    m_searchPending = false;
    if (text.size() < 2) {
        updateLoading(wasLoading);
        if (text.isEmpty() && !m_matchPending) {
            showCandidates(m_result.candidates);
        }
        return;
    }
    const core::MatchOptions& options = m_matcher->options();
    QStringList terms{core::SearchExpression::sw(QStringLiteral("profile.login"), text),
                      core::SearchExpression::sw(QStringLiteral("profile.email"), text),
                      core::SearchExpression::sw(QStringLiteral("profile.firstName"), text),
                      core::SearchExpression::sw(QStringLiteral("profile.lastName"), text)};
    if (options.adUsernameAvailable) {
        terms << core::SearchExpression::eq(QStringLiteral("profile.") + options.adUsernameAttribute, text);
    }
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() == 2) {
        terms << core::SearchExpression::allOf(
            {core::SearchExpression::sw(QStringLiteral("profile.firstName"), words.at(0)),
             core::SearchExpression::sw(QStringLiteral("profile.lastName"), words.at(1))});
    }
    core::UserQuery query;
    query.search = core::SearchExpression::anyOf(terms);
    query.limit = ManualSearchLimit;
    query.maxPages = 1;
    if (query.search.isEmpty()) {
        updateLoading(wasLoading);
        return;
    }
    m_searchPending = true;
    m_loadingWhat = tr("Searching Okta for \"%1\"").arg(text);
    m_loadingSince.start();
    updateLoading(wasLoading);
    const core::RememberedDecisions remembered = decisions(m_incident.user);
    m_client->searchUsers(
        query, this, [this, generation, text, remembered](const OktaReply& reply, const QList<core::OktaUser>& users) {
            if (generation != m_searchGeneration) {
                return;
            }
            m_searchPending = false;
            updateLoading(true);
            if (!reply.ok()) {
                showError(tr("The Okta search for \"%1\" failed: %2").arg(text, reply.error.message()));
            } else {
                m_errorLabel->hide();
            }
            QList<Candidate> found;
            for (const core::OktaUser& user : users) {
                Candidate candidate =
                    core::CandidateScorer::score(m_incident.user, user, m_matcher->options(), remembered);
                candidate.reasons << tr("found by a search for \"%1\"").arg(text);
                found << candidate;
            }
            std::stable_sort(found.begin(), found.end(),
                             [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
            showCandidates(found);
        });
}

bool CandidateComparisonView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            confirmSelected();
            return true;
        case Qt::Key_Escape:
            rejectAll();
            return true;
        case Qt::Key_Left: {
            const Candidate* selected = selectedCandidate();
            if (selected) {
                selectCandidate(std::max(m_table->currentIndex().column() - 1, 1));
            }
            return true;
        }
        case Qt::Key_Right:
            selectCandidate(m_table->currentIndex().isValid() ? m_table->currentIndex().column() + 1 : 1);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cordon::gui
