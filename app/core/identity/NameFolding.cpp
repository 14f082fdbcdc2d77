#include "NameFolding.h"

namespace cordon::core::NameFolding
{

QString fold(const QString& text)
{
    QString folded;
    folded.reserve(text.size() + 4);
    const QString lower = text.toLower();
    for (const QChar c : lower) {
        switch (c.unicode()) {
        case 0x00FC: // ü
            folded += QLatin1String("ue");
            continue;
        case 0x00F6: // ö
            folded += QLatin1String("oe");
            continue;
        case 0x00E4: // ä
            folded += QLatin1String("ae");
            continue;
        case 0x00DF: // ß
            folded += QLatin1String("ss");
            continue;
        default:
            break;
        }
        // Other accents: keep the base letter of the canonical decomposition.
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        for (const QChar part : decomposed) {
            if (part.isLetterOrNumber()) {
                folded += part;
            }
        }
    }
    return folded;
}

QStringList spellings(const QString& name)
{
    QStringList result{name};
    static const std::pair<QLatin1String, QChar> umlauts[] = {
        {QLatin1String("ue"), QChar(0x00FC)}, {QLatin1String("oe"), QChar(0x00F6)},
        {QLatin1String("ae"), QChar(0x00E4)}, {QLatin1String("Ue"), QChar(0x00DC)},
        {QLatin1String("Oe"), QChar(0x00D6)}, {QLatin1String("Ae"), QChar(0x00C4)},
    };
    QString withUmlauts = name;
    for (const auto& [pair, umlaut] : umlauts) {
        withUmlauts.replace(pair, QString(umlaut));
    }
    if (withUmlauts != name) {
        result << withUmlauts;
    }
    return result;
}

QStringList words(const QString& text)
{
    QStringList result;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty()) {
            result << current;
            current.clear();
        }
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isLetterOrNumber()) {
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
    if (word.isEmpty()) {
        return word;
    }
    return word.left(1).toUpper() + word.mid(1).toLower();
}

} // namespace cordon::core::NameFolding
