#include "ProtectedAccountResolver.h"

#include "ContainmentAction.h"
#include "Guardrails.h"
#include "okta/OktaClient.h"
#include "okta/SearchExpression.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

namespace cordon::core
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("cordon::core::AccountResolution", text);
}

QString displayName(const OktaUser& user)
{
    return user.displayName.isEmpty() ? QStringLiteral("%1 %2").arg(user.firstName, user.lastName).trimmed()
                                      : user.displayName;
}

bool declaredInSchema(const QJsonObject& schema, const QString& attribute)
{
    const QJsonObject definitions = schema.value(QLatin1String("definitions")).toObject();
    for (const char* part : {"base", "custom"}) {
        if (definitions.value(QLatin1String(part))
                .toObject()
                .value(QLatin1String("properties"))
                .toObject()
                .contains(attribute)) {
            return true;
        }
    }
    return false;
}

} // namespace

QString AccountResolution::message() const
{
    switch (status) {
    case Status::Resolved:
        return account.describe();
    case Status::NoMatch:
        return tr("%1: no Okta user has this id, login, short login, email or AD username").arg(account.entry);
    case Status::Ambiguous: {
        QStringList names;
        for (const OktaUser& user : matches) {
            names << QStringLiteral("%1 (%2)").arg(user.login, user.id);
        }
        return tr("%1 names %2 Okta users: %3; write the full login or the Okta id")
            .arg(account.entry)
            .arg(matches.size())
            .arg(names.join(QStringLiteral(", ")));
    }
    case Status::Failed:
        return tr("%1: could not be checked at Okta: %2").arg(account.entry, error.message());
    }
    return {};
}

struct ProtectedAccountResolver::Run
{
    QStringList entries;
    QList<AccountResolution> results;
    int pending = 0;
    QPointer<QObject> context;
    bool bound = false;
    Callback callback;
};

ProtectedAccountResolver::ProtectedAccountResolver(OktaClient* client,
                                                   const QString& adUsernameAttribute,
                                                   QObject* parent)
    : QObject(parent), m_client(client), m_adUsernameAttribute(adUsernameAttribute)
{}

ProtectedAccount ProtectedAccountResolver::accountFor(const QString& entry, const OktaUser& user)
{
    ProtectedAccount account;
    account.entry = entry;
    account.userId = user.id;
    account.login = user.login;
    account.name = displayName(user);
    account.email = user.email;
    return account;
}

void ProtectedAccountResolver::resolve(const QStringList& entries, QObject* context, Callback callback)
{
    auto run = std::make_shared<Run>();
    for (const QString& entry : entries) {
        AccountResolution resolution;
        resolution.account.entry = entry.trimmed();
        run->results << resolution;
        run->entries << entry.trimmed();
    }
    run->context = context;
    run->bound = context != nullptr;
    run->callback = std::move(callback);
    run->pending = int(run->entries.size()) + 1;
    if (run->entries.isEmpty()) {
        // Nothing to ask; still called back on the event loop, as after asking.
        QMetaObject::invokeMethod(
            this, [this, run] { settle(run, -1, {}); }, Qt::QueuedConnection);
        return;
    }
    // Searching an attribute the org's schema does not declare is an error at Okta, so the AD username is
    // searched only where the schema has it.
    m_client->userSchema(this, [this, run](const OktaReply& reply) {
        if (!reply.ok()) {
            for (int index = 0; index < run->entries.size(); ++index) {
                AccountResolution failed = run->results.at(index);
                failed.status = AccountResolution::Status::Failed;
                failed.error = reply.error;
                settle(run, index, failed);
            }
        } else {
            const bool adUsernameKnown = declaredInSchema(reply.json.object(), m_adUsernameAttribute);
            for (int index = 0; index < run->entries.size(); ++index) {
                resolveEntry(run, index, adUsernameKnown);
            }
        }
        settle(run, -1, {});
    });
}

void ProtectedAccountResolver::resolveEntry(const std::shared_ptr<Run>& run, int index, bool adUsernameKnown)
{
    const QString entry = run->entries.at(index);
    AccountResolution resolution = run->results.at(index);
    if (looksLikeOktaUserId(entry)) {
        m_client->getUser(entry, this, [this, run, index, resolution](const OktaReply& reply, const OktaUser& user) {
            AccountResolution result = resolution;
            if (reply.ok()) {
                result.status = AccountResolution::Status::Resolved;
                result.account = accountFor(result.account.entry, user);
            } else if (reply.httpStatus == 404) {
                result.status = AccountResolution::Status::NoMatch;
            } else {
                result.error = reply.error;
            }
            settle(run, index, result);
        });
        return;
    }

    // Every attribute the entry may be, in one search; the exact comparison is made here, as the guardrail
    // makes it for an unresolved entry.
    const QString withoutDomain = entry.section(QLatin1Char('\\'), -1);
    QStringList terms{SearchExpression::eq(QStringLiteral("profile.login"), entry),
                      SearchExpression::eq(QStringLiteral("profile.email"), entry)};
    if (!withoutDomain.isEmpty() && !withoutDomain.contains(QLatin1Char('@'))) {
        terms << SearchExpression::sw(QStringLiteral("profile.login"), withoutDomain + QLatin1Char('@'));
        if (adUsernameKnown && SearchExpression::isValidAttribute(m_adUsernameAttribute)) {
            terms << SearchExpression::eq(QStringLiteral("profile.") + m_adUsernameAttribute, withoutDomain);
        }
    }
    UserQuery query;
    query.search = SearchExpression::anyOf(terms);
    query.limit = 200;
    if (entry.isEmpty() || query.search.isEmpty()) {
        resolution.status = AccountResolution::Status::NoMatch;
        settle(run, index, resolution);
        return;
    }
    m_client->searchUsers(
        query, this, [this, run, index, resolution](const OktaReply& reply, const QList<OktaUser>& users) {
            AccountResolution result = resolution;
            if (!reply.ok() || reply.morePages) {
                result.error = reply.ok() ? OktaError::make(OktaError::Kind::InvalidResponse,
                                                            QStringLiteral("Okta found more users than were read."))
                                          : reply.error;
                settle(run, index, result);
                return;
            }
            for (const OktaUser& user : users) {
                const bool known = std::any_of(result.matches.begin(), result.matches.end(),
                                               [&](const OktaUser& match) { return match.id == user.id; });
                if (!known && protectedEntryNames(result.account.entry, user, m_adUsernameAttribute)) {
                    result.matches << user;
                }
            }
            if (result.matches.size() == 1) {
                result.status = AccountResolution::Status::Resolved;
                result.account = accountFor(result.account.entry, result.matches.first());
                result.matches.clear();
            } else {
                result.status = result.matches.isEmpty() ? AccountResolution::Status::NoMatch
                                                         : AccountResolution::Status::Ambiguous;
            }
            settle(run, index, result);
        });
}

void ProtectedAccountResolver::settle(const std::shared_ptr<Run>& run, int index, const AccountResolution& resolution)
{
    if (index >= 0) {
        run->results[index] = resolution;
    }
    if (--run->pending > 0 || (run->bound && !run->context)) {
        return;
    }
    run->callback(run->results);
}

} // namespace cordon::core
