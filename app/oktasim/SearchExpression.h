#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace cordon::sim
{

// Okta's SCIM-like expressions for `search` and `filter`: `attr op "value"` joined by `and`, `or` and
// parentheses. Which attributes and operators are allowed, and whether values compare case-sensitively,
// differ between users and groups and between `search` and `filter` (docs/okta.md §User search); Rules says which.
class SearchExpression
{
public:
    struct Rules
    {
        QStringList attributes;           // top-level names allowed as they are, e.g. "id", "type.id"
        QStringList profileAttributes;    // "profile.<name>" allowed for these names
        bool anyProfileAttribute = false; // any "profile.<name>" allowed (group profiles)
        QStringList operators;            // besides eq, e.g. "sw", "co", "gt"
        QStringList containsAttributes;   // where co is allowed
        QStringList comparisonAttributes; // where gt/ge/lt/le are allowed; empty means everywhere
        bool caseSensitiveValues = false;
        bool presenceAllowed = true; // `attr pr`
    };

    enum class Error
    {
        None,
        Syntax,      // not an expression at all
        Unsupported, // well formed, but an attribute or operator Okta does not allow here
    };

    static Rules userSearchRules(const QStringList& customProfileAttributes);
    static Rules userFilterRules();
    static Rules groupSearchRules();
    static Rules groupFilterRules();

    Error parse(const QString& text, const Rules& rules);
    QString errorText() const { return m_errorText; }
    bool matches(const QJsonObject& object) const;

private:
    struct Node
    {
        enum class Kind
        {
            And,
            Or,
            Compare,
            Present,
        };
        Kind kind = Kind::Compare;
        QString attribute;
        QString op;
        QJsonValue value;
        std::vector<Node> children;
    };

    struct Token
    {
        enum class Kind
        {
            Word,
            String,
            Open,
            Close,
            End,
        };
        Kind kind = Kind::End;
        QString text;
    };

    bool tokenize(const QString& text);
    bool parseOr(Node* node);
    bool parseAnd(Node* node);
    // Terms joined by `keyword`: one term stays itself, several become a node of `kind`.
    bool parseChain(Node* node, QLatin1String keyword, Node::Kind kind, bool (SearchExpression::*term)(Node*));
    bool parsePrimary(Node* node);
    bool parseValue(QJsonValue* value);
    bool checkAllowed(const QString& attribute, const QString& op);
    bool syntaxError(const QString& text);
    bool evaluate(const Node& node, const QJsonObject& object) const;
    bool compare(const QString& op, const QJsonValue& actual, const QJsonValue& wanted) const;

    Rules m_rules;
    std::vector<Token> m_tokens;
    size_t m_position = 0;
    Node m_root;
    Error m_error = Error::None;
    QString m_errorText;
};

} // namespace cordon::sim
