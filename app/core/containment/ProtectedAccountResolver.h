#pragma once

#include "okta/OktaError.h"
#include "okta/OktaUser.h"
#include "store/ProtectedAccount.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace cordon::core
{

class OktaClient;

// What one protected-account entry names at Okta.
struct AccountResolution
{
    enum class Status
    {
        Resolved,
        NoMatch,
        Ambiguous,
        Failed, // Okta could not be asked: the entry is neither right nor wrong
    };
    Status status = Status::Failed;
    ProtectedAccount account; // the entry, and the user when resolved
    QList<OktaUser> matches;  // every user it names, when several do
    OktaError error;          // when Failed

    bool isResolved() const { return status == Status::Resolved; }
    // For the analyst: what the entry resolved to, or why it did not.
    QString message() const;
};

// Resolves what an analyst wrote for a protected account (an Okta id, login, short login, email or AD
// username) to the one Okta user it names. An entry names a user exactly when the guardrail would protect
// that user by the entry's text, so resolving never narrows what an entry protects.
class ProtectedAccountResolver : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const QList<AccountResolution>&)>;

    ProtectedAccountResolver(OktaClient* client, const QString& adUsernameAttribute, QObject* parent = nullptr);

    // Every entry at once; calls back once, with one resolution per entry in the entries' order.
    void resolve(const QStringList& entries, QObject* context, Callback callback);

    static ProtectedAccount accountFor(const QString& entry, const OktaUser& user);

private:
    struct Run;
    void resolveEntry(const std::shared_ptr<Run>& run, int index, bool adUsernameKnown);
    void settle(const std::shared_ptr<Run>& run, int index, const AccountResolution& resolution);

    OktaClient* m_client;
    QString m_adUsernameAttribute;
};

} // namespace cordon::core
