// The search expression builder. Input: three attributes and three values, one a line.
// Property: no value breaks out of its quotes and no attribute adds an operator: the expression reads
// back as exactly the tree that was asked for, whatever the values; a refused attribute refuses the
// whole expression instead of dropping a term.

#include "FuzzSupport.h"
#include "SearchExpressionReader.h"
#include "okta/SearchExpression.h"

using namespace cordon::core;
using cordon::fuzz::SearchExpressionReader;
using cordon::fuzz::SearchNode;

namespace
{

void expectTree(const QString& expression, const SearchNode& expected)
{
    const std::optional<SearchNode> read = SearchExpressionReader::read(expression);
    cordon::fuzz::check(read.has_value(), "the expression is well formed", expression);
    cordon::fuzz::check(*read == expected, "the expression is the tree asked for",
                        expression + QStringLiteral("\n  read as ") + cordon::fuzz::describe(*read) +
                            QStringLiteral("\n  expected ") + cordon::fuzz::describe(expected));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = cordon::fuzz::fields(cordon::fuzz::bytes(data, size), 6);
    QStringList attributes;
    QStringList values;
    for (int i = 0; i < 3; ++i) {
        attributes.append(QString::fromUtf8(parts.at(2 * i)));
        values.append(QString::fromUtf8(parts.at(2 * i + 1)));
    }
    bool allValid = true;
    for (const QString& attribute : attributes) {
        const bool valid = SearchExpression::isValidAttribute(attribute);
        allValid = allValid && valid;
        if (valid) {
            for (const QChar c : attribute) {
                cordon::fuzz::check(c.unicode() < 0x80 &&
                                        (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.')),
                                    "a valid attribute is a dotted name", attribute);
            }
        }
    }

    const QString eq = SearchExpression::eq(attributes.at(0), values.at(0));
    const QString sw = SearchExpression::sw(attributes.at(1), values.at(1));
    const QString co = SearchExpression::co(attributes.at(2), values.at(2));
    cordon::fuzz::check(eq.isEmpty() != SearchExpression::isValidAttribute(attributes.at(0)),
                        "a comparison is refused exactly when its attribute is", attributes.at(0));

    const QString nested = SearchExpression::anyOf({eq, SearchExpression::allOf({sw, co})});
    const QString flat = SearchExpression::allOf({eq, sw, co});
    const QString single = SearchExpression::anyOf({SearchExpression::allOf({eq})});
    if (!allValid) {
        cordon::fuzz::check(nested.isEmpty() && flat.isEmpty(), "a refused term refuses the whole expression",
                            nested + QStringLiteral(" | ") + flat);
        return 0;
    }
    const SearchNode eqNode = SearchNode::comparison(attributes.at(0), QStringLiteral("eq"), values.at(0));
    const SearchNode swNode = SearchNode::comparison(attributes.at(1), QStringLiteral("sw"), values.at(1));
    const SearchNode coNode = SearchNode::comparison(attributes.at(2), QStringLiteral("co"), values.at(2));
    expectTree(nested, SearchNode::group(SearchNode::Kind::Or,
                                         {eqNode, SearchNode::group(SearchNode::Kind::And, {swNode, coNode})}));
    expectTree(flat, SearchNode::group(SearchNode::Kind::And, {eqNode, swNode, coNode}));
    expectTree(single, eqNode);
    // Wrapping an expression again changes nothing it matches.
    expectTree(SearchExpression::allOf({nested, flat}),
               SearchNode::group(SearchNode::Kind::And,
                                 {*SearchExpressionReader::read(nested), *SearchExpressionReader::read(flat)}));
    return 0;
}
