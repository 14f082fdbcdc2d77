#include "base/SafeText.h"

#include <QRegularExpression>
#include <QUrl>

namespace cordon::core::safetext
{

namespace
{

const QString Redacted = QStringLiteral("[redacted]");

// Shorter ones would also hit ordinary words; credentials are far longer.
constexpr qsizetype MinSecretLength = 6;

bool needsEscape(char32_t c)
{
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
        return true;
    }
    switch (QChar::category(c)) {
    case QChar::Other_Format: // bidi overrides and isolates, zero-width characters, BOM, tag characters
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString escaped(const QString& text, bool keepLineFeeds)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype units = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            units = 2;
        }
        if (!needsEscape(c) || (keepLineFeeds && c == U'\n')) {
            result.append(text.constData() + i, units);
            i += units - 1;
            continue;
        }
        i += units - 1;
        switch (c) {
        case U'\n':
            result += QLatin1String("\\n");
            break;
        case U'\r':
            result += QLatin1String("\\r");
            break;
        case U'\t':
            result += QLatin1String("\\t");
            break;
        case 0x1B:
            result += QLatin1String("\\e");
            break;
        default:
            result += c < 0x100 ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                                : QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
        }
    }
    return result;
}

} // namespace

QString scrubbed(const QString& text, const QList<QByteArray>& secrets)
{
    QString result = text;
    for (const QByteArray& secret : secrets) {
        if (secret.size() < MinSecretLength) {
            continue;
        }
        for (const QByteArray& form : {secret, QUrl::toPercentEncoding(QString::fromUtf8(secret))}) {
            result.replace(QString::fromUtf8(form), Redacted, Qt::CaseInsensitive);
        }
    }
    // A credential scheme and its value, as in an Authorization header echoed back.
    static const QRegularExpression scheme(
        QStringLiteral("\\b(Bearer|DPoP|SSWS|Basic)(\\s+|%20|\\+)[A-Za-z0-9._~+/=:%-]+"),
        QRegularExpression::CaseInsensitiveOption);
    result.replace(scheme, QStringLiteral("\\1 ") + Redacted);
    // A named key or token and its value, as in an X-Api-Key header or a query string echoed back.
    static const QRegularExpression named(
        QStringLiteral("\\b(X-Api-Key|api[_-]?key|api[_-]?token|access[_-]?token|refresh[_-]?token|id[_-]?token|"
                       "client[_-]?secret|client[_-]?assertion|Authorization|DPoP)(\"?\\s*[:=]\\s*\"?)(?!\\s*(Bearer|"
                       "DPoP|SSWS|Basic)\\b)"
                       "[^\\s\"',;&<>]+"),
        QRegularExpression::CaseInsensitiveOption);
    result.replace(named, QStringLiteral("\\1\\2") + Redacted);
    // A JWT, whole or cut short (an access token, a client assertion, a DPoP proof): base64url JSON from its
    // first dot on.
    static const QRegularExpression jwt(QStringLiteral("\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_.-]*"));
    result.replace(jwt, Redacted);
    return result;
}

QString forTerminal(const QString& text)
{
    return escaped(text, false);
}

QString forTerminalLines(const QString& text)
{
    return escaped(text, true);
}

} // namespace cordon::core::safetext
