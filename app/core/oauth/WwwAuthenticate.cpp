#include "oauth/WwwAuthenticate.h"

#include <optional>

namespace cordon::core
{

namespace
{

// tchar of RFC 9110 §5.6.2.
bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken68Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           QByteArrayView("-._~+/").contains(c);
}

class Reader
{
public:
    explicit Reader(QByteArrayView text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek(qsizetype ahead = 0) const { return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0'; }
    qsizetype position() const { return m_pos; }
    void seek(qsizetype position) { m_pos = position; }

    void skipSpace()
    {
        while (peek() == ' ' || peek() == '\t') {
            ++m_pos;
        }
    }
    // Commas between list elements, empty elements included (RFC 9110 §5.6.1).
    bool skipCommas()
    {
        bool any = false;
        skipSpace();
        while (peek() == ',') {
            any = true;
            ++m_pos;
            skipSpace();
        }
        return any;
    }
    QString token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(peek())) {
            ++m_pos;
        }
        return QString::fromLatin1(m_text.sliced(start, m_pos - start));
    }
    // A quoted-string without its quotes and escapes, or nullopt if it does not close.
    std::optional<QString> quoted()
    {
        QByteArray value;
        ++m_pos; // the opening quote
        while (!atEnd()) {
            const char c = m_text[m_pos++];
            if (c == '"') {
                return QString::fromUtf8(value);
            }
            if (c == '\\') {
                if (atEnd()) {
                    break;
                }
                value += m_text[m_pos++];
            } else {
                value += c;
            }
        }
        return std::nullopt;
    }
    QString token68()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isToken68Char(peek())) {
            ++m_pos;
        }
        while (m_pos > start && peek() == '=') {
            ++m_pos;
        }
        return QString::fromLatin1(m_text.sliced(start, m_pos - start));
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

// Whether an auth-param starts here: a token, "=" and a value (RFC 9110 §11.2). A token followed by anything
// else starts the next challenge, and "abc==" is a token68.
bool paramAhead(Reader& reader)
{
    const qsizetype start = reader.position();
    bool isParam = !reader.token().isEmpty() && (reader.skipSpace(), reader.peek() == '=');
    if (isParam) {
        reader.seek(reader.position() + 1);
        reader.skipSpace();
        isParam = reader.peek() == '"' || isTokenChar(reader.peek());
    }
    reader.seek(start);
    return isParam;
}

} // namespace

QList<AuthChallenge> WwwAuthenticate::parse(QByteArrayView header)
{
    QList<AuthChallenge> challenges;
    if (header.size() > MaximumSize) {
        return challenges;
    }
    Reader reader(header);
    reader.skipCommas();
    while (!reader.atEnd()) {
        AuthChallenge challenge;
        challenge.scheme = reader.token();
        if (challenge.scheme.isEmpty()) {
            return challenges;
        }
        reader.skipSpace();
        if (!reader.atEnd() && reader.peek() != ',' && !paramAhead(reader)) {
            challenge.token68 = reader.token68();
            if (challenge.token68.isEmpty()) {
                return challenges;
            }
            reader.skipSpace();
        }
        // Parameters, separated by commas, until a token that is not followed by "=" begins the next challenge.
        while (challenge.token68.isEmpty()) {
            const qsizetype before = reader.position();
            reader.skipCommas();
            if (reader.atEnd() || !paramAhead(reader)) {
                reader.seek(reader.atEnd() ? reader.position() : before);
                break;
            }
            const QString name = reader.token().toLower();
            reader.skipSpace();
            reader.seek(reader.position() + 1); // "="
            reader.skipSpace();
            std::optional<QString> value;
            if (reader.peek() == '"') {
                value = reader.quoted();
            } else {
                value = reader.token();
            }
            if (!value) {
                challenges.append(challenge);
                return challenges;
            }
            challenge.params.insert(name, *value);
            reader.skipSpace();
        }
        challenges.append(challenge);
        if (!reader.skipCommas() && !reader.atEnd()) {
            return challenges;
        }
    }
    return challenges;
}

} // namespace cordon::core
