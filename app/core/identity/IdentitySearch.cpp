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

QList<IdentitySearch::NameSplit> IdentitySearch::nameSplits(const QStringList& words)
{
    QList<NameSplit> splits;
    const qsizetype count = words.size();
    if (count < 2) {
        return splits;
    }
    // One first name and the rest, then all but the last word as the first name, then the splits between.
    splits << NameSplit{words.mid(0, 1), words.mid(1)};
    if (count > 2) {
        splits << NameSplit{words.mid(0, count - 1), words.mid(count - 1)};
        for (qsizetype at = 2; at < count - 1; ++at) {
            splits << NameSplit{words.mid(0, at), words.mid(at)};
        }
        splits << NameSplit{words.mid(0, 1), words.mid(count - 1)};
    }
    return splits;
}

QStringList IdentitySearch::nameValues(const QStringList& words)
{
    QStringList capitalisedWords;
    for (const QString& word : words) {
        capitalisedWords << NameFolding::capitalised(word);
    }
    QStringList values;
    for (const QString& joined : {capitalisedWords.join(QLatin1Char(' ')), capitalisedWords.join(QString())}) {
        for (const QString& spelling : NameFolding::spellings(joined)) {
            if (!values.contains(spelling)) {
                values << spelling;
            }
        }
    }
    return values;
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
        // The user part as written, and with umlauts written out or dropped ("boerge.hoess", "borge.hoss").
        for (const QString& local : NameFolding::loginSpellings(user)) {
            terms << SearchExpression::sw(QStringLiteral("profile.login"), local)
                  << SearchExpression::sw(QStringLiteral("profile.email"), local);
        }
    }
    const QStringList words = nameWords(identity);
    if (words.size() >= 2) {
        // Logins made as first.last, with multi-word last names run together ("jose.desmet").
        for (const QString& local : NameFolding::loginSpellings(conventionalLocalPart(words))) {
            terms << SearchExpression::sw(QStringLiteral("profile.login"), local);
        }
    }
    terms.removeAll(QString());
    terms.removeDuplicates();
    // First and last name, for each way the words divide, in every spelling Okta may hold ("Mueller" may
    // be stored as "Müller", "Noël" as "Noel"); while the expression stays within its budget.
    for (const NameSplit& split : nameSplits(words)) {
        auto anyValue = [](const QString& attribute, const QStringList& values) {
            QStringList comparisons;
            for (const QString& value : values) {
                comparisons << SearchExpression::eq(attribute, value);
            }
            return SearchExpression::anyOf(comparisons);
        };
        const QString term =
            SearchExpression::allOf({anyValue(QStringLiteral("profile.firstName"), nameValues(split.firstWords)),
                                     anyValue(QStringLiteral("profile.lastName"), nameValues(split.lastWords))});
        if (term.isEmpty() || terms.contains(term) ||
            SearchExpression::anyOf(terms + QStringList{term}).size() > SearchBudget) {
            continue;
        }
        terms << term;
    }
    UserQuery query;
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
