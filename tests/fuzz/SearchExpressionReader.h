#pragma once

// A strict reader of the Okta `search` expressions Cordon builds (docs/okta.md §User search): comparisons
// `attribute op "value"` with backslash escapes in the value, joined by `and` or `or` and grouped in
// parentheses. Operators never mix at one level without parentheses, as SearchExpression promises.
// The fuzz targets read back what the builder made and compare it with what it was asked to build.

#include <QList>
#include <QString>

#include <optional>

namespace cordon::fuzz
{

struct SearchNode
{
    enum class Kind
    {
        Comparison,
        And,
        Or
    };
    Kind kind = Kind::Comparison;
    QString attribute;
    QString op;
    QString value;
    QList<SearchNode> children;

    bool operator==(const SearchNode& other) const = default;

    static SearchNode comparison(const QString& attribute, const QString& op, const QString& value)
    {
        return {Kind::Comparison, attribute, op, value, {}};
    }
    static SearchNode group(Kind kind, const QList<SearchNode>& children) { return {kind, {}, {}, {}, children}; }
};

class SearchExpressionReader
{
public:
    // The expression's tree, or nothing when it is not one whole well-formed expression.
    static std::optional<SearchNode> read(const QString& text)
    {
        SearchExpressionReader reader(text);
        std::optional<SearchNode> node = reader.expression();
        if (!node || reader.m_at != text.size()) {
            return std::nullopt;
        }
        return node;
    }

private:
    explicit SearchExpressionReader(const QString& text) : m_text(text) {}

    bool take(QLatin1String word)
    {
        if (QStringView(m_text).mid(m_at).startsWith(word)) {
            m_at += word.size();
            return true;
        }
        return false;
    }

    std::optional<SearchNode> expression()
    {
        std::optional<SearchNode> first = term();
        if (!first) {
            return std::nullopt;
        }
        QList<SearchNode> terms{*first};
        std::optional<SearchNode::Kind> kind;
        while (m_at < m_text.size() && m_text.at(m_at) != QLatin1Char(')')) {
            SearchNode::Kind next;
            if (take(QLatin1String(" and "))) {
                next = SearchNode::Kind::And;
            } else if (take(QLatin1String(" or "))) {
                next = SearchNode::Kind::Or;
            } else {
                return std::nullopt;
            }
            if (kind && *kind != next) {
                return std::nullopt; // `a and b or c` depends on precedence: never built
            }
            kind = next;
            std::optional<SearchNode> another = term();
            if (!another) {
                return std::nullopt;
            }
            terms.append(*another);
        }
        return kind ? SearchNode::group(*kind, terms) : terms.first();
    }

    std::optional<SearchNode> term()
    {
        if (take(QLatin1String("("))) {
            std::optional<SearchNode> inner = expression();
            if (!inner || !take(QLatin1String(")"))) {
                return std::nullopt;
            }
            return inner;
        }
        const qsizetype start = m_at;
        while (m_at < m_text.size() &&
               (m_text.at(m_at).isLetterOrNumber() || m_text.at(m_at) == QLatin1Char('_') ||
                m_text.at(m_at) == QLatin1Char('.')) &&
               m_text.at(m_at).unicode() < 0x80) {
            ++m_at;
        }
        const QString attribute = m_text.mid(start, m_at - start);
        if (attribute.isEmpty() || !take(QLatin1String(" "))) {
            return std::nullopt;
        }
        const QString op = m_text.mid(m_at, 2);
        static const QStringList operators{QStringLiteral("eq"), QStringLiteral("sw"), QStringLiteral("co"),
                                           QStringLiteral("gt"), QStringLiteral("ge"), QStringLiteral("lt"),
                                           QStringLiteral("le")};
        if (!operators.contains(op)) {
            return std::nullopt;
        }
        m_at += 2;
        if (!take(QLatin1String(" \""))) {
            return std::nullopt;
        }
        QString value;
        for (;;) {
            if (m_at >= m_text.size()) {
                return std::nullopt;
            }
            const QChar c = m_text.at(m_at++);
            if (c == QLatin1Char('"')) {
                break;
            }
            if (c == QLatin1Char('\\')) {
                if (m_at >= m_text.size()) {
                    return std::nullopt;
                }
                value += m_text.at(m_at++);
            } else {
                value += c;
            }
        }
        return SearchNode::comparison(attribute, op, value);
    }

    QString m_text;
    qsizetype m_at = 0;
};

// For messages: the tree written out with brackets.
inline QString describe(const SearchNode& node)
{
    if (node.kind == SearchNode::Kind::Comparison) {
        return node.attribute + QLatin1Char(' ') + node.op + QStringLiteral(" [") + node.value + QLatin1Char(']');
    }
    QStringList parts;
    for (const SearchNode& child : node.children) {
        parts.append(describe(child));
    }
    return QLatin1Char('{') +
           parts.join(node.kind == SearchNode::Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR ")) +
           QLatin1Char('}');
}

} // namespace cordon::fuzz
