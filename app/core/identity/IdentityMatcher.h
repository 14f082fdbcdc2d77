#pragma once

#include "identity/Candidate.h"
#include "identity/CandidateScorer.h"
#include "identity/EndpointIdentity.h"
#include "identity/MatchOptions.h"
#include "okta/OktaError.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace cordon::core
{

class OktaClient;

struct MatchResult
{
    EndpointIdentity identity;
    QList<Candidate> candidates;
    QString autoApprove; // the Okta id that may be acted on without an analyst, or empty
    int apiCalls = 0;
    OktaError error; // the search failed; candidates may still hold what was found
    // Why there are no candidates when the principal is never matched ("a system account").
    QString note;

    // The shape of `cordonctl match --json`, given the query as typed.
    QJsonObject toJson(const QString& query) const;
};

// Finds the Okta users behind an endpoint identity with as few calls as it can: the org's user schema
// once (to know whether the AD username attribute exists), one search that covers every likely
// attribute, and a wider one only when the first finds nothing good.
class IdentityMatcher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const MatchResult&)>;
    using DecisionSource = std::function<RememberedDecisions(const EndpointIdentity&)>;

    explicit IdentityMatcher(OktaClient* client, QObject* parent = nullptr);

    void setOptions(const MatchOptions& options);
    const MatchOptions& options() const { return m_options; }
    // Where remembered confirmations and rejections come from (the identity link store).
    void setDecisionSource(DecisionSource source) { m_decisions = std::move(source); }

    void match(const EndpointIdentity& identity, QObject* context, Callback callback);

private:
    struct Run;
    void withSchema(std::function<void(int calls)> then);
    void search(const std::shared_ptr<Run>& run);
    void finish(const std::shared_ptr<Run>& run);

    OktaClient* m_client;
    MatchOptions m_options;
    DecisionSource m_decisions;
    enum class SchemaState
    {
        Unknown,
        Asking,
        Known,
    } m_schemaState = SchemaState::Unknown;
    QList<std::function<void(int)>> m_schemaWaiting;
};

} // namespace cordon::core
