#include "SearchExpression.h"

#include "base/Logging.h"

#include <QRegularExpression>

namespace cordon::core
{

QString SearchExpression::quote(const QString& value)
{
    QString escaped;
    escaped.reserve(value.size() + 2);
    escaped += QLatin1Char('"');
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"')) {
            escaped += QLatin1Char('\\');
        }
        escaped += c;
    }
    escaped += QLatin1Char('"');
    return escaped;
}

bool SearchExpression::isValidAttribute(const QString& attribute)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"));
    return name.match(attribute).hasMatch();
}

QString SearchExpression::compare(const QString& attribute, const char* op, const QString& value)
{
    if (!isValidAttribute(attribute)) {
        qCWarning(lcOkta) << "Refused search attribute" << attribute;
        return {};
    }
    return attribute + QLatin1Char(' ') + QLatin1String(op) + QLatin1Char(' ') + quote(value);
}

QString SearchExpression::eq(const QString& attribute, const QString& value)
{
    return compare(attribute, "eq", value);
}

QString SearchExpression::sw(const QString& attribute, const QString& value)
{
    return compare(attribute, "sw", value);
}

QString SearchExpression::co(const QString& attribute, const QString& value)
{
    return compare(attribute, "co", value);
}

namespace
{

// True when the whole term is one parenthesised group, so that wrapping it again adds nothing.
bool isGrouped(const QString& term)
{
    if (!term.startsWith(QLatin1Char('(')) || !term.endsWith(QLatin1Char(')'))) {
        return false;
    }
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < term.size(); ++i) {
        const QChar c = term.at(i);
        if (quoted) {
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')') && --depth == 0 && i != term.size() - 1) {
            return false;
        }
    }
    return depth == 0 && !quoted;
}

} // namespace

QString SearchExpression::join(const QStringList& terms, const char* op)
{
    if (terms.isEmpty()) {
        return {};
    }
    for (const QString& term : terms) {
        if (term.isEmpty()) {
            return {};
        }
    }
    if (terms.size() == 1) {
        return terms.first();
    }
    // A single comparison needs no parentheses; anything else is grouped so the operators cannot mix.
    static const QRegularExpression comparison(
        QStringLiteral(R"(^[A-Za-z0-9_.]+ (eq|sw|co|gt|ge|lt|le) "(?:[^"\\]|\\.)*"$)"));
    QStringList wrapped;
    for (const QString& term : terms) {
        wrapped.append(
            comparison.match(term).hasMatch() || isGrouped(term) ? term : QLatin1Char('(') + term + QLatin1Char(')'));
    }
    return QLatin1Char('(') + wrapped.join(QLatin1Char(' ') + QLatin1String(op) + QLatin1Char(' ')) + QLatin1Char(')');
}

QString SearchExpression::anyOf(const QStringList& terms)
{
    return join(terms, "or");
}

QString SearchExpression::allOf(const QStringList& terms)
{
    return join(terms, "and");
}

} // namespace cordon::core
