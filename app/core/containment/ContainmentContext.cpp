#include "ContainmentContext.h"

#include "ContainmentAction.h"
#include "okta/OktaClient.h"

namespace cordon::core
{

namespace
{

// Hands a settled value to everyone who waited for it, skipping callers that are gone.
template <typename PendingValue> void settle(PendingValue& pending, const OktaReply& reply, const auto& value)
{
    pending.done = true;
    pending.reply = std::make_shared<OktaReply>(reply);
    pending.value = value;
    const auto waiting = std::exchange(pending.waiting, {});
    for (const auto& [context, callback] : waiting) {
        if (context) {
            callback(*pending.reply, pending.value);
        }
    }
}

} // namespace

ContainmentContext::ContainmentContext(OktaClient* client, Journal* journal, AuditLog* audit, QObject* parent)
    : QObject(parent), m_client(client), m_journal(journal), m_audit(audit), m_me(std::make_shared<Pending<OktaUser>>())
{}

void ContainmentContext::forgetLookups()
{
    m_me = std::make_shared<Pending<OktaUser>>();
    m_groups.clear();
}

void ContainmentContext::actingUser(QObject* context, UserCallback callback)
{
    if (m_client->serviceApp()) {
        // A service app is no user: there is no account of its own to keep it from acting on
        // (docs/okta.md §4).
        callback(OktaReply{}, OktaUser{});
        return;
    }
    const std::shared_ptr<Pending<OktaUser>> pending = m_me;
    if (pending->done) {
        callback(*pending->reply, pending->value);
        return;
    }
    pending->waiting.append({QPointer<QObject>(context), std::move(callback)});
    if (pending->asked) {
        return;
    }
    pending->asked = true;
    m_client->getCurrentUser(this, [this, pending](const OktaReply& reply, const OktaUser& user) {
        // A failed answer is not kept: the next run asks again.
        if (!reply.ok()) {
            if (m_me == pending) {
                m_me = std::make_shared<Pending<OktaUser>>();
            }
            const auto waiting = std::exchange(pending->waiting, {});
            for (const auto& [waiter, waiterCallback] : waiting) {
                if (waiter) {
                    waiterCallback(reply, user);
                }
            }
            return;
        }
        settle(*pending, reply, user);
    });
}

void ContainmentContext::group(const QString& idOrName, QObject* context, GroupCallback callback)
{
    auto& slot = m_groups[idOrName];
    if (!slot) {
        slot = std::make_shared<Pending<OktaGroup>>();
    }
    const std::shared_ptr<Pending<OktaGroup>> pending = slot;
    if (pending->done) {
        callback(*pending->reply, pending->value);
        return;
    }
    pending->waiting.append({QPointer<QObject>(context), std::move(callback)});
    if (pending->asked) {
        return;
    }
    pending->asked = true;
    auto answer = [this, pending, idOrName](const OktaReply& reply, const OktaGroup& group) {
        if (!reply.ok() && m_groups.value(idOrName) == pending) {
            m_groups.remove(idOrName);
        }
        settle(*pending, reply, group);
    };
    if (looksLikeOktaGroupId(idOrName)) {
        m_client->getGroup(idOrName, this, answer);
    } else {
        m_client->findGroupByName(idOrName, this, answer);
    }
}

} // namespace cordon::core
