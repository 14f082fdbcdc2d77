#pragma once

#include "feed/Incident.h"
#include "identity/IdentityMatcher.h"
#include "okta/OktaUser.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace cordon::core
{
class CandidateTableModel;
class IdentityLinkStore;
class OktaClient;
} // namespace cordon::core

namespace cordon::gui
{

// The endpoint identity of the selected incident beside its Okta candidates, attribute by attribute,
// for the analyst to confirm one, reject one or all, or search by hand. Nothing is acted on here: a
// confirmation is remembered as a link, and identityConfirmed tells the console who was chosen.
class CandidateComparisonView : public QWidget
{
    Q_OBJECT

public:
    // links may be null: decisions are then neither remembered nor recalled.
    CandidateComparisonView(core::OktaClient* client, core::IdentityLinkStore* links, QWidget* parent = nullptr);
    ~CandidateComparisonView() override;

    void setMatchOptions(const core::MatchOptions& options);
    // Starts the search for the incident's user without waiting for it; a principal that is never
    // matched (system, machine or service account) gets a badge and no Okta call.
    void setIncident(const core::Incident& incident);
    void clear();

    QString incidentId() const { return m_incident.id; }
    bool isLoading() const { return m_matchPending || m_searchPending; }
    core::CandidateTableModel* model() const { return m_model; }
    const core::MatchResult& lastResult() const { return m_result; }
    // The candidate of the selected column; nullptr when none is selected.
    const core::Candidate* selectedCandidate() const;
    bool selectCandidate(int column);

public slots:
    void confirmSelected();
    void rejectSelected();
    void rejectAll();
    void revokeRemembered();
    void showAllCandidates();
    // Reads the remembered decision for the incident's user again (another analyst may have made one).
    void updateRemembered();

signals:
    void identityConfirmed(const QString& incidentId, const cordon::core::OktaUser& user);
    // The Okta users the analyst said are not the incident's user.
    void identityRejected(const QString& incidentId, const QStringList& oktaUserIds);
    // A match or a manual search ended (the table shows its outcome).
    void candidatesShown(int count);
    void loadingChanged(bool loading);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void startMatch();
    void showResult(const core::MatchResult& result);
    void showCandidates(const QList<core::Candidate>& candidates);
    void loadDetails();
    void runSearch();
    // Shows or hides the progress after m_matchPending or m_searchPending changed.
    void updateLoading(bool wasLoading);
    void updateProgress();
    void updateControls();
    void updateAdminWarning();
    void showError(const QString& message);
    QString linkEndpoint() const;
    bool askAdminConfirmation(const core::Candidate& candidate);
    core::RememberedDecisions decisions(const core::EndpointIdentity& identity) const;

    core::OktaClient* m_client;
    core::IdentityLinkStore* m_links;
    core::IdentityMatcher* m_matcher;
    core::CandidateTableModel* m_model;
    core::Incident m_incident;
    core::MatchResult m_result;
    // Bumped by every new incident, and every manual search, so that a late answer for an earlier one is dropped.
    int m_generation = 0;
    int m_searchGeneration = 0;
    bool m_matchPending = false;
    bool m_searchPending = false;
    QElapsedTimer m_loadingSince;
    QString m_loadingWhat;

    QLabel* m_identityLabel = nullptr;
    QLabel* m_badgeLabel = nullptr;
    QLabel* m_adminWarningLabel = nullptr;
    QLabel* m_rememberedLabel = nullptr;
    QPushButton* m_revokeButton = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_progressLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_confirmButton = nullptr;
    QPushButton* m_rejectButton = nullptr;
    QPushButton* m_noneButton = nullptr;
    QPushButton* m_moreButton = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QWidget* m_candidatePanel = nullptr;
    QTimer* m_searchTimer = nullptr;
    QTimer* m_progressTimer = nullptr;
};

} // namespace cordon::gui
