#pragma once

#include <QString>
#include <QStringList>

namespace cordon::core
{

// Names compare across the ways people and systems write them: "Müller", "Mueller" and "Muller" are one
// name; "JorenMaes", "joren.maes" and "Joren Maes" are the same two words.
namespace NameFolding
{

// Lower case, German transliteration folded (ü→ue, ö→oe, ä→ae, ß→ss), other diacritics dropped,
// anything but letters and digits removed.
QString fold(const QString& text);
// The spellings Okta may store for a name typed without diacritics: "Mueller" → {"Mueller", "Müller"}.
// Okta's search treats diacritics as significant, so each is searched for.
QStringList spellings(const QString& name);
// Splits "joren.maes", "joren_maes", "Joren Maes", "JorenMaes" into words; digits stay with their word.
QStringList words(const QString& text);
// Capitalised as a name: "joren" → "Joren".
QString capitalised(const QString& word);

} // namespace NameFolding

} // namespace cordon::core
