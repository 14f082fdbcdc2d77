#pragma once

#include "Guardrails.h"
#include "okta/OktaGroup.h"
#include "okta/OktaReply.h"
#include "okta/OktaRole.h"
#include "okta/OktaUser.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace cordon::core
{

class AuditLog;
class Journal;
class OktaClient;

// What the runs of one containment share: the client, the logs, the guardrail policy, and look-ups that
// are the same for every user (who the token acts as, the groups named), asked of Okta once.
class ContainmentContext : public QObject
{
    Q_OBJECT
public:
    ContainmentContext(OktaClient* client, Journal* journal, AuditLog* audit, QObject* parent = nullptr);

    OktaClient* client() const { return m_client; }
    Journal* journal() const { return m_journal; }
    AuditLog* audit() const { return m_audit; }

    void setPolicy(const GuardrailPolicy& policy) { m_policy = policy; }
    const GuardrailPolicy& policy() const { return m_policy; }
    // Whether clearing sessions also forgets the user's remembered devices (forgetDevices, always sent:
    // Okta's default differs between engines and releases). The setting containment/forgetDevices.
    void setForgetDevices(bool forget) { m_forgetDevices = forget; }
    bool forgetDevices() const { return m_forgetDevices; }

    using UserCallback = std::function<void(const OktaReply&, const OktaUser&)>;
    using GroupCallback = std::function<void(const OktaReply&, const OktaGroup&)>;

    // The user the API token acts as (GET /api/v1/users/me), asked once.
    void actingUser(QObject* context, UserCallback callback);
    // A group by Okta id or exact name, asked once per name; several groups of that name is an error.
    void group(const QString& idOrName, QObject* context, GroupCallback callback);
    // Forgets what was asked of Okta, for a client that now speaks to another org or as another token. A
    // look-up still in flight answers those who waited for it and is not kept.
    void forgetLookups();

private:
    template <typename Value> struct Pending
    {
        bool done = false;
        bool asked = false;
        std::shared_ptr<OktaReply> reply;
        Value value;
        QList<std::pair<QPointer<QObject>, std::function<void(const OktaReply&, const Value&)>>> waiting;
    };

    OktaClient* m_client;
    Journal* m_journal;
    AuditLog* m_audit;
    GuardrailPolicy m_policy;
    bool m_forgetDevices = true;
    std::shared_ptr<Pending<OktaUser>> m_me;
    QHash<QString, std::shared_ptr<Pending<OktaGroup>>> m_groups;
};

} // namespace cordon::core
