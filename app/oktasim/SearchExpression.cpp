#include "oktasim/SearchExpression.h"

#include "oktasim/Directory.h"

#include <QJsonArray>

namespace cordon::sim
{

namespace
{

const QString kEq = QStringLiteral("eq");
const QString kCo = QStringLiteral("co");
const QString kSw = QStringLiteral("sw");
const QStringList kComparisons = {QStringLiteral("gt"), QStringLiteral("ge"), QStringLiteral("lt"),
                                  QStringLiteral("le")};
const QStringList kKnownOperators = {QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("co"),
                                     QStringLiteral("sw"), QStringLiteral("ew"), QStringLiteral("gt"),
                                     QStringLiteral("ge"), QStringLiteral("lt"), QStringLiteral("le")};

QJsonValue lookup(const QJsonObject& object, const QString& path)
{
    QJsonValue current = object;
    for (const QString& part : path.split(QLatin1Char('.'))) {
        if (!current.isObject()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        current = current.toObject().value(part);
    }
    return current;
}

QString asText(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble());
    }
    return {};
}

} // namespace

SearchExpression::Rules SearchExpression::userSearchRules(const QStringList& customProfileAttributes)
{
    Rules rules;
    rules.attributes = {QStringLiteral("id"),        QStringLiteral("status"),        QStringLiteral("created"),
                        QStringLiteral("activated"), QStringLiteral("statusChanged"), QStringLiteral("lastUpdated"),
                        QStringLiteral("type.id")};
    rules.profileAttributes = baseProfileAttributes() + customProfileAttributes;
    rules.operators = QStringList{kSw, kCo} + kComparisons;
    rules.containsAttributes = {QStringLiteral("profile.firstName"), QStringLiteral("profile.lastName"),
                                QStringLiteral("profile.email"), QStringLiteral("profile.login")};
    return rules;
}

SearchExpression::Rules SearchExpression::userFilterRules()
{
    Rules rules;
    rules.attributes = {
        QStringLiteral("status"),          QStringLiteral("lastUpdated"),   QStringLiteral("id"),
        QStringLiteral("profile.login"),   QStringLiteral("profile.email"), QStringLiteral("profile.firstName"),
        QStringLiteral("profile.lastName")};
    rules.operators = kComparisons;
    rules.comparisonAttributes = {QStringLiteral("lastUpdated")};
    rules.caseSensitiveValues = true;
    rules.presenceAllowed = false;
    return rules;
}

SearchExpression::Rules SearchExpression::groupSearchRules()
{
    Rules rules;
    rules.attributes = {QStringLiteral("id"),          QStringLiteral("created"),
                        QStringLiteral("lastUpdated"), QStringLiteral("lastMembershipUpdated"),
                        QStringLiteral("type"),        QStringLiteral("source.id")};
    rules.anyProfileAttribute = true;
    rules.operators = QStringList{kSw, kCo} + kComparisons;
    rules.containsAttributes = {QStringLiteral("profile.name"), QStringLiteral("profile.description")};
    return rules;
}

SearchExpression::Rules SearchExpression::groupFilterRules()
{
    Rules rules;
    rules.attributes = {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("lastUpdated"),
                        QStringLiteral("lastMembershipUpdated")};
    rules.operators = kComparisons;
    rules.comparisonAttributes = {QStringLiteral("lastUpdated"), QStringLiteral("lastMembershipUpdated")};
    rules.caseSensitiveValues = true;
    rules.presenceAllowed = false;
    return rules;
}

SearchExpression::Error SearchExpression::parse(const QString& text, const Rules& rules)
{
    m_rules = rules;
    m_tokens.clear();
    m_position = 0;
    m_root = Node();
    m_error = Error::None;
    m_errorText.clear();
    if (!tokenize(text)) {
        return m_error;
    }
    if (!parseOr(&m_root)) {
        return m_error;
    }
    if (m_tokens[m_position].kind != Token::Kind::End) {
        syntaxError(QStringLiteral("unexpected '%1'").arg(m_tokens[m_position].text));
    }
    return m_error;
}

bool SearchExpression::syntaxError(const QString& text)
{
    m_error = Error::Syntax;
    m_errorText = text;
    return false;
}

bool SearchExpression::tokenize(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            m_tokens.push_back({c == QLatin1Char('(') ? Token::Kind::Open : Token::Kind::Close, QString(c)});
            ++i;
        } else if (c == QLatin1Char('"')) {
            // Inside a value a backslash escapes the next character, so \" and \\ stand for " and \.
            QString value;
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar v = text.at(i);
                if (v == QLatin1Char('\\') && i + 1 < text.size()) {
                    value.append(text.at(i + 1));
                    i += 2;
                } else if (v == QLatin1Char('"')) {
                    closed = true;
                    ++i;
                    break;
                } else {
                    value.append(v);
                    ++i;
                }
            }
            if (!closed) {
                return syntaxError(QStringLiteral("unterminated string"));
            }
            m_tokens.push_back({Token::Kind::String, value});
        } else {
            const qsizetype start = i;
            while (i < text.size() && !text.at(i).isSpace() && text.at(i) != QLatin1Char('(') &&
                   text.at(i) != QLatin1Char(')') && text.at(i) != QLatin1Char('"')) {
                ++i;
            }
            m_tokens.push_back({Token::Kind::Word, text.mid(start, i - start)});
        }
    }
    m_tokens.push_back({Token::Kind::End, QString()});
    if (m_tokens.size() == 1) {
        return syntaxError(QStringLiteral("empty expression"));
    }
    return true;
}

bool SearchExpression::parseOr(Node* node)
{
    return parseChain(node, QLatin1String("or"), Node::Kind::Or, &SearchExpression::parseAnd);
}

bool SearchExpression::parseAnd(Node* node)
{
    return parseChain(node, QLatin1String("and"), Node::Kind::And, &SearchExpression::parsePrimary);
}

bool SearchExpression::parseChain(Node* node,
                                  QLatin1String keyword,
                                  Node::Kind kind,
                                  bool (SearchExpression::*term)(Node*))
{
    std::vector<Node> terms(1);
    if (!(this->*term)(&terms.back())) {
        return false;
    }
    while (m_tokens[m_position].kind == Token::Kind::Word &&
           m_tokens[m_position].text.compare(keyword, Qt::CaseInsensitive) == 0) {
        ++m_position;
        terms.emplace_back();
        if (!(this->*term)(&terms.back())) {
            return false;
        }
    }
    if (terms.size() == 1) {
        *node = std::move(terms.front());
    } else {
        node->kind = kind;
        node->children = std::move(terms);
    }
    return true;
}

bool SearchExpression::parsePrimary(Node* node)
{
    const Token& token = m_tokens[m_position];
    if (token.kind == Token::Kind::Open) {
        ++m_position;
        if (!parseOr(node)) {
            return false;
        }
        if (m_tokens[m_position].kind != Token::Kind::Close) {
            return syntaxError(QStringLiteral("missing ')'"));
        }
        ++m_position;
        return true;
    }
    if (token.kind != Token::Kind::Word) {
        return syntaxError(QStringLiteral("expected an attribute, found '%1'").arg(token.text));
    }
    if (token.text.compare(QLatin1String("not"), Qt::CaseInsensitive) == 0) {
        m_error = Error::Unsupported;
        m_errorText = QStringLiteral("'not' is not supported");
        return false;
    }
    node->attribute = token.text;
    ++m_position;
    const Token& opToken = m_tokens[m_position];
    if (opToken.kind != Token::Kind::Word) {
        return syntaxError(QStringLiteral("expected an operator after '%1'").arg(node->attribute));
    }
    const QString op = opToken.text.toLower();
    ++m_position;
    if (op == QLatin1String("pr")) {
        node->kind = Node::Kind::Present;
        return checkAllowed(node->attribute, op);
    }
    if (!kKnownOperators.contains(op)) {
        return syntaxError(QStringLiteral("unknown operator '%1'").arg(opToken.text));
    }
    node->kind = Node::Kind::Compare;
    node->op = op;
    if (!parseValue(&node->value)) {
        return false;
    }
    return checkAllowed(node->attribute, op);
}

bool SearchExpression::parseValue(QJsonValue* value)
{
    const Token& token = m_tokens[m_position];
    if (token.kind == Token::Kind::String) {
        *value = token.text;
    } else if (token.kind == Token::Kind::Word) {
        bool isNumber = false;
        const double number = token.text.toDouble(&isNumber);
        if (isNumber) {
            *value = number;
        } else if (token.text == QLatin1String("true") || token.text == QLatin1String("false")) {
            *value = token.text == QLatin1String("true");
        } else if (token.text == QLatin1String("null")) {
            *value = QJsonValue(QJsonValue::Null);
        } else {
            return syntaxError(QStringLiteral("a value must be quoted: %1").arg(token.text));
        }
    } else {
        return syntaxError(QStringLiteral("expected a value"));
    }
    ++m_position;
    return true;
}

bool SearchExpression::checkAllowed(const QString& attribute, const QString& op)
{
    // Property names are case-sensitive at Okta: profile.FirstName is not profile.firstName.
    bool known = m_rules.attributes.contains(attribute);
    if (!known && attribute.startsWith(QLatin1String("profile."))) {
        const QString name = attribute.mid(8);
        known = !name.isEmpty() && (m_rules.anyProfileAttribute || m_rules.profileAttributes.contains(name));
    }
    if (!known) {
        m_error = Error::Unsupported;
        m_errorText = QStringLiteral("attribute '%1' is not supported here").arg(attribute);
        return false;
    }
    bool allowed = op == kEq || m_rules.operators.contains(op);
    if (allowed && op == kCo) {
        allowed = m_rules.containsAttributes.contains(attribute);
    }
    if (allowed && kComparisons.contains(op) && !m_rules.comparisonAttributes.isEmpty()) {
        allowed = m_rules.comparisonAttributes.contains(attribute);
    }
    if (op == QLatin1String("pr")) {
        allowed = m_rules.presenceAllowed;
    }
    if (!allowed) {
        m_error = Error::Unsupported;
        m_errorText = QStringLiteral("operator '%1' is not supported on '%2'").arg(op, attribute);
        return false;
    }
    return true;
}

bool SearchExpression::matches(const QJsonObject& object) const
{
    return m_error == Error::None && evaluate(m_root, object);
}

bool SearchExpression::evaluate(const Node& node, const QJsonObject& object) const
{
    switch (node.kind) {
    case Node::Kind::And:
        return std::all_of(node.children.begin(), node.children.end(),
                           [&](const Node& child) { return evaluate(child, object); });
    case Node::Kind::Or:
        return std::any_of(node.children.begin(), node.children.end(),
                           [&](const Node& child) { return evaluate(child, object); });
    case Node::Kind::Present: {
        const QJsonValue value = lookup(object, node.attribute);
        return !value.isUndefined() && !value.isNull() && !(value.isString() && value.toString().isEmpty());
    }
    case Node::Kind::Compare: {
        const QJsonValue value = lookup(object, node.attribute);
        if (value.isArray()) {
            const QJsonArray items = value.toArray();
            return std::any_of(items.begin(), items.end(),
                               [&](const QJsonValue& item) { return compare(node.op, item, node.value); });
        }
        return compare(node.op, value, node.value);
    }
    }
    return false;
}

bool SearchExpression::compare(const QString& op, const QJsonValue& actual, const QJsonValue& wanted) const
{
    if (wanted.isNull()) {
        return op == kEq && (actual.isNull() || actual.isUndefined());
    }
    if (actual.isNull() || actual.isUndefined()) {
        return false;
    }
    if (actual.isDouble() && wanted.isDouble()) {
        const double a = actual.toDouble();
        const double w = wanted.toDouble();
        if (op == kEq) {
            return a == w;
        }
        if (op == QLatin1String("gt")) {
            return a > w;
        }
        if (op == QLatin1String("ge")) {
            return a >= w;
        }
        if (op == QLatin1String("lt")) {
            return a < w;
        }
        if (op == QLatin1String("le")) {
            return a <= w;
        }
        return false;
    }
    // Okta compares values without regard to case in search, but keeps diacritics significant:
    // case folding leaves "ü" distinct from "u".
    QString a = asText(actual);
    QString w = asText(wanted);
    if (!m_rules.caseSensitiveValues) {
        a = a.toCaseFolded();
        w = w.toCaseFolded();
    }
    if (op == kEq) {
        return a == w;
    }
    if (op == kSw) {
        return a.startsWith(w);
    }
    if (op == kCo) {
        return a.contains(w);
    }
    const int order = a.compare(w);
    if (op == QLatin1String("gt")) {
        return order > 0;
    }
    if (op == QLatin1String("ge")) {
        return order >= 0;
    }
    if (op == QLatin1String("lt")) {
        return order < 0;
    }
    if (op == QLatin1String("le")) {
        return order <= 0;
    }
    return false;
}

} // namespace cordon::sim
