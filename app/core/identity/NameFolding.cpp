#include "NameFolding.h"

#include <array>
#include <utility>

namespace cordon::core::NameFolding
{

namespace
{

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

// Letters Unicode does not decompose into a base letter and a mark.
QString undecomposed(QChar c)
{
    switch (c.unicode()) {
    case 0x00F8: // ø
        return QStringLiteral("o");
    case 0x00D8: // Ø
        return QStringLiteral("O");
    case 0x0142: // ł
        return QStringLiteral("l");
    case 0x0141: // Ł
        return QStringLiteral("L");
    case 0x0111: // đ
    case 0x00F0: // ð
        return QStringLiteral("d");
    case 0x0110: // Đ
    case 0x00D0: // Ð
        return QStringLiteral("D");
    case 0x00E6: // æ
        return QStringLiteral("ae");
    case 0x00C6: // Æ
        return QStringLiteral("Ae");
    case 0x0153: // œ
        return QStringLiteral("oe");
    case 0x0152: // Œ
        return QStringLiteral("Oe");
    case 0x0131: // ı
        return QStringLiteral("i");
    default:
        return {};
    }
}

// The text with diacritics dropped, case and separators kept. German umlauts become their transliteration
// (ü→ue) or their bare vowel (ü→u); ß is ss either way.
QString withoutDiacritics(const QString& text, bool transliterate)
{
    QString result;
    result.reserve(text.size() + 4);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x00FC: // ü
            result += transliterate ? QLatin1String("ue") : QLatin1String("u");
            continue;
        case 0x00F6: // ö
            result += transliterate ? QLatin1String("oe") : QLatin1String("o");
            continue;
        case 0x00E4: // ä
            result += transliterate ? QLatin1String("ae") : QLatin1String("a");
            continue;
        case 0x00DC: // Ü
            result += transliterate ? QLatin1String("Ue") : QLatin1String("U");
            continue;
        case 0x00D6: // Ö
            result += transliterate ? QLatin1String("Oe") : QLatin1String("O");
            continue;
        case 0x00C4: // Ä
            result += transliterate ? QLatin1String("Ae") : QLatin1String("A");
            continue;
        case 0x00DF: // ß
            result += QLatin1String("ss");
            continue;
        default:
            break;
        }
        if (const QString plain = undecomposed(c); !plain.isEmpty()) {
            result += plain;
            continue;
        }
        if (c.unicode() < 0x80) {
            result += c;
            continue;
        }
        // Other accents: keep the base letter of the canonical decomposition, drop the marks.
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        for (const QChar part : decomposed) {
            if (!part.isMark()) {
                result += part;
            }
        }
    }
    return result;
}

// The transliterated pairs a German name may be written with, and what they stand for.
struct Pair
{
    QLatin1String written;
    QChar umlaut;
    QLatin1String vowel;
};
const std::array<Pair, 6> germanPairs{{
    {QLatin1String("ue"), QChar(0x00FC), QLatin1String("u")},
    {QLatin1String("oe"), QChar(0x00F6), QLatin1String("o")},
    {QLatin1String("ae"), QChar(0x00E4), QLatin1String("a")},
    {QLatin1String("Ue"), QChar(0x00DC), QLatin1String("U")},
    {QLatin1String("Oe"), QChar(0x00D6), QLatin1String("O")},
    {QLatin1String("Ae"), QChar(0x00C4), QLatin1String("A")},
}};

void appendNew(QStringList& list, const QString& text)
{
    if (!text.isEmpty() && !list.contains(text)) {
        list << text;
    }
}

} // namespace

QString fold(const QString& text)
{
    const QString plain = withoutDiacritics(text.toLower(), true);
    QString folded;
    folded.reserve(plain.size());
    for (const QChar c : plain) {
        if (c.isLetterOrNumber()) {
            folded += c;
        }
    }
    return folded.toLower();
}

QString looseFold(const QString& text)
{
    const QString folded = fold(text);
    QString loose;
    loose.reserve(folded.size());
    for (const QChar c : folded) {
        if (c == u'e' && !loose.isEmpty() && (loose.back() == u'a' || loose.back() == u'o' || loose.back() == u'u')) {
            continue;
        }
        loose += c;
    }
    return loose;
}

bool equalAsWritten(const QString& a, const QString& b)
{
    auto letters = [](const QString& text) {
        QString result;
        for (const QChar c : text) {
            if (c.isLetterOrNumber()) {
                result += c;
            }
        }
        return result.toCaseFolded();
    };
    const QString left = letters(a);
    return !left.isEmpty() && left == letters(b);
}

QStringList spellings(const QString& name)
{
    QStringList result{name};
    appendNew(result, withoutDiacritics(name, true));
    appendNew(result, withoutDiacritics(name, false));
    // Umlauts written out ("Mueller", "Hoess") may stand for the umlaut or for the bare vowel.
    QString umlauts = name;
    QString vowels = name;
    for (const Pair& pair : germanPairs) {
        umlauts.replace(pair.written, QString(pair.umlaut));
        vowels.replace(pair.written, pair.vowel);
    }
    appendNew(result, umlauts);
    // ß is written ss where it is not to hand; most likely beside an umlaut ("Hoess": "Höß") or at the end
    // of a name ("Weiss": "Weiß").
    if (umlauts != name || name.endsWith(QLatin1String("ss"))) {
        appendNew(result, QString(umlauts).replace(QLatin1String("ss"), QString(QChar(0x00DF))));
    }
    appendNew(result, QString(name).replace(QChar(0x00DF), QLatin1String("ss")));
    appendNew(result, vowels);
    return result;
}

QStringList loginSpellings(const QString& local)
{
    const QString lower = local.toLower();
    QStringList result{lower};
    const QString transliterated = withoutDiacritics(lower, true);
    appendNew(result, transliterated);
    appendNew(result, withoutDiacritics(lower, false));
    // Only umlauts written out as such stand for a bare vowel: "noël" gives no "nol".
    QString vowels = lower;
    for (const Pair& pair : germanPairs) {
        vowels.replace(pair.written, pair.vowel);
    }
    appendNew(result, withoutDiacritics(vowels, false));
    return result;
}

QStringList words(const QString& text)
{
    QStringList result;
    QString current;
    auto flush = [&] {
        // An apostrophe or hyphen belongs to a name only between its letters.
        while (!current.isEmpty() && !current.front().isLetterOrNumber()) {
            current.remove(0, 1);
        }
        while (!current.isEmpty() && !current.back().isLetterOrNumber()) {
            current.chop(1);
        }
        if (!current.isEmpty()) {
            result << current;
        }
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isLetterOrNumber() && !isApostrophe(c) && c != u'-') {
            flush();
            continue;
        }
        // A capital after a small letter starts a new word: "JorenMaes".
        if (c.isUpper() && !current.isEmpty() && current.back().isLower()) {
            flush();
        }
        current += c;
    }
    flush();
    return result;
}

QString capitalised(const QString& word)
{
    QString result = word.toLower();
    // Each part of "jean-luc" and "o'brien" starts with a capital.
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (i == 0 || result.at(i - 1) == u'-' || isApostrophe(result.at(i - 1))) {
            result[i] = result.at(i).toUpper();
        }
    }
    return result;
}

} // namespace cordon::core::NameFolding
