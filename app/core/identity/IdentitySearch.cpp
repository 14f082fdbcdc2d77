#include "IdentitySearch.h"

#include "identity/NameFolding.h"
#include "okta/SearchExpression.h"

namespace cordon::core
{

namespace
{

QString profile(const QString& attribute)
{
    return QStringLiteral("profile.") + attribute;
}

} // namespace

QString IdentitySearch::userPart(const EndpointIdentity& identity)
{
    if (!identity.upn.isEmpty()) {
        return identity.upn.section(QLatin1Char('@'), 0, 0);
    }
    return identity.username;
}

QStringList IdentitySearch::nameWords(const EndpointIdentity& identity)
{
    const QStringList words = NameFolding::words(userPart(identity));
    QStringList letters;
    for (const QString& word : words) {
        if (word.size() > 1 && std::none_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); })) {
            letters << word;
        }
    }
    return letters;
}

QString IdentitySearch::conventionalLocalPart(const QStringList& words)
{
    return NameFolding::fold(words.first()) + QLatin1Char('.') + NameFolding::fold(words.mid(1).join(QString()));
}

QString IdentitySearch::impliedEmail(const EndpointIdentity& identity, const MatchOptions& options)
{
    if (!identity.upn.isEmpty()) {
        return identity.upn.toLower();
    }
    const QString mapped = options.emailDomains.value(identity.domain.toUpper());
    if (!mapped.isEmpty() && !identity.username.isEmpty()) {
        return (identity.username + QLatin1Char('@') + mapped).toLower();
    }
    return {};
}

UserQuery IdentitySearch::primary(const EndpointIdentity& identity, const MatchOptions& options)
{
    QStringList terms;
    const QString user = userPart(identity);
    const QString email = impliedEmail(identity, options);
    if (!email.isEmpty()) {
        terms << SearchExpression::eq(QStringLiteral("profile.login"), email)
              << SearchExpression::eq(QStringLiteral("profile.email"), email);
    }
    if (!identity.sid.isEmpty() && options.sidAvailable && SearchExpression::isValidAttribute(options.sidAttribute)) {
        terms << SearchExpression::eq(profile(options.sidAttribute), identity.sid);
    }
    if (!user.isEmpty()) {
        if (options.adUsernameAvailable && SearchExpression::isValidAttribute(options.adUsernameAttribute)) {
            terms << SearchExpression::eq(profile(options.adUsernameAttribute), user);
        }
        terms << SearchExpression::sw(QStringLiteral("profile.login"), user)
              << SearchExpression::sw(QStringLiteral("profile.email"), user);
    }
    const QStringList words = nameWords(identity);
    if (words.size() >= 2) {
        // Logins made as first.last, with multi-word last names run together ("jose.desmet").
        terms << SearchExpression::sw(QStringLiteral("profile.login"), conventionalLocalPart(words));
        // First and last name, in every spelling Okta may hold ("Mueller" may be stored as "Müller").
        for (const QString& first : NameFolding::spellings(NameFolding::capitalised(words.first()))) {
            for (const QString& last : NameFolding::spellings(NameFolding::capitalised(words.last()))) {
                terms << SearchExpression::allOf({SearchExpression::eq(QStringLiteral("profile.firstName"), first),
                                                  SearchExpression::eq(QStringLiteral("profile.lastName"), last)});
            }
        }
    }
    UserQuery query;
    terms.removeAll(QString());
    terms.removeDuplicates();
    query.search = SearchExpression::anyOf(terms);
    query.limit = options.searchLimit;
    query.maxPages = 1;
    return query;
}

UserQuery IdentitySearch::fallback(const EndpointIdentity& identity, const MatchOptions& options)
{
    UserQuery query;
    const QStringList words = nameWords(identity);
    const QString start = words.isEmpty() ? userPart(identity) : words.first();
    if (start.size() < 2) {
        return query;
    }
    // q is a prefix match on first name, last name and email: it finds "Joren" for a short name "joren".
    query.q = start;
    query.limit = options.searchLimit;
    query.maxPages = 1;
    return query;
}

} // namespace cordon::core
