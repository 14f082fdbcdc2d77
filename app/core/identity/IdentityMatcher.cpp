#include "IdentityMatcher.h"

#include "base/Logging.h"
#include "identity/IdentitySearch.h"
#include "okta/OktaClient.h"

#include <QJsonArray>

namespace cordon::core
{

struct IdentityMatcher::Run
{
    EndpointIdentity identity;
    QPointer<QObject> context;
    Callback callback;
    RememberedDecisions decisions;
    QList<OktaUser> users;
    MatchResult result;
    int pending = 0;
    bool fallbackTried = false;
};

QJsonObject MatchResult::toJson(const QString& query) const
{
    auto orNull = [](const QString& text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    QJsonObject parsed{
        {QStringLiteral("form"), EndpointIdentity::formName(identity.form)},
        {QStringLiteral("domain"), orNull(identity.domain)},
        {QStringLiteral("username"), orNull(identity.username)},
        {QStringLiteral("upn"), orNull(identity.upn)},
        {QStringLiteral("sid"), orNull(identity.sid)},
        {QStringLiteral("principal_class"), EndpointIdentity::principalClassName(identity.principalClass)},
        {QStringLiteral("match_policy"), EndpointIdentity::matchPolicyName(identity.matchPolicy)}};
    QJsonArray candidatesJson;
    for (const Candidate& candidate : candidates) {
        candidatesJson.append(candidate.toJson());
    }
    QJsonObject json{{QStringLiteral("query"), query},
                     {QStringLiteral("parsed"), parsed},
                     {QStringLiteral("candidates"), candidatesJson},
                     {QStringLiteral("autoApprove"), orNull(autoApprove)},
                     {QStringLiteral("apiCalls"), apiCalls}};
    if (!note.isEmpty()) {
        json.insert(QStringLiteral("note"), note);
    }
    if (error.isError()) {
        json.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), error.message()},
                                                         {QStringLiteral("errorCode"), orNull(error.errorCode)},
                                                         {QStringLiteral("requestId"), orNull(error.requestId)}});
    }
    return json;
}

IdentityMatcher::IdentityMatcher(OktaClient* client, QObject* parent) : QObject(parent), m_client(client) {}

void IdentityMatcher::setOptions(const MatchOptions& options)
{
    m_options = options;
    m_schemaState = SchemaState::Unknown;
}

void IdentityMatcher::withSchema(std::function<void(int calls)> then)
{
    if (m_schemaState == SchemaState::Known) {
        then(0);
        return;
    }
    m_schemaWaiting << std::move(then);
    if (m_schemaState == SchemaState::Asking) {
        return;
    }
    m_schemaState = SchemaState::Asking;
    m_client->userSchema(this, [this](const OktaReply& reply) {
        const QJsonObject definitions = reply.json.object().value(QStringLiteral("definitions")).toObject();
        auto declared = [&](const QString& attribute) {
            for (const char* part : {"base", "custom"}) {
                const QJsonObject properties =
                    definitions.value(QLatin1String(part)).toObject().value(QStringLiteral("properties")).toObject();
                if (properties.contains(attribute)) {
                    return true;
                }
            }
            return false;
        };
        // Searching an attribute the org does not have is an error at Okta; without the schema, leave it out.
        m_options.adUsernameAvailable = reply.ok() && declared(m_options.adUsernameAttribute);
        m_options.sidAvailable = reply.ok() && declared(m_options.sidAttribute);
        if (!reply.ok()) {
            qCWarning(lcIdentity) << "user schema unreadable; searching without AD attributes:"
                                  << reply.error.message();
        }
        m_schemaState = SchemaState::Known;
        const auto waiting = std::exchange(m_schemaWaiting, {});
        bool first = true;
        for (const auto& callback : waiting) {
            callback(first ? std::max(reply.calls, 1) : 0);
            first = false;
        }
    });
}

void IdentityMatcher::match(const EndpointIdentity& identity, QObject* context, Callback callback)
{
    auto run = std::make_shared<Run>();
    run->identity = identity;
    run->context = context;
    run->callback = std::move(callback);
    run->result.identity = identity;
    if (!identity.matchable()) {
        run->result.note = identity.reason.isEmpty() ? tr("this principal is never matched to a person")
                                                     : tr("never matched: %1").arg(identity.reason);
        QMetaObject::invokeMethod(
            this, [this, run] { finish(run); }, Qt::QueuedConnection);
        return;
    }
    if (m_decisions) {
        run->decisions = m_decisions(identity);
    }
    withSchema([this, run](int calls) {
        run->result.apiCalls += calls;
        search(run);
    });
}

void IdentityMatcher::search(const std::shared_ptr<Run>& run)
{
    const UserQuery primary = IdentitySearch::primary(run->identity, m_options);
    auto collect = [this, run](const OktaReply& reply, const QList<OktaUser>& users) {
        run->result.apiCalls += std::max(reply.calls, 1);
        if (!reply.ok() && !run->result.error.isError()) {
            run->result.error = reply.error;
        }
        run->users << users;
        if (--run->pending == 0) {
            finish(run);
        }
    };
    ++run->pending;
    if (primary.search.isEmpty()) {
        --run->pending;
    } else {
        m_client->searchUsers(primary, this, collect);
    }
    // A remembered confirmation the search may not find (the login changed since) is read by id.
    if (!run->decisions.confirmedUserId.isEmpty()) {
        ++run->pending;
        m_client->getUser(run->decisions.confirmedUserId, this,
                          [collect](const OktaReply& reply, const OktaUser& user) {
                              collect(reply, user.isValid() ? QList<OktaUser>{user} : QList<OktaUser>{});
                          });
    }
    if (run->pending == 0) {
        finish(run);
    }
}

void IdentityMatcher::finish(const std::shared_ptr<Run>& run)
{
    MatchResult& result = run->result;
    result.candidates = CandidateScorer::rank(run->identity, run->users, m_options, run->decisions);
    const bool good = std::any_of(result.candidates.begin(), result.candidates.end(),
                                  [](const Candidate& c) { return c.confidence != Candidate::Confidence::Weak; });
    if (run->identity.matchable() && !good && !run->fallbackTried && !result.error.isError()) {
        run->fallbackTried = true;
        const UserQuery fallback = IdentitySearch::fallback(run->identity, m_options);
        if (!fallback.q.isEmpty()) {
            ++run->pending;
            m_client->searchUsers(fallback, this, [this, run](const OktaReply& reply, const QList<OktaUser>& users) {
                run->result.apiCalls += std::max(reply.calls, 1);
                if (!reply.ok()) {
                    run->result.error = reply.error;
                }
                run->users << users;
                --run->pending;
                finish(run);
            });
            return;
        }
    }
    result.autoApprove =
        result.error.isError() ? QString() : CandidateScorer::autoApprove(run->identity, result.candidates);
    if (run->context) {
        run->callback(result);
    }
}

} // namespace cordon::core
