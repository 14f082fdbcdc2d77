#pragma once

#include <QString>
#include <QStringList>

namespace cordon::core
{

// Builds Okta `search` expressions from user input without letting the input change the expression:
// values are quoted and escaped, attribute names are checked. A refused part yields an empty string,
// and anyOf/allOf of anything refused is refused too, so a bad term never silently widens a search.
class SearchExpression
{
public:
    static QString quote(const QString& value);
    static bool isValidAttribute(const QString& attribute);

    static QString eq(const QString& attribute, const QString& value);
    static QString sw(const QString& attribute, const QString& value);
    static QString co(const QString& attribute, const QString& value);
    static QString anyOf(const QStringList& terms);
    static QString allOf(const QStringList& terms);

private:
    static QString compare(const QString& attribute, const char* op, const QString& value);
    static QString join(const QStringList& terms, const char* op);
};

} // namespace cordon::core
