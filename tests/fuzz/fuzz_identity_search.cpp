// The Okta search for an endpoint identity. Input: the NetBIOS domain's email domain, the SID, the
// SID attribute's name, then the user string. Property: the search never matches more than the
// identity asks: it is a list of alternatives, each an exact or prefix comparison of a known profile
// attribute with a value the identity gives, in a spelling of it (or a first and last name together),
// no value is empty or escapes its quotes, and the name alternatives keep within the search budget.

#include "FuzzSupport.h"
#include "SearchExpressionReader.h"
#include "identity/IdentityParser.h"
#include "identity/IdentitySearch.h"
#include "identity/NameFolding.h"
#include "okta/SearchExpression.h"

#include <algorithm>

using namespace cordon::core;
using cordon::fuzz::SearchExpressionReader;
using cordon::fuzz::SearchNode;

namespace
{

// A comparison of `attribute` with one of `values`, or several such joined by `or`.
bool isOneOf(const SearchNode& node, const QString& attribute, const QStringList& values)
{
    const QList<SearchNode> comparisons = node.kind == SearchNode::Kind::Or ? node.children : QList<SearchNode>{node};
    return std::all_of(comparisons.begin(), comparisons.end(), [&](const SearchNode& comparison) {
        return comparison.kind == SearchNode::Kind::Comparison && comparison.attribute == attribute &&
               comparison.op == QLatin1String("eq") && values.contains(comparison.value);
    });
}

// A first name and a last name together, for one way the identity's words divide, in a spelling of theirs.
bool isNamePair(const SearchNode& node, const QStringList& words)
{
    if (node.kind != SearchNode::Kind::And || node.children.size() != 2) {
        return false;
    }
    const QList<IdentitySearch::NameSplit> splits = IdentitySearch::nameSplits(words);
    return std::any_of(splits.begin(), splits.end(), [&](const IdentitySearch::NameSplit& split) {
        return isOneOf(node.children.at(0), QStringLiteral("profile.firstName"),
                       IdentitySearch::nameValues(split.firstWords)) &&
               isOneOf(node.children.at(1), QStringLiteral("profile.lastName"),
                       IdentitySearch::nameValues(split.lastWords));
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = cordon::fuzz::fields(cordon::fuzz::bytes(data, size), 4);
    IdentityContext context;
    context.sid = QString::fromUtf8(parts.at(1));
    const EndpointIdentity identity = IdentityParser::parse(QString::fromUtf8(parts.at(3)), context);
    MatchOptions options;
    options.emailDomains.insert(identity.domain.toUpper(), QString::fromUtf8(parts.at(0)));
    options.sidAvailable = true;
    options.sidAttribute = QString::fromUtf8(parts.at(2));

    const UserQuery query = IdentitySearch::primary(identity, options);
    IdentitySearch::fallback(identity, options);
    if (query.search.isEmpty()) {
        return 0; // nothing to look for: no search is sent
    }
    const std::optional<SearchNode> tree = SearchExpressionReader::read(query.search);
    cordon::fuzz::check(tree.has_value(), "the search is well formed", query.search);
    const QList<SearchNode> alternatives =
        tree->kind == SearchNode::Kind::Or ? tree->children : QList<SearchNode>{*tree};

    const QString user = IdentitySearch::userPart(identity);
    const QString email = IdentitySearch::impliedEmail(identity, options);
    const QStringList words = IdentitySearch::nameWords(identity);
    const QString sidAttribute = QStringLiteral("profile.") + options.sidAttribute;
    const QString adAttribute = QStringLiteral("profile.") + options.adUsernameAttribute;
    for (const SearchNode& node : alternatives) {
        const QString where = query.search + QStringLiteral("\n  term ") + cordon::fuzz::describe(node);
        if (node.kind != SearchNode::Kind::Comparison) {
            cordon::fuzz::check(isNamePair(node, words), "a group is a first and last name of the identity", where);
            continue;
        }
        cordon::fuzz::check(!node.value.isEmpty(), "no comparison has an empty value", where);
        const bool loginOrEmail =
            node.attribute == QLatin1String("profile.login") || node.attribute == QLatin1String("profile.email");
        bool asked = false;
        if (node.op == QLatin1String("eq")) {
            asked = (loginOrEmail && node.value == email) ||
                    (node.attribute == sidAttribute && node.value == identity.sid) ||
                    (node.attribute == adAttribute && node.value == user);
        } else if (node.op == QLatin1String("sw")) {
            asked = (loginOrEmail && NameFolding::loginSpellings(user).contains(node.value)) ||
                    (node.attribute == QLatin1String("profile.login") && words.size() >= 2 &&
                     NameFolding::loginSpellings(IdentitySearch::conventionalLocalPart(words)).contains(node.value));
        }
        cordon::fuzz::check(asked, "every comparison is one the identity asks for", where);
    }
    const bool nameGroups = std::any_of(alternatives.begin(), alternatives.end(), [](const SearchNode& node) {
        return node.kind != SearchNode::Kind::Comparison;
    });
    if (nameGroups) {
        cordon::fuzz::check(query.search.size() <= IdentitySearch::SearchBudget, "name alternatives keep to the budget",
                            query.search);
    }
    return 0;
}
